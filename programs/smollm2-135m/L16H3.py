"""Mainly the first token (46%); otherwise content words, the query's own sentence and recent tokens.

head: L16H3
heldout_iou: 0.516
heldout_iou_no_bos: 0.415
name: L16H3
form: terms
terms: 14
origin: synthesized (search/terms)
target: L16H3
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (4.0, 'first'),                           # the first token: 46%
    (0.48, 'key_class', 'CONTENT'),           # content words: 21%
    (0.17, 'same_sentence'),                  # the query's own sentence: 18%
    (-0.58, 'log_distance'),                  # recent tokens: 9%
    (0.74, 'key_class', 'PERIOD'),            # periods: 4%
    (0.79, 'last', 'NAME'),                   # the last name: 2%
    (1.04, 'pair', 'NAME', 'BOS'),            # name -> first token: 0%
    (0.86, 'pair', 'PREP', 'BOS'),            # preposition -> first token: 0%
    (-0.79, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 0%
    (-0.71, 'key_class', 'DET'),              # away from determiners: 0%
    (0.65, 'pair', 'DET', 'BOS'),             # determiner -> first token: 0%
    (0.64, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
    (-0.54, 'distance', 0),                   # away from the token itself: 0%
    (-0.19, 'same_word'),                     # away from the query's own word: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
