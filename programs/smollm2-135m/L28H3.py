"""Mostly the first token (76%); otherwise the query's own sentence, the token itself and recent tokens.

head: L28H3
heldout_iou: 0.755
heldout_iou_no_bos: 0.500
name: L28H3
form: terms
terms: 7
origin: synthesized (search/terms)
target: L28H3
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (6.01, 'first'),                          # the first token: 76%
    (1.3, 'same_sentence'),                   # the query's own sentence: 7%
    (1.33, 'distance', 0),                    # the token itself: 7%
    (-0.18, 'log_distance'),                  # recent tokens: 6%
    (0.72, 'distance', 1),                    # the previous token: 3%
    (0.3, 'last', 'CONTENT'),                 # the last content word: 1%
    (0.5, 'pair', 'CONTENT', 'BOS'),          # content word -> first token: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
