"""Mainly the first token (34%); otherwise content words, the query's own sentence and the token ' the'.

head: L8H6
heldout_iou: 0.515
heldout_iou_no_bos: 0.447
name: L8H6
form: terms
terms: 11
origin: synthesized (search/terms)
target: L8H6
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (3.4, 'first'),                           # the first token: 34%
    (0.26, 'key_class', 'CONTENT'),           # content words: 18%
    (0.51, 'same_sentence'),                  # the query's own sentence: 16%
    (3.48, 'key_token', ' the'),              # the token ' the': 15%
    (0.62, 'word_start'),                     # word starts: 10%
    (0.6, 'pair', 'CONTENT', 'CONTENT'),      # content word -> content word: 5%
    (0.87, 'last', 'PERIOD'),                 # the last period: 2%
    (0.18, 'embed_cosine'),                   # tokens similar to the query: 0%
    (1.15, 'pair', 'PERIOD', 'DET'),          # period -> determiner: 0%
    (1.35, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 0%
    (-0.64, 'last', 'DET'),                   # away from the last determiner: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
