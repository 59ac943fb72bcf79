"""Mainly the first token (49%); otherwise content words, recent tokens and the token itself.

head: L21H5
heldout_iou: 0.574
heldout_iou_no_bos: 0.461
name: L21H5
form: terms
terms: 11
origin: synthesized (search/terms)
target: L21H5
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (4.18, 'first'),                          # the first token: 49%
    (0.42, 'key_class', 'CONTENT'),           # content words: 22%
    (-0.3, 'log_distance'),                   # recent tokens: 16%
    (0.66, 'distance', 0),                    # the token itself: 5%
    (0.65, 'key_class', 'NAME'),              # names: 3%
    (1.87, 'induction'),                      # the token after an earlier copy of the query (induction): 3%
    (1.01, 'same_token'),                     # earlier copies of the query token: 1%
    (2.42, 'pair', 'PERIOD', 'NAME'),         # period -> name: 1%
    (-0.82, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 0%
    (-0.49, 'key_class', 'AUX'),              # away from auxiliaries: 0%
    (0.34, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
