"""All attention on the first token (BOS, the attention sink).

name: first
origin: hand-written
target: none
"""
from surgery.lang import primitives as P


def attention(ctx):
    return P.first(ctx)
