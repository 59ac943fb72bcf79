"""0.5 first + 0.5 earlier occurrences of the same token.

name: first_same_token
origin: hand-written
target: none
"""
from surgery.lang import primitives as P


def attention(ctx):
    return P.mix((0.5, P.first(ctx)), (0.5, P.same_token(ctx)))
