"""Mainly the first token (43%); otherwise the token ' the', distant tokens and content word -> content word.

head: L8H2
heldout_iou: 0.499
heldout_iou_no_bos: 0.356
name: L8H2
form: terms
terms: 12
origin: synthesized (search/terms)
target: L8H2
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (4.67, 'first'),                          # the first token: 43%
    (6.0, 'key_token', ' the'),               # the token ' the': 24%
    (0.63, 'log_distance'),                   # distant tokens: 15%
    (1.55, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 7%
    (0.38, 'same_sentence'),                  # the query's own sentence: 5%
    (4.55, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 2%
    (0.99, 'query_distance', 'DET', 0),       # itself, from determiners: 1%
    (4.47, 'pair', 'PRON_SUBJ', 'PRON_SUBJ'), # subject pronoun -> subject pronoun: 1%
    (5.04, 'pair', 'PRON_SUBJ', 'PRON_OBJ'),  # subject pronoun -> object pronoun: 1%
    (4.52, 'pair', 'PRON_OBJ', 'PRON_OBJ'),   # object pronoun -> object pronoun: 1%
    (-2.52, 'after', 'CONTENT', 'COMMA'),     # away from content word -> the token after a comma: 0%
    (-0.35, 'after', 'CONTENT', 'CONTENT'),   # away from content word -> the token after a content word: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
