"""Mainly the token ' the'; otherwise a first-token sink, the previous token and the query's own sentence.

head: L5H7
heldout_iou: 0.443
heldout_iou_no_bos: 0.392
name: L5H7
form: terms
terms: 14
origin: synthesized (search/terms)
target: L5H7
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.17, 'key_token', ' the'),              # the token ' the': 39%
    (5.53, 'first'),                          # a first-token sink: 32%
    (3.42, 'distance', 1),                    # the previous token: 20%
    (1.16, 'same_sentence'),                  # the query's own sentence: 15%
    (-1.73, 'last', 'DET'),                   # away from the last determiner: 12%
    (2.01, 'last', 'PRON_SUBJ'),              # the last subject pronoun: 4%
    (1.33, 'same_word'),                      # the query's own word: 3%
    (1.52, 'distance', 2),                    # the token 2 back: 3%
    (1.91, 'query_distance', 'PREP', 1),      # the previous token, from prepositions: 2%
    (1.65, 'query_distance', 'AUX', 1),       # the previous token, from auxiliaries: 1%
    (2.66, 'query_distance', 'TO', 1),        # the previous token, from 'to': 1%
    (-2.32, 'after', 'PERIOD', 'CONTENT'),    # away from period -> the token after a content word: 1%
    (-1.76, 'key_class', 'NAME'),             # away from names: 1%
    (-2.58, 'query_distance', 'NAME', 1),     # away from the previous token, from names: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
