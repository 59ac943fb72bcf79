"""Mainly the previous token (30%); on repeated random tokens mainly the token itself (39%), not a term of the program; otherwise the token 2 back, the query's own word and the query's own sentence.

head: L11H7
heldout_iou: 0.530
heldout_iou_no_bos: 0.530
name: L11H7
form: terms
terms: 16
origin: synthesized (search/terms)
target: L11H7
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (1.44, 'distance', 1),                    # the previous token: 30%
    (1.04, 'distance', 2),                    # the token 2 back: 14%
    (0.06, 'same_word'),                      # the query's own word: 12%
    (1.21, 'same_sentence'),                  # the query's own sentence: 10%
    (2.48, 'key_class', 'PERIOD'),            # periods: 9%
    (0.77, 'query_distance', 'CONTENT', 0),   # itself, from content words: 8%
    (0.53, 'word_start'),                     # word starts: 7%
    (0.61, 'distance', 3),                    # the token 3 back: 6%
    (0.7, 'key_token', '.'),                  # the token '.': 3%
    (1.75, 'pair', 'NAME', 'PERIOD'),         # name -> period: 1%
    (-0.98, 'log_distance'),                  # recent tokens: 0%
    (-1.65, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 0%
    (-1.47, 'last', 'PERIOD'),                # away from the last period: 0%
    (-1.23, 'query_distance', 'PERIOD', 1),   # away from the previous token, from periods: 0%
    (-0.37, 'key_class', 'CONTENT'),          # away from content words: 0%
    (-0.06, 'distance', 0),                   # away from the token itself: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
