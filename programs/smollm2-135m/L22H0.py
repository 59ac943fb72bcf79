"""Mostly a first-token sink; otherwise recent tokens, the query's own sentence and periods.

head: L22H0
heldout_iou: 0.536
heldout_iou_no_bos: 0.404
name: L22H0
form: terms
terms: 13
origin: synthesized (search/terms)
target: L22H0
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.75, 'first'),                          # a first-token sink: 60%
    (-0.28, 'log_distance'),                  # recent tokens: 8%
    (0.67, 'same_sentence'),                  # the query's own sentence: 7%
    (1.48, 'key_class', 'PERIOD'),            # periods: 5%
    (0.46, 'key_class', 'CONTENT'),           # content words: 4%
    (0.46, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 3%
    (-1.11, 'pair', 'PRON_SUBJ', 'BOS'),      # away from subject pronoun -> first token: 1%
    (0.97, 'key_class', 'NAME'),              # names: 1%
    (1.67, 'pair', 'NAME', 'BOS'),            # name -> first token: 1%
    (0.26, 'last', 'PERIOD'),                 # the last period: 1%
    (1.99, 'key_token', ' mother'),           # the token ' mother': 1%
    (0.18, 'same_token'),                     # earlier copies of the query token: 1%
    (-0.31, 'key_class', 'DET'),              # away from determiners: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
