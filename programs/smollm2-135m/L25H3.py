"""Mostly a first-token sink; otherwise recent tokens, the query's own sentence and away from content word -> first token.

head: L25H3
heldout_iou: 0.593
heldout_iou_no_bos: 0.412
name: L25H3
form: terms
terms: 7
origin: synthesized (search/terms)
target: L25H3
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (9.49, 'first'),                          # a first-token sink: 82%
    (-0.91, 'log_distance'),                  # recent tokens: 13%
    (2.63, 'same_sentence'),                  # the query's own sentence: 13%
    (-1.54, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 6%
    (-3.86, 'pair', 'PRON_SUBJ', 'BOS'),      # away from subject pronoun -> first token: 4%
    (2.07, 'query_distance', 'PRON_SUBJ', 1), # the previous token, from subject pronouns: 2%
    (1.44, 'key_class', 'PERIOD'),            # periods: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
