"""Mainly the first token (43%); on repeated random tokens mainly the previous token (44%); otherwise the token 2 back, the query's own sentence and the token itself.

head: L13H1
heldout_iou: 0.557
heldout_iou_no_bos: 0.516
name: L13H1
form: terms
terms: 15
origin: synthesized (search/terms)
target: L13H1
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (5.87, 'first'),                          # the first token: 43%
    (2.84, 'distance', 1),                    # the previous token: 23%
    (2.57, 'distance', 2),                    # the token 2 back: 12%
    (1.99, 'same_sentence'),                  # the query's own sentence: 7%
    (1.3, 'distance', 0),                     # the token itself: 6%
    (1.31, 'distance', 3),                    # the token 3 back: 5%
    (-0.17, 'log_distance'),                  # recent tokens: 2%
    (0.59, 'key_class', 'AUX'),               # auxiliaries: 1%
    (0.41, 'last', 'PERIOD'),                 # the last period: 1%
    (-1.51, 'query_distance', 'PERIOD', 2),   # away from the token 2 back, from periods: 0%
    (-1.5, 'query_distance', 'PERIOD', 1),    # away from the previous token, from periods: 0%
    (1.39, 'pair', 'NAME', 'BOS'),            # name -> first token: 0%
    (-0.92, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 0%
    (0.76, 'query_distance', 'CONTENT', 1),   # the previous token, from content words: 0%
    (-0.7, 'key_token', ' the'),              # away from the token ' the': 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
