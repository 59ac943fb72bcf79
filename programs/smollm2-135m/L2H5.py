"""Mainly periods; otherwise away from content words, the token ' the' and a first-token sink.

head: L2H5
heldout_iou: 0.509
heldout_iou_no_bos: 0.494
name: L2H5
form: terms
terms: 15
origin: synthesized (search/terms)
target: L2H5
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (2.56, 'key_class', 'PERIOD'),            # periods: 26%
    (-0.99, 'key_class', 'CONTENT'),          # away from content words: 9%
    (1.79, 'key_token', ' the'),              # the token ' the': 9%
    (1.75, 'first'),                          # a first-token sink: 9%
    (1.87, 'key_class', 'COMMA'),             # commas: 6%
    (0.37, 'same_sentence'),                  # the query's own sentence: 5%
    (1.48, 'key_token', ' and'),              # the token ' and': 3%
    (0.26, 'embed_cosine'),                   # tokens similar to the query: 3%
    (2.48, 'key_class', 'QUOTE'),             # quotation marks: 2%
    (1.12, 'key_token', ' in'),               # the token ' in': 2%
    (0.26, 'distance', 1),                    # the previous token: 2%
    (1.78, 'key_class', 'NEWLINE'),           # newlines: 2%
    (-1.63, 'key_class', 'NAME'),             # away from names: 2%
    (1.52, 'key_distance', 'CONTENT', 1),     # the previous token when a content word: 1%
    (1.73, 'key_distance', 'AUX', 1),         # the previous token when a auxiliary: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
