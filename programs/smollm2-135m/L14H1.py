"""Mostly a first-token sink; otherwise recent tokens, content word -> first token and the token after an earlier copy of the query (induction).

head: L14H1
heldout_iou: 0.627
heldout_iou_no_bos: 0.409
name: L14H1
form: terms
terms: 12
origin: synthesized (search/terms)
target: L14H1
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.06, 'first'),                          # a first-token sink: 70%
    (-0.4, 'log_distance'),                   # recent tokens: 7%
    (0.31, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 2%
    (1.45, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (-1.04, 'key_class', 'DET'),              # away from determiners: 1%
    (0.42, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 1%
    (0.5, 'key_class', 'PERIOD'),             # periods: 1%
    (1.38, 'pair', 'NAME', 'NAME'),           # name -> name: 1%
    (-0.13, 'same_sentence'),                 # away from the query's own sentence: 1%
    (0.3, 'after', 'CONTENT', 'CONTENT'),     # content word -> the token after a content word: 1%
    (1.04, 'after', 'NAME', 'NAME'),          # name -> the token after a name: 1%
    (0.28, 'key_token', '.'),                 # the token '.': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
