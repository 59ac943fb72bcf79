"""Mostly the first token (76%); otherwise content words, names and distant tokens.

head: L28H2
heldout_iou: 0.677
heldout_iou_no_bos: 0.390
name: L28H2
form: terms
terms: 8
origin: synthesized (search/terms)
target: L28H2
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (5.8, 'first'),                           # the first token: 76%
    (1.21, 'key_class', 'CONTENT'),           # content words: 9%
    (2.39, 'key_class', 'NAME'),              # names: 6%
    (0.13, 'log_distance'),                   # distant tokens: 6%
    (0.17, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 2%
    (1.54, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (-1.03, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 0%
    (-0.11, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
