"""Mostly a first-token sink; otherwise the token after an earlier copy of the query (induction), the token ' named' and away from period -> first token.

head: L24H6
heldout_iou: 0.792
heldout_iou_no_bos: 0.363
name: L24H6
form: terms
terms: 6
origin: synthesized (search/terms)
target: L24H6
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.68, 'first'),                          # a first-token sink: 81%
    (1.68, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (2.08, 'key_token', ' named'),            # the token ' named': 1%
    (-0.99, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 1%
    (-0.94, 'key_class', 'DET'),              # away from determiners: 1%
    (1.01, 'key_class', 'PRON_SUBJ'),         # subject pronouns: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
