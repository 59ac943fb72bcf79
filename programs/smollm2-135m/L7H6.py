"""Mainly the token ' the'; otherwise a first-token sink, the previous token and the previous token, from content words.

head: L7H6
heldout_iou: 0.455
heldout_iou_no_bos: 0.396
name: L7H6
form: terms
terms: 13
origin: synthesized (search/terms)
target: L7H6
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.04, 'key_token', ' the'),              # the token ' the': 36%
    (5.71, 'first'),                          # a first-token sink: 30%
    (4.55, 'distance', 1),                    # the previous token: 20%
    (2.37, 'query_distance', 'CONTENT', 1),   # the previous token, from content words: 9%
    (-1.99, 'key_distance', 'CONTENT', 1),    # away from the previous token when a content word: 6%
    (0.39, 'same_sentence'),                  # the query's own sentence: 5%
    (1.22, 'distance', 2),                    # the token 2 back: 3%
    (2.14, 'same_token'),                     # earlier copies of the query token: 3%
    (1.65, 'last', 'PRON_SUBJ'),              # the last subject pronoun: 3%
    (3.21, 'query_distance', 'CONTENT', 2),   # the token 2 back, from content words: 3%
    (-2.29, 'key_class', 'NAME'),             # away from names: 1%
    (-0.99, 'key_class', 'PREP'),             # away from prepositions: 1%
    (-2.0, 'after', 'PERIOD', 'CONTENT'),     # away from period -> the token after a content word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
