"""Mainly the token itself (42%); on repeated random tokens mainly the first token (37%); otherwise the query's own sentence, the previous token and content words.

head: L12H5
heldout_iou: 0.656
heldout_iou_no_bos: 0.667
name: L12H5
form: terms
terms: 15
origin: synthesized (search/terms)
target: L12H5
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (3.0, 'distance', 0),                     # the token itself: 42%
    (4.92, 'first'),                          # the first token: 37%
    (0.36, 'same_sentence'),                  # the query's own sentence: 5%
    (1.35, 'distance', 1),                    # the previous token: 4%
    (0.12, 'key_class', 'CONTENT'),           # content words: 4%
    (-0.53, 'log_distance'),                  # recent tokens: 3%
    (1.52, 'same_token'),                     # earlier copies of the query token: 2%
    (0.45, 'embed_cosine'),                   # tokens similar to the query: 2%
    (0.37, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 1%
    (0.09, 'same_word'),                      # the query's own word: 0%
    (0.75, 'pair', 'CONJ', 'CONJ'),           # conjunction -> conjunction: 0%
    (0.56, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 0%
    (-0.78, 'query_distance', 'CONTENT', 0),  # away from itself, from content words: 0%
    (0.23, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
    (-0.13, 'last', 'CONTENT'),               # away from the last content word: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
