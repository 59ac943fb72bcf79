"""Mostly the previous token (58%); otherwise word starts, the token 2 back and period -> period.

head: L2H1
heldout_iou: 0.716
heldout_iou_no_bos: 0.718
name: L2H1
form: terms
terms: 13
origin: synthesized (search/terms)
target: L2H1
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (2.66, 'distance', 1),                    # the previous token: 58%
    (0.55, 'word_start'),                     # word starts: 23%
    (1.6, 'distance', 2),                     # the token 2 back: 12%
    (1.14, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 3%
    (0.46, 'pair', 'DET', 'DET'),             # determiner -> determiner: 3%
    (-2.05, 'log_distance'),                  # recent tokens: 1%
    (-2.37, 'distance', 4),                   # away from the token 4 back: 0%
    (-1.49, 'pair', 'DET', 'PREP'),           # away from determiner -> preposition: 0%
    (-1.07, 'key_token', ' a'),               # away from the token ' a': 0%
    (0.62, 'key_distance', 'PERIOD', 1),      # the previous token when a period: 0%
    (-0.47, 'key_distance', 'CONTENT', 2),    # away from the token 2 back when a content word: 0%
    (-0.28, 'last', 'CONTENT'),               # away from the last content word: 0%
    (0.26, 'query_distance', 'CONTENT', 2),   # the token 2 back, from content words: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
