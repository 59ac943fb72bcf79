"""The start of the most recent content word before the current one.

name: last_content_word
origin: hand-written
target: none
"""
from surgery.lang import primitives as P


def attention(ctx):
    return P.last_content_word(ctx)
