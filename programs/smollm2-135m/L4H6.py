"""Mainly the first token (33%); otherwise the query's own sentence, the token ' the' and the previous token.

head: L4H6
heldout_iou: 0.384
heldout_iou_no_bos: 0.313
name: L4H6
form: terms
terms: 7
origin: synthesized (search/terms)
target: L4H6
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (4.08, 'first'),                          # the first token: 33%
    (1.53, 'same_sentence'),                  # the query's own sentence: 26%
    (4.87, 'key_token', ' the'),              # the token ' the': 19%
    (0.96, 'distance', 1),                    # the previous token: 9%
    (1.7, 'last', 'PERIOD'),                  # the last period: 2%
    (-1.07, 'after', 'CONTENT', 'CONTENT'),   # away from content word -> the token after a content word: 2%
    (-1.22, 'last', 'DET'),                   # away from the last determiner: 0%
                                              # other keys: 9%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
