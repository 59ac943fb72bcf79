"""Mainly the first token (51%); otherwise the token ' the', content words and the last content word.

head: L9H0
heldout_iou: 0.535
heldout_iou_no_bos: 0.294
name: L9H0
form: terms
terms: 10
origin: synthesized (search/terms)
target: L9H0
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (7.68, 'first'),                          # the first token: 51%
    (7.35, 'key_token', ' the'),              # the token ' the': 20%
    (2.33, 'key_class', 'CONTENT'),           # content words: 14%
    (1.15, 'last', 'CONTENT'),                # the last content word: 6%
    (-0.73, 'after', 'CONTENT', 'CONTENT'),   # away from content word -> the token after a content word: 1%
    (0.46, 'key_class', 'DET'),               # determiners: 1%
    (7.23, 'query_distance', 'CONJ', 1),      # the previous token, from conjunctions: 1%
    (6.33, 'query_distance', 'COMMA', 1),     # the previous token, from commas: 0%
    (3.25, 'query_distance', 'AUX', 1),       # the previous token, from auxiliaries: 0%
    (-3.86, 'after', 'CONTENT', 'COMMA'),     # away from content word -> the token after a comma: 0%
                                              # other keys: 6%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
