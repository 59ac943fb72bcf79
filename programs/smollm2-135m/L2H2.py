"""Mainly the tokens 2 to 4 back (35%), not a term of the program; on repeated random tokens mainly the first token (36%); otherwise the query's own sentence, word starts and the last period.

head: L2H2
heldout_iou: 0.561
heldout_iou_no_bos: 0.566
name: L2H2
form: terms
terms: 13
origin: synthesized (search/terms)
target: L2H2
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (0.67, 'same_sentence'),                  # the query's own sentence: 52%
    (0.57, 'word_start'),                     # word starts: 16%
    (1.32, 'last', 'PERIOD'),                 # the last period: 12%
    (2.71, 'first'),                          # the first token: 11%
    (0.12, 'after', 'CONTENT', 'CONTENT'),    # content word -> the token after a content word: 6%
    (0.8, 'query_distance', 'DET', 0),        # itself, from determiners: 2%
    (1.02, 'key_class', 'NEWLINE'),           # newlines: 1%
    (-1.48, 'log_distance'),                  # recent tokens: 0%
    (-0.07, 'embed_cosine'),                  # away from tokens similar to the query: 0%
    (-2.37, 'distance', 0),                   # away from the token itself: 0%
    (-0.74, 'distance', 1),                   # away from the previous token: 0%
    (-0.72, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 0%
    (-0.33, 'key_class', 'CONTENT'),          # away from content words: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
