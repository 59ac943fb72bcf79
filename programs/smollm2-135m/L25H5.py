"""Mostly the first token (79%); otherwise the token itself, the query's own sentence and recent tokens.

head: L25H5
heldout_iou: 0.757
heldout_iou_no_bos: 0.507
name: L25H5
form: terms
terms: 12
origin: synthesized (search/terms)
target: L25H5
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (7.25, 'first'),                          # the first token: 79%
    (2.0, 'distance', 0),                     # the token itself: 8%
    (1.57, 'same_sentence'),                  # the query's own sentence: 5%
    (-0.34, 'log_distance'),                  # recent tokens: 4%
    (1.26, 'distance', 1),                    # the previous token: 2%
    (1.12, 'distance', 2),                    # the token 2 back: 2%
    (1.21, 'last', 'WH'),                     # the last wh-word: 0%
    (0.99, 'query_distance', 'DET', 0),       # itself, from determiners: 0%
    (-0.97, 'pair', 'PRON_SUBJ', 'BOS'),      # away from subject pronoun -> first token: 0%
    (-0.34, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 0%
    (0.21, 'query_distance', 'CONTENT', 0),   # itself, from content words: 0%
    (-0.2, 'same_word'),                      # away from the query's own word: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
