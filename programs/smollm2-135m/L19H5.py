"""Mostly the first token (63%); on repeated random tokens mainly content word -> first token (16%); otherwise the query's own sentence, the token itself and content word -> content word.

head: L19H5
heldout_iou: 0.657
heldout_iou_no_bos: 0.467
name: L19H5
form: terms
terms: 8
origin: synthesized (search/terms)
target: L19H5
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (4.69, 'first'),                          # the first token: 63%
    (0.69, 'same_sentence'),                  # the query's own sentence: 8%
    (1.69, 'distance', 0),                    # the token itself: 7%
    (0.45, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 4%
    (1.53, 'induction'),                      # the token after an earlier copy of the query (induction): 2%
    (1.59, 'same_token'),                     # earlier copies of the query token: 2%
    (1.23, 'long_induction'),                 # the token after an earlier copy of the query's last two tokens (induction): 1%
    (0.51, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
                                              # other keys: 13%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
