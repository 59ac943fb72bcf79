"""Mostly a first-token sink; otherwise determiners, away from period -> first token and object pronouns.

head: L26H1
heldout_iou: 0.733
heldout_iou_no_bos: 0.348
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
    (6.32, 'first'),                          # a first-token sink: 84%
    (1.44, 'key_class', 'DET'),               # determiners: 2%
    (-1.47, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 2%
    (1.99, 'key_class', 'PRON_OBJ'),          # object pronouns: 1%
    (1.33, 'key_class', 'PRON_SUBJ'),         # subject pronouns: 1%
    (1.7, 'induction'),                       # the token after an earlier copy of the query (induction): 1%
    (2.12, 'key_class', 'NUMBER'),            # numbers: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
