"""Mainly the first token (48%); otherwise the token ' the', content words and the previous token.

head: L3H1
heldout_iou: 0.525
heldout_iou_no_bos: 0.294
name: L3H1
form: terms
terms: 11
origin: synthesized (search/terms)
target: L3H1
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (6.66, 'first'),                          # the first token: 48%
    (7.45, 'key_token', ' the'),              # the token ' the': 27%
    (1.01, 'key_class', 'CONTENT'),           # content words: 10%
    (0.74, 'distance', 1),                    # the previous token: 6%
    (0.37, 'same_sentence'),                  # the query's own sentence: 6%
    (4.61, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 1%
    (-1.42, 'after', 'CONTENT', 'CONTENT'),   # away from content word -> the token after a content word: 0%
    (-0.67, 'last', 'DET'),                   # away from the last determiner: 0%
    (-3.59, 'after', 'CONTENT', 'COMMA'),     # away from content word -> the token after a comma: 0%
    (-1.79, 'after', 'CONTENT', 'DET'),       # away from content word -> the token after a determiner: 0%
    (-0.28, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 0%
                                              # other keys: 2%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
