"""Mostly a first-token sink; otherwise names, content words and away from period -> first token.

head: L28H2
heldout_iou: 0.714
heldout_iou_no_bos: 0.397
name: L28H2
form: terms
terms: 8
origin: synthesized (search/terms)
target: L28H2
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.85, 'first'),                          # a first-token sink: 79%
    (2.86, 'key_class', 'NAME'),              # names: 4%
    (0.74, 'key_class', 'CONTENT'),           # content words: 3%
    (-1.42, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 2%
    (-0.43, 'same_sentence'),                 # away from the query's own sentence: 1%
    (0.94, 'word_start'),                     # word starts: 1%
    (1.3, 'induction'),                       # the token after an earlier copy of the query (induction): 1%
    (-0.14, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
