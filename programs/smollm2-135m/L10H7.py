"""Mainly recent tokens; otherwise the token ' the', the query's own sentence and away from the last determiner.

head: L10H7
heldout_iou: 0.483
heldout_iou_no_bos: 0.486
name: L10H7
form: terms
terms: 16
origin: synthesized (search/terms)
target: L10H7
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-0.55, 'log_distance'),                  # recent tokens: 20%
    (2.3, 'key_token', ' the'),               # the token ' the': 17%
    (0.54, 'same_sentence'),                  # the query's own sentence: 9%
    (-0.76, 'last', 'DET'),                   # away from the last determiner: 7%
    (-0.37, 'key_class', 'CONTENT'),          # away from content words: 6%
    (0.9, 'key_class', 'PERIOD'),             # periods: 5%
    (-1.47, 'key_class', 'NAME'),             # away from names: 3%
    (0.9, 'key_token', ' a'),                 # the token ' a': 2%
    (0.52, 'key_class', 'CONJ'),              # conjunctions: 2%
    (-0.15, 'same_word'),                     # away from the query's own word: 2%
    (-1.48, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 1%
    (-0.84, 'first'),                         # a first-token sink: 1%
    (0.96, 'pair', 'PREP', 'DET'),            # preposition -> determiner: 1%
    (-1.15, 'pair', 'PERIOD', 'DET'),         # away from period -> determiner: 1%
    (-0.33, 'query_distance', 'CONTENT', 0),  # away from itself, from content words: 1%
    (0.08, 'distance', 0),                    # the token itself: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
