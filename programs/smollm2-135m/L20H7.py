"""Mostly the first token (84%); otherwise the query's own sentence, content word -> the token after a content word and the token after an earlier copy of the query (induction).

head: L20H7
heldout_iou: 0.744
heldout_iou_no_bos: 0.331
name: L20H7
form: terms
terms: 6
origin: synthesized (search/terms)
target: L20H7
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (7.97, 'first'),                          # the first token: 84%
    (1.97, 'same_sentence'),                  # the query's own sentence: 7%
    (1.02, 'after', 'CONTENT', 'CONTENT'),    # content word -> the token after a content word: 2%
    (2.9, 'induction'),                       # the token after an earlier copy of the query (induction): 2%
    (2.27, 'last', 'PERIOD'),                 # the last period: 1%
    (-2.51, 'pair', 'CONJ', 'BOS'),           # away from conjunction -> first token: 0%
                                              # other keys: 4%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
