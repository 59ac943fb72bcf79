"""Mainly the token ' the'; otherwise a first-token sink, the previous token and the query's own sentence.

head: L5H7
heldout_iou: 0.439
heldout_iou_no_bos: 0.390
name: L5H7
form: terms
terms: 14
origin: synthesized (search/terms)
target: L5H7
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.29, 'key_token', ' the'),              # the token ' the': 38%
    (5.58, 'first'),                          # a first-token sink: 31%
    (3.64, 'distance', 1),                    # the previous token: 21%
    (1.12, 'same_sentence'),                  # the query's own sentence: 15%
    (-2.0, 'last', 'DET'),                    # away from the last determiner: 14%
    (2.23, 'last', 'PRON_SUBJ'),              # the last subject pronoun: 4%
    (1.56, 'distance', 2),                    # the token 2 back: 3%
    (1.13, 'same_word'),                      # the query's own word: 3%
    (1.92, 'query_distance', 'PREP', 1),      # the previous token, from prepositions: 2%
    (1.68, 'query_distance', 'AUX', 1),       # the previous token, from auxiliaries: 1%
    (2.68, 'query_distance', 'TO', 1),        # the previous token, from 'to': 1%
    (-3.51, 'query_distance', 'PERIOD', 1),   # away from the previous token, from periods: 1%
    (-1.58, 'key_class', 'NAME'),             # away from names: 1%
    (1.03, 'pair', 'NAME', 'BOS'),            # name -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
