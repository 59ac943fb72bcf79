"""Mostly the first token (85%); otherwise content words, subject pronouns and content word -> the token after a content word.

head: L24H6
heldout_iou: 0.765
heldout_iou_no_bos: 0.366
name: L24H6
form: terms
terms: 8
origin: synthesized (search/terms)
target: L24H6
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (6.28, 'first'),                          # the first token: 85%
    (0.36, 'key_class', 'CONTENT'),           # content words: 4%
    (1.45, 'key_class', 'PRON_SUBJ'),         # subject pronouns: 2%
    (0.72, 'after', 'CONTENT', 'CONTENT'),    # content word -> the token after a content word: 2%
    (1.53, 'key_class', 'PRON_OBJ'),          # object pronouns: 2%
    (1.68, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (-1.01, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 0%
    (0.24, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
                                              # other keys: 4%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
