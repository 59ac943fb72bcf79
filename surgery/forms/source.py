"""Short ("terms" form) programs as source text, and back.

A terms program lists its terms as one literal, ``TERMS``, ordered by their share of the attention
(:func:`surgery.lang.terms.shares`), each line commented with its signed meaning and that share,
which add up to 100% with an "other keys" line; its first docstring line is the English summary of
:func:`surgery.lang.terms.describe`, led by the real head's measured mass where synthesis measured it. :func:`read_terms` reads the list back without running
anything (``ast.literal_eval``), for tuning, compression and regression diffs, and
:class:`TermTables` computes many such programs on one context at once (what substitution uses).
"""
from __future__ import annotations

import ast

import numpy as np

from surgery.lang import terms as T
from surgery.runtime.program import attention_shape
from surgery.runtime.sandbox import ProgramError

ORIGIN = "synthesized (search/terms)"
SHARES_UP_TO = 64  # a program with more terms (a dense one) is written without shares: they cost seconds per term list


def program_source(head: str, terms: list[tuple[float, tuple]], share, origin: str = ORIGIN,
                   measured=None, probe=None, described: str | None = None) -> str:
    """The program of ``terms`` (``(weight, term)``) for ``head``.

    ``share``: each term's share of the attention (the real head's, or the program's own, as
    ``described`` says), then optionally the rest ("other"; default what the terms leave of 100%), as
    :func:`surgery.lang.terms.shares` gives them. Weights are written with two decimals (terms
    rounding to 0 dropped, their share counted as other), largest share first, each line
    commented with its signed phrase and its share in whole percent; an ``other`` line holds the
    rest, so the comments add up to 100%. ``measured``/``probe``: the real head's masses that the
    first docstring line leads with (:func:`surgery.lang.terms.describe`); ``described`` says on
    what they were measured (written into the docstring). ``share`` None: a dense program (every
    term of a full fit), listed by weight, without shares.
    """
    dense = share is None  # no shares: listed by weight, comments without a share
    share = np.zeros(len(terms)) if dense else np.asarray(share, dtype=np.float64)
    other = float(share[len(terms)]) if len(share) > len(terms) else max(0.0, 1.0 - float(share.sum()))
    rows = []
    for (w, t), m in zip(terms, share):
        if round(float(w), 2) == 0:
            other += float(m)
        else:
            rows.append((round(float(w), 2), tuple(t), float(m)))
    rows.sort(key=lambda r: -abs(r[0]) if dense else -r[2])
    listed = [(w, *t) for w, t, _ in rows]
    pct = T.percents([m for *_, m in rows] + [other]) if (rows or other) and not dense else [None] * len(rows)
    lines = [f"{f'    {(w, *t)!r},':<46}# {T.phrase(t, w)}" + ("" if p is None else f": {p}%")
             for (w, t, _), p in zip(rows, pct)]
    if pct and pct[-1]:
        lines.append(f"{'':<46}# other keys: {pct[-1]}%")
    summary = T.describe(listed, [m for *_, m in rows], measured, probe)
    described = described or "lead and shares: the program's own attention (not measured on the head)"
    return _TEMPLATE.format(summary=summary, head=head, n=len(rows), origin=origin, terms="\n".join(lines),
                            described=described)


_TEMPLATE = '''"""{summary}

name: {head}
form: terms
terms: {n}
origin: {origin}
target: {head}
described: {described}
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
{terms}
]


def attention(ctx):
    return T.scores(ctx, TERMS)
'''


_BODY = [ast.Expr, ast.ImportFrom, ast.Assign, ast.FunctionDef]  # the template's statements, in order
_ATTENTION = attention_shape(ast.parse(_TEMPLATE.format(summary="", head="", n=0, origin="", terms="", described="")))


def read_terms(source: str) -> list[tuple[float, tuple]] | None:
    """``[(weight, term), ...]`` of a program written from the terms template, else None.

    Only literals are read, and the module must be the template's own statements (docstring, the
    ``surgery.lang.terms`` import, the ``TERMS`` literal, the template's ``attention`` function), so
    the list says everything the program computes. A list with an unknown term is not a terms program.
    """
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return None
    if attention_shape(tree) != _ATTENTION or [type(node) for node in tree.body] != _BODY:
        return None
    imported = tree.body[1]
    if imported.module != "surgery.lang" or [(a.name, a.asname) for a in imported.names] != [("terms", "T")]:
        return None
    node = tree.body[2]
    if [getattr(t, "id", None) for t in node.targets] != ["TERMS"]:
        return None
    try:
        rows = ast.literal_eval(node.value)
        return [(float(r[0]), T.check(tuple(r[1:]))) for r in rows]
    except (ValueError, TypeError, SyntaxError, IndexError):
        return None


class TermTables:
    """Many terms programs as weight tables, one per term family used (``[S]`` for a scalar family,
    ``[S, *slots]`` for a table family, ``surgery.lang.terms.FAMILIES``), so their logits on a
    context take a few array operations whatever the number of programs or terms: every table
    family is one gather at the context's slots (classes, distances, tokens), the scalar families
    one product with their features (the numpy twin of ``surgery.synthesize.tensors.logits``).
    """

    def __init__(self, programs: list[list[tuple[float, tuple]]], names: list[str] | None = None):
        self.names = names
        used = dict.fromkeys(t[0] for terms in programs for _, t in terms)
        self.scalars = [name for name in used if not T.FAMILIES[name].args]
        self.vocab = tuple(dict.fromkeys(  # key tokens listed by any program: each has a slot
            value for terms in programs for _, (name, *args) in terms
            for axis, value in zip(T.FAMILIES[name].args, args) if axis == "token"))
        self.scalar = np.zeros((len(programs), len(self.scalars)), dtype=np.float32)
        self.tables = {name: np.zeros((len(programs), *[T.AXES[a].size(len(self.vocab)) for a in T.FAMILIES[name].args]),
                                      dtype=np.float32) for name in used if T.FAMILIES[name].args}
        for i, terms in enumerate(programs):
            for w, (name, *args) in terms:
                if name in self.tables:
                    slots = tuple(T.AXES[a].slot(v, self.vocab) for a, v in zip(T.FAMILIES[name].args, args))
                    self.tables[name][(i, *slots)] += w
                else:
                    self.scalar[i, self.scalars.index(name)] += w

    BLOCK = 64  # a whole pattern is computed in blocks of this many rows, each over the keys up to its last row

    def logits(self, ctx, rows: np.ndarray, keys: int | None = None, block: bool = False) -> np.ndarray:
        """float32 [S, r, m] logits of every program at the query rows ``rows`` of ``ctx``, over its
        first ``keys`` keys (default all n; keys after a row are masked by the caller anyway).
        ``block``: the rows are a block of a whole pattern, so the scalar features are taken from the
        whole ones remembered on the context instead of being computed for these rows alone."""
        n = ctx.n
        m = n if keys is None else keys
        whole = len(rows) == n and np.array_equal(rows, np.arange(n))
        # programs innermost, the layout of a gather table[:, slots...]: adding the gathers is fast
        out = np.zeros((len(rows), m, len(self.scalar)), dtype=np.float32).transpose(2, 0, 1)
        side = {"query": np.float32(0), "key": np.float32(0)}  # families of the query alone [S, r, 1], the key alone [S, 1, m]
        for name, table in self.tables.items():
            family = T.FAMILIES[name]
            at = tuple(T.axis_slots(ctx, a, rows, self.vocab)[:, :m] for a in family.args)  # [r | 1, m | 1] each
            value = table[(slice(None), *at)]  # [S, r | 1, m | 1]
            on = {T.AXES[a].on for a in family.args}
            if family.gate is not None:
                out += value * family.gate(ctx, rows)[:, :m]
            elif len(on) == 1 and on <= set(side):  # one side only: added to the others of that side first
                (where,) = on
                side[where] = side[where] + value
            else:
                out += value
        out += side["query"] + side["key"]
        if self.scalars:
            def scalar(name: str) -> np.ndarray:  # [r, m]
                if whole:
                    return T.feature(ctx, (name,))
                if block:  # the remembered whole feature, cut to the block
                    return T.feature(ctx, (name,))[rows, :m]
                return T.feature(ctx, (name,), rows)[:, :m]  # a few rows: only theirs are computed

            feats = np.stack([scalar(name) for name in self.scalars])
            out += np.einsum("sf,frn->srn", self.scalar, feats)
        return out

    def patterns(self, ctx, rows: np.ndarray | None = None, which: list[int] | None = None) -> np.ndarray:
        """float32 [S, r, n]: the normalized patterns, as each program's ``attention`` followed by
        ``normalize`` gives them (to float32 rounding: the sums run in another order), at query
        ``rows`` (default all n); ``which`` programs only (default all).

        A row of a terms program depends on that row's terms only, so a forward that needs a few
        query rows (a continuation on a key-value cache) pays for those rows alone.
        """
        n = ctx.n
        if rows is None and n > self.BLOCK:  # whole pattern: keys after a block's last row are all zero
            out = np.zeros((len(self.scalar) if which is None else len(which), n, n), dtype=np.float32)
            for lo in range(0, n, self.BLOCK):
                hi = min(lo + self.BLOCK, n)
                out[:, lo:hi, :hi] = self._rows(ctx, np.arange(lo, hi), which, hi, block=True)
            return out
        return self._rows(ctx, np.arange(n) if rows is None else np.asarray(rows), which, n)

    def _rows(self, ctx, rows: np.ndarray, which: list[int] | None, keys: int, block: bool = False) -> np.ndarray:
        with np.errstate(invalid="ignore", over="ignore"):  # infinite weights: refused just below
            lg = self.logits(ctx, rows, keys, block)
            if which is not None:
                lg = lg[which]
            causal = np.arange(keys)[None, :] <= rows[:, None]  # [r, keys]
            top = np.where(causal, lg, -np.inf).max(axis=-1, keepdims=True)
            scores = np.where(causal, np.exp(np.minimum(lg - top, 0.0)), np.float32(0))
        bad = ~np.isfinite(scores).all(axis=(1, 2))
        if bad.any():
            i = int(np.argmax(bad))
            i = i if which is None else which[i]
            raise ProgramError(f"{self.names[i] if self.names else f'program {i}'}: returned NaN or inf")
        return scores / scores.sum(axis=-1, keepdims=True)  # each row's largest score is 1: never empty

