"""Mostly a first-token sink; otherwise names, content words and away from the query's own sentence.

head: L28H2
heldout_iou: 0.707
heldout_iou_no_bos: 0.389
name: L28H2
form: terms
terms: 9
origin: synthesized (search/terms)
target: L28H2
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.76, 'first'),                          # a first-token sink: 73%
    (3.12, 'key_class', 'NAME'),              # names: 10%
    (1.01, 'key_class', 'CONTENT'),           # content words: 4%
    (-0.49, 'same_sentence'),                 # away from the query's own sentence: 3%
    (-1.17, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 1%
    (1.18, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (0.17, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 1%
    (1.56, 'after', 'CONTENT', 'PERIOD'),     # content word -> the token after a period: 1%
    (-1.15, 'after', 'CONTENT', 'NAME'),      # away from content word -> the token after a name: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
