"""Mostly the first token (88%); on repeated random tokens mainly content word -> first token (12%); otherwise content words and the query's own sentence.

head: L20H3
heldout_iou: 0.738
heldout_iou_no_bos: 0.271
name: L20H3
form: terms
terms: 4
origin: synthesized (search/terms)
target: L20H3
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (9.26, 'first'),                          # the first token: 88%
    (1.42, 'key_class', 'CONTENT'),           # content words: 5%
    (1.6, 'same_sentence'),                   # the query's own sentence: 3%
    (0.72, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
                                              # other keys: 4%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
