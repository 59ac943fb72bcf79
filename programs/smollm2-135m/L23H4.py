"""Mostly the first token (70%); otherwise content words, names and content word -> content word.

head: L23H4
heldout_iou: 0.651
heldout_iou_no_bos: 0.371
name: L23H4
form: terms
terms: 11
origin: synthesized (search/terms)
target: L23H4
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (5.81, 'first'),                          # the first token: 70%
    (1.25, 'key_class', 'CONTENT'),           # content words: 13%
    (2.27, 'key_class', 'NAME'),              # names: 5%
    (-0.6, 'word_start'),                     # away from word starts: 4%
    (0.58, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 2%
    (1.61, 'key_class', 'PERIOD'),            # periods: 2%
    (1.31, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (1.47, 'pair', 'DET', 'CONTENT'),         # determiner -> content word: 1%
    (1.77, 'key_token', ' cat'),              # the token ' cat': 1%
    (1.95, 'pair', 'PERIOD', 'NAME'),         # period -> name: 1%
    (0.68, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
