"""Mainly the first token (36%) and the previous token (32%); on repeated random tokens mainly the previous token (36%); otherwise the token 2 back and the query's own sentence.

head: L17H8
heldout_iou: 0.651
heldout_iou_no_bos: 0.697
name: L17H8
form: terms
terms: 8
origin: synthesized (search/terms)
target: L17H8
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (5.35, 'first'),                          # the first token: 37%
    (2.66, 'distance', 1),                    # the previous token: 30%
    (2.07, 'distance', 2),                    # the token 2 back: 13%
    (0.98, 'same_sentence'),                  # the query's own sentence: 8%
    (0.22, 'last', 'CONTENT'),                # the last content word: 5%
    (1.1, 'distance', 3),                     # the token 3 back: 4%
    (-0.62, 'log_distance'),                  # recent tokens: 2%
    (1.29, 'last', 'PERIOD'),                 # the last period: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
