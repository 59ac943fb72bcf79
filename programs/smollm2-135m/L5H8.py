"""Mainly the first token (47%); otherwise the token ' the', content words and word starts.

head: L5H8
heldout_iou: 0.513
heldout_iou_no_bos: 0.325
name: L5H8
form: terms
terms: 12
origin: synthesized (search/terms)
target: L5H8
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (5.36, 'first'),                          # the first token: 47%
    (6.09, 'key_token', ' the'),              # the token ' the': 22%
    (0.27, 'key_class', 'CONTENT'),           # content words: 14%
    (1.68, 'word_start'),                     # word starts: 9%
    (2.77, 'distance', 0),                    # the token itself: 6%
    (2.46, 'same_token'),                     # earlier copies of the query token: 2%
    (-0.77, 'after', 'CONTENT', 'CONTENT'),   # away from content word -> the token after a content word: 0%
    (-3.07, 'after', 'CONTENT', 'COMMA'),     # away from content word -> the token after a comma: 0%
    (-1.55, 'pair', 'PRON_SUBJ', 'DET'),      # away from subject pronoun -> determiner: 0%
    (-0.88, 'after', 'CONTENT', 'DET'),       # away from content word -> the token after a determiner: 0%
    (-0.26, 'last', 'DET'),                   # away from the last determiner: 0%
    (-0.05, 'key_class', 'DET'),              # away from determiners: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
