"""Mostly a first-token sink; otherwise recent tokens, the query's own sentence and content words.

head: L19H1
heldout_iou: 0.574
heldout_iou_no_bos: 0.522
name: L19H1
form: terms
terms: 12
origin: synthesized (search/terms)
target: L19H1
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.34, 'first'),                          # a first-token sink: 33%
    (-0.46, 'log_distance'),                  # recent tokens: 15%
    (0.47, 'same_sentence'),                  # the query's own sentence: 7%
    (0.38, 'key_class', 'CONTENT'),           # content words: 6%
    (0.99, 'key_class', 'PERIOD'),            # periods: 5%
    (-0.68, 'same_word'),                     # away from the query's own word: 4%
    (0.36, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 2%
    (0.76, 'key_class', 'NAME'),              # names: 2%
    (-0.49, 'key_class', 'DET'),              # away from determiners: 2%
    (-0.29, 'distance', 1),                   # the previous token: 1%
    (-0.58, 'key_class', 'AUX'),              # away from auxiliaries: 1%
    (1.02, 'pair', 'NAME', 'BOS'),            # name -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
