"""Mainly periods; otherwise a first-token sink, the token 'There' and period -> first token.

head: L28H6
heldout_iou: 0.512
heldout_iou_no_bos: 0.492
name: L28H6
form: terms
terms: 7
origin: synthesized (search/terms)
target: L28H6
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (2.47, 'key_class', 'PERIOD'),            # periods: 22%
    (2.34, 'first'),                          # a first-token sink: 21%
    (2.15, 'key_token', 'There'),             # the token 'There': 2%
    (2.12, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 2%
    (0.96, 'key_class', 'PRON_SUBJ'),         # subject pronouns: 2%
    (-1.28, 'key_class', 'PREP'),             # away from prepositions: 2%
    (2.17, 'key_class', 'NEWLINE'),           # newlines: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
