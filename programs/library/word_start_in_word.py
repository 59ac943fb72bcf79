"""Inside a multi-token word, its first token; BOS at word starts.

name: word_start_in_word
origin: hand-written
target: none
"""
from surgery.lang import primitives as P


def attention(ctx):
    return P.gate_queries(P.word_start(ctx), ~ctx.is_word_start)
