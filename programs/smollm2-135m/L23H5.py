"""Mostly the first token (56%); otherwise content words, the last content word and names.

head: L23H5
heldout_iou: 0.570
heldout_iou_no_bos: 0.354
name: L23H5
form: terms
terms: 8
origin: synthesized (search/terms)
target: L23H5
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (5.27, 'first'),                          # the first token: 56%
    (1.53, 'key_class', 'CONTENT'),           # content words: 21%
    (1.44, 'last', 'CONTENT'),                # the last content word: 8%
    (1.95, 'key_class', 'NAME'),              # names: 3%
    (1.02, 'after', 'CONTENT', 'DET'),        # content word -> the token after a determiner: 2%
    (0.98, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (1.43, 'after', 'DET', 'DET'),            # determiner -> the token after a determiner: 1%
    (0.66, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
                                              # other keys: 8%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
