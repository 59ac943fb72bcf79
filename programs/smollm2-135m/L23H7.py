"""Mostly the first token (79%); on repeated random tokens mainly the token after an earlier copy of the query's last two tokens (induction) (42%); otherwise content words, names and the token after an earlier copy of the query (induction).

head: L23H7
heldout_iou: 0.680
heldout_iou_no_bos: 0.310
name: L23H7
form: terms
terms: 8
origin: synthesized (search/terms)
target: L23H7
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (8.0, 'first'),                           # the first token: 79%
    (2.56, 'key_class', 'CONTENT'),           # content words: 10%
    (3.93, 'key_class', 'NAME'),              # names: 3%
    (2.66, 'induction'),                      # the token after an earlier copy of the query (induction): 2%
    (0.75, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 2%
    (2.01, 'long_induction'),                 # the token after an earlier copy of the query's last two tokens (induction): 1%
    (3.41, 'pair', 'PERIOD', 'NAME'),         # period -> name: 1%
    (0.51, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
                                              # other keys: 2%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
