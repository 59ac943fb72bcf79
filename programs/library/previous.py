"""The previous token.

name: previous
origin: hand-written
target: none
"""
from surgery.lang import primitives as P


def attention(ctx):
    return P.previous(ctx, 1)
