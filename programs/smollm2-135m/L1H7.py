"""Mostly recent tokens; otherwise determiners, periods and away from content words.

head: L1H7
heldout_iou: 0.556
heldout_iou_no_bos: 0.568
name: L1H7
form: terms
terms: 15
origin: synthesized (search/terms)
target: L1H7
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-0.98, 'log_distance'),                  # recent tokens: 32%
    (0.94, 'key_class', 'DET'),               # determiners: 9%
    (0.92, 'key_class', 'PERIOD'),            # periods: 9%
    (-0.63, 'key_class', 'CONTENT'),          # away from content words: 8%
    (0.81, 'key_token', '.'),                 # the token '.': 8%
    (-0.59, 'distance', 0),                   # the token itself: 5%
    (0.98, 'key_token', ','),                 # the token ',': 5%
    (0.98, 'key_class', 'COMMA'),             # commas: 5%
    (0.95, 'key_token', ' and'),              # the token ' and': 5%
    (0.83, 'key_token', ' to'),               # the token ' to': 4%
    (0.8, 'key_class', 'TO'),                 # 'to': 4%
    (-0.4, 'same_token'),                     # away from earlier copies of the query token: 4%
    (-0.28, 'same_word'),                     # away from the query's own word: 2%
    (0.37, 'key_class', 'CONJ'),              # conjunctions: 2%
    (-1.51, 'key_class', 'VERB_ED'),          # away from -ed verbs: 2%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
