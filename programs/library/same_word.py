"""Earlier occurrences of the same word; BOS when there are none.

name: same_word
origin: hand-written
target: none
"""
from surgery.lang import primitives as P


def attention(ctx):
    return P.same_word(ctx)
