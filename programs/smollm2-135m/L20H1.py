"""Mainly the first token (27%); otherwise the query's own sentence, recent tokens and periods.

head: L20H1
heldout_iou: 0.578
heldout_iou_no_bos: 0.578
name: L20H1
form: terms
terms: 11
origin: synthesized (search/terms)
target: L20H1
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (1.3, 'same_sentence'),                   # the query's own sentence: 47%
    (3.83, 'first'),                          # the first token: 27%
    (-0.87, 'log_distance'),                  # recent tokens: 11%
    (1.58, 'key_class', 'PERIOD'),            # periods: 11%
    (0.49, 'last', 'CONJ'),                   # the last conjunction: 3%
    (0.09, 'embed_cosine'),                   # tokens similar to the query: 1%
    (1.79, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 0%
    (-1.14, 'distance', 0),                   # away from the token itself: 0%
    (-0.59, 'key_class', 'DET'),              # away from determiners: 0%
    (-0.53, 'key_class', 'PRON_OBJ'),         # away from object pronouns: 0%
    (-0.16, 'pair', 'CONTENT', 'CONTENT'),    # away from content word -> content word: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
