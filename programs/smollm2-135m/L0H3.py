"""Mainly recent tokens; otherwise the token itself, tokens similar to the query and the previous token, from determiners.

head: L0H3
heldout_iou: 0.563
heldout_iou_no_bos: 0.565
name: L0H3
form: terms
terms: 12
origin: synthesized (search/terms)
target: L0H3
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-1.24, 'log_distance'),                  # recent tokens: 43%
    (-1.78, 'distance', 0),                   # the token itself: 35%
    (0.85, 'embed_cosine'),                   # tokens similar to the query: 12%
    (1.46, 'query_distance', 'DET', 1),       # the previous token, from determiners: 3%
    (0.92, 'word_start'),                     # word starts: 2%
    (0.15, 'same_token'),                     # earlier copies of the query token: 2%
    (-0.12, 'same_word'),                     # away from the query's own word: 2%
    (0.84, 'pair', 'DET', 'DET'),             # determiner -> determiner: 1%
    (0.85, 'query_distance', 'PREP', 2),      # the token 2 back, from prepositions: 1%
    (-1.0, 'pair', 'AUX', 'AUX'),             # away from auxiliary -> auxiliary: 1%
    (-1.12, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 1%
    (1.66, 'pair', 'COMMA', 'PERIOD'),        # comma -> period: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
