"""Mostly a first-token sink; otherwise subject pronouns, away from period -> first token and the token after an earlier copy of the query (induction).

head: L24H6
heldout_iou: 0.794
heldout_iou_no_bos: 0.363
name: L24H6
form: terms
terms: 5
origin: synthesized (search/terms)
target: L24H6
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.11, 'first'),                          # a first-token sink: 83%
    (1.75, 'key_class', 'PRON_SUBJ'),         # subject pronouns: 2%
    (-1.25, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 1%
    (1.61, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (1.43, 'key_class', 'PRON_OBJ'),          # object pronouns: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
