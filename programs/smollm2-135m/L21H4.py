"""Mainly the first token (55%); otherwise content words, the query's own sentence and the last content word.

head: L21H4
heldout_iou: 0.563
heldout_iou_no_bos: 0.424
name: L21H4
form: terms
terms: 12
origin: synthesized (search/terms)
target: L21H4
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (4.69, 'first'),                          # the first token: 55%
    (0.66, 'key_class', 'CONTENT'),           # content words: 17%
    (0.13, 'same_sentence'),                  # the query's own sentence: 10%
    (0.51, 'last', 'CONTENT'),                # the last content word: 6%
    (-0.47, 'log_distance'),                  # recent tokens: 5%
    (1.31, 'key_class', 'NAME'),              # names: 4%
    (0.94, 'key_class', 'PERIOD'),            # periods: 3%
    (-1.25, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 0%
    (1.18, 'pair', 'NAME', 'BOS'),            # name -> first token: 0%
    (0.9, 'pair', 'CONTENT', 'BOS'),          # content word -> first token: 0%
    (0.51, 'pair', 'PREP', 'BOS'),            # preposition -> first token: 0%
    (-0.37, 'key_class', 'DET'),              # away from determiners: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
