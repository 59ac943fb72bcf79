"""Mostly a first-token sink; otherwise content words, names and content word -> first token.

head: L23H4
heldout_iou: 0.646
heldout_iou_no_bos: 0.336
name: L23H4
form: terms
terms: 10
origin: synthesized (search/terms)
target: L23H4
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.61, 'first'),                          # a first-token sink: 69%
    (1.57, 'key_class', 'CONTENT'),           # content words: 11%
    (2.77, 'key_class', 'NAME'),              # names: 9%
    (1.06, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 6%
    (1.0, 'pair', 'DET', 'CONTENT'),          # determiner -> content word: 2%
    (0.54, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 1%
    (1.79, 'pair', 'PERIOD', 'NAME'),         # period -> name: 1%
    (1.56, 'key_token', ' dog'),              # the token ' dog': 1%
    (1.03, 'after', 'DET', 'DET'),            # determiner -> the token after a determiner: 1%
    (0.3, 'last', 'NAME'),                    # the last name: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
