"""0.4 first + 0.4 induction + 0.2 previous.

name: induction_mix
origin: hand-written
target: none
"""
from surgery.lang import primitives as P


def attention(ctx):
    return P.mix((0.4, P.first(ctx)), (0.4, P.induction(ctx)), (0.2, P.previous(ctx)))
