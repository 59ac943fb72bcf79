"""Mainly the first token (47%); otherwise the token ' the', content words and the query's own sentence.

head: L9H6
heldout_iou: 0.536
heldout_iou_no_bos: 0.332
name: L9H6
form: terms
terms: 11
origin: synthesized (search/terms)
target: L9H6
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (5.97, 'first'),                          # the first token: 47%
    (5.87, 'key_token', ' the'),              # the token ' the': 23%
    (0.67, 'key_class', 'CONTENT'),           # content words: 11%
    (0.11, 'same_sentence'),                  # the query's own sentence: 6%
    (0.41, 'last', 'CONTENT'),                # the last content word: 6%
    (5.48, 'query_distance', 'PREP', 1),      # the previous token, from prepositions: 1%
    (0.3, 'key_class', 'DET'),                # determiners: 1%
    (5.23, 'query_distance', 'PREP', 0),      # itself, from prepositions: 1%
    (7.13, 'query_distance', 'TO', 1),        # the previous token, from 'to': 1%
    (3.16, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 1%
    (-0.67, 'after', 'CONTENT', 'CONTENT'),   # away from content word -> the token after a content word: 0%
                                              # other keys: 2%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
