"""Mainly the first token (41%); otherwise the token ' the', the token itself and earlier copies of the query token.

head: L7H4
heldout_iou: 0.530
heldout_iou_no_bos: 0.409
name: L7H4
form: terms
terms: 13
origin: synthesized (search/terms)
target: L7H4
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (4.14, 'first'),                          # the first token: 41%
    (4.64, 'key_token', ' the'),              # the token ' the': 20%
    (1.2, 'distance', 0),                     # the token itself: 11%
    (-0.5, 'after', 'CONTENT', 'CONTENT'),    # away from content word -> the token after a content word: 4%
    (1.52, 'same_token'),                     # earlier copies of the query token: 3%
    (0.49, 'same_word'),                      # the query's own word: 1%
    (-1.15, 'key_class', 'NAME'),             # away from names: 0%
    (-2.2, 'after', 'CONTENT', 'COMMA'),      # away from content word -> the token after a comma: 0%
    (2.51, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 0%
    (3.01, 'pair', 'TO', 'TO'),               # 'to' -> 'to': 0%
    (2.56, 'query_distance', 'COMMA', 0),     # itself, from commas: 0%
    (2.56, 'query_distance', 'PREP', 0),      # itself, from prepositions: 0%
    (2.21, 'query_distance', 'CONJ', 0),      # itself, from conjunctions: 0%
                                              # other keys: 20%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
