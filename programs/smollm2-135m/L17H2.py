"""Mostly a first-token sink; otherwise periods, content words and recent tokens.

head: L17H2
heldout_iou: 0.614
heldout_iou_no_bos: 0.473
name: L17H2
form: terms
terms: 11
origin: synthesized (search/terms)
target: L17H2
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.99, 'first'),                          # a first-token sink: 56%
    (0.87, 'key_class', 'PERIOD'),            # periods: 3%
    (0.27, 'key_class', 'CONTENT'),           # content words: 3%
    (-0.09, 'log_distance'),                  # recent tokens: 2%
    (0.22, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 2%
    (-0.49, 'key_class', 'DET'),              # away from determiners: 1%
    (0.4, 'same_token'),                      # earlier copies of the query token: 1%
    (-0.61, 'key_class', 'AUX'),              # away from auxiliaries: 1%
    (0.53, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 1%
    (-0.51, 'pair', 'PRON_SUBJ', 'BOS'),      # away from subject pronoun -> first token: 1%
    (0.77, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
