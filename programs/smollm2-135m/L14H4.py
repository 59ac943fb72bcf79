"""Mostly a first-token sink; otherwise the query's own sentence, content word -> first token and periods.

head: L14H4
heldout_iou: 0.556
heldout_iou_no_bos: 0.379
name: L14H4
form: terms
terms: 14
origin: synthesized (search/terms)
target: L14H4
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.36, 'first'),                          # a first-token sink: 66%
    (1.82, 'same_sentence'),                  # the query's own sentence: 16%
    (0.56, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 3%
    (1.36, 'key_class', 'PERIOD'),            # periods: 3%
    (-1.9, 'pair', 'PERIOD', 'BOS'),          # away from period -> first token: 3%
    (0.91, 'last', 'CONTENT'),                # the last content word: 3%
    (0.69, 'distance', 2),                    # the token 2 back: 2%
    (0.72, 'distance', 3),                    # the token 3 back: 2%
    (0.95, 'pair', 'DET', 'BOS'),             # determiner -> first token: 1%
    (0.74, 'last', 'PREP'),                   # the last preposition: 1%
    (-1.51, 'pair', 'CONJ', 'BOS'),           # away from conjunction -> first token: 1%
    (2.3, 'key_distance', 'PERIOD', 1),       # the previous token when a period: 1%
    (-0.64, 'pair', 'PRON_SUBJ', 'BOS'),      # away from subject pronoun -> first token: 1%
    (0.84, 'pair', 'NAME', 'BOS'),            # name -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
