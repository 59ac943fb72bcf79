"""The ``surgery`` command line: help, and one-line errors with non-zero exit for bad input."""
from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from surgery.cli import cli

# The commands the README documents, in pipeline order.
COMMANDS = ("extract", "synthesize", "score", "eval", "sweep", "report", "regress", "show", "compress")


def listed_commands(help_text: str) -> list[str]:
    """Command names in the "Commands:" part of a click group's help (wrapped lines are skipped)."""
    part = help_text.split("\nCommands:\n", 1)[1]
    return [m.group(1) for m in re.finditer(r"^  (\S+)", part, re.M)]


def test_help_lists_every_command():
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    listed = listed_commands(result.output)
    missing = [c for c in COMMANDS if c not in listed]
    assert not missing, f"documented commands missing from `surgery --help`: {missing}"
    assert sorted(listed) == sorted(cli.commands)  # every registered command is shown, none hidden


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_help(name):
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0, result.output
    assert f" {name} [OPTIONS]" in result.output.splitlines()[0]


@pytest.mark.parametrize("args, message", [
    (["--n-windows", "0"], "n-windows must be at least 1"),
    (["--corpus", "no/such/file.txt"], "corpus file not found"),
    (["--corpus", "klingon"], "unknown corpus"),
    (["--model", "no-such-model"], "unknown model"),
    (["--model", "missing.gguf"], "no such GGUF file"),
])
def test_extract_bad_input_is_one_line_error(args, message, tmp_path):
    result = CliRunner().invoke(cli, ["extract", "--out", str(tmp_path / "attn"), *args])
    assert result.exit_code == 1
    lines = [l for l in result.output.splitlines() if l.strip()]
    assert lines == [lines[0]] and lines[0].startswith("Error: ") and message in lines[0]
    assert not (tmp_path / "attn").exists()


@pytest.mark.slow
def test_extract_window_longer_than_context(tmp_path):
    result = CliRunner().invoke(cli, ["extract", "--out", str(tmp_path / "attn"), "--window", "9000"])
    assert result.exit_code == 1 and "longer than the model's context of 8192" in result.output
