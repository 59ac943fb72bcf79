"""Mostly the first token (58%); otherwise the query's own sentence, recent tokens and the last content word.

head: L12H0
heldout_iou: 0.593
heldout_iou_no_bos: 0.420
name: L12H0
form: terms
terms: 14
origin: synthesized (search/terms)
target: L12H0
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (5.54, 'first'),                          # the first token: 58%
    (1.41, 'same_sentence'),                  # the query's own sentence: 23%
    (-0.41, 'log_distance'),                  # recent tokens: 7%
    (0.47, 'last', 'CONTENT'),                # the last content word: 6%
    (0.45, 'embed_cosine'),                   # tokens similar to the query: 4%
    (0.68, 'last', 'VERB_ED'),                # the last -ed verb: 2%
    (-2.0, 'pair', 'COMMA', 'BOS'),           # away from comma -> first token: 0%
    (-1.91, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 0%
    (-1.21, 'key_token', ' the'),             # away from the token ' the': 0%
    (1.11, 'pair', 'NAME', 'BOS'),            # name -> first token: 0%
    (-0.98, 'key_class', 'NAME'),             # away from names: 0%
    (-0.82, 'same_word'),                     # away from the query's own word: 0%
    (0.77, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
    (-0.25, 'distance', 0),                   # away from the token itself: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
