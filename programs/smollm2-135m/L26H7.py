"""Mostly the first token (62%); otherwise the token itself, the previous token and the query's own sentence.

head: L26H7
heldout_iou: 0.632
heldout_iou_no_bos: 0.505
name: L26H7
form: terms
terms: 12
origin: synthesized (search/terms)
target: L26H7
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (7.02, 'first'),                          # the first token: 62%
    (2.56, 'distance', 0),                    # the token itself: 12%
    (2.21, 'distance', 1),                    # the previous token: 9%
    (2.21, 'same_sentence'),                  # the query's own sentence: 8%
    (1.36, 'distance', 2),                    # the token 2 back: 5%
    (1.59, 'query_distance', 'CONTENT', 3),   # the token 3 back, from content words: 2%
    (-0.11, 'log_distance'),                  # recent tokens: 1%
    (1.77, 'key_class', 'PERIOD'),            # periods: 1%
    (1.29, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 0%
    (-0.94, 'pair', 'PREP', 'BOS'),           # away from preposition -> first token: 0%
    (0.2, 'pair', 'CONTENT', 'BOS'),          # content word -> first token: 0%
    (-0.13, 'same_word'),                     # away from the query's own word: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
