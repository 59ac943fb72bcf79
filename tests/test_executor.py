"""The executor abstraction without Ray: the local executor is today's loop and never imports Ray."""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from surgery.cli.options import executor_options
from surgery.runtime.executor import ExecutorConfig, Given, LocalExecutor, chunks
from surgery.runtime.executors import make_executor

HEAVY = ("extract", "synthesize", "score", "eval", "sweep")


def test_local_map_runs_in_order_with_common_arguments_and_feed():
    seen = []

    def fn(piece, offset):
        seen.append(piece)
        return piece + offset

    out = list(LocalExecutor().map(fn, [1, 2, 3], (10,), feed=lambda x: x * 100, progress=False))
    assert out == [(0, 110), (1, 210), (2, 310)]
    assert seen == [100, 200, 300]


def test_local_model_pool_builds_its_model_once_and_only_when_used():
    built = []

    def factory():
        built.append(1)
        return {"scale": 3}

    with LocalExecutor().models(factory) as pool:
        assert built == []
        assert pool.call(lambda model, x: model["scale"] * x, 2) == 6
        assert list(pool.map(lambda model, x: model["scale"] + x, [1, 2], progress=False)) == [(0, 4), (1, 5)]
    assert built == [1]
    assert Given("m")() == "m"


def test_chunks_and_unknown_executor():
    assert chunks([1, 2, 3], 2) == [[1, 2], [3]]
    with pytest.raises(ValueError, match="unknown executor"):
        make_executor("dask")


@pytest.mark.parametrize("name", HEAVY)
def test_heavy_commands_take_the_executor_flags(name):
    from surgery.cli import cli

    res = CliRunner().invoke(cli, [name, "--help"])
    assert res.exit_code == 0
    assert "--executor [local|ray]" in res.output and "--ray-address" in res.output and "RAY_ADDRESS" in res.output


def test_ray_address_falls_back_to_the_environment():
    got = []

    @click.command()
    @executor_options
    def probe(executor):
        got.append(executor)

    assert CliRunner(env={"RAY_ADDRESS": "10.0.0.1:6379"}).invoke(probe, ["--executor", "ray"]).exit_code == 0
    assert CliRunner(env={"RAY_ADDRESS": None}).invoke(probe, []).exit_code == 0
    assert CliRunner().invoke(probe, ["--ray-address", "h:1"]).exit_code == 0
    assert got[0] == ExecutorConfig(kind="ray", address="10.0.0.1:6379")
    assert got[1] == ExecutorConfig(kind="local", address=None)
    assert got[2].address == "h:1"


LOCAL_RUN = textwrap.dedent("""
    import sys, json
    sys.path.insert(0, {tests!r})
    from click.testing import CliRunner
    from conftest_programs import make_store
    from surgery.cli import cli
    import surgery.cli.extract, surgery.cli.synthesize, surgery.cli.eval, surgery.cli.sweep
    store = make_store({tmp!r} + "/attn", n_windows=8, n_layers=1, n_heads=2, window=10)
    res = CliRunner().invoke(cli, ["score", "--attn", str(store), "--programs", {library!r},
                                   "--out", {tmp!r} + "/score/score.json", "--executor", "local"])
    assert res.exit_code == 0, res.output
    print(json.dumps({{"ray": sorted(m for m in sys.modules if m == "ray" or m.startswith("ray."))}}))
""")


def test_local_path_never_imports_ray(tmp_path):
    """In a fresh interpreter: the heavy commands' modules and a local ``score`` run leave Ray unimported."""
    from surgery.runtime.program import library_dir

    root = Path(__file__).resolve().parent
    script = LOCAL_RUN.format(tests=str(root), tmp=str(tmp_path), library=str(library_dir()))
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300,
                          cwd=root.parent)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1] == '{"ray": []}'
    assert (tmp_path / "score" / "score.json").exists()


def test_a_program_sent_elsewhere_runs_from_its_source_without_the_file(tmp_path):
    import pickle

    import numpy as np

    from surgery.lang.context import build_context
    from surgery.runtime.program import load_program

    path = tmp_path / "prev.py"
    path.write_text('"""Previous token.\n\nname: prev\n"""\nimport numpy as np\n\n\n'
                    "def attention(ctx):\n    return np.eye(ctx.n, k=-1) + 1e-3\n")
    prog = load_program(path, trusted=True)
    ctx = build_context(np.array([0, 5, 6, 7]), ["<s>", " a", " b", " c"])
    want = prog.pattern(ctx)
    copy = pickle.loads(pickle.dumps(prog))
    path.unlink()  # a worker on another machine has no such file
    assert copy.source.startswith('"""Previous token.')
    assert np.array_equal(copy.pattern(ctx), want) and want[2, 1] > 0.9


def test_computed_contexts_carry_their_cosine():
    import pickle

    import numpy as np

    from surgery.lang.context import build_context, computed

    ctx = build_context(np.array([0, 5, 6]), ["<s>", " a", " b"], embed=lambda ids: np.eye(3, dtype=np.float32)[ids % 3])
    (done,) = computed([ctx])
    assert done._cosine is not None
    assert np.array_equal(pickle.loads(pickle.dumps(done))._cosine, done.embed_cosine)
