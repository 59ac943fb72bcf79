"""Every punctuation token so far.

name: punctuation
origin: hand-written
target: none
"""
from surgery.lang import primitives as P


def attention(ctx):
    return P.punctuation(ctx)
