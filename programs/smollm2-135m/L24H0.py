"""Mostly the first token (90%); otherwise content words, prepositions and wh-words.

head: L24H0
heldout_iou: 0.790
heldout_iou_no_bos: 0.290
name: L24H0
form: terms
terms: 5
origin: synthesized (search/terms)
target: L24H0
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (7.49, 'first'),                          # the first token: 90%
    (1.1, 'key_class', 'CONTENT'),            # content words: 4%
    (2.1, 'key_class', 'PREP'),               # prepositions: 1%
    (2.41, 'key_class', 'WH'),                # wh-words: 1%
    (-0.47, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 0%
                                              # other keys: 4%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
