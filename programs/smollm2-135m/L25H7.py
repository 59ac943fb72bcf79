"""Mostly the first token (75%); otherwise recent tokens, the query's own sentence and the token itself.

head: L25H7
heldout_iou: 0.705
heldout_iou_no_bos: 0.437
name: L25H7
form: terms
terms: 9
origin: synthesized (search/terms)
target: L25H7
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (5.8, 'first'),                           # the first token: 75%
    (-0.3, 'log_distance'),                   # recent tokens: 11%
    (0.59, 'same_sentence'),                  # the query's own sentence: 9%
    (0.29, 'distance', 0),                    # the token itself: 3%
    (1.35, 'last', 'PERIOD'),                 # the last period: 2%
    (0.32, 'same_word'),                      # the query's own word: 0%
    (0.62, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 0%
    (0.52, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
    (-0.37, 'pair', 'CONTENT', 'CONTENT'),    # away from content word -> content word: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
