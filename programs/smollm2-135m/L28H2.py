"""Mostly a first-token sink; otherwise names, content words and away from period -> first token.

head: L28H2
heldout_iou: 0.713
heldout_iou_no_bos: 0.395
name: L28H2
form: terms
terms: 8
origin: synthesized (search/terms)
target: L28H2
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.78, 'first'),                          # a first-token sink: 78%
    (2.73, 'key_class', 'NAME'),              # names: 4%
    (0.65, 'key_class', 'CONTENT'),           # content words: 2%
    (-1.42, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 2%
    (-0.43, 'same_sentence'),                 # away from the query's own sentence: 2%
    (0.96, 'word_start'),                     # word starts: 1%
    (-0.16, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 1%
    (1.16, 'after', 'CONTENT', 'PERIOD'),     # content word -> the token after a period: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
