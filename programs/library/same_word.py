"""Earlier occurrences of the same word; BOS when there are none.

name: same_word
origin: hand-written
target: none
"""
from programs import primitives as P


def attention(ctx):
    return P.same_word(ctx)
