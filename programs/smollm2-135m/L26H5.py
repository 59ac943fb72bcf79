"""Mostly the first token (88%); on repeated random tokens mainly content word -> first token (19%); otherwise the query's own sentence, content word -> the token after a content word and the token after an earlier copy of the query (induction).

head: L26H5
heldout_iou: 0.740
heldout_iou_no_bos: 0.313
name: L26H5
form: terms
terms: 6
origin: synthesized (search/terms)
target: L26H5
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (5.93, 'first'),                          # the first token: 88%
    (0.67, 'same_sentence'),                  # the query's own sentence: 3%
    (0.72, 'after', 'CONTENT', 'CONTENT'),    # content word -> the token after a content word: 1%
    (2.0, 'induction'),                       # the token after an earlier copy of the query (induction): 1%
    (-1.03, 'key_class', 'DET'),              # away from determiners: 0%
    (0.41, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
                                              # other keys: 7%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
