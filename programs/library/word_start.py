"""The first token of the current word.

name: word_start
origin: hand-written
target: none
"""
from surgery.lang import primitives as P


def attention(ctx):
    return P.word_start(ctx)
