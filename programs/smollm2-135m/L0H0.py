"""Mostly determiners; otherwise content words, auxiliaries and recent tokens.

head: L0H0
heldout_iou: 0.682
heldout_iou_no_bos: 0.679
name: L0H0
form: terms
terms: 13
origin: synthesized (search/terms)
target: L0H0
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (1.15, 'key_class', 'DET'),               # determiners: 13%
    (0.29, 'key_class', 'CONTENT'),           # content words: 5%
    (0.56, 'key_class', 'AUX'),               # auxiliaries: 3%
    (-0.09, 'log_distance'),                  # recent tokens: 3%
    (0.56, 'first'),                          # a first-token sink: 2%
    (-0.51, 'pair', 'CONTENT', 'DET'),        # away from content word -> determiner: 2%
    (0.28, 'key_token', ' the'),              # the token ' the': 2%
    (0.67, 'key_class', 'PRON_OBJ'),          # object pronouns: 2%
    (-0.46, 'key_class', 'PERIOD'),           # away from periods: 2%
    (-0.79, 'key_class', 'COMMA'),            # away from commas: 1%
    (-0.62, 'key_class', 'TO'),               # away from 'to': 1%
    (0.37, 'pair', 'DET', 'DET'),             # determiner -> determiner: 1%
    (-1.37, 'pair', 'PREP', 'PREP'),          # away from preposition -> preposition: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
