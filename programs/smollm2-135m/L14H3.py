"""Mostly a first-token sink; otherwise earlier copies of the query token, away from the query's own sentence and away from itself, from content words.

head: L14H3
heldout_iou: 0.748
heldout_iou_no_bos: 0.423
name: L14H3
form: terms
terms: 11
origin: synthesized (search/terms)
target: L14H3
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (8.84, 'first'),                          # a first-token sink: 86%
    (7.11, 'same_token'),                     # earlier copies of the query token: 12%
    (-1.32, 'same_sentence'),                 # away from the query's own sentence: 9%
    (-1.94, 'query_distance', 'CONTENT', 0),  # away from itself, from content words: 5%
    (1.63, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 2%
    (-3.79, 'query_distance', 'NAME', 0),     # away from itself, from names: 2%
    (0.55, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 1%
    (0.58, 'key_class', 'CONTENT'),           # content words: 1%
    (3.75, 'pair', 'NAME', 'NAME'),           # name -> name: 1%
    (3.49, 'pair', 'CONTENT', 'NAME'),        # content word -> name: 1%
    (-1.17, 'key_class', 'DET'),              # away from determiners: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
