"""Mainly a first-token sink; otherwise the token ' the', away from the last determiner and the query's own sentence.

head: L7H8
heldout_iou: 0.488
heldout_iou_no_bos: 0.396
name: L7H8
form: terms
terms: 12
origin: synthesized (search/terms)
target: L7H8
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.15, 'first'),                          # a first-token sink: 37%
    (4.18, 'key_token', ' the'),              # the token ' the': 32%
    (-0.82, 'last', 'DET'),                   # away from the last determiner: 7%
    (0.59, 'same_sentence'),                  # the query's own sentence: 7%
    (1.19, 'same_token'),                     # earlier copies of the query token: 4%
    (1.72, 'last', 'PERIOD'),                 # the last period: 3%
    (1.03, 'distance', 2),                    # the token 2 back: 3%
    (0.79, 'distance', 1),                    # the previous token: 2%
    (0.72, 'distance', 3),                    # the token 3 back: 2%
    (1.1, 'word_start'),                      # word starts: 1%
    (0.42, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 1%
    (-0.87, 'key_class', 'NAME'),             # away from names: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
