"""Mainly the first token (28%); otherwise the query's own sentence, word starts and the token ' the'.

head: L8H7
heldout_iou: 0.494
heldout_iou_no_bos: 0.442
name: L8H7
form: terms
terms: 11
origin: synthesized (search/terms)
target: L8H7
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (3.03, 'first'),                          # the first token: 28%
    (0.58, 'same_sentence'),                  # the query's own sentence: 20%
    (0.76, 'word_start'),                     # word starts: 17%
    (2.65, 'key_token', ' the'),              # the token ' the': 11%
    (0.68, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 11%
    (1.28, 'key_class', 'PERIOD'),            # periods: 7%
    (0.52, 'same_token'),                     # earlier copies of the query token: 3%
    (0.78, 'key_class', 'COMMA'),             # commas: 2%
    (0.28, 'embed_cosine'),                   # tokens similar to the query: 1%
    (0.5, 'pair', 'PERIOD', 'BOS'),           # period -> first token: 0%
    (-0.16, 'after', 'CONTENT', 'CONTENT'),   # away from content word -> the token after a content word: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
