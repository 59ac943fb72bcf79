"""Mainly the token itself (32%); on repeated random tokens mainly itself, from content words (19%); otherwise the token ' the', the query's own sentence and the first token.

head: L10H3
heldout_iou: 0.420
heldout_iou_no_bos: 0.423
name: L10H3
form: terms
terms: 14
origin: synthesized (search/terms)
target: L10H3
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (0.21, 'distance', 0),                    # the token itself: 31%
    (4.06, 'key_token', ' the'),              # the token ' the': 17%
    (0.49, 'same_sentence'),                  # the query's own sentence: 15%
    (2.92, 'first'),                          # the first token: 11%
    (0.71, 'distance', 1),                    # the previous token: 10%
    (1.36, 'same_token'),                     # earlier copies of the query token: 4%
    (1.04, 'key_class', 'PERIOD'),            # periods: 3%
    (0.06, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 3%
    (0.84, 'embed_cosine'),                   # tokens similar to the query: 3%
    (-0.71, 'log_distance'),                  # recent tokens: 2%
    (0.25, 'same_word'),                      # the query's own word: 1%
    (0.57, 'pair', 'CONTENT', 'DET'),         # content word -> determiner: 0%
    (-1.59, 'last', 'DET'),                   # away from the last determiner: 0%
    (0.71, 'query_distance', 'CONTENT', 0),   # itself, from content words: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
