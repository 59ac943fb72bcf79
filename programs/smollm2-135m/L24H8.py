"""Mostly a first-token sink; otherwise periods, the token '.' and away from content word -> first token.

head: L24H8
heldout_iou: 0.723
heldout_iou_no_bos: 0.450
name: L24H8
form: terms
terms: 9
origin: synthesized (search/terms)
target: L24H8
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.95, 'first'),                          # a first-token sink: 74%
    (2.13, 'key_class', 'PERIOD'),            # periods: 9%
    (1.01, 'key_token', '.'),                 # the token '.': 6%
    (-0.69, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 4%
    (2.19, 'key_class', 'CONJ'),              # conjunctions: 2%
    (2.25, 'key_class', 'COMMA'),             # commas: 2%
    (-1.19, 'key_class', 'CONTENT'),          # away from content words: 2%
    (0.99, 'pair', 'DET', 'BOS'),             # determiner -> first token: 1%
    (2.58, 'key_class', 'QUOTE'),             # quotation marks: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
