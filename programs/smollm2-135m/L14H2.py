"""Mostly a first-token sink; otherwise recent tokens, the query's own sentence and away from period -> first token.

head: L14H2
heldout_iou: 0.613
heldout_iou_no_bos: 0.459
name: L14H2
form: terms
terms: 15
origin: synthesized (search/terms)
target: L14H2
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.34, 'first'),                          # a first-token sink: 65%
    (-0.31, 'log_distance'),                  # recent tokens: 9%
    (0.79, 'same_sentence'),                  # the query's own sentence: 8%
    (-3.25, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 4%
    (0.48, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 3%
    (0.75, 'distance', 1),                    # the previous token: 3%
    (0.56, 'last', 'CONTENT'),                # the last content word: 2%
    (0.79, 'distance', 2),                    # the token 2 back: 2%
    (0.69, 'distance', 3),                    # the token 3 back: 1%
    (-0.86, 'key_class', 'DET'),              # away from determiners: 1%
    (0.41, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 1%
    (0.12, 'key_class', 'CONTENT'),           # content words: 1%
    (0.75, 'last', 'PERIOD'),                 # the last period: 1%
    (-3.62, 'pair', 'NEWLINE', 'BOS'),        # away from newline -> first token: 1%
    (1.62, 'query_distance', 'CONJ', 1),      # the previous token, from conjunctions: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
