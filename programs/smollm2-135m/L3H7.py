"""Mainly the first token (22%) and the tokens 2 to 4 back (21%), not a term of the program; otherwise the query's own sentence and word starts.

head: L3H7
heldout_iou: 0.484
heldout_iou_no_bos: 0.458
name: L3H7
form: terms
terms: 14
origin: synthesized (search/terms)
target: L3H7
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (3.13, 'first'),                          # the first token: 23%
    (1.22, 'same_sentence'),                  # the query's own sentence: 19%
    (1.25, 'word_start'),                     # word starts: 18%
    (0.58, 'distance', 1),                    # the previous token: 11%
    (0.48, 'distance', 2),                    # the token 2 back: 9%
    (1.76, 'key_token', ' the'),              # the token ' the': 8%
    (0.35, 'distance', 3),                    # the token 3 back: 7%
    (1.65, 'last', 'PERIOD'),                 # the last period: 4%
    (-0.32, 'log_distance'),                  # recent tokens: 1%
    (1.02, 'pair', 'DET', 'DET'),             # determiner -> determiner: 0%
    (-0.94, 'key_class', 'NAME'),             # away from names: 0%
    (-0.39, 'key_class', 'DET'),              # away from determiners: 0%
    (-0.22, 'distance', 0),                   # away from the token itself: 0%
    (-0.14, 'same_word'),                     # away from the query's own word: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
