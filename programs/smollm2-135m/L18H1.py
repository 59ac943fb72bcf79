"""Mainly the first token (36%); on repeated random tokens mainly the previous token (28%); otherwise the token 2 back, the query's own sentence and the last content word.

head: L18H1
heldout_iou: 0.545
heldout_iou_no_bos: 0.522
name: L18H1
form: terms
terms: 16
origin: synthesized (search/terms)
target: L18H1
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (5.74, 'first'),                          # the first token: 36%
    (1.66, 'distance', 1),                    # the previous token: 19%
    (1.47, 'distance', 2),                    # the token 2 back: 11%
    (2.05, 'same_sentence'),                  # the query's own sentence: 10%
    (0.15, 'last', 'CONTENT'),                # the last content word: 6%
    (0.77, 'distance', 3),                    # the token 3 back: 6%
    (0.63, 'same_word'),                      # the query's own word: 5%
    (-0.52, 'log_distance'),                  # recent tokens: 3%
    (0.38, 'key_class', 'PERIOD'),            # periods: 1%
    (0.61, 'last', 'VERB_ED'),                # the last -ed verb: 1%
    (0.56, 'last', 'PREP'),                   # the last preposition: 1%
    (0.21, 'embed_cosine'),                   # tokens similar to the query: 1%
    (-1.99, 'query_distance', 'PERIOD', 2),   # away from the token 2 back, from periods: 0%
    (-1.94, 'query_distance', 'PERIOD', 1),   # away from the previous token, from periods: 0%
    (-0.6, 'distance', 0),                    # away from the token itself: 0%
    (0.43, 'query_distance', 'CONTENT', 0),   # itself, from content words: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
