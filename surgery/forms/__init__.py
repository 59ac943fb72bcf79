"""The generated program forms (terms, table): recognising, reading and writing their files.

A generated program says in its metadata which form it was written in (``form: terms``, or its
origin ``synthesized (search/terms)`` / ``synthesized (search/loglinear)``); the form's reader
(:func:`read_form`) then recognises the template's ``attention`` function and reads the numbers
back. A program that claims a form its code does not have (edited by hand, written by another
version) is reported by :func:`unrecognised`, never silently treated as something else.
"""
from __future__ import annotations

from surgery.forms import table, terms

FORMS = ("terms", "table")
_ORIGINS = {"terms": "search/terms", "table": "search/loglinear"}  # in the origin line of each form


class FormError(ValueError):
    """Programs that claim a generated form whose code is not that form's template."""


def claimed_form(meta: dict) -> str | None:
    """The generated form a program's metadata claims (``terms``, ``table``), or None."""
    origin = str(meta.get("origin", ""))
    if meta.get("form") == "terms" or _ORIGINS["terms"] in origin:
        return "terms"
    return "table" if _ORIGINS["table"] in origin else None


def read_form(source: str) -> tuple[str, object] | None:
    """``("terms", terms)`` or ``("table", tables)`` read from a generated program's source, else None."""
    found = terms.read_terms(source)
    if found is not None:
        return "terms", found
    tables = table.read_tables(source)
    return ("table", tables) if tables is not None else None


def unrecognised(programs) -> list[str]:
    """``"<file>: says <form> but ..."`` for each program whose claimed form its code does not have."""
    out = []
    for prog in programs:
        meta, source = getattr(prog, "meta", None), getattr(prog, "source", None)
        if not isinstance(meta, dict) or not isinstance(source, str):
            continue  # not a program file (a control pattern)
        claim = claimed_form(meta)
        got = read_form(source)
        if claim is not None and (got is None or got[0] != claim):
            where = getattr(prog, "path", None) or meta.get("name", "?")
            out.append(f"{where}: says it is a {claim}-form program, but its code is "
                       f"{'not that form' if got is None else 'the ' + got[0] + ' form'}")
    return out
