"""Mostly the first token (91%); on repeated random tokens mainly the token after an earlier copy of the query's last two tokens (induction) (63%); otherwise the token after an earlier copy of the query (induction) and content words.

head: L17H3
heldout_iou: 0.846
heldout_iou_no_bos: 0.261
name: L17H3
form: terms
terms: 5
origin: synthesized (search/terms)
target: L17H3
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (11.52, 'first'),                         # the first token: 91%
    (8.05, 'induction'),                      # the token after an earlier copy of the query (induction): 5%
    (2.56, 'long_induction'),                 # the token after an earlier copy of the query's last two tokens (induction): 2%
    (1.24, 'key_class', 'CONTENT'),           # content words: 1%
    (-1.53, 'after', 'DET', 'DET'),           # away from determiner -> the token after a determiner: 0%
                                              # other keys: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
