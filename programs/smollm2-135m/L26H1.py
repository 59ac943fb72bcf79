"""Mostly a first-token sink; otherwise determiners, away from period -> first token and object pronouns.

head: L26H1
heldout_iou: 0.733
heldout_iou_no_bos: 0.352
name: L26H1
form: terms
terms: 9
origin: synthesized (search/terms)
target: L26H1
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.19, 'first'),                          # a first-token sink: 82%
    (1.35, 'key_class', 'DET'),               # determiners: 2%
    (-1.56, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 2%
    (1.93, 'key_class', 'PRON_OBJ'),          # object pronouns: 1%
    (1.31, 'key_class', 'PRON_SUBJ'),         # subject pronouns: 1%
    (1.61, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (2.08, 'key_class', 'NUMBER'),            # numbers: 1%
    (-1.16, 'pair', 'CONJ', 'BOS'),           # away from conjunction -> first token: 1%
    (0.5, 'pair', 'CONTENT', 'CONTENT'),      # content word -> content word: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
