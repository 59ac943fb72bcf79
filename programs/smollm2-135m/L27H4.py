"""Mainly a first-token sink; otherwise the query's own sentence, the query's own word and recent tokens.

head: L27H4
heldout_iou: 0.613
heldout_iou_no_bos: 0.596
name: L27H4
form: terms
terms: 15
origin: synthesized (search/terms)
target: L27H4
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.79, 'first'),                          # a first-token sink: 53%
    (1.32, 'same_sentence'),                  # the query's own sentence: 23%
    (2.08, 'same_word'),                      # the query's own word: 23%
    (-0.41, 'log_distance'),                  # recent tokens: 22%
    (2.66, 'distance', 1),                    # the previous token: 12%
    (0.73, 'embed_cosine'),                   # tokens similar to the query: 12%
    (0.38, 'same_token'),                     # earlier copies of the query token: 6%
    (0.37, 'distance', 0),                    # the token itself: 6%
    (1.87, 'query_distance', 'DET', 1),       # the previous token, from determiners: 3%
    (1.64, 'distance', 2),                    # the token 2 back: 2%
    (-1.41, 'pair', 'DET', 'BOS'),            # away from determiner -> first token: 2%
    (0.85, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 1%
    (-1.48, 'key_token', ' the'),             # away from the token ' the': 1%
    (0.18, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 1%
    (0.87, 'pair', 'NAME', 'BOS'),            # name -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
