"""Mostly the first token (73%); otherwise the query's own sentence, the token itself and content word -> content word.

head: L14H5
heldout_iou: 0.708
heldout_iou_no_bos: 0.452
name: L14H5
form: terms
terms: 10
origin: synthesized (search/terms)
target: L14H5
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (5.18, 'first'),                          # the first token: 73%
    (0.36, 'same_sentence'),                  # the query's own sentence: 5%
    (1.19, 'distance', 0),                    # the token itself: 4%
    (0.93, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 3%
    (2.54, 'same_token'),                     # earlier copies of the query token: 3%
    (1.13, 'key_class', 'PERIOD'),            # periods: 2%
    (1.33, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (-1.0, 'key_class', 'DET'),               # away from determiners: 1%
    (1.06, 'query_distance', 'PERIOD', 0),    # itself, from periods: 0%
    (0.49, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
                                              # other keys: 8%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
