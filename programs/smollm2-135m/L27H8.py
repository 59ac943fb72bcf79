"""Mostly the first token (60%); on repeated random tokens mainly the token itself (26%); otherwise the query's own sentence, the previous token and earlier copies of the query token.

head: L27H8
heldout_iou: 0.585
heldout_iou_no_bos: 0.523
name: L27H8
form: terms
terms: 15
origin: synthesized (search/terms)
target: L27H8
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (8.98, 'first'),                          # the first token: 60%
    (3.68, 'distance', 0),                    # the token itself: 22%
    (3.31, 'same_sentence'),                  # the query's own sentence: 8%
    (2.01, 'distance', 1),                    # the previous token: 6%
    (2.52, 'same_token'),                     # earlier copies of the query token: 2%
    (-0.41, 'log_distance'),                  # recent tokens: 2%
    (5.07, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 0%
    (-3.25, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 0%
    (1.74, 'pair', 'AUX', 'BOS'),             # auxiliary -> first token: 0%
    (1.56, 'pair', 'PREP', 'BOS'),            # preposition -> first token: 0%
    (1.5, 'query_distance', 'DET', 1),        # the previous token, from determiners: 0%
    (1.36, 'pair', 'VERB_ED', 'BOS'),         # -ed verb -> first token: 0%
    (1.22, 'pair', 'TO', 'BOS'),              # 'to' -> first token: 0%
    (0.6, 'pair', 'CONTENT', 'BOS'),          # content word -> first token: 0%
    (-0.07, 'same_word'),                     # away from the query's own word: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
