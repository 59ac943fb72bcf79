"""Previous token, but only from content words (BOS otherwise).

name: previous_from_content
origin: hand-written
target: none
"""
from surgery.lang import primitives as P


def attention(ctx):
    return P.gate_queries(P.previous(ctx), P.content_mask(ctx))
