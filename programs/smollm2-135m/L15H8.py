"""Mostly the first token (62%); otherwise content words, the query's own sentence and the last period.

head: L15H8
heldout_iou: 0.667
heldout_iou_no_bos: 0.487
name: L15H8
form: terms
terms: 11
origin: synthesized (search/terms)
target: L15H8
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (4.26, 'first'),                          # the first token: 62%
    (0.46, 'key_class', 'CONTENT'),           # content words: 13%
    (0.31, 'same_sentence'),                  # the query's own sentence: 7%
    (0.56, 'last', 'PERIOD'),                 # the last period: 3%
    (0.1, 'pair', 'CONTENT', 'CONTENT'),      # content word -> content word: 3%
    (1.01, 'key_class', 'PERIOD'),            # periods: 2%
    (-0.74, 'key_class', 'DET'),              # away from determiners: 1%
    (-1.67, 'query_distance', 'CONTENT', 0),  # away from itself, from content words: 0%
    (0.92, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 0%
    (-0.63, 'pair', 'PRON_SUBJ', 'BOS'),      # away from subject pronoun -> first token: 0%
    (-0.19, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 0%
                                              # other keys: 9%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
