"""Mostly a first-token sink; otherwise recent tokens, content words and the query's own sentence.

head: L15H5
heldout_iou: 0.526
heldout_iou_no_bos: 0.480
name: L15H5
form: terms
terms: 12
origin: synthesized (search/terms)
target: L15H5
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.71, 'first'),                          # a first-token sink: 44%
    (-0.33, 'log_distance'),                  # recent tokens: 10%
    (0.6, 'key_class', 'CONTENT'),            # content words: 8%
    (0.42, 'same_sentence'),                  # the query's own sentence: 6%
    (1.0, 'key_class', 'PERIOD'),             # periods: 5%
    (0.71, 'key_token', '.'),                 # the token '.': 4%
    (0.42, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 3%
    (-0.36, 'pair', 'CONTENT', 'CONTENT'),    # away from content word -> content word: 2%
    (0.99, 'pair', 'NAME', 'BOS'),            # name -> first token: 2%
    (1.35, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 2%
    (-0.44, 'key_class', 'DET'),              # away from determiners: 1%
    (-0.84, 'key_token', ' the'),             # away from the token ' the': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
