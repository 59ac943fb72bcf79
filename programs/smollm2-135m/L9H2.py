"""Mainly a first-token sink; otherwise the token itself, the token ' the' and earlier copies of the query token.

head: L9H2
heldout_iou: 0.441
heldout_iou_no_bos: 0.362
name: L9H2
form: terms
terms: 16
origin: synthesized (search/terms)
target: L9H2
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.17, 'first'),                          # a first-token sink: 31%
    (-1.86, 'distance', 0),                   # the token itself: 14%
    (2.65, 'key_token', ' the'),              # the token ' the': 14%
    (2.49, 'same_token'),                     # earlier copies of the query token: 12%
    (0.56, 'embed_cosine'),                   # tokens similar to the query: 8%
    (-0.5, 'same_sentence'),                  # away from the query's own sentence: 7%
    (0.37, 'key_class', 'CONTENT'),           # content words: 5%
    (0.7, 'pair', 'CONTENT', 'CONTENT'),      # content word -> content word: 5%
    (-1.25, 'pair', 'DET', 'DET'),            # away from determiner -> determiner: 2%
    (1.51, 'pair', 'NAME', 'NAME'),           # name -> name: 2%
    (-0.82, 'last', 'CONTENT'),               # away from the last content word: 2%
    (1.06, 'key_class', 'NUMBER'),            # numbers: 1%
    (1.19, 'pair', 'CONTENT', 'PERIOD'),      # content word -> period: 1%
    (-1.32, 'pair', 'PERIOD', 'PERIOD'),      # away from period -> period: 1%
    (-0.86, 'after', 'PERIOD', 'CONTENT'),    # away from period -> the token after a content word: 1%
    (-1.95, 'pair', 'COMMA', 'COMMA'),        # away from comma -> comma: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
