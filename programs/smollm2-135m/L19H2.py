"""Mostly a first-token sink; otherwise recent tokens, the query's own sentence and periods.

head: L19H2
heldout_iou: 0.616
heldout_iou_no_bos: 0.562
name: L19H2
form: terms
terms: 12
origin: synthesized (search/terms)
target: L19H2
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.06, 'first'),                          # a first-token sink: 43%
    (-0.42, 'log_distance'),                  # recent tokens: 14%
    (0.92, 'same_sentence'),                  # the query's own sentence: 14%
    (1.21, 'key_class', 'PERIOD'),            # periods: 5%
    (0.35, 'key_class', 'CONTENT'),           # content words: 5%
    (-0.53, 'same_word'),                     # away from the query's own word: 3%
    (0.35, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 3%
    (-0.58, 'key_class', 'DET'),              # away from determiners: 2%
    (0.55, 'key_class', 'NAME'),              # names: 1%
    (0.71, 'pair', 'NAME', 'BOS'),            # name -> first token: 1%
    (0.1, 'same_token'),                      # earlier copies of the query token: 1%
    (1.05, 'key_class', 'QUOTE'),             # quotation marks: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
