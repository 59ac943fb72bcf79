"""The ``surgery`` command line: help, and one-line errors with non-zero exit for bad input."""
from __future__ import annotations

import os
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from surgery import cli as commands
from surgery.cli import COMMANDS, cli

ROOT = Path(__file__).resolve().parents[1]


# The commands the README documents, in pipeline order.
DOCUMENTED = ("extract", "synthesize", "score", "eval", "sweep", "report", "regress", "show", "compress", "roles")


def listed_commands(help_text: str) -> list[str]:
    """Command names in the "Commands:" part of a click group's help (wrapped lines are skipped)."""
    part = help_text.split("\nCommands:\n", 1)[1]
    return [m.group(1) for m in re.finditer(r"^  (\S+)", part, re.M)]


def test_help_lists_every_command():
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    listed = listed_commands(result.output)
    missing = [c for c in DOCUMENTED if c not in listed]
    assert not missing, f"documented commands missing from `surgery --help`: {missing}"
    assert sorted(listed) == sorted(COMMANDS)  # every registered command is shown, none hidden


@pytest.mark.parametrize("name", DOCUMENTED)
def test_every_command_has_help(name):
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0, result.output
    assert f" {name} [OPTIONS]" in result.output.splitlines()[0]


def test_command_list_matches_the_command_modules():
    """surgery.cli.COMMANDS is written by hand (so --help imports nothing): it must name every module."""
    import importlib

    modules = {m.name for m in pkgutil.iter_modules(commands.__path__)
               if hasattr(importlib.import_module(f"surgery.cli.{m.name}"), "command")}
    assert {module for module, _ in COMMANDS.values()} == modules
    for name, (module, short) in COMMANDS.items():
        command = importlib.import_module(f"surgery.cli.{module}").command
        assert command.name == name
        assert command.get_short_help_str(limit=500) == short, f"COMMANDS['{name}'] differs from its docstring"


def test_help_imports_no_torch():
    code = "import sys; from surgery.cli import cli; cli(['--help'], standalone_mode=False); print(sorted(" \
           "m for m in ('torch', 'numpy', 'transformer_lens', 'lm_eval') if m in sys.modules))"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[]"


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


@pytest.mark.parametrize("args, message", [
    (["--window", "9000"], "window 9000 is longer than the model's context of 8192 tokens"),
    (["--window", "1"], "--window must be at least 2"),
    (["--batch-size", "0"], "--batch-size must be at least 1"),
    (["--heldout-frac", "1"], "--heldout-frac must be between 0 and 1"),
    (["--corpus", "klingon"], "unknown corpus 'klingon'"),
    (["--corpus", "no/such/file.txt"], "corpus file not found"),
])
def test_extract_flags_are_checked_before_the_model_loads(args, message, tmp_path, no_weights):
    result = CliRunner().invoke(cli, ["extract", "--out", str(tmp_path / "attn"), *args])
    assert result.exit_code == 1 and message in result.output, result.output


def test_extract_refuses_an_existing_store_before_the_model_loads(tmp_path, no_weights):
    (tmp_path / "attn").mkdir()
    result = CliRunner().invoke(cli, ["extract", "--out", str(tmp_path / "attn")])
    assert result.exit_code == 1 and result.output == f"Error: {tmp_path / 'attn'} exists: pass --overwrite to replace it\n"


@pytest.mark.parametrize("args, message", [
    (["--window", "9000"], "window 9000 is longer than the model's context of 8192 tokens"),
    (["--tasks", "hs_no_such_task"], "--tasks: unknown local task 'hs_no_such_task'"),
    (["--limit", "0"], "--limit must be at least 1"),
    (["--n-windows", "0"], "--n-windows must be at least 1"),
    (["--store", "nowhere"], "no attention store at nowhere"),
    (["--device", "nonsense"], "--device: 'nonsense' is not a torch device"),
    (["--strategy", "bogus"], "unknown strategy"),
    (["--corpus", "no/such/file.jsonl"], "corpus file not found: no/such/file.jsonl"),
])
def test_eval_flags_are_checked_before_the_model_loads(args, message, tmp_path, no_weights):
    for command in ("eval", "sweep"):
        result = CliRunner().invoke(cli, [command, "--programs", str(tmp_path), "--out", str(tmp_path / "x"), *args])
        assert result.exit_code == 1 and message in result.output, result.output


def test_context_length_from_config_alone(tmp_path):
    import json

    from surgery.io.model_config import context_length, gguf_metadata
    from surgery.io.models import smollm2_gguf_path

    assert context_length("smollm2-135m") == 8192
    assert gguf_metadata(smollm2_gguf_path(), {"general.architecture"}) == {"general.architecture": "llama"}
    (tmp_path / "config.json").write_text(json.dumps({"model_type": "gpt2", "n_positions": 1024}))
    assert context_length(str(tmp_path)) == 1024
    assert context_length("gpt2") is None  # a hub name: known only after loading


@pytest.mark.slow
def test_extract_window_longer_than_context(tmp_path):
    result = CliRunner().invoke(cli, ["extract", "--out", str(tmp_path / "attn"), "--window", "9000"])
    assert result.exit_code == 1 and "longer than the model's context of 8192" in result.output


def test_unknown_lm_eval_names_are_ruled_out_without_the_index(tmp_path, no_weights, monkeypatch):
    import surgery.evaluate.tasks
    from surgery.cli.preflight import unmentioned_lm_eval_names

    assert unmentioned_lm_eval_names(["arc_easy", "no_such_task_xyz"]) == ["no_such_task_xyz"]

    def no_index(*args, **kwargs):
        raise AssertionError("lm-eval's task index was built")

    monkeypatch.setattr(surgery.evaluate.tasks, "task_manager", no_index)
    result = CliRunner().invoke(cli, ["eval", "--programs", str(tmp_path), "--tasks", "piqa,no_such_task_xyz",
                                      "--out", str(tmp_path / "x")])
    assert result.exit_code == 1 and "unknown task(s) no_such_task_xyz" in result.output, result.output
