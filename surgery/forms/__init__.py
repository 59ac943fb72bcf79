"""The generated program form (terms): recognising, reading and writing its files.

A generated program says in its metadata which form it was written in (``form: terms``, or its
origin ``synthesized (search/terms)``); the form's reader (:func:`read_form`) then recognises the
template's ``attention`` function and reads the terms back. A program that claims a form its
code does not have (edited by hand, written by another version) is reported by
:func:`unrecognised`, never silently treated as something else; so is a program of the retired
table form (origin ``synthesized (search/loglinear)``), with how to regenerate it.
"""
from __future__ import annotations

from surgery.forms import source as written

FORMS = ("terms",)
_ORIGINS = {"terms": "search/terms", "table": "search/loglinear"}  # in the origin line of each form
RETIRED = ("a table-form program, a form no longer supported: regenerate it with "
           "`surgery synthesize --form table` (now a dense terms program)")


class FormError(ValueError):
    """Programs that claim a generated form whose code is not that form's template."""


def claimed_form(meta: dict) -> str | None:
    """The generated form a program's metadata claims (``terms``, or the retired ``table``), or None."""
    origin = str(meta.get("origin", ""))
    if meta.get("form") == "terms" or _ORIGINS["terms"] in origin:
        return "terms"
    return "table" if _ORIGINS["table"] in origin else None


def read_form(source: str) -> tuple[str, object] | None:
    """``("terms", terms)`` read from a generated program's source, else None."""
    found = written.read_terms(source)
    return ("terms", found) if found is not None else None


def unrecognised(programs) -> list[str]:
    """``"<file>: says <form> but ..."`` for each program whose claimed form its code does not have."""
    out = []
    for prog in programs:
        meta, source = getattr(prog, "meta", None), getattr(prog, "source", None)
        if not isinstance(meta, dict) or not isinstance(source, str):
            continue  # not a program file (a control pattern)
        claim = claimed_form(meta)
        where = getattr(prog, "path", None) or meta.get("name", "?")
        if claim == "table":
            out.append(f"{where}: {RETIRED}")
        elif claim is not None and read_form(source) is None:
            out.append(f"{where}: says it is a {claim}-form program, but its code is not that form")
    return out
