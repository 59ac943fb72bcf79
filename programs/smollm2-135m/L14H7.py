"""Mostly a first-token sink; otherwise recent tokens, the query's own sentence and away from determiners.

head: L14H7
heldout_iou: 0.559
heldout_iou_no_bos: 0.478
name: L14H7
form: terms
terms: 13
origin: synthesized (search/terms)
target: L14H7
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.29, 'first'),                          # a first-token sink: 38%
    (-0.27, 'log_distance'),                  # recent tokens: 8%
    (0.28, 'same_sentence'),                  # the query's own sentence: 4%
    (-1.16, 'key_class', 'DET'),              # away from determiners: 4%
    (0.65, 'key_class', 'PERIOD'),            # periods: 4%
    (0.49, 'key_token', '.'),                 # the token '.': 3%
    (0.42, 'same_token'),                     # earlier copies of the query token: 2%
    (-0.66, 'key_class', 'AUX'),              # away from auxiliaries: 2%
    (-0.36, 'distance', 0),                   # the token itself: 1%
    (-0.34, 'same_word'),                     # away from the query's own word: 1%
    (0.97, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 1%
    (0.04, 'embed_cosine'),                   # tokens similar to the query: 1%
    (0.15, 'last', 'CONTENT'),                # the last content word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
