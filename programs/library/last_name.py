"""The most recent name-like token.

name: last_name
origin: hand-written
target: none
"""
from surgery.lang import primitives as P


def attention(ctx):
    return P.last_name(ctx)
