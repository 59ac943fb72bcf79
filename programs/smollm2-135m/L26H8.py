"""Mostly the first token (64%); otherwise the token itself, the previous token and the token 2 back.

head: L26H8
heldout_iou: 0.618
heldout_iou_no_bos: 0.510
name: L26H8
form: terms
terms: 14
origin: synthesized (search/terms)
target: L26H8
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (8.81, 'first'),                          # the first token: 64%
    (3.19, 'distance', 0),                    # the token itself: 17%
    (2.88, 'distance', 1),                    # the previous token: 6%
    (2.14, 'distance', 2),                    # the token 2 back: 3%
    (2.45, 'same_sentence'),                  # the query's own sentence: 3%
    (0.38, 'key_class', 'CONTENT'),           # content words: 2%
    (2.29, 'query_distance', 'CONTENT', 3),   # the token 3 back, from content words: 2%
    (2.95, 'same_token'),                     # earlier copies of the query token: 2%
    (-0.24, 'log_distance'),                  # recent tokens: 1%
    (0.09, 'same_word'),                      # the query's own word: 0%
    (3.93, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 0%
    (-0.86, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 0%
    (0.59, 'pair', 'DET', 'BOS'),             # determiner -> first token: 0%
    (-0.07, 'last', 'CONTENT'),               # away from the last content word: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
