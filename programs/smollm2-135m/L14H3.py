"""Mostly a first-token sink; otherwise earlier copies of the query token, away from the query's own sentence and content word -> content word.

head: L14H3
heldout_iou: 0.721
heldout_iou_no_bos: 0.431
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
    (8.47, 'first'),                          # a first-token sink: 86%
    (5.07, 'same_token'),                     # earlier copies of the query token: 11%
    (-0.8, 'same_sentence'),                  # away from the query's own sentence: 5%
    (1.75, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 4%
    (2.86, 'pair', 'NAME', 'NAME'),           # name -> name: 3%
    (0.53, 'embed_cosine'),                   # tokens similar to the query: 3%
    (-0.52, 'same_word'),                     # away from the query's own word: 2%
    (-0.52, 'distance', 0),                   # the token itself: 2%
    (0.93, 'key_class', 'NAME'),              # names: 2%
    (-0.26, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 1%
    (0.22, 'key_class', 'CONTENT'),           # content words: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
