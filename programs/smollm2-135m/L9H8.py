"""Mainly the first token (35%); otherwise the token itself, the token ' the' and the previous token.

head: L9H8
heldout_iou: 0.470
heldout_iou_no_bos: 0.392
name: L9H8
form: terms
terms: 8
origin: synthesized (search/terms)
target: L9H8
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (3.92, 'first'),                          # the first token: 35%
    (2.12, 'distance', 0),                    # the token itself: 19%
    (3.83, 'key_token', ' the'),              # the token ' the': 13%
    (0.75, 'distance', 1),                    # the previous token: 6%
    (2.01, 'same_token'),                     # earlier copies of the query token: 3%
    (1.15, 'same_word'),                      # the query's own word: 0%
    (2.02, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 0%
    (3.14, 'query_distance', 'PREP', 1),      # the previous token, from prepositions: 0%
                                              # other keys: 24%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
