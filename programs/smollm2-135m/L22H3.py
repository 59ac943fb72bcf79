"""Mainly the first token (43%); otherwise the previous token, the token itself and the query's own sentence.

head: L22H3
heldout_iou: 0.543
heldout_iou_no_bos: 0.486
name: L22H3
form: terms
terms: 15
origin: synthesized (search/terms)
target: L22H3
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (5.61, 'first'),                          # the first token: 43%
    (1.46, 'distance', 1),                    # the previous token: 17%
    (0.96, 'distance', 0),                    # the token itself: 13%
    (1.39, 'same_sentence'),                  # the query's own sentence: 11%
    (-0.51, 'log_distance'),                  # recent tokens: 6%
    (1.36, 'query_distance', 'CONTENT', 2),   # the token 2 back, from content words: 4%
    (0.39, 'last', 'CONTENT'),                # the last content word: 3%
    (1.4, 'key_class', 'PERIOD'),             # periods: 2%
    (0.61, 'last', 'PREP'),                   # the last preposition: 1%
    (0.08, 'same_word'),                      # the query's own word: 0%
    (1.77, 'query_distance', 'DET', 1),       # the previous token, from determiners: 0%
    (1.58, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 0%
    (1.46, 'query_distance', 'PRON_OBJ', 1),  # the previous token, from object pronouns: 0%
    (1.26, 'query_distance', 'DET', 0),       # itself, from determiners: 0%
    (-0.18, 'key_class', 'CONTENT'),          # away from content words: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
