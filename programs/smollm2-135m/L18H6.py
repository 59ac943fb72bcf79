"""Mostly the first token (93%); on repeated random tokens mainly the token after an earlier copy of the query's last two tokens (induction) (83%); otherwise the token after an earlier copy of the query (induction), content words and distant tokens.

head: L18H6
heldout_iou: 0.856
heldout_iou_no_bos: 0.204
name: L18H6
form: terms
terms: 6
origin: synthesized (search/terms)
target: L18H6
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (12.4, 'first'),                          # the first token: 93%
    (7.5, 'induction'),                       # the token after an earlier copy of the query (induction): 2%
    (4.38, 'long_induction'),                 # the token after an earlier copy of the query's last two tokens (induction): 2%
    (0.94, 'key_class', 'CONTENT'),           # content words: 1%
    (1.1, 'log_distance'),                    # distant tokens: 1%
    (0.88, 'after', 'CONTENT', 'CONTENT'),    # content word -> the token after a content word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
