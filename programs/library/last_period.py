"""The end of the previous sentence.

name: last_period
origin: hand-written
target: none
"""
from surgery.lang import primitives as P


def attention(ctx):
    return P.last_period(ctx)
