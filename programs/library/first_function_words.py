"""0.5 first + 0.5 function words so far.

name: first_function_words
origin: hand-written
target: none
"""
from surgery.lang import primitives as P


def attention(ctx):
    return P.mix((0.5, P.first(ctx)), (0.5, P.function_words(ctx)))
