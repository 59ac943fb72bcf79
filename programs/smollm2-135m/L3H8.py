"""Mainly a first-token sink; otherwise the query's own sentence, recent tokens and the token ' the'.

head: L3H8
heldout_iou: 0.503
heldout_iou_no_bos: 0.474
name: L3H8
form: terms
terms: 15
origin: synthesized (search/terms)
target: L3H8
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (2.92, 'first'),                          # a first-token sink: 20%
    (1.02, 'same_sentence'),                  # the query's own sentence: 19%
    (-0.24, 'log_distance'),                  # recent tokens: 10%
    (1.63, 'key_token', ' the'),              # the token ' the': 8%
    (-0.58, 'last', 'DET'),                   # away from the last determiner: 3%
    (0.9, 'key_distance', 'CONTENT', 1),      # the previous token when a content word: 3%
    (0.36, 'distance', 2),                    # the token 2 back: 2%
    (0.1, 'key_class', 'CONTENT'),            # content words: 2%
    (0.72, 'last', 'PERIOD'),                 # the last period: 2%
    (0.88, 'pair', 'DET', 'DET'),             # determiner -> determiner: 2%
    (0.6, 'word_start'),                      # word starts: 1%
    (0.14, 'last', 'CONTENT'),                # the last content word: 1%
    (0.49, 'last', 'NAME'),                   # the last name: 1%
    (-0.77, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 1%
    (0.75, 'query_distance', 'AUX', 1),       # the previous token, from auxiliaries: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
