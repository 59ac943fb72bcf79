"""Mainly the first token (41%); otherwise content words, word starts and the token ' the'.

head: L3H5
heldout_iou: 0.571
heldout_iou_no_bos: 0.468
name: L3H5
form: terms
terms: 12
origin: synthesized (search/terms)
target: L3H5
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (3.26, 'first'),                          # the first token: 41%
    (0.24, 'key_class', 'CONTENT'),           # content words: 21%
    (1.03, 'word_start'),                     # word starts: 11%
    (2.41, 'key_token', ' the'),              # the token ' the': 8%
    (0.04, 'same_sentence'),                  # the query's own sentence: 8%
    (0.75, 'distance', 0),                    # the token itself: 4%
    (0.33, 'key_class', 'PERIOD'),            # periods: 3%
    (0.65, 'same_token'),                     # earlier copies of the query token: 2%
    (0.64, 'key_class', 'VERB_ED'),           # -ed verbs: 2%
    (0.03, 'log_distance'),                   # distant tokens: 0%
    (0.7, 'pair', 'DET', 'DET'),              # determiner -> determiner: 0%
    (-0.29, 'after', 'CONTENT', 'CONTENT'),   # away from content word -> the token after a content word: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
