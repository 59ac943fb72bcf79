"""From content words, 0.5 previous content word + 0.5 BOS; BOS otherwise.

name: content_to_content
origin: hand-written
target: none
"""
from surgery.lang import primitives as P


def attention(ctx):
    return P.mix((0.5, P.first(ctx)), (0.5, P.gate_queries(P.last_content_word(ctx), P.content_mask(ctx))))
