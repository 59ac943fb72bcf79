"""Mainly periods; otherwise away from content words, a first-token sink and the token ' the'.

head: L2H5
heldout_iou: 0.510
heldout_iou_no_bos: 0.494
name: L2H5
form: terms
terms: 15
origin: synthesized (search/terms)
target: L2H5
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (2.44, 'key_class', 'PERIOD'),            # periods: 25%
    (-1.01, 'key_class', 'CONTENT'),          # away from content words: 10%
    (1.74, 'first'),                          # a first-token sink: 9%
    (1.63, 'key_token', ' the'),              # the token ' the': 8%
    (1.81, 'key_class', 'COMMA'),             # commas: 6%
    (0.74, 'distance', 1),                    # the previous token: 5%
    (0.28, 'same_sentence'),                  # the query's own sentence: 4%
    (1.33, 'key_token', ' and'),              # the token ' and': 3%
    (0.4, 'same_token'),                      # earlier copies of the query token: 2%
    (2.34, 'key_class', 'QUOTE'),             # quotation marks: 2%
    (1.3, 'key_distance', 'CONTENT', 1),      # the previous token when a content word: 2%
    (-1.63, 'key_class', 'NAME'),             # away from names: 2%
    (1.5, 'key_class', 'NEWLINE'),            # newlines: 1%
    (1.45, 'query_distance', 'PREP', 1),      # the previous token, from prepositions: 1%
    (-0.65, 'key_distance', 'PERIOD', 1),     # away from the previous token when a period: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
