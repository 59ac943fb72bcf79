"""Mostly a first-token sink; otherwise the query's own sentence, the query's own word and the previous token.

head: L25H8
heldout_iou: 0.724
heldout_iou_no_bos: 0.450
name: L25H8
form: terms
terms: 11
origin: synthesized (search/terms)
target: L25H8
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.87, 'first'),                          # a first-token sink: 80%
    (1.35, 'same_sentence'),                  # the query's own sentence: 11%
    (2.54, 'same_word'),                      # the query's own word: 6%
    (2.7, 'distance', 1),                     # the previous token: 5%
    (-0.69, 'pair', 'CONTENT', 'CONTENT'),    # away from content word -> content word: 3%
    (1.46, 'distance', 2),                    # the token 2 back: 3%
    (1.69, 'query_distance', 'CONTENT', 0),   # itself, from content words: 2%
    (0.3, 'pair', 'CONTENT', 'BOS'),          # content word -> first token: 2%
    (1.45, 'query_distance', 'CONTENT', 2),   # the token 2 back, from content words: 1%
    (1.24, 'key_distance', 'CONTENT', 2),     # the token 2 back when a content word: 1%
    (0.44, 'query_distance', 'CONTENT', 1),   # the previous token, from content words: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
