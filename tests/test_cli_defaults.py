"""Each default is defined once, in the stage's config dataclass.

The flags that set a config field are made by ``surgery.cli.fields.field_option``, which reads the
default from the field; no ``click.option`` beside it may write a default for a config field again.
"""
from __future__ import annotations

import ast
import dataclasses
import importlib
from pathlib import Path

import click
import pytest

from surgery.cli import cli

CLI = Path(__file__).resolve().parents[1] / "surgery" / "cli"
# command -> the frozen dataclass its flags map onto
CONFIGS = {
    "extract": "surgery.extract:ExtractConfig",
    "synthesize": "surgery.synthesize.synthesize:SynthConfig",
    "score": "surgery.cli.score:ScoreConfig",
    "eval": "surgery.evaluate.evaluate:EvalConfig",
    "sweep": "surgery.evaluate.evaluate:EvalConfig",
    "compress": "surgery.cli.compress:CompressConfig",
    "report": "surgery.cli.report:ReportConfig",
    "regress": "surgery.analyse.regress:RegressConfig",
    "roles": "surgery.analyse.roles:RolesConfig",
}


def config(spec: str):
    module, name = spec.split(":")
    return getattr(importlib.import_module(module), name)


# command module -> the commands whose config its flags set (options.py holds eval's and sweep's)
MODULES = {"options.py": "eval", "eval.py": "eval", "sweep.py": "sweep", **{f"{c}.py": c for c in CONFIGS}}


def field_names(module: str) -> set[str]:
    command = MODULES.get(module)
    return {f.name for f in dataclasses.fields(config(CONFIGS[command]))} if command else set()


def literal_defaults(source: str) -> list[tuple[int, str]]:
    """``(line, parameter)`` of every ``click.option(...)`` call in ``source`` that writes a default value."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "option"):
            continue
        if not any(k.arg == "default" and not (isinstance(k.value, ast.Constant) and k.value.value is None)
                   for k in node.keywords):
            continue  # default=None: "not given", no value of its own
        names = [a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
        plain = [n for n in names if not n.startswith("-")]
        flag = next((n for n in names if n.startswith("--")), "")
        found.append((node.lineno, plain[0] if plain else flag.split("/")[0].lstrip("-").replace("-", "_")))
    return found


def test_no_flag_writes_a_config_default_again():
    twice = [f"{path.name}:{line} --{name.replace('_', '-')}" for path in sorted(CLI.glob("*.py"))
             for line, name in literal_defaults(path.read_text()) if name in field_names(path.name)]
    assert not twice, f"defaults written beside their config field: {twice}"


def test_the_scan_finds_a_literal_default():
    source = 'import click\n@click.option("--max-terms", type=int, default=16)\ndef f(max_terms): pass\n'
    assert literal_defaults(source) == [(2, "max_terms")]


@pytest.mark.parametrize("name", sorted(CONFIGS))
def test_flags_show_the_config_defaults(name):
    """What ``--help`` shows is the field's default (field_option read it, nothing else set it)."""
    defaults = {f.name: f.default for f in dataclasses.fields(config(CONFIGS[name]))
                if f.default is not dataclasses.MISSING and f.default is not None}
    command = cli.get_command(None, name)
    shown = {p.name: p.get_default(click.Context(command), call=False) for p in command.params if p.name in defaults}
    assert shown, f"{name}: no flag maps onto a field of its config"
    for field, default in shown.items():
        want = ",".join(map(str, defaults[field])) if isinstance(defaults[field], tuple) else defaults[field]
        assert default == want, f"{name} --{field}: flag {default!r}, config {defaults[field]!r}"
