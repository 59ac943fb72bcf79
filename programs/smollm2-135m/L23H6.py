"""Mostly the first token (81%); otherwise the query's own sentence, the last period and the last conjunction.

head: L23H6
heldout_iou: 0.754
heldout_iou_no_bos: 0.397
name: L23H6
form: terms
terms: 7
origin: synthesized (search/terms)
target: L23H6
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (6.95, 'first'),                          # the first token: 81%
    (1.86, 'same_sentence'),                  # the query's own sentence: 10%
    (3.33, 'last', 'PERIOD'),                 # the last period: 4%
    (-1.12, 'embed_cosine'),                  # away from tokens similar to the query: 2%
    (1.91, 'last', 'CONJ'),                   # the last conjunction: 2%
    (2.05, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 1%
    (-1.56, 'key_class', 'CONTENT'),          # away from content words: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
