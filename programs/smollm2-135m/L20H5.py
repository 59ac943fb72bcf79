"""Mostly the first token (87%); otherwise content words, the query's own sentence and the last content word.

head: L20H5
heldout_iou: 0.750
heldout_iou_no_bos: 0.313
name: L20H5
form: terms
terms: 7
origin: synthesized (search/terms)
target: L20H5
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (7.02, 'first'),                          # the first token: 87%
    (0.77, 'key_class', 'CONTENT'),           # content words: 3%
    (1.0, 'same_sentence'),                   # the query's own sentence: 3%
    (0.48, 'last', 'CONTENT'),                # the last content word: 2%
    (2.43, 'induction'),                      # the token after an earlier copy of the query (induction): 2%
    (0.43, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 0%
    (0.56, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
                                              # other keys: 3%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
