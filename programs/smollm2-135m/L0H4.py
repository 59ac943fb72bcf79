"""Mostly recent tokens; otherwise prepositions, the previous token and auxiliaries.

head: L0H4
heldout_iou: 0.641
heldout_iou_no_bos: 0.636
name: L0H4
form: terms
terms: 15
origin: synthesized (search/terms)
target: L0H4
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-0.38, 'log_distance'),                  # recent tokens: 14%
    (0.54, 'key_class', 'PREP'),              # prepositions: 4%
    (0.52, 'distance', 1),                    # the previous token: 4%
    (0.62, 'key_class', 'AUX'),               # auxiliaries: 4%
    (0.72, 'first'),                          # a first-token sink: 3%
    (0.21, 'embed_cosine'),                   # tokens similar to the query: 3%
    (-0.65, 'key_class', 'PERIOD'),           # away from periods: 3%
    (-0.39, 'key_class', 'DET'),              # away from determiners: 2%
    (0.22, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 2%
    (0.23, 'distance', 2),                    # the token 2 back: 1%
    (-0.68, 'key_class', 'COMMA'),            # away from commas: 1%
    (-0.12, 'same_token'),                    # away from earlier copies of the query token: 1%
    (0.32, 'query_distance', 'CONTENT', 0),   # itself, from content words: 1%
    (-0.07, 'distance', 0),                   # the token itself: 1%
    (-0.91, 'key_class', 'NEWLINE'),          # away from newlines: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
