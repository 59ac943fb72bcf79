"""The table form: a head's program as six literal tables of class-pair, distance and key-token
logits plus five lexical weights (the full-fidelity form, ``surgery synthesize --form table``).

A fitted head is written as a program of fixed form (``_TEMPLATE``): the tables, the weights and
an ``attention`` function that hands them to ``surgery.lang.classes.loglinear_logits``. The same form
is read back (:func:`read_tables`, by ``ast.literal_eval``: nothing is executed), so that
``surgery.substitute.tune`` can fit a program's numbers further and write it again, and
``surgery compress`` can temper it as a template. The fit itself is ``surgery.synthesize.tablefit``.
"""
from __future__ import annotations

import ast

from surgery.runtime.program import attention_shape

TABLES = ("PAIR", "PREVIOUS_PAIR", "KEY_TOKEN", "QUERY_OFFSET", "KEY_OFFSET", "OFFSET")
SCALAR_NAMES = ("SAME_TOKEN", "INDUCTION", "SAME_SENTENCE", "EMBED_COSINE", "LOG_DISTANCE")  # = SCALARS
DEFAULT_ORIGIN = "synthesized (search/loglinear)"


def program_source(head: str, tables: dict, origin: str = DEFAULT_ORIGIN) -> str:
    """The program text of ``tables`` (as from :func:`program_tables`) for ``head``."""
    top = sorted(tables["PAIR"].items(), key=lambda kv: -kv[1])[:3]
    summary = ", ".join(f"{q}->{k}" for (q, k), _ in top) or "position only"
    shown = [t for t, v in sorted(tables["KEY_TOKEN"].items(), key=lambda kv: -kv[1]) if v > 0 and _plain(t)][:4]
    keys = ", ".join(repr(t) for t in shown) or "none"
    same, ind, sent, cos, logd = tables["SCALARS"]
    return _TEMPLATE.format(
        head=head, summary=summary, keys=keys, origin=origin, pair=_fmt_dict(tables["PAIR"]),
        prev=_fmt_dict(tables["PREVIOUS_PAIR"]), qoff=_fmt_dict(tables["QUERY_OFFSET"]),
        koff=_fmt_dict(tables["KEY_OFFSET"]), off=_fmt_dict(tables["OFFSET"]), key=_fmt_dict(tables["KEY_TOKEN"]),
        same=same, ind=ind, sent=sent, cos=cos, logd=logd,
    )


def _plain(token: str) -> bool:
    """Safe to quote inside the docstring: printable, no quotes or backslashes."""
    return token.strip() != "" and token.isprintable() and not set(token) & set("\"'\\")


def _fmt_dict(d: dict) -> str:
    if not d:
        return "{}"
    items = "".join(f"\n    {k!r}: {v}," for k, v in sorted(d.items(), key=lambda kv: str(kv[0])))
    return "{" + items + "\n}"


_TEMPLATE = '''"""Log-linear fit: strongest class pairs {summary}; favoured key tokens {keys}.

name: {head}
description: softmax over class-pair, distance and lexical terms; strongest pairs {summary}; key tokens {keys}
origin: {origin}
target: {head}
"""
import numpy as np

from surgery.lang import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {pair}
# logit added for (class of query, class of the token just before the key)
PREVIOUS_PAIR = {prev}
# logit added when the key is this token, whatever the query; tokens not listed add 0
KEY_TOKEN = {key}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {qoff}
# logit added for (class of key, distance q - k)
KEY_OFFSET = {koff}
# logit added for distance q - k, whatever the classes
OFFSET = {off}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = {same}, {ind}, {sent}, {cos}, {logd}


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE, PREVIOUS_PAIR, KEY_TOKEN, KEY_OFFSET)
    return C.softmax_scores(logits)
'''


def tempered_tables(tables: dict, temperature: float, bos_shift: float, bos: str) -> dict:
    """The tables of ``softmax(temperature * logit + bos_shift * [key is BOS])``: a template's instance.

    Every entry and lexical weight is scaled; BOS's key-token bias (``bos``: its token string) is
    shifted. Entries are rounded as written programs are.
    """
    def scaled(d: dict) -> dict:
        return {k: round(v * temperature, 2) for k, v in d.items()}

    out = {name: scaled(tables[name]) for name in TABLES}
    out["KEY_TOKEN"][bos] = round(out["KEY_TOKEN"].get(bos, 0.0) + bos_shift, 2)
    out["SCALARS"] = tuple(round(v * temperature, 2) for v in tables["SCALARS"])
    return out


def read_tables(source: str) -> dict | None:
    """The tables of a program written from ``_TEMPLATE`` (numbers may differ), else None.

    Only literals are read (``ast.literal_eval``) and the ``attention`` function must be the
    template's own, so the tables say everything the program computes.
    """
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return None
    if attention_shape(tree) != _TEMPLATE_ATTENTION:
        return None
    out: dict = {}
    try:
        for node in tree.body:
            if not (isinstance(node, ast.Assign) and len(node.targets) == 1):
                continue
            target = node.targets[0]
            if isinstance(target, ast.Name) and target.id in TABLES:
                out[target.id] = ast.literal_eval(node.value)
            elif isinstance(target, ast.Tuple) and [getattr(e, "id", None) for e in target.elts] == list(SCALAR_NAMES):
                out["SCALARS"] = tuple(float(v) for v in ast.literal_eval(node.value))
    except (ValueError, TypeError, SyntaxError):
        return None
    if set(out) != set(TABLES) | {"SCALARS"} or not all(isinstance(out[t], dict) for t in TABLES):
        return None
    return out


_TEMPLATE_ATTENTION = attention_shape(ast.parse(_TEMPLATE.format(
    head="", summary="", keys="", origin="", pair="{}", prev="{}", key="{}", qoff="{}", koff="{}", off="{}",
    same=0, ind=0, sent=0, cos=0, logd=0)))
