"""Uniform over the current sentence so far.

name: same_sentence
origin: hand-written
target: none
"""
from surgery.lang import primitives as P


def attention(ctx):
    return P.same_sentence(ctx)
