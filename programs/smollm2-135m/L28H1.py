"""Mostly the first token (76%); otherwise content words, names and word starts.

head: L28H1
heldout_iou: 0.670
heldout_iou_no_bos: 0.335
name: L28H1
form: terms
terms: 9
origin: synthesized (search/terms)
target: L28H1
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (7.33, 'first'),                          # the first token: 76%
    (2.43, 'key_class', 'CONTENT'),           # content words: 11%
    (3.44, 'key_class', 'NAME'),              # names: 5%
    (1.44, 'word_start'),                     # word starts: 4%
    (0.49, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 2%
    (1.8, 'induction'),                       # the token after an earlier copy of the query (induction): 1%
    (2.56, 'key_class', 'VERB_ED'),           # -ed verbs: 1%
    (-1.39, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 0%
    (0.29, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
