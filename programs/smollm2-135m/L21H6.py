"""Mostly a first-token sink; otherwise recent tokens, content words and the query's own sentence.

head: L21H6
heldout_iou: 0.486
heldout_iou_no_bos: 0.436
name: L21H6
form: terms
terms: 14
origin: synthesized (search/terms)
target: L21H6
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.98, 'first'),                          # a first-token sink: 45%
    (-0.57, 'log_distance'),                  # recent tokens: 18%
    (0.83, 'key_class', 'CONTENT'),           # content words: 12%
    (0.6, 'same_sentence'),                   # the query's own sentence: 10%
    (1.03, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 8%
    (1.64, 'pair', 'NAME', 'BOS'),            # name -> first token: 3%
    (-1.06, 'key_class', 'DET'),              # away from determiners: 2%
    (1.8, 'pair', 'PERIOD', 'BOS'),           # period -> first token: 2%
    (0.33, 'last', 'CONTENT'),                # the last content word: 2%
    (-0.74, 'query_distance', 'CONTENT', 0),  # away from itself, from content words: 2%
    (0.4, 'last', 'PERIOD'),                  # the last period: 1%
    (0.27, 'key_token', '.'),                 # the token '.': 1%
    (0.26, 'key_class', 'PERIOD'),            # periods: 1%
    (-0.1, 'pair', 'CONTENT', 'CONTENT'),     # away from content word -> content word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
