"""Mostly the previous token (64%); otherwise the token 2 back, word starts and period -> period.

head: L11H1
heldout_iou: 0.705
heldout_iou_no_bos: 0.705
name: L11H1
form: terms
terms: 10
origin: synthesized (search/terms)
target: L11H1
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (2.72, 'distance', 1),                    # the previous token: 64%
    (2.13, 'distance', 2),                    # the token 2 back: 17%
    (0.43, 'word_start'),                     # word starts: 16%
    (1.83, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 3%
    (-2.66, 'log_distance'),                  # recent tokens: 0%
    (-1.93, 'pair', 'NAME', 'NAME'),          # away from name -> name: 0%
    (-1.25, 'same_word'),                     # away from the query's own word: 0%
    (-0.4, 'key_class', 'DET'),               # away from determiners: 0%
    (-0.35, 'key_distance', 'CONTENT', 2),    # away from the token 2 back when a content word: 0%
    (0.11, 'query_distance', 'CONTENT', 2),   # the token 2 back, from content words: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
