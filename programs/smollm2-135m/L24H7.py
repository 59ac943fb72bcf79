"""Mostly the first token (62%); otherwise content words, the query's own sentence and content word -> the token after a content word.

head: L24H7
heldout_iou: 0.600
heldout_iou_no_bos: 0.403
name: L24H7
form: terms
terms: 10
origin: synthesized (search/terms)
target: L24H7
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (4.89, 'first'),                          # the first token: 62%
    (0.69, 'key_class', 'CONTENT'),           # content words: 12%
    (0.44, 'same_sentence'),                  # the query's own sentence: 7%
    (0.55, 'after', 'CONTENT', 'CONTENT'),    # content word -> the token after a content word: 4%
    (1.39, 'key_class', 'PERIOD'),            # periods: 3%
    (1.93, 'induction'),                      # the token after an earlier copy of the query (induction): 3%
    (0.72, 'key_class', 'NAME'),              # names: 3%
    (0.73, 'key_class', 'PRON_OBJ'),          # object pronouns: 2%
    (2.26, 'pair', 'PERIOD', 'NAME'),         # period -> name: 0%
    (0.25, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
                                              # other keys: 4%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
