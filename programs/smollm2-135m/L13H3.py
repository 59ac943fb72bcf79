"""Mainly the first token (53%); otherwise the query's own sentence, the token 2 back and periods.

head: L13H3
heldout_iou: 0.563
heldout_iou_no_bos: 0.450
name: L13H3
form: terms
terms: 15
origin: synthesized (search/terms)
target: L13H3
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (6.29, 'first'),                          # the first token: 53%
    (1.91, 'same_sentence'),                  # the query's own sentence: 18%
    (0.53, 'distance', 2),                    # the token 2 back: 8%
    (2.5, 'key_class', 'PERIOD'),             # periods: 7%
    (0.66, 'distance', 3),                    # the token 3 back: 7%
    (0.69, 'last', 'CONJ'),                   # the last conjunction: 2%
    (-0.77, 'log_distance'),                  # recent tokens: 2%
    (-0.51, 'embed_cosine'),                  # away from tokens similar to the query: 2%
    (1.6, 'same_token'),                      # earlier copies of the query token: 1%
    (-1.93, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 0%
    (-1.31, 'key_class', 'NAME'),             # away from names: 0%
    (-1.2, 'distance', 0),                    # away from the token itself: 0%
    (-0.82, 'key_class', 'DET'),              # away from determiners: 0%
    (-0.59, 'key_class', 'CONTENT'),          # away from content words: 0%
    (-0.4, 'pair', 'CONTENT', 'BOS'),         # away from content word -> first token: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
