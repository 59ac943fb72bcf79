"""Mostly the first token (75%); otherwise the query's own sentence, the token itself and earlier copies of the query token.

head: L28H4
heldout_iou: 0.730
heldout_iou_no_bos: 0.446
name: L28H4
form: terms
terms: 9
origin: synthesized (search/terms)
target: L28H4
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (5.84, 'first'),                          # the first token: 75%
    (1.12, 'same_sentence'),                  # the query's own sentence: 7%
    (1.57, 'distance', 0),                    # the token itself: 7%
    (1.17, 'same_token'),                     # earlier copies of the query token: 2%
    (1.44, 'pair', 'CONTENT', 'PERIOD'),      # content word -> period: 1%
    (4.17, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 0%
    (1.72, 'pair', 'TO', 'TO'),               # 'to' -> 'to': 0%
    (-1.61, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 0%
    (1.43, 'pair', 'DET', 'BOS'),             # determiner -> first token: 0%
                                              # other keys: 8%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
