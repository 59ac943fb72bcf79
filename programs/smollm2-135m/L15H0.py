"""Mostly the first token (69%); otherwise the query's own sentence, recent tokens and the previous token.

head: L15H0
heldout_iou: 0.679
heldout_iou_no_bos: 0.476
name: L15H0
form: terms
terms: 13
origin: synthesized (search/terms)
target: L15H0
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (5.82, 'first'),                          # the first token: 69%
    (1.29, 'same_sentence'),                  # the query's own sentence: 11%
    (-0.14, 'log_distance'),                  # recent tokens: 8%
    (0.54, 'distance', 1),                    # the previous token: 3%
    (0.94, 'key_class', 'PERIOD'),            # periods: 3%
    (0.61, 'distance', 2),                    # the token 2 back: 3%
    (0.37, 'last', 'CONTENT'),                # the last content word: 3%
    (-2.77, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 0%
    (-1.46, 'pair', 'COMMA', 'BOS'),          # away from comma -> first token: 0%
    (-1.39, 'pair', 'CONJ', 'BOS'),           # away from conjunction -> first token: 0%
    (-0.7, 'pair', 'PRON_SUBJ', 'BOS'),       # away from subject pronoun -> first token: 0%
    (-0.63, 'key_class', 'DET'),              # away from determiners: 0%
    (-0.15, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
