"""Mostly a first-token sink; otherwise recent tokens, the query's own sentence and away from content word -> first token.

head: L25H3
heldout_iou: 0.591
heldout_iou_no_bos: 0.413
name: L25H3
form: terms
terms: 7
origin: synthesized (search/terms)
target: L25H3
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (9.5, 'first'),                           # a first-token sink: 80%
    (-0.95, 'log_distance'),                  # recent tokens: 14%
    (2.58, 'same_sentence'),                  # the query's own sentence: 14%
    (-1.68, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 7%
    (-3.78, 'pair', 'PRON_SUBJ', 'BOS'),      # away from subject pronoun -> first token: 4%
    (1.94, 'query_distance', 'PRON_SUBJ', 1), # the previous token, from subject pronouns: 2%
    (1.5, 'key_class', 'PERIOD'),             # periods: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
