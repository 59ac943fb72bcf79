"""Mainly the first token (50%); otherwise the token itself, distant tokens and the query's own sentence.

head: L29H0
heldout_iou: 0.623
heldout_iou_no_bos: 0.574
name: L29H0
form: terms
terms: 14
origin: synthesized (search/terms)
target: L29H0
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (4.57, 'first'),                          # the first token: 50%
    (2.74, 'distance', 0),                    # the token itself: 23%
    (0.05, 'log_distance'),                   # distant tokens: 9%
    (0.79, 'same_sentence'),                  # the query's own sentence: 7%
    (1.33, 'distance', 1),                    # the previous token: 4%
    (1.16, 'key_class', 'PERIOD'),            # periods: 3%
    (0.13, 'embed_cosine'),                   # tokens similar to the query: 3%
    (0.8, 'same_token'),                      # earlier copies of the query token: 1%
    (0.99, 'pair', 'DET', 'DET'),             # determiner -> determiner: 0%
    (0.23, 'same_word'),                      # the query's own word: 0%
    (1.25, 'pair', 'PRON_SUBJ', 'BOS'),       # subject pronoun -> first token: 0%
    (-0.6, 'query_distance', 'PERIOD', 0),    # away from itself, from periods: 0%
    (0.54, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
    (-0.14, 'query_distance', 'CONTENT', 0),  # away from itself, from content words: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
