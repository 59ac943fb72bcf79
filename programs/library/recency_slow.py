"""Exponential recency with decay 0.8.

name: recency_slow
origin: hand-written
target: none
"""
from surgery.lang import primitives as P


def attention(ctx):
    return P.recency(ctx, 0.8)
