"""Mainly a first-token sink; otherwise recent tokens, the query's own sentence and away from tokens similar to the query.

head: L13H7
heldout_iou: 0.509
heldout_iou_no_bos: 0.459
name: L13H7
form: terms
terms: 13
origin: synthesized (search/terms)
target: L13H7
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.27, 'first'),                          # a first-token sink: 32%
    (-0.45, 'log_distance'),                  # recent tokens: 16%
    (0.63, 'same_sentence'),                  # the query's own sentence: 12%
    (-0.33, 'embed_cosine'),                  # away from tokens similar to the query: 5%
    (-0.94, 'key_class', 'NAME'),             # away from names: 3%
    (0.53, 'key_class', 'PERIOD'),            # periods: 3%
    (-0.37, 'key_class', 'DET'),              # away from determiners: 2%
    (0.28, 'key_token', '.'),                 # the token '.': 1%
    (1.01, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 1%
    (0.59, 'pair', 'NAME', 'CONTENT'),        # name -> content word: 1%
    (-0.79, 'key_token', ' the'),             # away from the token ' the': 1%
    (0.91, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 1%
    (1.22, 'key_token', ' friends'),          # the token ' friends': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
