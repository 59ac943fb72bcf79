"""Mostly the first token (75%); otherwise the query's own sentence, the last period and content word -> period.

head: L26H6
heldout_iou: 0.668
heldout_iou_no_bos: 0.388
name: L26H6
form: terms
terms: 8
origin: synthesized (search/terms)
target: L26H6
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (6.74, 'first'),                          # the first token: 75%
    (1.88, 'same_sentence'),                  # the query's own sentence: 10%
    (2.52, 'last', 'PERIOD'),                 # the last period: 8%
    (2.69, 'pair', 'CONTENT', 'PERIOD'),      # content word -> period: 1%
    (-0.54, 'key_class', 'CONTENT'),          # away from content words: 1%
    (3.54, 'query_distance', 'PRON_SUBJ', 0), # itself, from subject pronouns: 1%
    (2.6, 'query_distance', 'PRON_SUBJ', 1),  # the previous token, from subject pronouns: 0%
    (2.42, 'pair', 'DET', 'BOS'),             # determiner -> first token: 0%
                                              # other keys: 4%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
