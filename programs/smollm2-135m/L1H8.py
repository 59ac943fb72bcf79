"""Mostly recent tokens; otherwise away from content words, the token ' and' and periods.

head: L1H8
heldout_iou: 0.490
heldout_iou_no_bos: 0.500
name: L1H8
form: terms
terms: 16
origin: synthesized (search/terms)
target: L1H8
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-0.88, 'log_distance'),                  # recent tokens: 30%
    (-0.74, 'key_class', 'CONTENT'),          # away from content words: 12%
    (1.23, 'key_token', ' and'),              # the token ' and': 7%
    (0.66, 'key_class', 'PERIOD'),            # periods: 6%
    (0.56, 'key_token', '.'),                 # the token '.': 5%
    (-0.48, 'distance', 0),                   # the token itself: 5%
    (-0.35, 'same_word'),                     # away from the query's own word: 3%
    (0.63, 'key_class', 'COMMA'),             # commas: 3%
    (0.63, 'key_token', ','),                 # the token ',': 3%
    (0.37, 'distance', 3),                    # the token 3 back: 3%
    (-0.6, 'key_class', 'NAME'),              # away from names: 3%
    (-1.35, 'key_class', 'VERB_ED'),          # away from -ed verbs: 3%
    (0.43, 'key_token', ' to'),               # the token ' to': 2%
    (0.43, 'key_class', 'TO'),                # 'to': 2%
    (-1.3, 'query_distance', 'PERIOD', 0),    # away from itself, from periods: 1%
    (0.1, 'distance', 2),                     # the token 2 back: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
