"""Mostly the first token (62%); otherwise content words, word starts and names.

head: L23H0
heldout_iou: 0.575
heldout_iou_no_bos: 0.373
name: L23H0
form: terms
terms: 10
origin: synthesized (search/terms)
target: L23H0
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (5.86, 'first'),                          # the first token: 62%
    (1.44, 'key_class', 'CONTENT'),           # content words: 20%
    (1.5, 'word_start'),                      # word starts: 8%
    (2.47, 'key_class', 'NAME'),              # names: 5%
    (2.48, 'induction'),                      # the token after an earlier copy of the query (induction): 3%
    (1.27, 'key_class', 'VERB_ED'),           # -ed verbs: 1%
    (1.77, 'pair', 'PERIOD', 'NAME'),         # period -> name: 1%
    (-0.23, 'log_distance'),                  # recent tokens: 0%
    (-1.09, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 0%
    (0.21, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
