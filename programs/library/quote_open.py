"""Inside a quotation, its opening quote mark.

name: quote_open
origin: hand-written
target: none
"""
from surgery.lang import primitives as P


def attention(ctx):
    return P.quote_open(ctx)
