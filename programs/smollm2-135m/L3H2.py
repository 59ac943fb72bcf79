"""Mainly the first token (48%); otherwise the token ' the', content words and the query's own word.

head: L3H2
heldout_iou: 0.530
heldout_iou_no_bos: 0.315
name: L3H2
form: terms
terms: 7
origin: synthesized (search/terms)
target: L3H2
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (8.0, 'first'),                           # the first token: 48%
    (8.68, 'key_token', ' the'),              # the token ' the': 28%
    (1.88, 'key_class', 'CONTENT'),           # content words: 10%
    (3.61, 'same_word'),                      # the query's own word: 6%
    (4.11, 'key_distance', 'CONTENT', 1),     # the previous token when a content word: 4%
    (-1.18, 'after', 'CONTENT', 'CONTENT'),   # away from content word -> the token after a content word: 1%
    (0.19, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
                                              # other keys: 3%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
