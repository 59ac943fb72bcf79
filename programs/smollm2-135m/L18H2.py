"""Mostly a first-token sink; otherwise the query's own sentence, periods and content words.

head: L18H2
heldout_iou: 0.570
heldout_iou_no_bos: 0.397
name: L18H2
form: terms
terms: 9
origin: synthesized (search/terms)
target: L18H2
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.9, 'first'),                           # a first-token sink: 67%
    (1.02, 'same_sentence'),                  # the query's own sentence: 7%
    (1.36, 'key_class', 'PERIOD'),            # periods: 3%
    (0.17, 'key_class', 'CONTENT'),           # content words: 1%
    (-1.31, 'pair', 'CONJ', 'BOS'),           # away from conjunction -> first token: 1%
    (2.37, 'query_distance', 'CONJ', 1),      # the previous token, from conjunctions: 1%
    (0.14, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 1%
    (1.13, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (0.54, 'last', 'CONJ'),                   # the last conjunction: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
