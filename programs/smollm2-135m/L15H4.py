"""Mostly a first-token sink; otherwise the query's own sentence, periods and recent tokens.

head: L15H4
heldout_iou: 0.590
heldout_iou_no_bos: 0.484
name: L15H4
form: terms
terms: 10
origin: synthesized (search/terms)
target: L15H4
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.82, 'first'),                          # a first-token sink: 59%
    (1.34, 'same_sentence'),                  # the query's own sentence: 13%
    (1.84, 'key_class', 'PERIOD'),            # periods: 6%
    (-0.2, 'log_distance'),                   # recent tokens: 6%
    (0.25, 'key_class', 'CONTENT'),           # content words: 2%
    (0.88, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 1%
    (-0.18, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 1%
    (-0.57, 'key_class', 'DET'),              # away from determiners: 1%
    (-0.31, 'same_word'),                     # away from the query's own word: 1%
    (0.59, 'word_start'),                     # word starts: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
