"""Mainly the first token (31%); otherwise the previous token, the query's own sentence and the token ' the'.

head: L6H4
heldout_iou: 0.474
heldout_iou_no_bos: 0.445
name: L6H4
form: terms
terms: 16
origin: synthesized (search/terms)
target: L6H4
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (4.01, 'first'),                          # the first token: 31%
    (1.38, 'distance', 1),                    # the previous token: 15%
    (1.42, 'same_sentence'),                  # the query's own sentence: 13%
    (3.81, 'key_token', ' the'),              # the token ' the': 13%
    (1.15, 'distance', 2),                    # the token 2 back: 10%
    (0.86, 'word_start'),                     # word starts: 9%
    (0.53, 'distance', 3),                    # the token 3 back: 6%
    (1.51, 'last', 'PERIOD'),                 # the last period: 2%
    (-0.31, 'log_distance'),                  # recent tokens: 1%
    (-1.98, 'last', 'DET'),                   # away from the last determiner: 0%
    (-1.69, 'key_class', 'NAME'),             # away from names: 0%
    (1.36, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 0%
    (1.26, 'query_distance', 'NAME', 1),      # the previous token, from names: 0%
    (-1.22, 'pair', 'CONTENT', 'DET'),        # away from content word -> determiner: 0%
    (-0.86, 'after', 'PERIOD', 'CONTENT'),    # away from period -> the token after a content word: 0%
    (-0.66, 'key_class', 'CONTENT'),          # away from content words: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
