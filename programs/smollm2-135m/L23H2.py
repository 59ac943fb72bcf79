"""Mostly the first token (88%); on repeated random tokens mainly the token after an earlier copy of the query's last two tokens (induction) (47%); otherwise content words, names and the token after an earlier copy of the query (induction).

head: L23H2
heldout_iou: 0.786
heldout_iou_no_bos: 0.270
name: L23H2
form: terms
terms: 7
origin: synthesized (search/terms)
target: L23H2
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (10.45, 'first'),                         # the first token: 88%
    (2.61, 'key_class', 'CONTENT'),           # content words: 4%
    (4.7, 'key_class', 'NAME'),               # names: 2%
    (4.02, 'induction'),                      # the token after an earlier copy of the query (induction): 2%
    (1.48, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 1%
    (3.15, 'long_induction'),                 # the token after an earlier copy of the query's last two tokens (induction): 1%
    (4.16, 'pair', 'PERIOD', 'NAME'),         # period -> name: 0%
                                              # other keys: 2%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
