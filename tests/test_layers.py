"""The package layout draws the pipeline, and imports run one way: down this list, never up.

Every import counts, also one inside a function, so a hidden upward arrow fails here.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# lowest first: a module may import its own layer and the layers above it in this list
LAYERS = (
    ("surgery.lang",),  # the TokenContext contract, primitives, term and class helpers: numpy only
    ("surgery.io",),  # models and hook names, corpora, stores, head maps, run records
    ("surgery.runtime",),  # program loading, sandbox, normalization
    ("surgery.forms",),  # the generated program forms (terms, table)
    ("surgery.extract", "surgery.score"),  # stages 1 and 3
    ("surgery.analyse",),  # compression, regression, roles
    ("surgery.synthesize",),  # stage 2
    ("surgery.substitute",),  # stage 4: plans, selection, costs, tuning
    ("surgery.report",),
    ("surgery.evaluate",),  # stage 5: perplexity, lm-eval adapter, tasks, uncertainty
    ("surgery.cli",),  # the command line, on top of everything
)
OURS = ("surgery",)


def layer_of(module: str) -> int | None:
    """Index in LAYERS of the deepest prefix naming ``module``; None for outside modules and ``surgery``."""
    for i, names in enumerate(LAYERS):
        if any(module == n or module.startswith(n + ".") for n in names):
            return i
    return None


def source_modules() -> dict[str, Path]:
    """Every module of the three packages, by dotted name; program files (library, per model) excluded."""
    out = {}
    for package in OURS:
        for path in (ROOT / package).rglob("*.py"):
            rel = path.relative_to(ROOT).with_suffix("")
            parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
            out[".".join(parts)] = path
    return out


def imports_of(path: Path, module: str) -> set[str]:
    """The modules of ours that ``path`` imports anywhere in its body (``from x import y`` counts
    ``x.y`` when ``y`` is a module, so ``from surgery.io import store`` is ``surgery.io.store``)."""
    found = set()
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1] + ([base] if base else []))
            found.add(base)
            found.update(f"{base}.{a.name}" for a in node.names)
    return {m for m in found if m.split(".")[0] in OURS}


def arrows() -> list[tuple[str, str]]:
    modules = source_modules()
    return sorted((m, imp) for m, path in modules.items() for imp in imports_of(path, m))


def test_every_module_has_a_layer():
    missing = [m for m in source_modules() if m != "surgery" and layer_of(m) is None]
    assert not missing, f"modules outside every layer (add them to LAYERS): {missing}"


def test_imports_run_one_way():
    upward = [f"{src} -> {dst}" for src, dst in arrows()
              if layer_of(src) is not None and layer_of(dst) is not None and layer_of(dst) > layer_of(src)]
    assert not upward, "imports against the layering:\n" + "\n".join(upward)


def test_programs_import_numpy_and_programs_only():
    """Programs run in the sandbox: their helpers may not pull in the toolkit."""
    modules = source_modules()
    outside = [f"{m} -> {imp}" for m, path in modules.items() if layer_of(m) == 0
               for imp in imports_of(path, m) if not imp.startswith("surgery.lang")]
    assert not outside, outside


@pytest.mark.parametrize("src, dst, expect", [
    ("surgery.cli.eval", "surgery.io.store", True),
    ("surgery.io.store", "surgery.cli", False),
    ("surgery.synthesize.synthesize", "surgery.analyse.compress", True),
    ("surgery.score", "surgery.synthesize.termfit", False),
    ("surgery.evaluate.lm", "surgery.substitute.plan", True),
    ("surgery.substitute.costs", "surgery.evaluate.lm", False),
])
def test_the_rule_itself(src, dst, expect):
    """The check can fail: known arrows of both kinds are classified as intended."""
    assert (layer_of(dst) <= layer_of(src)) is expect


def test_the_scan_sees_imports_inside_functions(tmp_path):
    code = "def f():\n    from surgery.cli import cli\n    import surgery.evaluate.lm\n"
    (tmp_path / "m.py").write_text(code)
    assert imports_of(tmp_path / "m.py", "surgery.score") == {"surgery.cli", "surgery.cli.cli", "surgery.evaluate.lm"}
