"""Mainly the first token (52%); otherwise the query's own sentence, recent tokens and periods.

head: L26H2
heldout_iou: 0.524
heldout_iou_no_bos: 0.437
name: L26H2
form: terms
terms: 14
origin: synthesized (search/terms)
target: L26H2
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (5.17, 'first'),                          # the first token: 52%
    (1.11, 'same_sentence'),                  # the query's own sentence: 30%
    (-0.54, 'log_distance'),                  # recent tokens: 12%
    (1.27, 'key_class', 'PERIOD'),            # periods: 6%
    (2.29, 'pair', 'DET', 'BOS'),             # determiner -> first token: 0%
    (-2.29, 'pair', 'CONJ', 'BOS'),           # away from conjunction -> first token: 0%
    (-2.19, 'pair', 'COMMA', 'BOS'),          # away from comma -> first token: 0%
    (-2.02, 'pair', 'PREP', 'BOS'),           # away from preposition -> first token: 0%
    (-1.66, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 0%
    (1.39, 'pair', 'PRON_SUBJ', 'BOS'),       # subject pronoun -> first token: 0%
    (-1.1, 'key_class', 'DET'),               # away from determiners: 0%
    (-0.6, 'key_class', 'CONTENT'),           # away from content words: 0%
    (-0.38, 'same_word'),                     # away from the query's own word: 0%
    (-0.33, 'distance', 0),                   # away from the token itself: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
