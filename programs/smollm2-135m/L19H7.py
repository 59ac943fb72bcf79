"""Mainly the first token (53%); otherwise the previous token, the query's own sentence and the token 2 back.

head: L19H7
heldout_iou: 0.570
heldout_iou_no_bos: 0.511
name: L19H7
form: terms
terms: 14
origin: synthesized (search/terms)
target: L19H7
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (7.07, 'first'),                          # the first token: 53%
    (1.58, 'distance', 1),                    # the previous token: 20%
    (2.38, 'same_sentence'),                  # the query's own sentence: 17%
    (1.19, 'distance', 2),                    # the token 2 back: 8%
    (1.87, 'last', 'PERIOD'),                 # the last period: 1%
    (-0.86, 'log_distance'),                  # recent tokens: 1%
    (3.93, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 0%
    (1.95, 'pair', 'COMMA', 'BOS'),           # comma -> first token: 0%
    (1.75, 'pair', 'CONJ', 'BOS'),            # conjunction -> first token: 0%
    (1.64, 'query_distance', 'PRON_OBJ', 1),  # the previous token, from object pronouns: 0%
    (1.54, 'query_distance', 'DET', 1),       # the previous token, from determiners: 0%
    (-0.93, 'key_class', 'NAME'),             # away from names: 0%
    (-0.65, 'key_class', 'PRON_SUBJ'),        # away from subject pronouns: 0%
    (0.48, 'pair', 'AUX', 'BOS'),             # auxiliary -> first token: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
