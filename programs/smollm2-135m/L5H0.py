"""Mainly the first token (36%); otherwise word starts, the query's own sentence and the token ' the'.

head: L5H0
heldout_iou: 0.535
heldout_iou_no_bos: 0.483
name: L5H0
form: terms
terms: 13
origin: synthesized (search/terms)
target: L5H0
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (3.12, 'first'),                          # the first token: 36%
    (0.35, 'word_start'),                     # word starts: 16%
    (0.61, 'same_sentence'),                  # the query's own sentence: 15%
    (2.8, 'key_token', ' the'),               # the token ' the': 13%
    (1.69, 'key_class', 'PERIOD'),            # periods: 10%
    (0.53, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 8%
    (2.19, 'key_class', 'NEWLINE'),           # newlines: 1%
    (-0.28, 'key_class', 'CONTENT'),          # away from content words: 1%
    (0.86, 'after', 'DET', 'PREP'),           # determiner -> the token after a preposition: 0%
    (-0.73, 'key_token', ' a'),               # away from the token ' a': 0%
    (-0.72, 'key_class', 'PREP'),             # away from prepositions: 0%
    (0.5, 'pair', 'PERIOD', 'BOS'),           # period -> first token: 0%
    (-0.49, 'last', 'DET'),                   # away from the last determiner: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
