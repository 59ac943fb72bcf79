"""Mainly the first token (51%); otherwise the token ' the', content words and distant tokens.

head: L7H2
heldout_iou: 0.560
heldout_iou_no_bos: 0.327
name: L7H2
form: terms
terms: 13
origin: synthesized (search/terms)
target: L7H2
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (6.84, 'first'),                          # the first token: 51%
    (8.26, 'key_token', ' the'),              # the token ' the': 30%
    (1.29, 'key_class', 'CONTENT'),           # content words: 11%
    (0.86, 'log_distance'),                   # distant tokens: 3%
    (1.24, 'same_sentence'),                  # the query's own sentence: 3%
    (2.66, 'last', 'PERIOD'),                 # the last period: 1%
    (4.34, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 1%
    (-4.89, 'after', 'CONTENT', 'CONJ'),      # away from content word -> the token after a conjunction: 0%
    (-4.5, 'after', 'CONTENT', 'COMMA'),      # away from content word -> the token after a comma: 0%
    (-2.83, 'after', 'CONTENT', 'DET'),       # away from content word -> the token after a determiner: 0%
    (-2.75, 'after', 'CONTENT', 'VERB_ED'),   # away from content word -> the token after a -ed verb: 0%
    (-1.42, 'pair', 'PERIOD', 'DET'),         # away from period -> determiner: 0%
    (-1.01, 'after', 'CONTENT', 'CONTENT'),   # away from content word -> the token after a content word: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
