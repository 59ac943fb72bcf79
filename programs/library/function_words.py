"""Every function word so far.

name: function_words
origin: hand-written
target: none
"""
from surgery.lang import primitives as P


def attention(ctx):
    return P.function_words(ctx)
