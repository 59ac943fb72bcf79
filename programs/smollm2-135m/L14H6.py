"""Mostly a first-token sink; otherwise recent tokens, the query's own sentence and periods.

head: L14H6
heldout_iou: 0.564
heldout_iou_no_bos: 0.447
name: L14H6
form: terms
terms: 12
origin: synthesized (search/terms)
target: L14H6
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.26, 'first'),                          # a first-token sink: 55%
    (-0.49, 'log_distance'),                  # recent tokens: 12%
    (0.44, 'same_sentence'),                  # the query's own sentence: 5%
    (1.19, 'key_class', 'PERIOD'),            # periods: 5%
    (0.58, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 4%
    (-0.83, 'same_word'),                     # away from the query's own word: 3%
    (0.24, 'key_class', 'CONTENT'),           # content words: 3%
    (-0.81, 'key_class', 'DET'),              # away from determiners: 2%
    (-0.55, 'key_class', 'AUX'),              # away from auxiliaries: 1%
    (0.5, 'pair', 'DET', 'BOS'),              # determiner -> first token: 1%
    (0.94, 'pair', 'NAME', 'BOS'),            # name -> first token: 1%
    (-0.16, 'distance', 1),                   # the previous token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
