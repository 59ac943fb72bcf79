"""Mostly the token itself (70%); otherwise the query's own sentence, periods and recent tokens.

head: L11H6
heldout_iou: 0.724
heldout_iou_no_bos: 0.724
name: L11H6
form: terms
terms: 14
origin: synthesized (search/terms)
target: L11H6
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (2.29, 'distance', 0),                    # the token itself: 70%
    (0.42, 'same_sentence'),                  # the query's own sentence: 11%
    (2.03, 'key_class', 'PERIOD'),            # periods: 6%
    (-1.26, 'log_distance'),                  # recent tokens: 3%
    (0.99, 'key_token', '.'),                 # the token '.': 3%
    (0.59, 'query_distance', 'CONTENT', 1),   # the previous token, from content words: 3%
    (0.53, 'same_token'),                     # earlier copies of the query token: 2%
    (1.17, 'embed_cosine'),                   # tokens similar to the query: 2%
    (-1.36, 'last', 'PERIOD'),                # away from the last period: 0%
    (-1.27, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 0%
    (-1.26, 'pair', 'PRON_OBJ', 'PRON_OBJ'),  # away from object pronoun -> object pronoun: 0%
    (-1.15, 'same_word'),                     # away from the query's own word: 0%
    (-0.76, 'pair', 'DET', 'DET'),            # away from determiner -> determiner: 0%
    (-0.15, 'query_distance', 'CONTENT', 0),  # away from itself, from content words: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
