"""Mostly the first token (58%); otherwise content words, the query's own sentence and names.

head: L24H4
heldout_iou: 0.587
heldout_iou_no_bos: 0.378
name: L24H4
form: terms
terms: 10
origin: synthesized (search/terms)
target: L24H4
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (5.67, 'first'),                          # the first token: 58%
    (0.94, 'key_class', 'CONTENT'),           # content words: 16%
    (0.27, 'same_sentence'),                  # the query's own sentence: 10%
    (2.0, 'key_class', 'NAME'),               # names: 5%
    (1.22, 'word_start'),                     # word starts: 5%
    (2.23, 'induction'),                      # the token after an earlier copy of the query (induction): 4%
    (1.08, 'key_class', 'VERB_ED'),           # -ed verbs: 1%
    (3.45, 'pair', 'PERIOD', 'NAME'),         # period -> name: 1%
    (-0.37, 'log_distance'),                  # recent tokens: 0%
    (0.41, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
