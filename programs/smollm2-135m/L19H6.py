"""Mostly the first token (72%); otherwise the query's own sentence, the previous token and the token 2 back.

head: L19H6
heldout_iou: 0.675
heldout_iou_no_bos: 0.504
name: L19H6
form: terms
terms: 12
origin: synthesized (search/terms)
target: L19H6
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (7.9, 'first'),                           # the first token: 72%
    (2.69, 'same_sentence'),                  # the query's own sentence: 10%
    (1.1, 'distance', 1),                     # the previous token: 6%
    (1.2, 'distance', 2),                     # the token 2 back: 4%
    (0.23, 'last', 'CONTENT'),                # the last content word: 3%
    (1.14, 'query_distance', 'CONTENT', 3),   # the token 3 back, from content words: 2%
    (-0.48, 'log_distance'),                  # recent tokens: 1%
    (0.89, 'last', 'PREP'),                   # the last preposition: 1%
    (1.83, 'last', 'PERIOD'),                 # the last period: 1%
    (1.07, 'pair', 'DET', 'BOS'),             # determiner -> first token: 0%
    (0.46, 'query_distance', 'CONTENT', 0),   # itself, from content words: 0%
    (-0.24, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
