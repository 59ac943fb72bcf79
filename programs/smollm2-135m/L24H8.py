"""Mostly the first token (76%); otherwise periods, conjunctions and the token '.'.

head: L24H8
heldout_iou: 0.735
heldout_iou_no_bos: 0.445
name: L24H8
form: terms
terms: 10
origin: synthesized (search/terms)
target: L24H8
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (5.48, 'first'),                          # the first token: 76%
    (2.03, 'key_class', 'PERIOD'),            # periods: 8%
    (1.72, 'key_class', 'CONJ'),              # conjunctions: 3%
    (0.56, 'key_token', '.'),                 # the token '.': 2%
    (1.65, 'key_class', 'COMMA'),             # commas: 2%
    (0.42, 'after', 'CONTENT', 'CONTENT'),    # content word -> the token after a content word: 2%
    (-1.49, 'key_class', 'CONTENT'),          # away from content words: 1%
    (-1.82, 'key_class', 'PREP'),             # away from prepositions: 0%
    (1.22, 'pair', 'DET', 'BOS'),             # determiner -> first token: 0%
    (-0.3, 'pair', 'CONTENT', 'BOS'),         # away from content word -> first token: 0%
                                              # other keys: 6%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
