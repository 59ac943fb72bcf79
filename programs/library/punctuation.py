"""Every punctuation token so far.

name: punctuation
origin: hand-written
target: none
"""
from programs import primitives as P


def attention(ctx):
    return P.punctuation(ctx)
