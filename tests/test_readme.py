"""Every ``surgery ...`` command in the README's bash blocks runs, in order, as written.

Only the scale changes: the model is the tiny Llama-like model of conftest, the corpus the
sample documents, and the flags in ``TINY`` get small values. Paths, subcommands and every other
flag are the README's own, so a renamed flag, a moved output or a new command that does not run
fails here. A command the CLI does not know fails too. A new README command is picked up with no
change to this file; when it is too slow at the README's settings, give its flags a tiny value
in ``TINY``, or add small values of flags it leaves at their defaults in ``EXTRA``.
"""
from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from surgery.cli import COMMANDS, cli

ROOT = Path(__file__).resolve().parents[1]
CANDIDATE = "path/to/new-checkpoint"  # the README's placeholder for `regress --candidate`

# flag -> tiny value, applied wherever the README gives that flag
TINY = {
    "--n-windows": "8", "--window": "16", "--limit": "2", "--tune-steps": "2", "--tune-windows": "2",
    "--cost-windows": "2", "--fractions": "0,0.5", "--max-k": "3", "--max-train-windows": "4", "--steps": "3",
    "--calibrate-steps": "2", "--refit-steps": "2", "--full-steps": "2", "--lengths": "8,12", "--fit-lengths": "8,16",
}
# command -> flags added when the README leaves them at defaults too large for a tiny model
EXTRA = {
    "synthesize": ["--steps", "3", "--calibrate-steps", "2", "--max-train-windows", "4", "--refit-steps", "2",
                   "--full-steps", "2"],
    "eval": ["--window", "16", "--n-windows", "2", "--cost-windows", "2", "--tune-windows", "2"],
    "sweep": ["--window", "16", "--n-windows", "2"],
    "compress": ["--max-k", "3"],
}
HEAD = re.compile(r"^L\d+H\d+$")  # a head of the real model; the tiny one has 2 layers x 4 heads


def readme_commands(text: str) -> list[list[str]]:
    """argv of every line starting with ``surgery`` in the ```bash blocks (continuations joined)."""
    commands = []
    for block in re.findall(r"```bash\n(.*?)```", text, re.S):
        for line in block.replace("\\\n", " ").splitlines():
            if line.strip().startswith("surgery"):
                commands.append(shlex.split(line, comments=True)[1:])
    return commands


def tiny(argv: list[str]) -> list[str]:
    extra = EXTRA.get(argv[0] if argv else "", [])
    given = set(argv)
    out = list(argv) + [x for flag, value in zip(extra[::2], extra[1::2]) if flag not in given for x in (flag, value)]
    for i, arg in enumerate(out):
        if i > 0 and out[i - 1] in TINY:
            out[i] = TINY[out[i - 1]]
        elif HEAD.match(arg):
            out[i] = "L1H1"
    return out


COMMAND_LINES = readme_commands((ROOT / "README.md").read_text())


def test_the_readme_has_a_tour():
    names = [argv[0] for argv in COMMAND_LINES if argv and not argv[0].startswith("-")]
    assert {"extract", "synthesize", "score", "eval", "report", "show"} <= set(names)


@pytest.fixture(scope="module")
def workdir(tmp_path_factory):
    root = tmp_path_factory.mktemp("readme")
    (root / "programs").symlink_to(ROOT / "programs")  # the README runs from the repository root
    return root


@pytest.fixture
def tiny_world(monkeypatch, workdir, tiny_llama, tiny_gpt2, sample_docs):
    import surgery.io.corpus
    import surgery.extract
    import surgery.io.models

    def load(name, device="cpu", allow_mismatch=False):
        return tiny_gpt2 if name == CANDIDATE else tiny_llama

    for module in (surgery.io.models, surgery.extract):
        monkeypatch.setattr(module, "load_model", load)
    for module in (surgery.io.corpus, surgery.extract):
        monkeypatch.setattr(module, "load_documents", lambda name="stories": sample_docs)
    monkeypatch.chdir(workdir)


@pytest.mark.parametrize("argv", COMMAND_LINES, ids=[" ".join(a[:2]) for a in COMMAND_LINES])
def test_readme_command_runs(argv, tiny_world):
    assert argv, "a bare `surgery` line"
    if not argv[0].startswith("-"):
        assert argv[0] in COMMANDS, f"README runs `surgery {argv[0]}`, which the CLI does not have"
    result = CliRunner().invoke(cli, tiny(argv), catch_exceptions=False)
    allowed = {0, 1} if argv[0] == "regress" else {0}  # regress: 1 = a head regressed, a verdict
    assert result.exit_code in allowed, f"surgery {' '.join(tiny(argv))}\n{result.output}"
