"""Mainly periods; otherwise recent tokens, prepositions and auxiliaries.

head: L1H3
heldout_iou: 0.615
heldout_iou_no_bos: 0.614
name: L1H3
form: terms
terms: 16
origin: synthesized (search/terms)
target: L1H3
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (1.79, 'key_class', 'PERIOD'),            # periods: 12%
    (-0.31, 'log_distance'),                  # recent tokens: 10%
    (1.05, 'key_class', 'PREP'),              # prepositions: 9%
    (1.35, 'key_class', 'AUX'),               # auxiliaries: 7%
    (2.02, 'key_class', 'TO'),                # 'to': 7%
    (1.19, 'key_token', ' and'),              # the token ' and': 3%
    (0.63, 'key_token', ' in'),               # the token ' in': 2%
    (0.41, 'key_class', 'DET'),               # determiners: 2%
    (0.66, 'key_class', 'PRON_SUBJ'),         # subject pronouns: 2%
    (0.98, 'key_token', ' of'),               # the token ' of': 2%
    (-1.43, 'pair', 'PERIOD', 'PERIOD'),      # away from period -> period: 2%
    (-0.9, 'first'),                          # a first-token sink: 1%
    (0.6, 'key_class', 'COMMA'),              # commas: 1%
    (1.62, 'key_token', '\n'),                # the token '\n': 1%
    (1.37, 'pair', 'CONJ', 'CONJ'),           # conjunction -> conjunction: 1%
    (-1.48, 'pair', 'PERIOD', 'TO'),          # away from period -> 'to': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
