"""Previous token, but only from function words (BOS otherwise).

name: previous_from_function
origin: hand-written
target: none
"""
from surgery.lang import primitives as P


def attention(ctx):
    return P.gate_queries(P.previous(ctx), ctx.is_function_word)
