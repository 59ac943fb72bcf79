"""Mainly the first token (50%); otherwise content words, recent tokens and periods.

head: L22H2
heldout_iou: 0.524
heldout_iou_no_bos: 0.395
name: L22H2
form: terms
terms: 13
origin: synthesized (search/terms)
target: L22H2
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (4.33, 'first'),                          # the first token: 50%
    (0.45, 'key_class', 'CONTENT'),           # content words: 23%
    (-0.26, 'log_distance'),                  # recent tokens: 12%
    (1.44, 'key_class', 'PERIOD'),            # periods: 5%
    (1.29, 'key_class', 'NAME'),              # names: 4%
    (0.6, 'after', 'CONTENT', 'DET'),         # content word -> the token after a determiner: 3%
    (1.07, 'induction'),                      # the token after an earlier copy of the query (induction): 2%
    (0.71, 'key_class', 'COMMA'),             # commas: 1%
    (1.32, 'pair', 'NAME', 'BOS'),            # name -> first token: 0%
    (-1.18, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 0%
    (-0.78, 'pair', 'CONJ', 'BOS'),           # away from conjunction -> first token: 0%
    (0.6, 'pair', 'CONTENT', 'BOS'),          # content word -> first token: 0%
    (-0.29, 'key_class', 'DET'),              # away from determiners: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
