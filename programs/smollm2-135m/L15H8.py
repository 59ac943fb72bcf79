"""Mostly a first-token sink; otherwise content words, periods and the last period.

head: L15H8
heldout_iou: 0.668
heldout_iou_no_bos: 0.476
name: L15H8
form: terms
terms: 8
origin: synthesized (search/terms)
target: L15H8
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.21, 'first'),                          # a first-token sink: 58%
    (0.41, 'key_class', 'CONTENT'),           # content words: 4%
    (0.91, 'key_class', 'PERIOD'),            # periods: 4%
    (0.65, 'last', 'PERIOD'),                 # the last period: 2%
    (-0.7, 'key_class', 'DET'),               # away from determiners: 1%
    (-0.16, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 1%
    (-0.86, 'pair', 'PRON_SUBJ', 'BOS'),      # away from subject pronoun -> first token: 1%
    (0.64, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
