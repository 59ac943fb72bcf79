"""Uniform over every earlier token and itself.

name: uniform
origin: hand-written
target: none
"""
from programs import primitives as P


def attention(ctx):
    return P.uniform(ctx)
