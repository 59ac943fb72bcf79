"""The previous token.

name: previous
origin: hand-written
target: none
"""
from programs import primitives as P


def attention(ctx):
    return P.previous(ctx, 1)
