"""From punctuation, the previous punctuation mark; BOS otherwise.

name: punct_from_punct
origin: hand-written
target: none
"""
from surgery.lang import primitives as P


def attention(ctx):
    return P.gate_queries(P.last_punct(ctx), ctx.is_punct)
