"""Mainly the last content word (25%) and the tokens 2 to 4 back (24%), not a term of the program; on repeated random tokens mainly the previous token (31%), not a term of the program; otherwise recent tokens and periods.

head: L11H8
heldout_iou: 0.537
heldout_iou_no_bos: 0.540
name: L11H8
form: terms
terms: 8
origin: synthesized (search/terms)
target: L11H8
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (-1.63, 'log_distance'),                  # recent tokens: 59%
    (0.53, 'last', 'CONTENT'),                # the last content word: 25%
    (2.51, 'key_class', 'PERIOD'),            # periods: 13%
    (1.93, 'pair', 'NAME', 'NAME'),           # name -> name: 2%
    (-2.14, 'pair', 'PERIOD', 'PERIOD'),      # away from period -> period: 0%
    (-1.79, 'last', 'PERIOD'),                # away from the last period: 0%
    (-1.14, 'distance', 0),                   # away from the token itself: 0%
    (-0.62, 'key_class', 'DET'),              # away from determiners: 0%
                                              # other keys: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
