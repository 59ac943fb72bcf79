"""Mainly the token '.'; otherwise the token ' the', recent tokens and commas.

head: L2H7
heldout_iou: 0.458
heldout_iou_no_bos: 0.464
name: L2H7
form: terms
terms: 8
origin: synthesized (search/terms)
target: L2H7
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (2.42, 'key_token', '.'),                 # the token '.': 17%
    (2.62, 'key_token', ' the'),              # the token ' the': 15%
    (-0.22, 'log_distance'),                  # recent tokens: 7%
    (1.27, 'key_class', 'COMMA'),             # commas: 7%
    (1.27, 'key_token', ','),                 # the token ',': 7%
    (0.99, 'key_token', ' and'),              # the token ' and': 5%
    (0.83, 'key_class', 'CONJ'),              # conjunctions: 5%
    (0.58, 'distance', 1),                    # the previous token: 4%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
