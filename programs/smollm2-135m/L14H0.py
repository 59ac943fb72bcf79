"""Mainly a first-token sink; otherwise the query's own sentence, the previous token and the token 2 back.

head: L14H0
heldout_iou: 0.582
heldout_iou_no_bos: 0.509
name: L14H0
form: terms
terms: 16
origin: synthesized (search/terms)
target: L14H0
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.35, 'first'),                          # a first-token sink: 49%
    (2.51, 'same_sentence'),                  # the query's own sentence: 35%
    (1.72, 'distance', 1),                    # the previous token: 10%
    (1.43, 'distance', 2),                    # the token 2 back: 7%
    (0.08, 'log_distance'),                   # distant tokens: 4%
    (1.09, 'distance', 3),                    # the token 3 back: 4%
    (0.22, 'embed_cosine'),                   # tokens similar to the query: 3%
    (0.54, 'same_token'),                     # earlier copies of the query token: 2%
    (0.7, 'distance', 4),                     # the token 4 back: 2%
    (0.26, 'last', 'CONTENT'),                # the last content word: 2%
    (-0.44, 'key_class', 'DET'),              # away from determiners: 2%
    (-1.11, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 2%
    (0.79, 'key_class', 'PERIOD'),            # periods: 1%
    (-0.68, 'key_class', 'NAME'),             # away from names: 1%
    (-1.71, 'pair', 'NEWLINE', 'BOS'),        # away from newline -> first token: 1%
    (-0.91, 'pair', 'COMMA', 'BOS'),          # away from comma -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
