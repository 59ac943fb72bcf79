"""Mostly the first token (71%); on repeated random tokens mainly the previous token (52%); otherwise the token 2 back, the query's own word and itself, from content words.

head: L19H8
heldout_iou: 0.716
heldout_iou_no_bos: 0.647
name: L19H8
form: terms
terms: 12
origin: synthesized (search/terms)
target: L19H8
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (7.27, 'first'),                          # the first token: 71%
    (4.46, 'distance', 1),                    # the previous token: 20%
    (2.56, 'distance', 2),                    # the token 2 back: 4%
    (1.49, 'same_word'),                      # the query's own word: 2%
    (1.07, 'query_distance', 'CONTENT', 0),   # itself, from content words: 1%
    (0.89, 'same_sentence'),                  # the query's own sentence: 1%
    (-0.17, 'log_distance'),                  # recent tokens: 1%
    (1.41, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 0%
    (-0.98, 'pair', 'PREP', 'BOS'),           # away from preposition -> first token: 0%
    (-0.15, 'key_class', 'CONTENT'),          # away from content words: 0%
    (0.15, 'key_distance', 'CONTENT', 1),     # the previous token when a content word: 0%
    (0.09, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
