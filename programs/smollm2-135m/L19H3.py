"""Mainly the previous token (44%); otherwise the first token, the token 2 back and the token itself.

head: L19H3
heldout_iou: 0.652
heldout_iou_no_bos: 0.697
name: L19H3
form: terms
terms: 14
origin: synthesized (search/terms)
target: L19H3
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (3.15, 'distance', 1),                    # the previous token: 42%
    (5.51, 'first'),                          # the first token: 24%
    (2.26, 'distance', 2),                    # the token 2 back: 13%
    (1.13, 'distance', 0),                    # the token itself: 11%
    (1.38, 'same_sentence'),                  # the query's own sentence: 4%
    (0.69, 'distance', 3),                    # the token 3 back: 3%
    (0.16, 'last', 'CONTENT'),                # the last content word: 2%
    (-0.65, 'log_distance'),                  # recent tokens: 1%
    (0.85, 'last', 'PERIOD'),                 # the last period: 0%
    (-0.57, 'key_token', ' the'),             # away from the token ' the': 0%
    (0.42, 'pair', 'DET', 'BOS'),             # determiner -> first token: 0%
    (0.28, 'query_distance', 'CONTENT', 2),   # the token 2 back, from content words: 0%
    (0.25, 'query_distance', 'CONTENT', 1),   # the previous token, from content words: 0%
    (0.11, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
