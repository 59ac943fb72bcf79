"""Mainly the query's own sentence; otherwise recent tokens, a first-token sink and periods.

head: L28H7
heldout_iou: 0.457
heldout_iou_no_bos: 0.451
name: L28H7
form: terms
terms: 11
origin: synthesized (search/terms)
target: L28H7
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (1.09, 'same_sentence'),                  # the query's own sentence: 21%
    (-0.45, 'log_distance'),                  # recent tokens: 18%
    (2.45, 'first'),                          # a first-token sink: 14%
    (1.23, 'key_class', 'PERIOD'),            # periods: 10%
    (0.87, 'key_token', '.'),                 # the token '.': 8%
    (1.6, 'pair', 'PERIOD', 'PERIOD'),        # period -> period: 2%
    (-0.96, 'pair', 'CONTENT', 'DET'),        # away from content word -> determiner: 2%
    (3.04, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 1%
    (1.99, 'pair', 'COMMA', 'BOS'),           # comma -> first token: 1%
    (-1.37, 'key_distance', 'PERIOD', 1),     # away from the previous token when a period: 1%
    (1.31, 'pair', 'PRON_SUBJ', 'BOS'),       # subject pronoun -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
