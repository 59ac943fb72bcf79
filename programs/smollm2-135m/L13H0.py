"""Mainly the first token (46%); otherwise the token itself, the query's own sentence and the previous token.

head: L13H0
heldout_iou: 0.643
heldout_iou_no_bos: 0.604
name: L13H0
form: terms
terms: 15
origin: synthesized (search/terms)
target: L13H0
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (5.3, 'first'),                           # the first token: 45%
    (2.03, 'distance', 0),                    # the token itself: 26%
    (0.86, 'same_sentence'),                  # the query's own sentence: 8%
    (1.34, 'distance', 1),                    # the previous token: 7%
    (0.84, 'distance', 2),                    # the token 2 back: 4%
    (-0.63, 'log_distance'),                  # recent tokens: 4%
    (1.45, 'key_class', 'PERIOD'),            # periods: 2%
    (0.42, 'embed_cosine'),                   # tokens similar to the query: 2%
    (1.4, 'same_token'),                      # earlier copies of the query token: 2%
    (-1.4, 'query_distance', 'PERIOD', 0),    # away from itself, from periods: 0%
    (0.66, 'pair', 'DET', 'BOS'),             # determiner -> first token: 0%
    (-0.27, 'same_word'),                     # away from the query's own word: 0%
    (0.18, 'query_distance', 'CONTENT', 0),   # itself, from content words: 0%
    (-0.17, 'last', 'CONTENT'),               # away from the last content word: 0%
    (0.13, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
