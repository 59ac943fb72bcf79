"""0.5 first + 0.5 most recent content word.

name: first_last_content
origin: hand-written
target: none
"""
from surgery.lang import primitives as P


def attention(ctx):
    return P.mix((0.5, P.first(ctx)), (0.5, P.last_content_word(ctx)))
