"""Mostly a first-token sink; otherwise recent tokens, the query's own sentence and content word -> first token.

head: L25H1
heldout_iou: 0.652
heldout_iou_no_bos: 0.382
name: L25H1
form: terms
terms: 11
origin: synthesized (search/terms)
target: L25H1
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.92, 'first'),                          # a first-token sink: 81%
    (-0.27, 'log_distance'),                  # recent tokens: 4%
    (0.46, 'same_sentence'),                  # the query's own sentence: 3%
    (0.57, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 2%
    (1.02, 'same_token'),                     # earlier copies of the query token: 2%
    (0.39, 'key_class', 'CONTENT'),           # content words: 2%
    (1.39, 'last', 'PERIOD'),                 # the last period: 1%
    (0.84, 'distance', 1),                    # the previous token: 1%
    (1.43, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (2.51, 'key_token', ' mother'),           # the token ' mother': 1%
    (-0.31, 'last', 'CONTENT'),               # away from the last content word: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
