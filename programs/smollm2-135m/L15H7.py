"""Mostly a first-token sink; otherwise earlier copies of the query token, away from the query's own word and periods.

head: L15H7
heldout_iou: 0.524
heldout_iou_no_bos: 0.373
name: L15H7
form: terms
terms: 11
origin: synthesized (search/terms)
target: L15H7
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.87, 'first'),                          # a first-token sink: 49%
    (2.53, 'same_token'),                     # earlier copies of the query token: 9%
    (-1.09, 'same_word'),                     # away from the query's own word: 9%
    (0.79, 'key_class', 'PERIOD'),            # periods: 5%
    (1.25, 'last', 'PERIOD'),                 # the last period: 5%
    (0.25, 'key_class', 'CONTENT'),           # content words: 3%
    (-0.93, 'key_class', 'DET'),              # away from determiners: 2%
    (1.26, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 2%
    (-0.11, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 1%
    (0.98, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (1.68, 'key_token', ' mother'),           # the token ' mother': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
