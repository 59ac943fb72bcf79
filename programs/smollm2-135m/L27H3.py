"""Mainly the first token (34%); on repeated random tokens mainly content word -> first token (16%); otherwise the token itself, the query's own sentence and recent tokens.

head: L27H3
heldout_iou: 0.483
heldout_iou_no_bos: 0.445
name: L27H3
form: terms
terms: 14
origin: synthesized (search/terms)
target: L27H3
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (4.45, 'first'),                          # the first token: 34%
    (0.79, 'distance', 0),                    # the token itself: 17%
    (1.57, 'same_sentence'),                  # the query's own sentence: 15%
    (-0.32, 'log_distance'),                  # recent tokens: 11%
    (2.51, 'key_class', 'PERIOD'),            # periods: 8%
    (0.65, 'last', 'CONTENT'),                # the last content word: 4%
    (1.14, 'query_distance', 'CONTENT', 1),   # the previous token, from content words: 4%
    (2.0, 'same_token'),                      # earlier copies of the query token: 4%
    (0.82, 'query_distance', 'CONTENT', 2),   # the token 2 back, from content words: 3%
    (0.28, 'same_word'),                      # the query's own word: 0%
    (-0.96, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 0%
    (-0.53, 'key_class', 'DET'),              # away from determiners: 0%
    (-0.18, 'query_distance', 'CONTENT', 0),  # away from itself, from content words: 0%
    (0.17, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
