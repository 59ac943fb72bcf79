"""Mostly the first token (77%); otherwise content words, names and content word -> content word.

head: L28H0
heldout_iou: 0.676
heldout_iou_no_bos: 0.401
name: L28H0
form: terms
terms: 7
origin: synthesized (search/terms)
target: L28H0
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (5.94, 'first'),                          # the first token: 77%
    (0.95, 'key_class', 'CONTENT'),           # content words: 7%
    (2.7, 'key_class', 'NAME'),               # names: 6%
    (0.41, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 1%
    (1.43, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (1.32, 'after', 'CONTENT', 'PERIOD'),     # content word -> the token after a period: 1%
    (-1.27, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 0%
                                              # other keys: 7%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
