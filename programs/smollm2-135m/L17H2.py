"""Mostly a first-token sink; otherwise periods, content words and recent tokens.

head: L17H2
heldout_iou: 0.611
heldout_iou_no_bos: 0.472
name: L17H2
form: terms
terms: 10
origin: synthesized (search/terms)
target: L17H2
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.08, 'first'),                          # a first-token sink: 56%
    (0.92, 'key_class', 'PERIOD'),            # periods: 3%
    (0.29, 'key_class', 'CONTENT'),           # content words: 3%
    (-0.07, 'log_distance'),                  # recent tokens: 2%
    (-0.46, 'key_class', 'DET'),              # away from determiners: 1%
    (0.14, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 1%
    (0.36, 'same_token'),                     # earlier copies of the query token: 1%
    (-0.57, 'pair', 'PRON_SUBJ', 'BOS'),      # away from subject pronoun -> first token: 1%
    (0.33, 'last', 'CONTENT'),                # the last content word: 1%
    (0.8, 'induction'),                       # the token after an earlier copy of the query (induction): 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
