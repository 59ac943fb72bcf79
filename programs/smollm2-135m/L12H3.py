"""Mainly the first token (38%); otherwise the previous token, the query's own sentence and the token 2 back.

head: L12H3
heldout_iou: 0.544
heldout_iou_no_bos: 0.517
name: L12H3
form: terms
terms: 16
origin: synthesized (search/terms)
target: L12H3
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (5.56, 'first'),                          # the first token: 38%
    (1.65, 'distance', 1),                    # the previous token: 18%
    (2.12, 'same_sentence'),                  # the query's own sentence: 14%
    (1.14, 'distance', 2),                    # the token 2 back: 9%
    (0.34, 'last', 'CONTENT'),                # the last content word: 6%
    (1.06, 'same_word'),                      # the query's own word: 6%
    (-0.43, 'log_distance'),                  # recent tokens: 3%
    (0.68, 'key_class', 'AUX'),               # auxiliaries: 3%
    (0.71, 'last', 'VERB_ED'),                # the last -ed verb: 2%
    (0.28, 'embed_cosine'),                   # tokens similar to the query: 1%
    (-2.1, 'query_distance', 'PERIOD', 1),    # away from the previous token, from periods: 0%
    (-1.41, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 0%
    (-0.95, 'distance', 0),                   # away from the token itself: 0%
    (0.53, 'query_distance', 'CONTENT', 0),   # itself, from content words: 0%
    (0.31, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
    (-0.18, 'key_class', 'CONTENT'),          # away from content words: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
