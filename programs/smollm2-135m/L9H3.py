"""Mainly the first token (38%); otherwise tokens similar to the query, the query's own sentence and the token ' the'.

head: L9H3
heldout_iou: 0.451
heldout_iou_no_bos: 0.341
name: L9H3
form: terms
terms: 7
origin: synthesized (search/terms)
target: L9H3
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (3.59, 'first'),                          # the first token: 38%
    (0.23, 'embed_cosine'),                   # tokens similar to the query: 24%
    (0.08, 'same_sentence'),                  # the query's own sentence: 20%
    (3.68, 'key_token', ' the'),              # the token ' the': 14%
    (1.3, 'last', 'PERIOD'),                  # the last period: 3%
    (-2.91, 'pair', 'PERIOD', 'DET'),         # away from period -> determiner: 0%
    (-1.95, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 0%
                                              # other keys: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
