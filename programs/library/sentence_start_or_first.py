"""0.6 first + 0.4 sentence start, from tokens after the first sentence word.

name: sentence_start_or_first
origin: hand-written
target: none
"""
from surgery.lang import primitives as P


def attention(ctx):
    return P.mix((0.6, P.first(ctx)), (0.4, P.gate_queries(P.sentence_start(ctx), ~ctx.is_sentence_end)))
