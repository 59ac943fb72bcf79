"""Earlier occurrences of the same token, else itself.

name: same_token_or_self
origin: hand-written
target: none
"""
from surgery.lang import primitives as P


def attention(ctx):
    return P.fallback(P.same_token(ctx), P.self_token(ctx))
