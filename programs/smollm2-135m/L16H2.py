"""Mostly a first-token sink; otherwise the query's own sentence, the token 2 back and the last content word.

head: L16H2
heldout_iou: 0.566
heldout_iou_no_bos: 0.457
name: L16H2
form: terms
terms: 14
origin: synthesized (search/terms)
target: L16H2
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.37, 'first'),                          # a first-token sink: 54%
    (2.35, 'same_sentence'),                  # the query's own sentence: 31%
    (0.95, 'distance', 2),                    # the token 2 back: 5%
    (0.66, 'last', 'CONTENT'),                # the last content word: 4%
    (1.12, 'key_distance', 'CONTENT', 1),     # the previous token when a content word: 3%
    (0.61, 'distance', 3),                    # the token 3 back: 2%
    (1.77, 'pair', 'NAME', 'NAME'),           # name -> name: 2%
    (1.2, 'key_distance', 'CONTENT', 4),      # the token 4 back when a content word: 2%
    (-0.62, 'key_class', 'DET'),              # away from determiners: 2%
    (1.18, 'last', 'VERB_ING'),               # the last -ing verb: 1%
    (1.88, 'query_distance', 'CONJ', 1),      # the previous token, from conjunctions: 1%
    (0.33, 'key_distance', 'CONTENT', 2),     # the token 2 back when a content word: 1%
    (0.46, 'key_distance', 'CONTENT', 3),     # the token 3 back when a content word: 1%
    (1.05, 'last', 'PERIOD'),                 # the last period: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
