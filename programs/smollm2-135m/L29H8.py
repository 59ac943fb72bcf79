"""Mostly the first token (66%); on repeated random tokens mainly content word -> first token (17%); otherwise content words, the query's own sentence and names.

head: L29H8
heldout_iou: 0.625
heldout_iou_no_bos: 0.433
name: L29H8
form: terms
terms: 10
origin: synthesized (search/terms)
target: L29H8
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (4.8, 'first'),                           # the first token: 66%
    (0.65, 'key_class', 'CONTENT'),           # content words: 11%
    (0.37, 'same_sentence'),                  # the query's own sentence: 8%
    (1.4, 'key_class', 'NAME'),               # names: 3%
    (0.2, 'pair', 'CONTENT', 'CONTENT'),      # content word -> content word: 2%
    (1.03, 'key_class', 'PERIOD'),            # periods: 2%
    (1.05, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (1.64, 'key_token', ' cat'),              # the token ' cat': 1%
    (1.73, 'pair', 'PERIOD', 'NAME'),         # period -> name: 0%
    (0.08, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
                                              # other keys: 6%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
