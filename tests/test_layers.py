"""The package layout draws the pipeline, and imports run one way.

The layers and the no-loop rule are import-linter contracts in ``pyproject.toml``; these tests
run ``lint-imports`` on them (so ``make test`` checks them), show that it can fail, and add what
import-linter cannot see: imports hidden in ``importlib.import_module`` or ``__import__``.
"""
from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LINT = Path(sys.executable).with_name("lint-imports")

# Dynamic imports allowed below the command line: the sandbox's import guard (it is the mechanism
# that limits what programs import) and its worker's preload of numpy's lazy modules and of the
# program language, the lowest layer.
DYNAMIC_IMPORTS_ALLOWED = {"surgery.cli", "surgery.runtime.sandbox", "surgery.runtime.worker"}


def lint(root: Path, config: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(LINT), "--no-cache", "--config", str(config)], cwd=root, capture_output=True,
                          text=True, env={"PYTHONPATH": str(root), "PATH": ""}, timeout=120)


def test_the_import_contracts_hold():
    done = lint(ROOT, ROOT / "pyproject.toml")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout


def test_the_contracts_fail_on_an_upward_import_and_a_loop(tmp_path):
    """The same contracts, on a copy of two layers with an arrow against them, are broken."""
    pkg = tmp_path / "surgery"
    for sub in ("lang", "io", "runtime"):
        (pkg / sub).mkdir(parents=True)
        (pkg / sub / "__init__.py").write_text("")
    (pkg / "__init__.py").write_text("")
    (pkg / "lang" / "context.py").write_text("def f():\n    from surgery.io import store\n")  # upward
    (pkg / "io" / "store.py").write_text("")
    (pkg / "runtime" / "a.py").write_text("from surgery.runtime import b\n")
    (pkg / "runtime" / "b.py").write_text("from surgery.runtime import a\n")  # a loop
    config = tmp_path / "contracts.toml"
    config.write_text(textwrap.dedent("""
        [tool.importlinter]
        root_package = "surgery"
        [[tool.importlinter.contracts]]
        name = "layers"
        type = "layers"
        layers = ["surgery.runtime", "surgery.io", "surgery.lang"]
        [[tool.importlinter.contracts]]
        name = "loops"
        type = "acyclic_siblings"
        ancestors = ["surgery"]
    """))
    done = lint(tmp_path, config)
    assert done.returncode != 0
    assert "surgery.lang is not allowed to import surgery.io" in done.stdout
    assert "No cycles are allowed in surgery.runtime" in done.stdout


def dynamic_imports(path: Path) -> list[int]:
    """Lines of ``path`` that call ``importlib.import_module`` or ``__import__``."""
    lines = []
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Call):
            f = node.func
            name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", None)
            if name in ("import_module", "__import__"):
                lines.append(node.lineno)
    return lines


def module_name(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    return ".".join(rel.parts[:-1] if rel.name == "__init__" else rel.parts)


def test_no_hidden_imports_below_the_command_line():
    found = []
    for path in (ROOT / "surgery").rglob("*.py"):
        module = module_name(path)
        if any(module == m or module.startswith(m + ".") for m in DYNAMIC_IMPORTS_ALLOWED):
            continue
        found += [f"{module}:{line}" for line in dynamic_imports(path)]
    assert not found, f"dynamic imports that import-linter cannot see: {found}"


def test_the_hidden_import_scan_sees_one(tmp_path):
    (tmp_path / "m.py").write_text("import importlib\ndef f():\n    return importlib.import_module('surgery.cli')\n")
    assert dynamic_imports(tmp_path / "m.py") == [3]
