"""Mostly the first token (62%); otherwise content words, names and periods.

head: L22H4
heldout_iou: 0.600
heldout_iou_no_bos: 0.356
name: L22H4
form: terms
terms: 12
origin: synthesized (search/terms)
target: L22H4
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (5.06, 'first'),                          # the first token: 62%
    (0.78, 'key_class', 'CONTENT'),           # content words: 18%
    (-0.59, 'word_start'),                    # away from word starts: 8%
    (1.28, 'key_class', 'NAME'),              # names: 3%
    (1.46, 'key_class', 'PERIOD'),            # periods: 3%
    (1.04, 'distance', 0),                    # the token itself: 2%
    (1.62, 'induction'),                      # the token after an earlier copy of the query (induction): 2%
    (1.73, 'key_token', ' cat'),              # the token ' cat': 1%
    (1.32, 'long_induction'),                 # the token after an earlier copy of the query's last two tokens (induction): 1%
    (1.99, 'pair', 'PERIOD', 'NAME'),         # period -> name: 0%
    (-1.28, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 0%
    (0.27, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
