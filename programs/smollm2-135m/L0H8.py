"""Mainly periods; otherwise determiners, auxiliaries and commas.

head: L0H8
heldout_iou: 0.636
heldout_iou_no_bos: 0.635
name: L0H8
form: terms
terms: 15
origin: synthesized (search/terms)
target: L0H8
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (2.91, 'key_class', 'PERIOD'),            # periods: 24%
    (1.93, 'key_class', 'DET'),               # determiners: 13%
    (2.05, 'key_class', 'AUX'),               # auxiliaries: 9%
    (2.42, 'key_class', 'COMMA'),             # commas: 7%
    (1.35, 'key_class', 'PREP'),              # prepositions: 6%
    (-0.18, 'log_distance'),                  # recent tokens: 6%
    (2.08, 'key_class', 'TO'),                # 'to': 4%
    (2.76, 'key_token', "'s"),                # the token "'s": 2%
    (-0.53, 'key_token', ' a'),               # away from the token ' a': 2%
    (1.09, 'key_class', 'PRON_OBJ'),          # object pronouns: 2%
    (-1.81, 'first'),                         # a first-token sink: 2%
    (0.91, 'key_class', 'CONJ'),              # conjunctions: 1%
    (2.51, 'key_token', '\n'),                # the token '\n': 1%
    (0.86, 'key_token', ' The'),              # the token ' The': 1%
    (1.52, 'key_class', 'QUOTE'),             # quotation marks: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
