"""Mainly recent tokens; otherwise prepositions, the token '.' and away from content words.

head: L1H3
heldout_iou: 0.586
heldout_iou_no_bos: 0.585
name: L1H3
form: terms
terms: 13
origin: synthesized (search/terms)
target: L1H3
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-0.35, 'log_distance'),                  # recent tokens: 12%
    (1.14, 'key_class', 'PREP'),              # prepositions: 8%
    (0.72, 'key_token', '.'),                 # the token '.': 6%
    (-0.41, 'key_class', 'CONTENT'),          # away from content words: 6%
    (0.61, 'key_class', 'PERIOD'),            # periods: 6%
    (0.76, 'key_token', ' to'),               # the token ' to': 4%
    (0.73, 'key_class', 'TO'),                # 'to': 4%
    (0.5, 'key_class', 'AUX'),                # auxiliaries: 3%
    (-1.28, 'first'),                         # a first-token sink: 3%
    (0.55, 'key_token', ' and'),              # the token ' and': 2%
    (0.48, 'key_token', ' was'),              # the token ' was': 2%
    (0.43, 'pair', 'CONTENT', 'PERIOD'),      # content word -> period: 2%
    (1.41, 'pair', 'CONJ', 'CONJ'),           # conjunction -> conjunction: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
