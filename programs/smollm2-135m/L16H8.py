"""Mainly the first token (36%); otherwise the query's own sentence and recent tokens.

head: L16H8
heldout_iou: 0.497
heldout_iou_no_bos: 0.490
name: L16H8
form: terms
terms: 8
origin: synthesized (search/terms)
target: L16H8
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (0.72, 'same_sentence'),                  # the query's own sentence: 39%
    (3.78, 'first'),                          # the first token: 36%
    (-0.66, 'log_distance'),                  # recent tokens: 25%
    (-1.77, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 0%
    (-1.13, 'key_class', 'DET'),              # away from determiners: 0%
    (-0.94, 'key_class', 'PRON_SUBJ'),        # away from subject pronouns: 0%
    (-0.93, 'distance', 0),                   # away from the token itself: 0%
    (0.4, 'pair', 'CONTENT', 'BOS'),          # content word -> first token: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
