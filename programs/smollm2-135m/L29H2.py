"""Mainly the first token (31%); otherwise recent tokens, the query's own sentence and the token itself.

head: L29H2
heldout_iou: 0.451
heldout_iou_no_bos: 0.434
name: L29H2
form: terms
terms: 13
origin: synthesized (search/terms)
target: L29H2
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (3.28, 'first'),                          # the first token: 31%
    (-0.34, 'log_distance'),                  # recent tokens: 16%
    (0.39, 'same_sentence'),                  # the query's own sentence: 15%
    (0.81, 'distance', 0),                    # the token itself: 12%
    (1.66, 'key_class', 'PERIOD'),            # periods: 8%
    (0.31, 'embed_cosine'),                   # tokens similar to the query: 8%
    (0.22, 'distance', 1),                    # the previous token: 5%
    (1.39, 'same_token'),                     # earlier copies of the query token: 4%
    (0.86, 'last', 'COMMA'),                  # the last comma: 1%
    (0.73, 'pair', 'DET', 'DET'),             # determiner -> determiner: 0%
    (-2.57, 'pair', 'PRON_SUBJ', 'PERIOD'),   # away from subject pronoun -> period: 0%
    (-2.15, 'pair', 'DET', 'PERIOD'),         # away from determiner -> period: 0%
    (-0.13, 'same_word'),                     # away from the query's own word: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
