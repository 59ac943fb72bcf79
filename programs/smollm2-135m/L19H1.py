"""Mostly a first-token sink; otherwise recent tokens, the query's own sentence and content words.

head: L19H1
heldout_iou: 0.575
heldout_iou_no_bos: 0.523
name: L19H1
form: terms
terms: 14
origin: synthesized (search/terms)
target: L19H1
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.34, 'first'),                          # a first-token sink: 34%
    (-0.45, 'log_distance'),                  # recent tokens: 15%
    (0.52, 'same_sentence'),                  # the query's own sentence: 8%
    (0.38, 'key_class', 'CONTENT'),           # content words: 6%
    (1.0, 'key_class', 'PERIOD'),             # periods: 5%
    (-0.56, 'same_word'),                     # away from the query's own word: 3%
    (0.41, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 3%
    (-0.48, 'distance', 0),                   # the token itself: 2%
    (-0.5, 'key_class', 'DET'),               # away from determiners: 2%
    (0.65, 'key_class', 'NAME'),              # names: 2%
    (-0.3, 'distance', 1),                    # the previous token: 1%
    (-0.56, 'key_class', 'AUX'),              # away from auxiliaries: 1%
    (0.27, 'same_token'),                     # earlier copies of the query token: 1%
    (0.99, 'pair', 'NAME', 'BOS'),            # name -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
