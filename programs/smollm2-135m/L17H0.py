"""Mostly a first-token sink; otherwise earlier copies of the query token, content word -> first token and the token '.'.

head: L17H0
heldout_iou: 0.473
heldout_iou_no_bos: 0.348
name: L17H0
form: terms
terms: 13
origin: synthesized (search/terms)
target: L17H0
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.02, 'first'),                          # a first-token sink: 56%
    (1.46, 'same_token'),                     # earlier copies of the query token: 5%
    (0.45, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 3%
    (0.79, 'key_token', '.'),                 # the token '.': 2%
    (0.22, 'key_class', 'CONTENT'),           # content words: 2%
    (1.51, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 2%
    (1.56, 'induction'),                      # the token after an earlier copy of the query (induction): 2%
    (-1.81, 'pair', 'PRON_SUBJ', 'BOS'),      # away from subject pronoun -> first token: 1%
    (0.3, 'key_class', 'PERIOD'),             # periods: 1%
    (-0.39, 'key_class', 'DET'),              # away from determiners: 1%
    (-1.51, 'pair', 'PRON_OBJ', 'BOS'),       # away from object pronoun -> first token: 1%
    (0.81, 'last', 'VERB_ED'),                # the last -ed verb: 1%
    (0.38, 'distance', 1),                    # the previous token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
