"""Mainly the first token (47%); otherwise the token itself, the previous token and the query's own sentence.

head: L26H0
heldout_iou: 0.547
heldout_iou_no_bos: 0.512
name: L26H0
form: terms
terms: 15
origin: synthesized (search/terms)
target: L26H0
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (5.38, 'first'),                          # the first token: 47%
    (1.8, 'distance', 0),                     # the token itself: 19%
    (1.66, 'distance', 1),                    # the previous token: 10%
    (1.62, 'same_sentence'),                  # the query's own sentence: 8%
    (1.12, 'distance', 2),                    # the token 2 back: 5%
    (-0.29, 'log_distance'),                  # recent tokens: 2%
    (0.49, 'key_class', 'PRON_SUBJ'),         # subject pronouns: 2%
    (0.83, 'query_distance', 'CONTENT', 3),   # the token 3 back, from content words: 2%
    (1.15, 'key_class', 'PERIOD'),            # periods: 2%
    (0.38, 'embed_cosine'),                   # tokens similar to the query: 2%
    (1.14, 'same_token'),                     # earlier copies of the query token: 1%
    (2.03, 'pair', 'DET', 'BOS'),             # determiner -> first token: 0%
    (0.44, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
    (0.38, 'query_distance', 'CONTENT', 0),   # itself, from content words: 0%
    (-0.25, 'same_word'),                     # away from the query's own word: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
