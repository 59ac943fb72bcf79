"""Mostly a first-token sink; otherwise recent tokens, periods and the query's own sentence.

head: L15H5
heldout_iou: 0.528
heldout_iou_no_bos: 0.479
name: L15H5
form: terms
terms: 13
origin: synthesized (search/terms)
target: L15H5
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.6, 'first'),                           # a first-token sink: 41%
    (-0.29, 'log_distance'),                  # recent tokens: 10%
    (1.34, 'key_class', 'PERIOD'),            # periods: 7%
    (0.5, 'same_sentence'),                   # the query's own sentence: 7%
    (0.44, 'key_class', 'CONTENT'),           # content words: 6%
    (0.52, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 4%
    (0.46, 'last', 'CONTENT'),                # the last content word: 2%
    (-0.82, 'key_class', 'DET'),              # away from determiners: 2%
    (1.16, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 2%
    (0.22, 'key_token', '.'),                 # the token '.': 2%
    (1.21, 'pair', 'NAME', 'BOS'),            # name -> first token: 1%
    (-0.34, 'query_distance', 'CONTENT', 0),  # away from itself, from content words: 1%
    (0.11, 'same_word'),                      # the query's own word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
