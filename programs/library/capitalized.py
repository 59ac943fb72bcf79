"""Name-like tokens (capitalized, not sentence-initial).

name: capitalized
origin: hand-written
target: none
"""
from surgery.lang import primitives as P


def attention(ctx):
    return P.capitalized(ctx)
