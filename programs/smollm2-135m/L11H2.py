"""Mainly the tokens 2 to 4 back (39%), not a term of the program; otherwise the query's own sentence, the last period and word starts.

head: L11H2
heldout_iou: 0.573
heldout_iou_no_bos: 0.580
name: L11H2
form: terms
terms: 16
origin: synthesized (search/terms)
target: L11H2
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (1.08, 'same_sentence'),                  # the query's own sentence: 62%
    (0.45, 'last', 'PERIOD'),                 # the last period: 18%
    (0.74, 'word_start'),                     # word starts: 15%
    (1.61, 'key_class', 'PERIOD'),            # periods: 2%
    (1.62, 'key_class', 'NEWLINE'),           # newlines: 1%
    (1.69, 'key_class', 'QUOTE'),             # quotation marks: 1%
    (-1.82, 'log_distance'),                  # recent tokens: 1%
    (-3.48, 'distance', 0),                   # away from the token itself: 0%
    (-2.38, 'query_distance', 'PERIOD', 1),   # away from the previous token, from periods: 0%
    (-2.36, 'query_distance', 'PERIOD', 2),   # away from the token 2 back, from periods: 0%
    (-2.32, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 0%
    (-2.0, 'query_distance', 'PERIOD', 3),    # away from the token 3 back, from periods: 0%
    (-1.31, 'distance', 1),                   # away from the previous token: 0%
    (-0.65, 'key_token', ' the'),             # away from the token ' the': 0%
    (-0.42, 'distance', 2),                   # away from the token 2 back: 0%
    (-0.28, 'key_class', 'CONTENT'),          # away from content words: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
