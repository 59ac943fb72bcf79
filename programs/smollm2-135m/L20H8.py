"""Mostly the first token (85%); otherwise the query's own sentence, the token after an earlier copy of the query (induction) and names.

head: L20H8
heldout_iou: 0.771
heldout_iou_no_bos: 0.326
name: L20H8
form: terms
terms: 6
origin: synthesized (search/terms)
target: L20H8
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (7.38, 'first'),                          # the first token: 85%
    (1.36, 'same_sentence'),                  # the query's own sentence: 6%
    (2.92, 'induction'),                      # the token after an earlier copy of the query (induction): 2%
    (1.9, 'key_class', 'NAME'),               # names: 1%
    (5.51, 'query_distance', 'CONJ', 1),      # the previous token, from conjunctions: 1%
    (1.4, 'pair', 'CONTENT', 'BOS'),          # content word -> first token: 0%
                                              # other keys: 5%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
