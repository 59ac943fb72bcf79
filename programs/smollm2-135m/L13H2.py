"""Mainly the first token (46%); on repeated random tokens mainly the previous token (33%); otherwise the token 2 back, the query's own sentence and the token 3 back.

head: L13H2
heldout_iou: 0.516
heldout_iou_no_bos: 0.466
name: L13H2
form: terms
terms: 16
origin: synthesized (search/terms)
target: L13H2
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (6.19, 'first'),                          # the first token: 46%
    (2.31, 'distance', 1),                    # the previous token: 18%
    (2.06, 'distance', 2),                    # the token 2 back: 13%
    (1.97, 'same_sentence'),                  # the query's own sentence: 13%
    (1.39, 'distance', 3),                    # the token 3 back: 7%
    (1.59, 'key_class', 'PERIOD'),            # periods: 2%
    (-0.66, 'embed_cosine'),                  # away from tokens similar to the query: 1%
    (-0.58, 'log_distance'),                  # recent tokens: 0%
    (-2.4, 'query_distance', 'PERIOD', 2),    # away from the token 2 back, from periods: 0%
    (-2.27, 'query_distance', 'PERIOD', 1),   # away from the previous token, from periods: 0%
    (-1.94, 'key_class', 'NAME'),             # away from names: 0%
    (0.81, 'pair', 'AUX', 'BOS'),             # auxiliary -> first token: 0%
    (0.61, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 0%
    (0.59, 'pair', 'PRON_SUBJ', 'BOS'),       # subject pronoun -> first token: 0%
    (-0.48, 'key_class', 'CONTENT'),          # away from content words: 0%
    (-0.32, 'key_distance', 'CONTENT', 1),    # away from the previous token when a content word: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
