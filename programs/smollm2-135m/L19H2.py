"""Mostly a first-token sink; otherwise the query's own sentence, recent tokens and periods.

head: L19H2
heldout_iou: 0.612
heldout_iou_no_bos: 0.558
name: L19H2
form: terms
terms: 8
origin: synthesized (search/terms)
target: L19H2
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.05, 'first'),                          # a first-token sink: 43%
    (1.0, 'same_sentence'),                   # the query's own sentence: 15%
    (-0.42, 'log_distance'),                  # recent tokens: 15%
    (1.23, 'key_class', 'PERIOD'),            # periods: 5%
    (0.29, 'key_class', 'CONTENT'),           # content words: 4%
    (-0.43, 'same_word'),                     # away from the query's own word: 3%
    (0.33, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 2%
    (-0.58, 'key_class', 'DET'),              # away from determiners: 2%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
