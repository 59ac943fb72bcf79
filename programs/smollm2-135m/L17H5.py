"""Mostly the first token (76%); on repeated random tokens mainly the token after an earlier copy of the query's last two tokens (induction) (55%); otherwise the token after an earlier copy of the query (induction), content words and the query's own sentence.

head: L17H5
heldout_iou: 0.684
heldout_iou_no_bos: 0.303
name: L17H5
form: terms
terms: 8
origin: synthesized (search/terms)
target: L17H5
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (7.62, 'first'),                          # the first token: 76%
    (5.29, 'induction'),                      # the token after an earlier copy of the query (induction): 8%
    (0.38, 'key_class', 'CONTENT'),           # content words: 4%
    (0.8, 'same_sentence'),                   # the query's own sentence: 4%
    (1.48, 'long_induction'),                 # the token after an earlier copy of the query's last two tokens (induction): 3%
    (0.67, 'after', 'CONTENT', 'CONTENT'),    # content word -> the token after a content word: 2%
    (1.36, 'after', 'PERIOD', 'PERIOD'),      # period -> the token after a period: 0%
    (-0.51, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 0%
                                              # other keys: 3%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
