"""Mostly the first token (59%); otherwise the query's own sentence, recent tokens and the last content word.

head: L14H4
heldout_iou: 0.572
heldout_iou_no_bos: 0.404
name: L14H4
form: terms
terms: 15
origin: synthesized (search/terms)
target: L14H4
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (5.82, 'first'),                          # the first token: 59%
    (1.3, 'same_sentence'),                   # the query's own sentence: 19%
    (-0.52, 'log_distance'),                  # recent tokens: 8%
    (0.68, 'last', 'CONTENT'),                # the last content word: 6%
    (1.67, 'key_class', 'PERIOD'),            # periods: 4%
    (0.95, 'last', 'PREP'),                   # the last preposition: 2%
    (0.92, 'last', 'VERB_ED'),                # the last -ed verb: 2%
    (-2.6, 'pair', 'COMMA', 'BOS'),           # away from comma -> first token: 0%
    (-2.22, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 0%
    (-1.99, 'pair', 'CONJ', 'BOS'),           # away from conjunction -> first token: 0%
    (1.01, 'pair', 'DET', 'BOS'),             # determiner -> first token: 0%
    (-0.89, 'distance', 0),                   # away from the token itself: 0%
    (0.77, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
    (0.56, 'pair', 'PREP', 'BOS'),            # preposition -> first token: 0%
    (-0.41, 'same_word'),                     # away from the query's own word: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
