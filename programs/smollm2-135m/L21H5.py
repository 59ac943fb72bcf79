"""Mostly a first-token sink; otherwise recent tokens, content words and names.

head: L21H5
heldout_iou: 0.579
heldout_iou_no_bos: 0.458
name: L21H5
form: terms
terms: 12
origin: synthesized (search/terms)
target: L21H5
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.16, 'first'),                          # a first-token sink: 53%
    (-0.31, 'log_distance'),                  # recent tokens: 8%
    (0.38, 'key_class', 'CONTENT'),           # content words: 4%
    (1.09, 'key_class', 'NAME'),              # names: 3%
    (0.64, 'same_token'),                     # earlier copies of the query token: 2%
    (0.29, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 2%
    (1.49, 'induction'),                      # the token after an earlier copy of the query (induction): 2%
    (2.21, 'pair', 'PERIOD', 'NAME'),         # period -> name: 1%
    (-0.1, 'same_sentence'),                  # away from the query's own sentence: 1%
    (-0.83, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 1%
    (0.52, 'word_start'),                     # word starts: 1%
    (-0.6, 'key_class', 'AUX'),               # away from auxiliaries: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
