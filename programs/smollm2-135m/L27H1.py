"""Mainly the token itself (28%), not a term of the program and the first token (26%); otherwise recent tokens and periods.

head: L27H1
heldout_iou: 0.472
heldout_iou_no_bos: 0.489
name: L27H1
form: terms
terms: 8
origin: synthesized (search/terms)
target: L27H1
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (-1.5, 'log_distance'),                   # recent tokens: 62%
    (4.53, 'first'),                          # the first token: 26%
    (0.5, 'key_class', 'PERIOD'),             # periods: 7%
    (1.84, 'query_distance', 'DET', 1),       # the previous token, from determiners: 3%
    (1.02, 'same_token'),                     # earlier copies of the query token: 2%
    (1.09, 'pair', 'PRON_SUBJ', 'BOS'),       # subject pronoun -> first token: 0%
    (-0.5, 'pair', 'CONTENT', 'BOS'),         # away from content word -> first token: 0%
    (-0.36, 'key_class', 'CONTENT'),          # away from content words: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
