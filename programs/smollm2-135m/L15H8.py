"""Mostly a first-token sink; otherwise periods, content words and the last period.

head: L15H8
heldout_iou: 0.669
heldout_iou_no_bos: 0.476
name: L15H8
form: terms
terms: 9
origin: synthesized (search/terms)
target: L15H8
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.29, 'first'),                          # a first-token sink: 59%
    (1.03, 'key_class', 'PERIOD'),            # periods: 4%
    (0.37, 'key_class', 'CONTENT'),           # content words: 3%
    (0.6, 'last', 'PERIOD'),                  # the last period: 2%
    (-0.23, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 2%
    (-0.54, 'key_class', 'DET'),              # away from determiners: 1%
    (-0.88, 'pair', 'PRON_SUBJ', 'BOS'),      # away from subject pronoun -> first token: 1%
    (0.65, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 1%
    (-0.67, 'pair', 'PRON_OBJ', 'BOS'),       # away from object pronoun -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
