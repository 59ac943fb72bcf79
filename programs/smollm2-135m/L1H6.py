"""Mainly the previous token (25%), not a term of the program and punctuation and newlines (30%), not a term of the program; on repeated random tokens mainly the tokens 2 to 4 back (31%), not a term of the program; otherwise recent tokens and periods.

head: L1H6
heldout_iou: 0.535
heldout_iou_no_bos: 0.538
name: L1H6
form: terms
terms: 15
origin: synthesized (search/terms)
target: L1H6
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (-0.83, 'log_distance'),                  # recent tokens: 24%
    (2.21, 'key_class', 'PERIOD'),            # periods: 21%
    (1.1, 'key_class', 'DET'),                # determiners: 12%
    (1.45, 'key_distance', 'CONTENT', 1),     # the previous token when a content word: 9%
    (2.22, 'key_class', 'COMMA'),             # commas: 8%
    (1.88, 'key_token', ' and'),              # the token ' and': 7%
    (1.88, 'key_class', 'TO'),                # 'to': 6%
    (1.46, 'last', 'PREP'),                   # the last preposition: 5%
    (1.13, 'key_distance', 'CONTENT', 2),     # the token 2 back when a content word: 2%
    (1.84, 'key_distance', 'AUX', 1),         # the previous token when a auxiliary: 2%
    (3.65, 'query_distance', 'PREP', 1),      # the previous token, from prepositions: 1%
    (2.12, 'key_token', '\n'),                # the token '\n': 1%
    (3.92, 'query_distance', 'TO', 1),        # the previous token, from 'to': 1%
    (-0.85, 'key_class', 'CONTENT'),          # away from content words: 0%
    (-0.42, 'distance', 0),                   # away from the token itself: 0%
                                              # other keys: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
