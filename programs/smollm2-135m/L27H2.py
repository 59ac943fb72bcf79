"""Mainly the first token (46%); on repeated random tokens mainly content word -> first token (17%); otherwise content words, the query's own sentence and periods.

head: L27H2
heldout_iou: 0.471
heldout_iou_no_bos: 0.406
name: L27H2
form: terms
terms: 14
origin: synthesized (search/terms)
target: L27H2
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (3.89, 'first'),                          # the first token: 46%
    (0.7, 'key_class', 'CONTENT'),            # content words: 19%
    (0.31, 'same_sentence'),                  # the query's own sentence: 11%
    (1.31, 'key_class', 'PERIOD'),            # periods: 6%
    (0.13, 'last', 'CONTENT'),                # the last content word: 6%
    (1.19, 'key_class', 'NAME'),              # names: 4%
    (-0.26, 'log_distance'),                  # recent tokens: 4%
    (0.35, 'embed_cosine'),                   # tokens similar to the query: 2%
    (1.21, 'pair', 'DET', 'DET'),             # determiner -> determiner: 1%
    (1.24, 'after', 'DET', 'DET'),            # determiner -> the token after a determiner: 1%
    (0.56, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 0%
    (1.49, 'pair', 'NAME', 'BOS'),            # name -> first token: 0%
    (0.74, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
    (-0.11, 'same_word'),                     # away from the query's own word: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
