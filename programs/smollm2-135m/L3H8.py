"""Mainly the first token (22%) and the tokens 2 to 4 back (18%), not a term of the program; on repeated random tokens mainly content word -> first token (17%); otherwise the query's own sentence and content words.

head: L3H8
heldout_iou: 0.497
heldout_iou_no_bos: 0.462
name: L3H8
form: terms
terms: 15
origin: synthesized (search/terms)
target: L3H8
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (0.92, 'same_sentence'),                  # the query's own sentence: 24%
    (2.78, 'first'),                          # the first token: 22%
    (0.23, 'key_class', 'CONTENT'),           # content words: 19%
    (0.74, 'word_start'),                     # word starts: 9%
    (1.57, 'key_token', ' the'),              # the token ' the': 8%
    (0.99, 'key_distance', 'CONTENT', 1),     # the previous token when a content word: 6%
    (0.64, 'key_class', 'PERIOD'),            # periods: 5%
    (0.65, 'key_distance', 'CONTENT', 2),     # the token 2 back when a content word: 4%
    (0.56, 'key_class', 'NAME'),              # names: 3%
    (-0.33, 'log_distance'),                  # recent tokens: 0%
    (1.12, 'pair', 'NAME', 'BOS'),            # name -> first token: 0%
    (0.54, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
    (-0.46, 'key_token', ' to'),              # away from the token ' to': 0%
    (-0.36, 'last', 'DET'),                   # away from the last determiner: 0%
    (-0.16, 'pair', 'CONTENT', 'CONTENT'),    # away from content word -> content word: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
