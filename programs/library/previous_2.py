"""The token two positions back.

name: previous_2
origin: hand-written
target: none
"""
from surgery.lang import primitives as P


def attention(ctx):
    return P.previous(ctx, 2)
