"""Mostly the first token (93%); on repeated random tokens mainly content word -> first token (27%); otherwise the token after an earlier copy of the query (induction), the query's own sentence and the token after an earlier copy of the query's last two tokens (induction).

head: L20H6
heldout_iou: 0.817
heldout_iou_no_bos: 0.251
name: L20H6
form: terms
terms: 5
origin: synthesized (search/terms)
target: L20H6
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (9.99, 'first'),                          # the first token: 93%
    (5.36, 'induction'),                      # the token after an earlier copy of the query (induction): 2%
    (1.66, 'same_sentence'),                  # the query's own sentence: 1%
    (2.03, 'long_induction'),                 # the token after an earlier copy of the query's last two tokens (induction): 1%
    (0.87, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
                                              # other keys: 3%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
