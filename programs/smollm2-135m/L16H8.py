"""Mainly a first-token sink; otherwise recent tokens, the query's own sentence and content words.

head: L16H8
heldout_iou: 0.493
heldout_iou_no_bos: 0.488
name: L16H8
form: terms
terms: 14
origin: synthesized (search/terms)
target: L16H8
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.3, 'first'),                           # a first-token sink: 39%
    (-0.67, 'log_distance'),                  # recent tokens: 23%
    (0.69, 'same_sentence'),                  # the query's own sentence: 13%
    (0.42, 'key_class', 'CONTENT'),           # content words: 7%
    (0.97, 'key_class', 'VERB_ED'),           # -ed verbs: 3%
    (-0.37, 'same_word'),                     # away from the query's own word: 2%
    (0.28, 'last', 'CONTENT'),                # the last content word: 2%
    (-0.3, 'distance', 0),                    # the token itself: 2%
    (-0.52, 'key_class', 'DET'),              # away from determiners: 1%
    (-1.58, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 1%
    (0.55, 'key_class', 'PERIOD'),            # periods: 1%
    (-0.2, 'same_token'),                     # away from earlier copies of the query token: 1%
    (-0.68, 'key_token', ' the'),             # away from the token ' the': 1%
    (0.4, 'key_class', 'VERB_ING'),           # -ing verbs: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
