"""Mostly the previous token (76%); otherwise the first token, the token 2 back and the query's own sentence.

head: L16H0
heldout_iou: 0.780
heldout_iou_no_bos: 0.869
name: L16H0
form: terms
terms: 9
origin: synthesized (search/terms)
target: L16H0
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (5.95, 'distance', 1),                    # the previous token: 74%
    (5.21, 'first'),                          # the first token: 16%
    (3.7, 'distance', 2),                     # the token 2 back: 9%
    (0.64, 'same_sentence'),                  # the query's own sentence: 1%
    (-0.29, 'log_distance'),                  # recent tokens: 0%
    (1.04, 'pair', 'PRON_OBJ', 'BOS'),        # object pronoun -> first token: 0%
    (1.01, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 0%
    (-0.8, 'key_token', ' and'),              # away from the token ' and': 0%
    (-0.79, 'key_class', 'DET'),              # away from determiners: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
