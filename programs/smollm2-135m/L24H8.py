"""Mostly a first-token sink; otherwise periods, the token '.' and away from content word -> first token.

head: L24H8
heldout_iou: 0.724
heldout_iou_no_bos: 0.452
name: L24H8
form: terms
terms: 9
origin: synthesized (search/terms)
target: L24H8
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.94, 'first'),                          # a first-token sink: 75%
    (2.01, 'key_class', 'PERIOD'),            # periods: 8%
    (0.95, 'key_token', '.'),                 # the token '.': 5%
    (-0.6, 'pair', 'CONTENT', 'BOS'),         # away from content word -> first token: 3%
    (2.12, 'key_class', 'CONJ'),              # conjunctions: 2%
    (2.18, 'key_class', 'COMMA'),             # commas: 2%
    (-1.18, 'key_class', 'CONTENT'),          # away from content words: 2%
    (1.09, 'pair', 'DET', 'BOS'),             # determiner -> first token: 1%
    (2.49, 'key_class', 'QUOTE'),             # quotation marks: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
