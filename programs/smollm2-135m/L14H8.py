"""Mostly a first-token sink; otherwise recent tokens, the query's own sentence and periods.

head: L14H8
heldout_iou: 0.450
heldout_iou_no_bos: 0.412
name: L14H8
form: terms
terms: 8
origin: synthesized (search/terms)
target: L14H8
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.05, 'first'),                          # a first-token sink: 29%
    (-0.37, 'log_distance'),                  # recent tokens: 12%
    (0.52, 'same_sentence'),                  # the query's own sentence: 8%
    (1.2, 'key_class', 'PERIOD'),             # periods: 7%
    (-0.65, 'same_word'),                     # away from the query's own word: 4%
    (-1.02, 'key_class', 'DET'),              # away from determiners: 3%
    (0.2, 'key_class', 'CONTENT'),            # content words: 3%
    (1.23, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 2%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
