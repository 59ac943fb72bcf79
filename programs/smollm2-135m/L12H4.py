"""Mainly a first-token sink; otherwise recent tokens, content words and the query's own sentence.

head: L12H4
heldout_iou: 0.492
heldout_iou_no_bos: 0.428
name: L12H4
form: terms
terms: 12
origin: synthesized (search/terms)
target: L12H4
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.28, 'first'),                          # a first-token sink: 42%
    (-0.61, 'log_distance'),                  # recent tokens: 21%
    (0.72, 'key_class', 'CONTENT'),           # content words: 12%
    (0.54, 'same_sentence'),                  # the query's own sentence: 10%
    (1.13, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 8%
    (0.75, 'last', 'CONTENT'),                # the last content word: 6%
    (-1.17, 'query_distance', 'CONTENT', 0),  # away from itself, from content words: 5%
    (0.62, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 4%
    (-0.9, 'key_class', 'DET'),               # away from determiners: 2%
    (-2.13, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 2%
    (1.78, 'query_distance', 'CONJ', 1),      # the previous token, from conjunctions: 1%
    (0.51, 'key_class', 'VERB_ING'),          # -ing verbs: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
