"""Mostly the first token (59%); otherwise the previous token, the token 2 back and the token 3 back.

head: L13H5
heldout_iou: 0.559
heldout_iou_no_bos: 0.410
name: L13H5
form: terms
terms: 14
origin: synthesized (search/terms)
target: L13H5
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (6.65, 'first'),                          # the first token: 60%
    (2.24, 'distance', 1),                    # the previous token: 8%
    (2.24, 'distance', 2),                    # the token 2 back: 8%
    (1.9, 'distance', 3),                     # the token 3 back: 6%
    (2.38, 'same_sentence'),                  # the query's own sentence: 6%
    (1.47, 'distance', 4),                    # the token 4 back: 4%
    (0.96, 'distance', 5),                    # the token 5 back: 3%
    (1.53, 'last', 'PERIOD'),                 # the last period: 1%
    (1.63, 'key_class', 'PERIOD'),            # periods: 1%
    (1.97, 'key_class', 'WH'),                # wh-words: 1%
    (0.72, 'last', 'CONJ'),                   # the last conjunction: 0%
    (-1.29, 'key_class', 'NAME'),             # away from names: 0%
    (1.67, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 0%
    (0.16, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
                                              # other keys: 2%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
