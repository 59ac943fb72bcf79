"""Mostly the first token (76%); otherwise content words, the query's own sentence and word starts.

head: L24H5
heldout_iou: 0.740
heldout_iou_no_bos: 0.393
name: L24H5
form: terms
terms: 9
origin: synthesized (search/terms)
target: L24H5
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (5.86, 'first'),                          # the first token: 76%
    (0.99, 'key_class', 'CONTENT'),           # content words: 10%
    (0.28, 'same_sentence'),                  # the query's own sentence: 4%
    (0.53, 'word_start'),                     # word starts: 3%
    (1.76, 'key_class', 'NAME'),              # names: 3%
    (0.48, 'last', 'CONTENT'),                # the last content word: 2%
    (1.02, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (2.29, 'pair', 'PERIOD', 'NAME'),         # period -> name: 1%
    (0.54, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
