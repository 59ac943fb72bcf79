"""Mostly the token ' the'; otherwise a first-token sink, content word -> first token and away from period -> first token.

head: L5H4
heldout_iou: 0.538
heldout_iou_no_bos: 0.427
name: L5H4
form: terms
terms: 12
origin: synthesized (search/terms)
target: L5H4
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.25, 'key_token', ' the'),              # the token ' the': 43%
    (4.37, 'first'),                          # a first-token sink: 37%
    (0.58, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 3%
    (-2.28, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 3%
    (0.98, 'after', 'CONTENT', 'PREP'),       # content word -> the token after a preposition: 3%
    (-3.27, 'pair', 'PERIOD', 'DET'),         # away from period -> determiner: 3%
    (-0.63, 'after', 'CONTENT', 'CONTENT'),   # away from content word -> the token after a content word: 1%
    (-2.24, 'key_class', 'NAME'),             # away from names: 1%
    (1.36, 'key_class', 'NUMBER'),            # numbers: 1%
    (0.88, 'last', 'PERIOD'),                 # the last period: 1%
    (0.93, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 1%
    (-2.25, 'after', 'CONTENT', 'CONJ'),      # away from content word -> the token after a conjunction: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
