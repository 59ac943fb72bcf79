"""Mainly the first token (38%); otherwise the token itself, the token ' the' and the query's own sentence.

head: L6H8
heldout_iou: 0.519
heldout_iou_no_bos: 0.437
name: L6H8
form: terms
terms: 8
origin: synthesized (search/terms)
target: L6H8
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (4.12, 'first'),                          # the first token: 38%
    (1.95, 'distance', 0),                    # the token itself: 21%
    (3.95, 'key_token', ' the'),              # the token ' the': 14%
    (0.41, 'same_sentence'),                  # the query's own sentence: 9%
    (-0.68, 'after', 'CONTENT', 'CONTENT'),   # away from content word -> the token after a content word: 2%
    (2.12, 'same_token'),                     # earlier copies of the query token: 2%
    (1.25, 'same_word'),                      # the query's own word: 1%
    (-0.58, 'last', 'DET'),                   # away from the last determiner: 0%
                                              # other keys: 13%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
