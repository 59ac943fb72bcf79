"""Mostly the first token (69%); otherwise the query's own sentence, periods and recent tokens.

head: L25H3
heldout_iou: 0.608
heldout_iou_no_bos: 0.434
name: L25H3
form: terms
terms: 8
origin: synthesized (search/terms)
target: L25H3
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (8.29, 'first'),                          # the first token: 69%
    (1.95, 'same_sentence'),                  # the query's own sentence: 23%
    (1.25, 'key_class', 'PERIOD'),            # periods: 4%
    (-0.85, 'log_distance'),                  # recent tokens: 2%
    (1.55, 'query_distance', 'PRON_SUBJ', 1), # the previous token, from subject pronouns: 2%
    (-3.87, 'pair', 'PRON_SUBJ', 'BOS'),      # away from subject pronoun -> first token: 0%
    (2.28, 'pair', 'DET', 'BOS'),             # determiner -> first token: 0%
    (-0.85, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
