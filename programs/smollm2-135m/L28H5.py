"""Mainly the first token (34%); otherwise the query's own sentence, the token itself and recent tokens.

head: L28H5
heldout_iou: 0.510
heldout_iou_no_bos: 0.484
name: L28H5
form: terms
terms: 14
origin: synthesized (search/terms)
target: L28H5
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (4.59, 'first'),                          # the first token: 34%
    (1.48, 'same_sentence'),                  # the query's own sentence: 24%
    (0.72, 'distance', 0),                    # the token itself: 20%
    (-0.6, 'log_distance'),                   # recent tokens: 9%
    (2.27, 'key_class', 'PERIOD'),            # periods: 7%
    (1.15, 'same_token'),                     # earlier copies of the query token: 4%
    (1.58, 'query_distance', 'DET', 1),       # the previous token, from determiners: 2%
    (0.11, 'same_word'),                      # the query's own word: 0%
    (2.53, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 0%
    (-3.01, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 0%
    (-1.7, 'pair', 'DET', 'PERIOD'),          # away from determiner -> period: 0%
    (1.08, 'pair', 'TO', 'BOS'),              # 'to' -> first token: 0%
    (0.79, 'pair', 'NAME', 'BOS'),            # name -> first token: 0%
    (0.52, 'pair', 'PRON_SUBJ', 'BOS'),       # subject pronoun -> first token: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
