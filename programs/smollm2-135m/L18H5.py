"""Mainly the first token (27%) and the previous token (26%); otherwise the token 2 back and the token itself.

head: L18H5
heldout_iou: 0.487
heldout_iou_no_bos: 0.481
name: L18H5
form: terms
terms: 15
origin: synthesized (search/terms)
target: L18H5
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (5.29, 'first'),                          # the first token: 27%
    (2.34, 'distance', 1),                    # the previous token: 25%
    (2.07, 'distance', 2),                    # the token 2 back: 14%
    (0.71, 'distance', 0),                    # the token itself: 10%
    (1.4, 'distance', 3),                     # the token 3 back: 8%
    (2.2, 'same_sentence'),                   # the query's own sentence: 7%
    (0.5, 'distance', 4),                     # the token 4 back: 4%
    (-0.45, 'log_distance'),                  # recent tokens: 3%
    (1.68, 'key_class', 'PERIOD'),            # periods: 2%
    (0.17, 'embed_cosine'),                   # tokens similar to the query: 0%
    (2.7, 'pair', 'PERIOD', 'BOS'),           # period -> first token: 0%
    (-1.68, 'key_class', 'NAME'),             # away from names: 0%
    (-0.9, 'key_class', 'PRON_SUBJ'),         # away from subject pronouns: 0%
    (-0.8, 'key_token', ' the'),              # away from the token ' the': 0%
    (-0.59, 'key_class', 'CONTENT'),          # away from content words: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
