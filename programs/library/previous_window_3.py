"""Uniform over the three previous tokens.

name: previous_window_3
origin: hand-written
target: none
"""
from surgery.lang import primitives as P


def attention(ctx):
    return P.previous_window(ctx, 3)
