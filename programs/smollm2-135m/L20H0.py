"""Mostly the first token (63%); otherwise content words, the query's own sentence and recent tokens.

head: L20H0
heldout_iou: 0.616
heldout_iou_no_bos: 0.416
name: L20H0
form: terms
terms: 12
origin: synthesized (search/terms)
target: L20H0
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (5.37, 'first'),                          # the first token: 63%
    (0.85, 'key_class', 'CONTENT'),           # content words: 14%
    (0.51, 'same_sentence'),                  # the query's own sentence: 10%
    (-0.29, 'log_distance'),                  # recent tokens: 5%
    (1.27, 'key_class', 'NAME'),              # names: 3%
    (1.46, 'induction'),                      # the token after an earlier copy of the query (induction): 2%
    (1.07, 'key_class', 'PERIOD'),            # periods: 2%
    (2.59, 'query_distance', 'CONJ', 1),      # the previous token, from conjunctions: 1%
    (1.41, 'pair', 'NAME', 'BOS'),            # name -> first token: 0%
    (-1.0, 'pair', 'PERIOD', 'BOS'),          # away from period -> first token: 0%
    (0.85, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
    (-0.78, 'pair', 'CONJ', 'BOS'),           # away from conjunction -> first token: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
