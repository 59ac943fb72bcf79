"""0.5 first + 0.5 start of the current sentence.

name: first_sentence_start
origin: hand-written
target: none
"""
from surgery.lang import primitives as P


def attention(ctx):
    return P.mix((0.5, P.first(ctx)), (0.5, P.sentence_start(ctx)))
