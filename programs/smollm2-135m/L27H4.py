"""Mainly the first token (49%); on repeated random tokens mainly the token itself (37%); otherwise the previous token, the token 2 back and the query's own sentence.

head: L27H4
heldout_iou: 0.578
heldout_iou_no_bos: 0.610
name: L27H4
form: terms
terms: 8
origin: synthesized (search/terms)
target: L27H4
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (7.34, 'first'),                          # the first token: 49%
    (2.93, 'distance', 0),                    # the token itself: 27%
    (2.45, 'distance', 1),                    # the previous token: 15%
    (1.54, 'distance', 2),                    # the token 2 back: 4%
    (1.14, 'same_sentence'),                  # the query's own sentence: 3%
    (-0.79, 'log_distance'),                  # recent tokens: 2%
    (2.12, 'query_distance', 'DET', 1),       # the previous token, from determiners: 0%
    (-1.77, 'pair', 'DET', 'BOS'),            # away from determiner -> first token: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
