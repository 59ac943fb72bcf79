"""Mainly the first token (38%); otherwise the token ' the', the query's own sentence and word starts.

head: L4H8
heldout_iou: 0.439
heldout_iou_no_bos: 0.319
name: L4H8
form: terms
terms: 14
origin: synthesized (search/terms)
target: L4H8
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (4.67, 'first'),                          # the first token: 39%
    (5.87, 'key_token', ' the'),              # the token ' the': 23%
    (1.02, 'same_sentence'),                  # the query's own sentence: 20%
    (1.64, 'word_start'),                     # word starts: 14%
    (1.95, 'same_token'),                     # earlier copies of the query token: 4%
    (2.51, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 0%
    (4.14, 'pair', 'CONJ', 'PERIOD'),         # conjunction -> period: 0%
    (-1.21, 'after', 'CONTENT', 'CONTENT'),   # away from content word -> the token after a content word: 0%
    (-3.61, 'after', 'CONTENT', 'CONJ'),      # away from content word -> the token after a conjunction: 0%
    (-3.03, 'after', 'CONTENT', 'COMMA'),     # away from content word -> the token after a comma: 0%
    (-2.63, 'pair', 'PERIOD', 'DET'),         # away from period -> determiner: 0%
    (-2.39, 'after', 'CONTENT', 'VERB_ED'),   # away from content word -> the token after a -ed verb: 0%
    (-1.84, 'after', 'CONTENT', 'DET'),       # away from content word -> the token after a determiner: 0%
    (-1.04, 'last', 'DET'),                   # away from the last determiner: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
