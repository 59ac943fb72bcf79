"""Induction: the token after an earlier occurrence of the current token.

name: induction
origin: hand-written
target: none
"""
from surgery.lang import primitives as P


def attention(ctx):
    return P.induction(ctx)
