"""Mostly a first-token sink; otherwise the query's own sentence, recent tokens and content word -> first token.

head: L19H2
heldout_iou: 0.605
heldout_iou_no_bos: 0.551
name: L19H2
form: terms
terms: 13
origin: synthesized (search/terms)
target: L19H2
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.61, 'first'),                          # a first-token sink: 42%
    (0.94, 'same_sentence'),                  # the query's own sentence: 15%
    (-0.41, 'log_distance'),                  # recent tokens: 14%
    (0.6, 'pair', 'CONTENT', 'BOS'),          # content word -> first token: 4%
    (1.39, 'pair', 'NAME', 'BOS'),            # name -> first token: 3%
    (-0.69, 'key_class', 'DET'),              # away from determiners: 2%
    (0.45, 'key_class', 'PERIOD'),            # periods: 2%
    (0.38, 'key_token', '.'),                 # the token '.': 1%
    (-0.29, 'same_word'),                     # away from the query's own word: 1%
    (-0.29, 'distance', 0),                   # the token itself: 1%
    (-0.1, 'embed_cosine'),                   # away from tokens similar to the query: 1%
    (-0.15, 'same_token'),                    # away from earlier copies of the query token: 1%
    (-0.83, 'key_token', ' the'),             # away from the token ' the': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
