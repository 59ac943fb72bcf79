"""Mostly a first-token sink; otherwise recent tokens, earlier copies of the query token and content word -> first token.

head: L17H0
heldout_iou: 0.482
heldout_iou_no_bos: 0.360
name: L17H0
form: terms
terms: 14
origin: synthesized (search/terms)
target: L17H0
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.21, 'first'),                          # a first-token sink: 56%
    (-0.19, 'log_distance'),                  # recent tokens: 6%
    (1.18, 'same_token'),                     # earlier copies of the query token: 5%
    (0.36, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 3%
    (0.72, 'key_class', 'PERIOD'),            # periods: 2%
    (0.65, 'last', 'CONTENT'),                # the last content word: 2%
    (-1.4, 'pair', 'PRON_SUBJ', 'BOS'),       # away from subject pronoun -> first token: 2%
    (-1.12, 'pair', 'AUX', 'BOS'),            # away from auxiliary -> first token: 1%
    (-0.81, 'key_class', 'AUX'),              # away from auxiliaries: 1%
    (-0.5, 'key_class', 'DET'),               # away from determiners: 1%
    (0.11, 'key_class', 'CONTENT'),           # content words: 1%
    (1.31, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (0.63, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 1%
    (-1.1, 'pair', 'PRON_OBJ', 'BOS'),        # away from object pronoun -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
