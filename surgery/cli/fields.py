"""Command-line options made from the fields of a stage's config dataclass.

A stage's settings are a frozen dataclass beside the stage (``SynthConfig`` beside synthesis, ...);
each field's default is written there and nowhere else. :func:`field_option` makes the click
option of one field, taking its default (and, for plain numbers, its type) from the field, so the
flag, ``--help`` and ``config.json`` cannot disagree. Only the help text is the option's own.

    >>> from dataclasses import dataclass
    >>> @dataclass(frozen=True)
    ... class Demo:
    ...     max_terms: int = 16
    ...     heads: tuple = ("L0H0", "L1H2")
    >>> @click.command()
    ... @field_option(Demo, "max_terms", help="Most terms per head.")
    ... @field_option(Demo, "heads", help="Heads, comma-separated.")
    ... def demo(max_terms, heads):
    ...     click.echo(f"{max_terms} {heads}")
    >>> from click.testing import CliRunner
    >>> CliRunner().invoke(demo, []).output
    '16 L0H0,L1H2\\n'
    >>> CliRunner().invoke(demo, ["--max-terms", "8"]).output
    '8 L0H0,L1H2\\n'
"""
from __future__ import annotations

import dataclasses
import typing
from typing import Any

import click


def field_default(config: type, name: str) -> Any:
    """The default of field ``name`` of the dataclass ``config`` (None when it has none)."""
    field = {f.name: f for f in dataclasses.fields(config)}.get(name)
    if field is None:
        raise AttributeError(f"{config.__name__} has no field {name!r}")
    if field.default is not dataclasses.MISSING:
        return field.default
    if field.default_factory is not dataclasses.MISSING:
        return field.default_factory()
    return None


def field_type(config: type, name: str) -> type | None:
    """``int`` or ``float`` when field ``name`` of ``config`` is annotated so (``int | None`` too), else None."""
    hint = typing.get_type_hints(config).get(name)
    options = typing.get_args(hint) or (hint,)
    numbers = [t for t in options if t in (int, float)]
    return numbers[0] if len(numbers) == 1 and all(t in (int, float, type(None)) for t in options) else None


def field_option(config: type, name: str, *decls: str, **kwargs):
    """The click option of field ``name`` of ``config`` (``--max-terms`` for ``max_terms``, unless
    ``decls`` names it), with the field's default and, for a number field, its type; a tuple
    default is shown comma-separated, as the flag takes it, and a bool default makes a flag."""
    default = field_default(config, name)
    if isinstance(default, tuple):
        default = ",".join(str(v) for v in default)
    if isinstance(default, bool) and not any("/" in d for d in decls):
        kwargs.setdefault("is_flag", True)
    elif "type" not in kwargs and field_type(config, name) is not None:
        kwargs["type"] = field_type(config, name)
    if default not in (None, "", False):
        kwargs.setdefault("show_default", True)
    return click.option(*(decls or (f"--{name.replace('_', '-')}",)), name, default=default, **kwargs)
