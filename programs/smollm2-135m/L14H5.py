"""Mostly a first-token sink; otherwise earlier copies of the query token, content word -> content word and name -> name.

head: L14H5
heldout_iou: 0.704
heldout_iou_no_bos: 0.438
name: L14H5
form: terms
terms: 12
origin: synthesized (search/terms)
target: L14H5
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.46, 'first'),                          # a first-token sink: 79%
    (1.93, 'same_token'),                     # earlier copies of the query token: 4%
    (0.71, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 2%
    (1.36, 'pair', 'NAME', 'NAME'),           # name -> name: 1%
    (0.21, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 1%
    (-0.81, 'query_distance', 'CONTENT', 0),  # away from itself, from content words: 1%
    (0.72, 'pair', 'DET', 'BOS'),             # determiner -> first token: 1%
    (-0.62, 'key_class', 'DET'),              # away from determiners: 1%
    (1.44, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (-1.02, 'pair', 'PRON_SUBJ', 'BOS'),      # away from subject pronoun -> first token: 1%
    (0.4, 'key_class', 'PERIOD'),             # periods: 0%
    (-0.47, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
