"""Mainly the first token (44%); otherwise the query's own sentence, the token itself and recent tokens.

head: L16H1
heldout_iou: 0.617
heldout_iou_no_bos: 0.536
name: L16H1
form: terms
terms: 15
origin: synthesized (search/terms)
target: L16H1
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (4.47, 'first'),                          # the first token: 44%
    (0.86, 'same_sentence'),                  # the query's own sentence: 21%
    (1.29, 'distance', 0),                    # the token itself: 15%
    (-0.68, 'log_distance'),                  # recent tokens: 10%
    (0.46, 'embed_cosine'),                   # tokens similar to the query: 4%
    (1.25, 'same_token'),                     # earlier copies of the query token: 3%
    (0.78, 'key_class', 'PERIOD'),            # periods: 3%
    (-0.82, 'same_word'),                     # away from the query's own word: 0%
    (-0.7, 'key_token', ' the'),              # away from the token ' the': 0%
    (0.67, 'pair', 'DET', 'BOS'),             # determiner -> first token: 0%
    (0.6, 'pair', 'PREP', 'BOS'),             # preposition -> first token: 0%
    (-0.36, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 0%
    (-0.35, 'query_distance', 'CONTENT', 0),  # away from itself, from content words: 0%
    (0.33, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
    (-0.28, 'key_class', 'DET'),              # away from determiners: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
