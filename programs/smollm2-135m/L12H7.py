"""Mainly the first token (51%); otherwise the query's own sentence, content words and the token 3 back.

head: L12H7
heldout_iou: 0.583
heldout_iou_no_bos: 0.487
name: L12H7
form: terms
terms: 16
origin: synthesized (search/terms)
target: L12H7
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (5.21, 'first'),                          # the first token: 51%
    (1.1, 'same_sentence'),                   # the query's own sentence: 17%
    (0.29, 'key_class', 'CONTENT'),           # content words: 10%
    (0.51, 'distance', 3),                    # the token 3 back: 6%
    (-0.59, 'log_distance'),                  # recent tokens: 5%
    (0.57, 'distance', 4),                    # the token 4 back: 5%
    (0.92, 'key_class', 'PERIOD'),            # periods: 4%
    (0.81, 'last', 'VERB_ED'),                # the last -ed verb: 2%
    (-2.4, 'pair', 'PERIOD', 'BOS'),          # away from period -> first token: 0%
    (-1.87, 'pair', 'COMMA', 'BOS'),          # away from comma -> first token: 0%
    (-1.82, 'pair', 'CONJ', 'BOS'),           # away from conjunction -> first token: 0%
    (-1.04, 'pair', 'PRON_SUBJ', 'BOS'),      # away from subject pronoun -> first token: 0%
    (-0.79, 'distance', 0),                   # away from the token itself: 0%
    (-0.72, 'key_class', 'DET'),              # away from determiners: 0%
    (-0.59, 'same_word'),                     # away from the query's own word: 0%
    (0.35, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
