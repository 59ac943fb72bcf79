"""Mainly the token itself (37%); otherwise the query's own sentence, the previous token and the token ' the'.

head: L10H8
heldout_iou: 0.509
heldout_iou_no_bos: 0.513
name: L10H8
form: terms
terms: 15
origin: synthesized (search/terms)
target: L10H8
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (2.36, 'distance', 0),                    # the token itself: 37%
    (0.55, 'same_sentence'),                  # the query's own sentence: 11%
    (1.03, 'distance', 1),                    # the previous token: 9%
    (2.4, 'key_token', ' the'),               # the token ' the': 9%
    (0.35, 'embed_cosine'),                   # tokens similar to the query: 9%
    (-0.21, 'log_distance'),                  # recent tokens: 9%
    (1.86, 'key_class', 'PERIOD'),            # periods: 7%
    (0.53, 'distance', 2),                    # the token 2 back: 5%
    (1.09, 'same_token'),                     # earlier copies of the query token: 3%
    (1.43, 'key_class', 'COMMA'),             # commas: 1%
    (0.94, 'pair', 'PRON_OBJ', 'PRON_OBJ'),   # object pronoun -> object pronoun: 0%
    (1.9, 'query_distance', 'CONJ', 0),       # itself, from conjunctions: 0%
    (-1.66, 'key_distance', 'DET', 1),        # away from the previous token when a determiner: 0%
    (-1.25, 'query_distance', 'CONTENT', 0),  # away from itself, from content words: 0%
    (-0.14, 'same_word'),                     # away from the query's own word: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
