"""Mainly a first-token sink; otherwise the query's own sentence, recent tokens and the token itself.

head: L26H0
heldout_iou: 0.534
heldout_iou_no_bos: 0.492
name: L26H0
form: terms
terms: 12
origin: synthesized (search/terms)
target: L26H0
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.28, 'first'),                          # a first-token sink: 48%
    (1.85, 'same_sentence'),                  # the query's own sentence: 31%
    (-0.56, 'log_distance'),                  # recent tokens: 25%
    (0.99, 'distance', 0),                    # the token itself: 11%
    (0.6, 'distance', 1),                     # the previous token: 4%
    (1.7, 'pair', 'DET', 'BOS'),              # determiner -> first token: 3%
    (1.4, 'pair', 'NAME', 'BOS'),             # name -> first token: 3%
    (1.68, 'pair', 'PRON_OBJ', 'BOS'),        # object pronoun -> first token: 1%
    (0.47, 'key_class', 'PERIOD'),            # periods: 1%
    (0.44, 'key_token', '.'),                 # the token '.': 1%
    (1.03, 'query_distance', 'AUX', 1),       # the previous token, from auxiliaries: 1%
    (-0.27, 'last', 'PERIOD'),                # away from the last period: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
