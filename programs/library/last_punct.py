"""The most recent punctuation token.

name: last_punct
origin: hand-written
target: none
"""
from surgery.lang import primitives as P


def attention(ctx):
    return P.last_punct(ctx)
