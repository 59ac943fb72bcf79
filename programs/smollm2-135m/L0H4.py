"""Mostly recent tokens; otherwise content words, auxiliaries and a first-token sink.

head: L0H4
heldout_iou: 0.633
heldout_iou_no_bos: 0.628
name: L0H4
form: terms
terms: 11
origin: synthesized (search/terms)
target: L0H4
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-0.53, 'log_distance'),                  # recent tokens: 19%
    (0.21, 'key_class', 'CONTENT'),           # content words: 4%
    (0.61, 'key_class', 'AUX'),               # auxiliaries: 4%
    (0.78, 'first'),                          # a first-token sink: 3%
    (0.54, 'key_class', 'PREP'),              # prepositions: 3%
    (0.27, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 2%
    (-0.69, 'key_class', 'PERIOD'),           # away from periods: 2%
    (-0.64, 'key_token', ' a'),               # away from the token ' a': 1%
    (-0.35, 'last', 'DET'),                   # away from the last determiner: 1%
    (1.06, 'pair', 'PREP', 'AUX'),            # preposition -> auxiliary: 1%
    (-0.79, 'pair', 'DET', 'DET'),            # away from determiner -> determiner: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
