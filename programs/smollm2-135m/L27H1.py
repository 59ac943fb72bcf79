"""Mainly the query's own sentence; otherwise recent tokens, a first-token sink and earlier copies of the query token.

head: L27H1
heldout_iou: 0.522
heldout_iou_no_bos: 0.511
name: L27H1
form: terms
terms: 13
origin: synthesized (search/terms)
target: L27H1
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (1.75, 'same_sentence'),                  # the query's own sentence: 36%
    (-0.55, 'log_distance'),                  # recent tokens: 31%
    (5.24, 'first'),                          # a first-token sink: 30%
    (1.67, 'same_token'),                     # earlier copies of the query token: 21%
    (1.61, 'distance', 1),                    # the previous token: 14%
    (2.04, 'key_class', 'PERIOD'),            # periods: 7%
    (1.02, 'distance', 2),                    # the token 2 back: 5%
    (-1.97, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 3%
    (0.16, 'distance', 0),                    # the token itself: 3%
    (1.37, 'query_distance', 'DET', 1),       # the previous token, from determiners: 2%
    (-0.3, 'query_distance', 'CONTENT', 0),   # away from itself, from content words: 2%
    (0.9, 'pair', 'PRON_SUBJ', 'BOS'),        # subject pronoun -> first token: 1%
    (-2.33, 'query_distance', 'PERIOD', 1),   # away from the previous token, from periods: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
