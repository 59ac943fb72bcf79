"""Spread out, the largest part on the tokens 2 to 4 back (16%), not a term of the program; on repeated random tokens mainly itself, from content words (7%); otherwise recent tokens and the previous token.

head: L0H4
heldout_iou: 0.651
heldout_iou_no_bos: 0.646
name: L0H4
form: terms
terms: 14
origin: synthesized (search/terms)
target: L0H4
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (-0.4, 'log_distance'),                   # recent tokens: 34%
    (0.23, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 11%
    (0.47, 'distance', 1),                    # the previous token: 10%
    (0.16, 'embed_cosine'),                   # tokens similar to the query: 9%
    (0.69, 'key_class', 'AUX'),               # auxiliaries: 9%
    (0.36, 'distance', 2),                    # the token 2 back: 7%
    (0.54, 'key_class', 'PREP'),              # prepositions: 7%
    (0.26, 'query_distance', 'CONTENT', 0),   # itself, from content words: 7%
    (0.66, 'first'),                          # the first token: 6%
    (-0.73, 'key_class', 'COMMA'),            # away from commas: 0%
    (-0.67, 'key_class', 'PERIOD'),           # away from periods: 0%
    (-0.59, 'last', 'DET'),                   # away from the last determiner: 0%
    (-0.07, 'distance', 0),                   # away from the token itself: 0%
    (-0.05, 'same_sentence'),                 # away from the query's own sentence: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
