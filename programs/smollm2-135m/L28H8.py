"""Mostly a first-token sink; otherwise periods, earlier copies of the query token and away from content word -> first token.

head: L28H8
heldout_iou: 0.613
heldout_iou_no_bos: 0.460
name: L28H8
form: terms
terms: 12
origin: synthesized (search/terms)
target: L28H8
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.25, 'first'),                          # a first-token sink: 69%
    (1.34, 'key_class', 'PERIOD'),            # periods: 7%
    (1.35, 'same_token'),                     # earlier copies of the query token: 4%
    (-0.49, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 3%
    (0.51, 'key_token', '.'),                 # the token '.': 3%
    (0.95, 'pair', 'CONTENT', 'PERIOD'),      # content word -> period: 3%
    (0.32, 'same_sentence'),                  # the query's own sentence: 2%
    (-1.62, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 2%
    (0.89, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 1%
    (-0.15, 'key_class', 'CONTENT'),          # away from content words: 1%
    (-1.76, 'key_token', ' the'),             # away from the token ' the': 1%
    (2.01, 'key_token', 'There'),             # the token 'There': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
