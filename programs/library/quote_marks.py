"""Every quotation mark so far.

name: quote_marks
origin: hand-written
target: none
"""
from surgery.lang import primitives as P


def attention(ctx):
    return P.quote_marks(ctx)
