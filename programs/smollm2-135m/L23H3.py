"""Mostly a first-token sink; otherwise recent tokens, the query's own sentence and the last content word.

head: L23H3
heldout_iou: 0.709
heldout_iou_no_bos: 0.407
name: L23H3
form: terms
terms: 13
origin: synthesized (search/terms)
target: L23H3
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.6, 'first'),                           # a first-token sink: 74%
    (-0.26, 'log_distance'),                  # recent tokens: 6%
    (0.64, 'same_sentence'),                  # the query's own sentence: 5%
    (1.06, 'last', 'CONTENT'),                # the last content word: 3%
    (0.54, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 3%
    (0.28, 'key_class', 'CONTENT'),           # content words: 2%
    (1.82, 'induction'),                      # the token after an earlier copy of the query (induction): 2%
    (0.63, 'key_class', 'NAME'),              # names: 2%
    (2.34, 'query_distance', 'CONJ', 1),      # the previous token, from conjunctions: 1%
    (0.91, 'last', 'NAME'),                   # the last name: 1%
    (0.95, 'pair', 'DET', 'CONTENT'),         # determiner -> content word: 1%
    (0.93, 'pair', 'CONJ', 'CONTENT'),        # conjunction -> content word: 1%
    (0.22, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
