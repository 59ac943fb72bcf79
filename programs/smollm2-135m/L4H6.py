"""Mainly the token ' the'; otherwise a first-token sink, the query's own sentence and away from the last determiner.

head: L4H6
heldout_iou: 0.413
heldout_iou_no_bos: 0.363
name: L4H6
form: terms
terms: 15
origin: synthesized (search/terms)
target: L4H6
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.04, 'key_token', ' the'),              # the token ' the': 32%
    (3.66, 'first'),                          # a first-token sink: 26%
    (1.42, 'same_sentence'),                  # the query's own sentence: 21%
    (-1.38, 'last', 'DET'),                   # away from the last determiner: 10%
    (-0.25, 'log_distance'),                  # recent tokens: 8%
    (1.89, 'after', 'CONTENT', 'TO'),         # content word -> the token after a 'to': 4%
    (0.89, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 4%
    (1.24, 'after', 'CONTENT', 'PREP'),       # content word -> the token after a preposition: 3%
    (-1.64, 'key_class', 'NAME'),             # away from names: 2%
    (0.7, 'last', 'AUX'),                     # the last auxiliary: 2%
    (0.92, 'last', 'VERB_ED'),                # the last -ed verb: 2%
    (1.2, 'last', 'PERIOD'),                  # the last period: 2%
    (0.87, 'key_distance', 'CONTENT', 1),     # the previous token when a content word: 2%
    (-0.35, 'pair', 'CONTENT', 'CONTENT'),    # away from content word -> content word: 1%
    (1.36, 'word_start'),                     # word starts: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
