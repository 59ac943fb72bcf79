"""Mostly the previous token (64%); otherwise the token itself, the token 2 back and periods.

head: L1H2
heldout_iou: 0.712
heldout_iou_no_bos: 0.712
name: L1H2
form: terms
terms: 12
origin: synthesized (search/terms)
target: L1H2
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (3.69, 'distance', 1),                    # the previous token: 64%
    (1.03, 'distance', 0),                    # the token itself: 13%
    (2.44, 'distance', 2),                    # the token 2 back: 10%
    (4.09, 'key_class', 'PERIOD'),            # periods: 8%
    (-1.56, 'log_distance'),                  # recent tokens: 2%
    (1.24, 'key_class', 'COMMA'),             # commas: 2%
    (1.91, 'pair', 'NAME', 'PERIOD'),         # name -> period: 1%
    (1.13, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 0%
    (-1.88, 'last', 'PERIOD'),                # away from the last period: 0%
    (-1.45, 'key_distance', 'PERIOD', 2),     # away from the token 2 back when a period: 0%
    (1.03, 'query_distance', 'DET', 1),       # the previous token, from determiners: 0%
    (-0.58, 'same_word'),                     # away from the query's own word: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
