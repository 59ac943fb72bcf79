"""The ``surgery`` command line: a click group whose commands live in ``surgery.commands``."""
from __future__ import annotations

import importlib
import pkgutil
import sys

import click

from surgery import commands


class SurgeryError(click.ClickException):
    """A user-facing error: printed as one line, exit status 1."""


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="head-surgery")
def cli() -> None:
    """head-surgery: turn attention heads into readable Python programs and swap them back in.

    Pipeline: extract -> synthesize -> score -> eval/sweep -> report/regress. Every command writes
    a config.json (everything needed to rerun) and machine-readable JSON into its output.
    """


for _info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
    _module = importlib.import_module(f"surgery.commands.{_info.name}")
    if hasattr(_module, "command"):
        cli.add_command(_module.command)


def main() -> None:
    from surgery.runinfo import keep_freed_memory

    keep_freed_memory()
    cli(prog_name="surgery")


if __name__ == "__main__":
    sys.exit(main())
