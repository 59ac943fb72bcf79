"""From punctuation, the previous punctuation mark; BOS otherwise.

name: punct_from_punct
origin: hand-written
target: none
"""
from programs import primitives as P


def attention(ctx):
    return P.gate_queries(P.last_punct(ctx), ctx.is_punct)
