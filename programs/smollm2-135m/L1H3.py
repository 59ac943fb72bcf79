"""Mainly periods; otherwise recent tokens, prepositions and 'to'.

head: L1H3
heldout_iou: 0.614
heldout_iou_no_bos: 0.614
name: L1H3
form: terms
terms: 16
origin: synthesized (search/terms)
target: L1H3
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (1.8, 'key_class', 'PERIOD'),             # periods: 12%
    (-0.29, 'log_distance'),                  # recent tokens: 10%
    (1.01, 'key_class', 'PREP'),              # prepositions: 9%
    (2.1, 'key_class', 'TO'),                 # 'to': 7%
    (1.31, 'key_class', 'AUX'),               # auxiliaries: 7%
    (1.25, 'key_token', ' and'),              # the token ' and': 3%
    (0.63, 'key_token', ' in'),               # the token ' in': 2%
    (0.7, 'key_class', 'PRON_SUBJ'),          # subject pronouns: 2%
    (0.4, 'key_class', 'DET'),                # determiners: 2%
    (0.98, 'key_token', ' of'),               # the token ' of': 2%
    (-1.56, 'pair', 'PERIOD', 'PERIOD'),      # away from period -> period: 2%
    (-0.81, 'first'),                         # a first-token sink: 1%
    (0.55, 'key_class', 'COMMA'),             # commas: 1%
    (1.63, 'key_token', '\n'),                # the token '\n': 1%
    (1.45, 'pair', 'CONJ', 'CONJ'),           # conjunction -> conjunction: 1%
    (-1.56, 'pair', 'PERIOD', 'TO'),          # away from period -> 'to': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
