"""Short ("terms" form) programs as source text, and back.

A terms program lists its terms as one literal, ``TERMS``, ordered by the attention mass each
moves, each line commented with its meaning and that mass; its first docstring line is the English
summary of :func:`programs.terms.describe`. :func:`read_terms` reads the list back without running
anything (``ast.literal_eval``), for tuning, compression and regression diffs.
"""
from __future__ import annotations

import ast

from programs import terms as T
from surgery.runtime.program import attention_shape

ORIGIN = "synthesized (search/terms)"


def program_source(head: str, terms: list[tuple[float, tuple]], mass, origin: str = ORIGIN) -> str:
    """The program of ``terms`` (``(weight, term)``) for ``head``; ``mass`` is each term's mass moved.

    Terms are written largest mass first; weights with two decimals (terms rounding to 0 dropped).
    """
    rows = sorted(((round(float(w), 2), tuple(t), float(m)) for (w, t), m in zip(terms, mass)), key=lambda r: -r[2])
    rows = [r for r in rows if r[0] != 0]
    listed = [(w, *t) for w, t, _ in rows]
    lines = []
    for w, t, m in rows:
        code = f"    {(w, *t)!r},"
        lines.append(f"{code:<46}# {T.phrase(t, w)}: {m:.0%}")
    summary = T.describe(listed, [m for *_, m in rows])
    return _TEMPLATE.format(summary=summary, head=head, n=len(rows), origin=origin, terms="\n".join(lines))


_TEMPLATE = '''"""{summary}

name: {head}
form: terms
terms: {n}
origin: {origin}
target: {head}
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
{terms}
]


def attention(ctx):
    return T.scores(ctx, TERMS)
'''


_ATTENTION = attention_shape(ast.parse(_TEMPLATE.format(summary="", head="", n=0, origin="", terms="")))


def read_terms(source: str) -> list[tuple[float, tuple]] | None:
    """``[(weight, term), ...]`` of a program written from the terms template, else None.

    Only literals are read, and the ``attention`` function must be the template's own, so the
    list says everything the program computes. A list with an unknown term is not a terms program.
    """
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return None
    if attention_shape(tree) != _ATTENTION:
        return None
    for node in tree.body:
        if isinstance(node, ast.Assign) and [getattr(t, "id", None) for t in node.targets] == ["TERMS"]:
            try:
                rows = ast.literal_eval(node.value)
                return [(float(r[0]), T.check(tuple(r[1:]))) for r in rows]
            except (ValueError, TypeError, SyntaxError, IndexError):
                return None
    return None

