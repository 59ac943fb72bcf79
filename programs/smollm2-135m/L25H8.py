"""Mostly the first token (77%); otherwise the token itself, the previous token and the token 2 back.

head: L25H8
heldout_iou: 0.757
heldout_iou_no_bos: 0.534
name: L25H8
form: terms
terms: 6
origin: synthesized (search/terms)
target: L25H8
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (6.81, 'first'),                          # the first token: 77%
    (4.51, 'distance', 0),                    # the token itself: 10%
    (3.96, 'distance', 1),                    # the previous token: 7%
    (2.03, 'distance', 2),                    # the token 2 back: 2%
    (0.35, 'query_distance', 'CONTENT', 0),   # itself, from content words: 0%
    (0.21, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
                                              # other keys: 4%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
