"""From function words (pronouns etc.), the most recent name; BOS otherwise.

name: name_from_pronoun
origin: hand-written
target: none
"""
from surgery.lang import primitives as P


def attention(ctx):
    return P.gate_queries(P.last_name(ctx), ctx.is_function_word)
