"""Mainly the first token (38%); otherwise the query's own sentence, the last period and recent tokens.

head: L18H0
heldout_iou: 0.527
heldout_iou_no_bos: 0.470
name: L18H0
form: terms
terms: 12
origin: synthesized (search/terms)
target: L18H0
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (4.59, 'first'),                          # the first token: 38%
    (1.37, 'same_sentence'),                  # the query's own sentence: 33%
    (2.8, 'last', 'PERIOD'),                  # the last period: 12%
    (-0.69, 'log_distance'),                  # recent tokens: 11%
    (0.95, 'last', 'CONJ'),                   # the last conjunction: 4%
    (-0.05, 'embed_cosine'),                  # away from tokens similar to the query: 2%
    (2.25, 'last', 'NEWLINE'),                # the last newline: 0%
    (-1.83, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 0%
    (-0.71, 'distance', 0),                   # away from the token itself: 0%
    (-0.7, 'key_token', ' the'),              # away from the token ' the': 0%
    (-0.34, 'key_class', 'AUX'),              # away from auxiliaries: 0%
    (-0.08, 'same_word'),                     # away from the query's own word: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
