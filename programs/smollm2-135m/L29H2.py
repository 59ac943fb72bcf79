"""Mostly a first-token sink; otherwise recent tokens, earlier copies of the query token and the query's own sentence.

head: L29H2
heldout_iou: 0.446
heldout_iou_no_bos: 0.416
name: L29H2
form: terms
terms: 9
origin: synthesized (search/terms)
target: L29H2
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.38, 'first'),                          # a first-token sink: 34%
    (-0.26, 'log_distance'),                  # recent tokens: 11%
    (0.94, 'same_token'),                     # earlier copies of the query token: 8%
    (0.38, 'same_sentence'),                  # the query's own sentence: 7%
    (0.82, 'key_class', 'PERIOD'),            # periods: 5%
    (0.6, 'key_token', '.'),                  # the token '.': 4%
    (1.01, 'pair', 'DET', 'DET'),             # determiner -> determiner: 2%
    (0.89, 'pair', 'NAME', 'BOS'),            # name -> first token: 2%
    (0.38, 'distance', 1),                    # the previous token: 2%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
