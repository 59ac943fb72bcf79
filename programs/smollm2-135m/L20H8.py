"""Mostly a first-token sink; otherwise the query's own sentence, away from conjunction -> first token and content words.

head: L20H8
heldout_iou: 0.779
heldout_iou_no_bos: 0.334
name: L20H8
form: terms
terms: 9
origin: synthesized (search/terms)
target: L20H8
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (7.64, 'first'),                          # a first-token sink: 90%
    (1.05, 'same_sentence'),                  # the query's own sentence: 2%
    (-2.37, 'pair', 'CONJ', 'BOS'),           # away from conjunction -> first token: 2%
    (1.0, 'key_class', 'CONTENT'),            # content words: 2%
    (2.83, 'query_distance', 'CONJ', 1),      # the previous token, from conjunctions: 1%
    (1.34, 'key_class', 'NAME'),              # names: 1%
    (2.48, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (0.64, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 1%
    (0.67, 'last', 'NAME'),                   # the last name: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
