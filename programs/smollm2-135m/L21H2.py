"""Mostly the first token (74%); otherwise the query's own sentence, the token itself and numbers.

head: L21H2
heldout_iou: 0.696
heldout_iou_no_bos: 0.390
name: L21H2
form: terms
terms: 9
origin: synthesized (search/terms)
target: L21H2
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (5.21, 'first'),                          # the first token: 74%
    (0.47, 'same_sentence'),                  # the query's own sentence: 6%
    (1.41, 'distance', 0),                    # the token itself: 3%
    (0.77, 'key_class', 'NUMBER'),            # numbers: 2%
    (1.7, 'induction'),                       # the token after an earlier copy of the query (induction): 1%
    (0.61, 'key_token', ' and'),              # the token ' and': 1%
    (1.26, 'same_token'),                     # earlier copies of the query token: 1%
    (-1.04, 'pair', 'CONJ', 'BOS'),           # away from conjunction -> first token: 0%
    (0.43, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
                                              # other keys: 12%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
