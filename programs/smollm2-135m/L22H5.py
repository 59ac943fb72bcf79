"""Mainly the first token (39%); otherwise the token itself, the query's own sentence and content words.

head: L22H5
heldout_iou: 0.592
heldout_iou_no_bos: 0.513
name: L22H5
form: terms
terms: 12
origin: synthesized (search/terms)
target: L22H5
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (4.57, 'first'),                          # the first token: 39%
    (1.24, 'distance', 0),                    # the token itself: 15%
    (0.6, 'same_sentence'),                   # the query's own sentence: 15%
    (0.23, 'key_class', 'CONTENT'),           # content words: 12%
    (-0.68, 'log_distance'),                  # recent tokens: 6%
    (0.38, 'last', 'CONTENT'),                # the last content word: 4%
    (1.05, 'key_class', 'PERIOD'),            # periods: 4%
    (0.58, 'key_class', 'NAME'),              # names: 2%
    (1.19, 'induction'),                      # the token after an earlier copy of the query (induction): 2%
    (0.06, 'embed_cosine'),                   # tokens similar to the query: 1%
    (-0.81, 'same_word'),                     # away from the query's own word: 0%
    (0.13, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
