"""Mostly a first-token sink; otherwise object pronouns, numbers and determiners.

head: L26H1
heldout_iou: 0.715
heldout_iou_no_bos: 0.345
name: L26H1
form: terms
terms: 7
origin: synthesized (search/terms)
target: L26H1
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.58, 'first'),                          # a first-token sink: 80%
    (1.77, 'key_class', 'PRON_OBJ'),          # object pronouns: 1%
    (1.99, 'key_class', 'NUMBER'),            # numbers: 1%
    (0.68, 'key_class', 'DET'),               # determiners: 1%
    (1.58, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (-0.91, 'pair', 'CONJ', 'BOS'),           # away from conjunction -> first token: 1%
    (0.63, 'pair', 'NAME', 'BOS'),            # name -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
