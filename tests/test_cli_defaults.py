"""Each default is defined once: a CLI flag that maps onto a config field has that field's default.

Commands whose flags are made by ``surgery.cli.fields.field_option`` (synthesize) take their
defaults from the config itself and need no check; the others are held equal here until they do.
"""
from __future__ import annotations

import dataclasses
import importlib

import click
import pytest

from surgery.cli import cli

# command -> the frozen dataclass its flags map onto
CONFIGS = {
    "extract": "surgery.extract:ExtractConfig",
    "score": "surgery.cli.score:ScoreConfig",
    "eval": "surgery.evaluate.evaluate:EvalConfig",
    "sweep": "surgery.evaluate.evaluate:EvalConfig",
    "compress": "surgery.cli.compress:CompressConfig",
    "report": "surgery.cli.report:ReportConfig",
    "regress": "surgery.analyse.regress:RegressConfig",
    "roles": "surgery.analyse.roles:RolesConfig",
}


def _config(spec: str):
    module, name = spec.split(":")
    return getattr(importlib.import_module(module), name)


def _same(flag, field) -> bool:
    if isinstance(field, tuple) and isinstance(flag, str):  # comma-separated flags of tuple fields
        return tuple(x for x in flag.split(",") if x) == tuple(str(v) for v in field)
    if isinstance(field, tuple) and isinstance(flag, (list, tuple)):
        return tuple(flag) == field
    return flag == field


@pytest.mark.parametrize("name", sorted(CONFIGS))
def test_flag_defaults_are_the_config_defaults(name):
    fields = {f.name: f.default for f in dataclasses.fields(_config(CONFIGS[name]))
              if f.default is not dataclasses.MISSING}
    command = cli.get_command(None, name)
    checked, differ = 0, []
    ctx = click.Context(command)
    for param in command.params:
        default = param.get_default(ctx, call=False)
        if param.name in fields and default is not None and not callable(default):
            checked += 1
            if not _same(default, fields[param.name]):
                differ.append(f"--{param.name.replace('_', '-')}: flag {default!r}, config {fields[param.name]!r}")
    assert not differ, f"{name}: " + "; ".join(differ)
    if fields:  # a config without defaults leaves them to its flags alone: also one definition
        assert checked > 0, f"{name}: no flag maps onto a field of its config"
