"""Mainly a first-token sink; otherwise recent tokens, the query's own sentence and the previous token.

head: L21H0
heldout_iou: 0.510
heldout_iou_no_bos: 0.467
name: L21H0
form: terms
terms: 12
origin: synthesized (search/terms)
target: L21H0
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.73, 'first'),                          # a first-token sink: 47%
    (-0.71, 'log_distance'),                  # recent tokens: 30%
    (1.68, 'same_sentence'),                  # the query's own sentence: 29%
    (1.31, 'distance', 1),                    # the previous token: 11%
    (0.71, 'distance', 2),                    # the token 2 back: 4%
    (-1.91, 'key_class', 'NAME'),             # away from names: 4%
    (-0.22, 'key_class', 'CONTENT'),          # away from content words: 3%
    (0.86, 'query_distance', 'CONTENT', 2),   # the token 2 back, from content words: 3%
    (0.56, 'key_class', 'PERIOD'),            # periods: 2%
    (0.54, 'key_token', '.'),                 # the token '.': 2%
    (1.2, 'query_distance', 'PRON_SUBJ', 1),  # the previous token, from subject pronouns: 1%
    (-1.4, 'pair', 'PRON_SUBJ', 'BOS'),       # away from subject pronoun -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
