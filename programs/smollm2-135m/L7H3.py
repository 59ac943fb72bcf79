"""Mainly the first token (45%); otherwise the token ' the', word starts and the query's own sentence.

head: L7H3
heldout_iou: 0.531
heldout_iou_no_bos: 0.399
name: L7H3
form: terms
terms: 13
origin: synthesized (search/terms)
target: L7H3
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (3.68, 'first'),                          # the first token: 45%
    (4.36, 'key_token', ' the'),              # the token ' the': 21%
    (1.13, 'word_start'),                     # word starts: 18%
    (0.29, 'same_sentence'),                  # the query's own sentence: 8%
    (1.32, 'key_class', 'PERIOD'),            # periods: 4%
    (0.99, 'distance', 0),                    # the token itself: 3%
    (0.46, 'log_distance'),                   # distant tokens: 1%
    (0.31, 'pair', 'CONTENT', 'DET'),         # content word -> determiner: 0%
    (-2.43, 'after', 'CONTENT', 'COMMA'),     # away from content word -> the token after a comma: 0%
    (-1.44, 'key_class', 'NAME'),             # away from names: 0%
    (-0.98, 'after', 'CONTENT', 'DET'),       # away from content word -> the token after a determiner: 0%
    (-0.52, 'after', 'CONTENT', 'CONTENT'),   # away from content word -> the token after a content word: 0%
    (-0.13, 'key_class', 'DET'),              # away from determiners: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
