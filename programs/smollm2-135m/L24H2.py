"""Mostly the first token (88%); on repeated random tokens mainly content word -> first token (18%); otherwise content words, names and content word -> the token after a content word.

head: L24H2
heldout_iou: 0.745
heldout_iou_no_bos: 0.307
name: L24H2
form: terms
terms: 8
origin: synthesized (search/terms)
target: L24H2
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (7.43, 'first'),                          # the first token: 88%
    (1.7, 'key_class', 'CONTENT'),            # content words: 5%
    (2.87, 'key_class', 'NAME'),              # names: 2%
    (0.77, 'after', 'CONTENT', 'CONTENT'),    # content word -> the token after a content word: 1%
    (2.64, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (0.79, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 0%
    (3.07, 'pair', 'PERIOD', 'NAME'),         # period -> name: 0%
    (1.33, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
                                              # other keys: 3%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
