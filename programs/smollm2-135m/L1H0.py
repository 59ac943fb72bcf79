"""Mainly punctuation and newlines (38%), not a term of the program; on repeated random tokens mainly the token itself (38%), not a term of the program; otherwise the previous token, the query's own word and periods.

head: L1H0
heldout_iou: 0.529
heldout_iou_no_bos: 0.529
name: L1H0
form: terms
terms: 15
origin: synthesized (search/terms)
target: L1H0
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (2.3, 'distance', 1),                     # the previous token: 31%
    (1.51, 'same_word'),                      # the query's own word: 23%
    (4.0, 'key_class', 'PERIOD'),             # periods: 23%
    (1.06, 'distance', 2),                    # the token 2 back: 8%
    (2.62, 'key_class', 'COMMA'),             # commas: 5%
    (0.41, 'same_sentence'),                  # the query's own sentence: 4%
    (1.79, 'key_token', ' the'),              # the token ' the': 3%
    (-0.57, 'log_distance'),                  # recent tokens: 2%
    (0.8, 'embed_cosine'),                    # tokens similar to the query: 1%
    (1.99, 'key_token', ' The'),              # the token ' The': 0%
    (-2.71, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 0%
    (-2.51, 'query_distance', 'COMMA', 0),    # away from itself, from commas: 0%
    (-1.94, 'query_distance', 'DET', 0),      # away from itself, from determiners: 0%
    (-1.38, 'query_distance', 'PERIOD', 1),   # away from the previous token, from periods: 0%
    (-0.91, 'last', 'PERIOD'),                # away from the last period: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
