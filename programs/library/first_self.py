"""0.7 first + 0.3 self.

name: first_self
origin: hand-written
target: none
"""
from surgery.lang import primitives as P


def attention(ctx):
    return P.mix((0.7, P.first(ctx)), (0.3, P.self_token(ctx)))
