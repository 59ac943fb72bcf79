"""The token three positions back.

name: previous_3
origin: hand-written
target: none
"""
from surgery.lang import primitives as P


def attention(ctx):
    return P.previous(ctx, 3)
