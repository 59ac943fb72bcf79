"""Mostly the first token (56%); otherwise the query's own sentence, periods and the token itself.

head: L12H2
heldout_iou: 0.658
heldout_iou_no_bos: 0.546
name: L12H2
form: terms
terms: 12
origin: synthesized (search/terms)
target: L12H2
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (4.34, 'first'),                          # the first token: 57%
    (0.59, 'same_sentence'),                  # the query's own sentence: 9%
    (1.39, 'key_class', 'PERIOD'),            # periods: 7%
    (0.82, 'distance', 0),                    # the token itself: 4%
    (0.66, 'distance', 1),                    # the previous token: 3%
    (0.75, 'same_token'),                     # earlier copies of the query token: 2%
    (-1.07, 'key_class', 'DET'),              # away from determiners: 1%
    (-0.76, 'key_class', 'PREP'),             # away from prepositions: 0%
    (-0.85, 'key_class', 'TO'),               # away from 'to': 0%
    (-1.09, 'pair', 'NAME', 'BOS'),           # away from name -> first token: 0%
    (-0.75, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 0%
    (-0.2, 'pair', 'CONTENT', 'BOS'),         # away from content word -> first token: 0%
                                              # other keys: 17%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
