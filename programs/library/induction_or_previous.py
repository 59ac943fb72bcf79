"""Induction where the token occurred before, else the previous token.

name: induction_or_previous
origin: hand-written
target: none
"""
from surgery.lang import primitives as P


def attention(ctx):
    return P.fallback(P.induction(ctx), P.previous(ctx))
