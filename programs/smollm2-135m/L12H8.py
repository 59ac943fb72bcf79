"""Mostly the first token (70%); otherwise the query's own sentence, earlier copies of the query token and periods.

head: L12H8
heldout_iou: 0.616
heldout_iou_no_bos: 0.331
name: L12H8
form: terms
terms: 7
origin: synthesized (search/terms)
target: L12H8
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (5.86, 'first'),                          # the first token: 70%
    (0.81, 'same_sentence'),                  # the query's own sentence: 9%
    (2.62, 'same_token'),                     # earlier copies of the query token: 5%
    (2.28, 'key_class', 'PERIOD'),            # periods: 4%
    (1.12, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 4%
    (-1.19, 'pair', 'PRON_SUBJ', 'BOS'),      # away from subject pronoun -> first token: 0%
    (0.36, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
                                              # other keys: 8%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
