"""Mostly the previous token; otherwise a first-token sink, recent tokens and the token 2 back.

head: L16H0
heldout_iou: 0.760
heldout_iou_no_bos: 0.857
name: L16H0
form: terms
terms: 12
origin: synthesized (search/terms)
target: L16H0
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.57, 'distance', 1),                    # the previous token: 76%
    (4.93, 'first'),                          # a first-token sink: 13%
    (-0.29, 'log_distance'),                  # recent tokens: 10%
    (3.56, 'distance', 2),                    # the token 2 back: 7%
    (0.97, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 2%
    (0.7, 'pair', 'CONTENT', 'BOS'),          # content word -> first token: 2%
    (0.69, 'key_distance', 'CONTENT', 2),     # the token 2 back when a content word: 1%
    (1.1, 'pair', 'NAME', 'BOS'),             # name -> first token: 1%
    (0.79, 'pair', 'DET', 'BOS'),             # determiner -> first token: 1%
    (1.72, 'key_distance', 'PREP', 2),        # the token 2 back when a preposition: 1%
    (1.03, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 1%
    (1.42, 'pair', 'PRON_SUBJ', 'BOS'),       # subject pronoun -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
