"""Mainly the first token (47%); otherwise recent tokens, content words and the last period.

head: L15H7
heldout_iou: 0.533
heldout_iou_no_bos: 0.388
name: L15H7
form: terms
terms: 13
origin: synthesized (search/terms)
target: L15H7
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (4.02, 'first'),                          # the first token: 47%
    (-0.4, 'log_distance'),                   # recent tokens: 20%
    (0.15, 'key_class', 'CONTENT'),           # content words: 18%
    (1.81, 'last', 'PERIOD'),                 # the last period: 5%
    (3.03, 'same_token'),                     # earlier copies of the query token: 5%
    (0.42, 'query_distance', 'CONTENT', 0),   # itself, from content words: 2%
    (1.77, 'last', 'DET'),                    # the last determiner: 2%
    (0.84, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (-1.8, 'key_class', 'DET'),               # away from determiners: 0%
    (-0.98, 'key_distance', 'CONTENT', 2),    # away from the token 2 back when a content word: 0%
    (0.83, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 0%
    (-0.48, 'key_class', 'AUX'),              # away from auxiliaries: 0%
    (-0.34, 'distance', 1),                   # away from the previous token: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
