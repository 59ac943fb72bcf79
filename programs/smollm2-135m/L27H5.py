"""Mainly the first token (49%); otherwise the token itself, the query's own sentence and the previous token.

head: L27H5
heldout_iou: 0.545
heldout_iou_no_bos: 0.472
name: L27H5
form: terms
terms: 13
origin: synthesized (search/terms)
target: L27H5
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (5.05, 'first'),                          # the first token: 49%
    (1.78, 'distance', 0),                    # the token itself: 14%
    (1.35, 'same_sentence'),                  # the query's own sentence: 8%
    (1.11, 'distance', 1),                    # the previous token: 6%
    (-0.22, 'log_distance'),                  # recent tokens: 6%
    (0.96, 'distance', 2),                    # the token 2 back: 5%
    (0.7, 'distance', 3),                     # the token 3 back: 4%
    (1.95, 'key_class', 'PERIOD'),            # periods: 4%
    (1.07, 'key_class', 'PRON_SUBJ'),         # subject pronouns: 3%
    (1.45, 'same_token'),                     # earlier copies of the query token: 1%
    (1.92, 'pair', 'PRON_SUBJ', 'BOS'),       # subject pronoun -> first token: 0%
    (1.79, 'pair', 'DET', 'BOS'),             # determiner -> first token: 0%
    (-0.18, 'same_word'),                     # away from the query's own word: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
