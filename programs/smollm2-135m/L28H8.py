"""Mostly a first-token sink; otherwise periods, earlier copies of the query token and content word -> period.

head: L28H8
heldout_iou: 0.622
heldout_iou_no_bos: 0.461
name: L28H8
form: terms
terms: 11
origin: synthesized (search/terms)
target: L28H8
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.92, 'first'),                          # a first-token sink: 63%
    (2.03, 'key_class', 'PERIOD'),            # periods: 11%
    (1.75, 'same_token'),                     # earlier copies of the query token: 6%
    (0.93, 'pair', 'CONTENT', 'PERIOD'),      # content word -> period: 3%
    (-1.68, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 2%
    (1.21, 'key_token', ','),                 # the token ',': 1%
    (1.97, 'key_class', 'NEWLINE'),           # newlines: 1%
    (2.55, 'key_class', 'QUOTE'),             # quotation marks: 1%
    (0.91, 'pair', 'DET', 'BOS'),             # determiner -> first token: 1%
    (-0.6, 'key_class', 'PREP'),              # away from prepositions: 1%
    (-1.14, 'key_token', ' the'),             # away from the token ' the': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
