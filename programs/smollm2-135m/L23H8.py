"""Mostly the first token (76%); on repeated random tokens mainly the token after an earlier copy of the query's last two tokens (induction) (31%); otherwise content words, subject pronouns and names.

head: L23H8
heldout_iou: 0.669
heldout_iou_no_bos: 0.340
name: L23H8
form: terms
terms: 9
origin: synthesized (search/terms)
target: L23H8
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (5.74, 'first'),                          # the first token: 76%
    (0.85, 'key_class', 'CONTENT'),           # content words: 11%
    (1.31, 'key_class', 'PRON_SUBJ'),         # subject pronouns: 2%
    (0.98, 'key_class', 'NAME'),              # names: 2%
    (1.88, 'induction'),                      # the token after an earlier copy of the query (induction): 2%
    (0.38, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 1%
    (1.34, 'long_induction'),                 # the token after an earlier copy of the query's last two tokens (induction): 0%
    (-1.33, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 0%
    (0.36, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
                                              # other keys: 6%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
