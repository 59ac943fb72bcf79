"""Mainly the token ' the'; otherwise a first-token sink, away from the last number and periods.

head: L7H3
heldout_iou: 0.554
heldout_iou_no_bos: 0.455
name: L7H3
form: terms
terms: 9
origin: synthesized (search/terms)
target: L7H3
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.26, 'key_token', ' the'),              # the token ' the': 36%
    (4.07, 'first'),                          # a first-token sink: 36%
    (-3.2, 'last', 'NUMBER'),                 # away from the last number: 3%
    (1.32, 'key_class', 'PERIOD'),            # periods: 3%
    (0.69, 'after', 'CONTENT', 'PREP'),       # content word -> the token after a preposition: 3%
    (0.25, 'embed_cosine'),                   # tokens similar to the query: 3%
    (3.13, 'key_class', 'NUMBER'),            # numbers: 2%
    (1.34, 'key_class', 'COMMA'),             # commas: 1%
    (-1.2, 'key_class', 'NAME'),              # away from names: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
