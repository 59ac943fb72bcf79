"""Previous token within a word, self at word starts.

name: previous_unless_word_start
origin: hand-written
target: none
"""
from surgery.lang import primitives as P


def attention(ctx):
    return P.fallback(P.gate_queries(P.previous(ctx), ~ctx.is_word_start), P.self_token(ctx))
