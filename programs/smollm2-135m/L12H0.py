"""Mostly a first-token sink; otherwise the query's own sentence, recent tokens and content word -> first token.

head: L12H0
heldout_iou: 0.568
heldout_iou_no_bos: 0.414
name: L12H0
form: terms
terms: 12
origin: synthesized (search/terms)
target: L12H0
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.26, 'first'),                          # a first-token sink: 67%
    (1.84, 'same_sentence'),                  # the query's own sentence: 16%
    (-0.38, 'log_distance'),                  # recent tokens: 9%
    (1.16, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 7%
    (2.01, 'pair', 'NAME', 'BOS'),            # name -> first token: 2%
    (-1.38, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 2%
    (-1.54, 'key_class', 'NAME'),             # away from names: 2%
    (-0.5, 'same_word'),                      # away from the query's own word: 1%
    (-1.7, 'pair', 'COMMA', 'BOS'),           # away from comma -> first token: 1%
    (-0.44, 'distance', 0),                   # the token itself: 1%
    (-1.45, 'key_token', ' the'),             # away from the token ' the': 1%
    (1.1, 'word_start'),                      # word starts: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
