"""Mostly a first-token sink; otherwise away from content word -> first token, content words and periods.

head: L15H8
heldout_iou: 0.659
heldout_iou_no_bos: 0.474
name: L15H8
form: terms
terms: 6
origin: synthesized (search/terms)
target: L15H8
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.47, 'first'),                          # a first-token sink: 61%
    (-0.56, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 4%
    (0.35, 'key_class', 'CONTENT'),           # content words: 4%
    (1.27, 'key_class', 'PERIOD'),            # periods: 4%
    (-1.11, 'key_class', 'DET'),              # away from determiners: 2%
    (-0.9, 'pair', 'PRON_SUBJ', 'BOS'),       # away from subject pronoun -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
