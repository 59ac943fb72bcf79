"""Mainly a first-token sink; otherwise the token ' the', the query's own sentence and away from the last determiner.

head: L7H8
heldout_iou: 0.488
heldout_iou_no_bos: 0.398
name: L7H8
form: terms
terms: 12
origin: synthesized (search/terms)
target: L7H8
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.11, 'first'),                          # a first-token sink: 37%
    (4.17, 'key_token', ' the'),              # the token ' the': 32%
    (0.6, 'same_sentence'),                   # the query's own sentence: 7%
    (-0.82, 'last', 'DET'),                   # away from the last determiner: 7%
    (1.12, 'same_token'),                     # earlier copies of the query token: 4%
    (1.62, 'last', 'PERIOD'),                 # the last period: 3%
    (0.96, 'distance', 2),                    # the token 2 back: 3%
    (0.95, 'distance', 1),                    # the previous token: 3%
    (0.68, 'distance', 3),                    # the token 3 back: 2%
    (0.45, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 1%
    (1.08, 'word_start'),                     # word starts: 1%
    (-0.95, 'key_class', 'NAME'),             # away from names: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
