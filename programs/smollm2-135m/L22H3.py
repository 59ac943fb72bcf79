"""Mainly a first-token sink; otherwise the query's own sentence, recent tokens and the previous token.

head: L22H3
heldout_iou: 0.544
heldout_iou_no_bos: 0.485
name: L22H3
form: terms
terms: 15
origin: synthesized (search/terms)
target: L22H3
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.63, 'first'),                          # a first-token sink: 48%
    (1.34, 'same_sentence'),                  # the query's own sentence: 24%
    (-0.4, 'log_distance'),                   # recent tokens: 21%
    (1.99, 'distance', 1),                    # the previous token: 15%
    (0.92, 'same_token'),                     # earlier copies of the query token: 8%
    (1.54, 'distance', 2),                    # the token 2 back: 5%
    (0.41, 'distance', 0),                    # the token itself: 4%
    (1.48, 'key_class', 'PERIOD'),            # periods: 4%
    (1.67, 'query_distance', 'DET', 1),       # the previous token, from determiners: 3%
    (1.65, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 3%
    (0.32, 'last', 'CONTENT'),                # the last content word: 3%
    (0.2, 'same_word'),                       # the query's own word: 2%
    (0.66, 'last', 'PREP'),                   # the last preposition: 2%
    (1.25, 'query_distance', 'DET', 0),       # itself, from determiners: 1%
    (1.28, 'query_distance', 'PRON_OBJ', 1),  # the previous token, from object pronouns: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
