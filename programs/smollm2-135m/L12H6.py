"""Mainly the first token (41%); otherwise the previous token, the query's own sentence and the token 2 back.

head: L12H6
heldout_iou: 0.599
heldout_iou_no_bos: 0.566
name: L12H6
form: terms
terms: 15
origin: synthesized (search/terms)
target: L12H6
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (5.72, 'first'),                          # the first token: 41%
    (0.97, 'distance', 1),                    # the previous token: 17%
    (2.0, 'same_sentence'),                   # the query's own sentence: 12%
    (1.03, 'distance', 2),                    # the token 2 back: 12%
    (0.76, 'distance', 3),                    # the token 3 back: 7%
    (1.61, 'last', 'PERIOD'),                 # the last period: 3%
    (-0.7, 'log_distance'),                   # recent tokens: 3%
    (0.82, 'query_distance', 'CONTENT', 0),   # itself, from content words: 2%
    (0.63, 'last', 'CONJ'),                   # the last conjunction: 1%
    (0.6, 'last', 'WH'),                      # the last wh-word: 1%
    (0.69, 'key_class', 'PERIOD'),            # periods: 1%
    (1.41, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 0%
    (-1.18, 'distance', 0),                   # away from the token itself: 0%
    (-0.47, 'key_class', 'DET'),              # away from determiners: 0%
    (-0.31, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
