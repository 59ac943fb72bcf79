"""Mainly the first token (33%); otherwise word starts, the token ' the' and the query's own sentence.

head: L8H8
heldout_iou: 0.533
heldout_iou_no_bos: 0.472
name: L8H8
form: terms
terms: 11
origin: synthesized (search/terms)
target: L8H8
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (3.03, 'first'),                          # the first token: 33%
    (0.75, 'word_start'),                     # word starts: 16%
    (3.04, 'key_token', ' the'),              # the token ' the': 14%
    (0.18, 'same_sentence'),                  # the query's own sentence: 14%
    (0.67, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 10%
    (1.31, 'key_class', 'PERIOD'),            # periods: 8%
    (1.19, 'key_class', 'COMMA'),             # commas: 2%
    (0.52, 'last', 'CONJ'),                   # the last conjunction: 2%
    (-0.14, 'after', 'CONTENT', 'CONTENT'),   # away from content word -> the token after a content word: 0%
    (-0.66, 'after', 'PERIOD', 'CONTENT'),    # away from period -> the token after a content word: 0%
    (-0.86, 'query_distance', 'CONTENT', 0),  # away from itself, from content words: 0%
                                              # other keys: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
