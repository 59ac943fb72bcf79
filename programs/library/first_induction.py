"""0.5 first + 0.5 induction.

name: first_induction
origin: hand-written
target: none
"""
from surgery.lang import primitives as P


def attention(ctx):
    return P.mix((0.5, P.first(ctx)), (0.5, P.induction(ctx)))
