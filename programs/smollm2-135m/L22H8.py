"""Mainly the first token (52%); otherwise content words, the previous token and the token itself.

head: L22H8
heldout_iou: 0.538
heldout_iou_no_bos: 0.445
name: L22H8
form: terms
terms: 15
origin: synthesized (search/terms)
target: L22H8
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (5.4, 'first'),                           # the first token: 52%
    (0.36, 'key_class', 'CONTENT'),           # content words: 10%
    (1.53, 'distance', 1),                    # the previous token: 9%
    (0.73, 'distance', 0),                    # the token itself: 9%
    (0.8, 'same_sentence'),                   # the query's own sentence: 7%
    (0.92, 'distance', 2),                    # the token 2 back: 5%
    (-0.44, 'log_distance'),                  # recent tokens: 4%
    (0.34, 'last', 'CONTENT'),                # the last content word: 2%
    (1.33, 'last', 'PERIOD'),                 # the last period: 1%
    (0.54, 'last', 'PREP'),                   # the last preposition: 1%
    (0.48, 'same_word'),                      # the query's own word: 0%
    (1.66, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 0%
    (-0.55, 'pair', 'CONTENT', 'CONTENT'),    # away from content word -> content word: 0%
    (-0.41, 'key_distance', 'CONTENT', 1),    # away from the previous token when a content word: 0%
    (0.4, 'pair', 'CONTENT', 'BOS'),          # content word -> first token: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
