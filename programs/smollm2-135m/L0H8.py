"""Mainly periods; otherwise determiners, auxiliaries and commas.

head: L0H8
heldout_iou: 0.634
heldout_iou_no_bos: 0.633
name: L0H8
form: terms
terms: 14
origin: synthesized (search/terms)
target: L0H8
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (2.67, 'key_class', 'PERIOD'),            # periods: 23%
    (1.61, 'key_class', 'DET'),               # determiners: 11%
    (1.95, 'key_class', 'AUX'),               # auxiliaries: 9%
    (2.31, 'key_class', 'COMMA'),             # commas: 6%
    (1.31, 'key_class', 'PREP'),              # prepositions: 6%
    (-0.14, 'log_distance'),                  # recent tokens: 5%
    (1.96, 'key_class', 'TO'),                # 'to': 4%
    (0.21, 'last', 'PERIOD'),                 # the last period: 2%
    (2.69, 'key_token', "'s"),                # the token "'s": 2%
    (-1.99, 'first'),                         # a first-token sink: 2%
    (0.95, 'key_class', 'PRON_OBJ'),          # object pronouns: 1%
    (0.83, 'key_class', 'CONJ'),              # conjunctions: 1%
    (2.35, 'key_token', '\n'),                # the token '\n': 1%
    (1.01, 'key_token', ' The'),              # the token ' The': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
