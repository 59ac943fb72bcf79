"""0.5 first + 0.3 previous + 0.2 self.

name: first_previous_self
origin: hand-written
target: none
"""
from surgery.lang import primitives as P


def attention(ctx):
    return P.mix((0.5, P.first(ctx)), (0.3, P.previous(ctx)), (0.2, P.self_token(ctx)))
