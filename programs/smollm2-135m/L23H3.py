"""Mostly a first-token sink; otherwise the query's own sentence, content word -> first token and content words.

head: L23H3
heldout_iou: 0.718
heldout_iou_no_bos: 0.405
name: L23H3
form: terms
terms: 12
origin: synthesized (search/terms)
target: L23H3
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.53, 'first'),                          # a first-token sink: 78%
    (0.88, 'same_sentence'),                  # the query's own sentence: 5%
    (0.43, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 2%
    (0.32, 'key_class', 'CONTENT'),           # content words: 2%
    (0.79, 'last', 'CONTENT'),                # the last content word: 1%
    (1.98, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (0.85, 'key_class', 'NAME'),              # names: 1%
    (0.39, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 1%
    (3.1, 'query_distance', 'CONJ', 1),       # the previous token, from conjunctions: 1%
    (2.17, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 1%
    (0.68, 'last', 'NAME'),                   # the last name: 1%
    (0.68, 'word_start'),                     # word starts: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
