"""Mainly a first-token sink; otherwise the query's own sentence, the previous token and the token itself.

head: L22H1
heldout_iou: 0.670
heldout_iou_no_bos: 0.663
name: L22H1
form: terms
terms: 12
origin: synthesized (search/terms)
target: L22H1
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.86, 'first'),                          # a first-token sink: 42%
    (1.81, 'same_sentence'),                  # the query's own sentence: 34%
    (3.38, 'distance', 1),                    # the previous token: 28%
    (2.61, 'distance', 0),                    # the token itself: 14%
    (-0.22, 'log_distance'),                  # recent tokens: 13%
    (2.15, 'distance', 2),                    # the token 2 back: 6%
    (3.14, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 5%
    (1.5, 'last', 'PERIOD'),                  # the last period: 2%
    (0.32, 'query_distance', 'CONTENT', 1),   # the previous token, from content words: 2%
    (1.3, 'pair', 'CONJ', 'BOS'),             # conjunction -> first token: 1%
    (1.4, 'pair', 'COMMA', 'BOS'),            # comma -> first token: 1%
    (1.88, 'pair', 'NEWLINE', 'BOS'),         # newline -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
