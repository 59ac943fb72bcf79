"""Every token of the previous sentence.

name: previous_sentence
origin: hand-written
target: none
"""
from surgery.lang import primitives as P


def attention(ctx):
    return P.previous_sentence(ctx)
