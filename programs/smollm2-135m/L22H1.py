"""Mainly the first token (41%); on repeated random tokens mainly the previous token (64%); otherwise the token itself, the token 2 back and the query's own sentence.

head: L22H1
heldout_iou: 0.655
heldout_iou_no_bos: 0.662
name: L22H1
form: terms
terms: 14
origin: synthesized (search/terms)
target: L22H1
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (5.66, 'first'),                          # the first token: 41%
    (3.44, 'distance', 1),                    # the previous token: 29%
    (2.58, 'distance', 0),                    # the token itself: 15%
    (2.43, 'distance', 2),                    # the token 2 back: 7%
    (1.36, 'same_sentence'),                  # the query's own sentence: 5%
    (-0.35, 'log_distance'),                  # recent tokens: 2%
    (1.1, 'last', 'PERIOD'),                  # the last period: 1%
    (3.03, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 0%
    (1.76, 'pair', 'COMMA', 'BOS'),           # comma -> first token: 0%
    (1.6, 'pair', 'CONJ', 'BOS'),             # conjunction -> first token: 0%
    (1.02, 'pair', 'WH', 'BOS'),              # wh-word -> first token: 0%
    (0.55, 'query_distance', 'CONTENT', 1),   # the previous token, from content words: 0%
    (-0.31, 'key_class', 'DET'),              # away from determiners: 0%
    (0.11, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
