"""Mostly a first-token sink; otherwise periods, earlier copies of the query token and away from period -> first token.

head: L28H8
heldout_iou: 0.623
heldout_iou_no_bos: 0.462
name: L28H8
form: terms
terms: 12
origin: synthesized (search/terms)
target: L28H8
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.99, 'first'),                          # a first-token sink: 63%
    (2.1, 'key_class', 'PERIOD'),             # periods: 11%
    (1.76, 'same_token'),                     # earlier copies of the query token: 6%
    (-1.88, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 2%
    (0.69, 'pair', 'CONTENT', 'PERIOD'),      # content word -> period: 2%
    (-0.24, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 2%
    (1.2, 'key_class', 'COMMA'),              # commas: 1%
    (2.0, 'key_class', 'NEWLINE'),            # newlines: 1%
    (2.41, 'key_class', 'QUOTE'),             # quotation marks: 1%
    (0.78, 'pair', 'DET', 'BOS'),             # determiner -> first token: 1%
    (-0.53, 'key_class', 'PREP'),             # away from prepositions: 1%
    (-1.12, 'key_token', ' the'),             # away from the token ' the': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
