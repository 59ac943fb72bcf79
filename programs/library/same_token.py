"""Earlier occurrences of the same token; BOS when there are none.

name: same_token
origin: hand-written
target: none
"""
from surgery.lang import primitives as P


def attention(ctx):
    return P.same_token(ctx)
