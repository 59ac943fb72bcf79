"""Uniform over every earlier token and itself.

name: uniform
origin: hand-written
target: none
"""
from surgery.lang import primitives as P


def attention(ctx):
    return P.uniform(ctx)
