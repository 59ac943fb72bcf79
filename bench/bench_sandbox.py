"""Benchmark: the sandbox's cost on ``score``, today's OS-confined sandbox against the previous one.

68 sandboxed programs (parameter variants of the library) x 270 heads (a synthetic store shaped
like smollm2-135m's, or ``--attn``) x 64 held-out windows of 64 tokens, scored with
``score_programs`` once per round with each sandbox, alternating, on the same machine and inputs;
then the time of one sandbox call (a library program on one context), 40 calls each, alternating. The previous
sandbox (Python-level checks and resource limits, no seccomp, no uid drop, no validation in the
parent) is read from git at ``--previous`` and run as it was. Prints each run and the ratio of
the medians and the median of each round's ratio (target <= 1.1); on a shared machine the runs
vary by more than the difference, so use several rounds.

    OMP_NUM_THREADS=1 .venv/bin/python bench/bench_sandbox.py [--programs 68] [--rounds 2]
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_score import synthetic_store, write_variants
from surgery.io.store import AttentionStore
from surgery.lang.context import store_contexts as computed_contexts
from surgery.runtime import program as program_module
from surgery.runtime.program import ProgramError, load_programs
from surgery.runtime.sandbox import SandboxPool
from surgery.score import score_programs

ROOT = Path(__file__).resolve().parent.parent
PREVIOUS = "1d7e216^"  # the last commit before the sandbox's OS layer


def previous_sandbox(rev: str, directory: Path):
    """The sandbox module as it was at ``rev``, its workers started from that file."""
    text = subprocess.check_output(["git", "show", f"{rev}:surgery/runtime/sandbox.py"], cwd=ROOT, text=True)
    path = directory / "previous_sandbox.py"
    path.write_text(text)
    spec = importlib.util.spec_from_file_location("previous_sandbox", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["previous_sandbox"] = module  # its dataclasses look themselves up there
    spec.loader.exec_module(module)

    class Worker(module.Worker):
        def __init__(self):
            env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1",
                       PYTHONPATH=str(ROOT))
            self.proc = subprocess.Popen([sys.executable, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                         env=env)
            self.key = None

    module.Worker = Worker
    return module


def runner(pool, error_type):
    """``run_sandboxed`` on ``pool``, its failures as today's :class:`ProgramError`."""
    def run(source, ctxs, limits=None):
        try:
            return pool.run(source, ctxs, limits)
        except error_type as e:
            raise ProgramError(str(e)) from None
    return run


def timed_score(store, programs, windows, run) -> float:
    program_module.run_sandboxed = run
    t0 = time.perf_counter()
    res = score_programs(store, programs, windows=windows, progress=False)
    dt = time.perf_counter() - t0
    assert not res.errors, res.errors
    return dt


def call_times(runs: dict, source: str, ctxs: list, n: int = 40) -> dict[str, float]:
    """Median seconds of one sandbox call per sandbox, calls alternating."""
    times: dict[str, list[float]] = {k: [] for k in runs}
    for i in range(n):
        for name in (list(runs) if i % 2 == 0 else list(runs)[::-1]):
            t0 = time.perf_counter()
            runs[name](source, ctxs)
            times[name].append(time.perf_counter() - t0)
    return {k: statistics.median(v) for k, v in times.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--attn", type=Path, default=None)
    ap.add_argument("--programs", type=int, default=68)
    ap.add_argument("--windows", type=int, default=64)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--previous", default=PREVIOUS, help="git revision of the previous sandbox")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        store = AttentionStore(args.attn) if args.attn else synthetic_store(tmp / "attn", args.windows)
        (tmp / "variants").mkdir()
        write_variants(tmp / "variants", args.programs)
        programs, _ = load_programs([tmp / "variants"])
        windows = store.heldout_windows()[: args.windows]
        old = previous_sandbox(args.previous, tmp)
        pools = {"previous": old.SandboxPool(size=2), "today": SandboxPool(size=2)}
        runs = {"previous": runner(pools["previous"], old.ProgramError), "today": runner(pools["today"], ProgramError)}
        times: dict[str, list[float]] = {k: [] for k in runs}
        try:
            timed_score(store, programs[:2], windows, runs["today"])  # start the workers, warm the caches
            timed_score(store, programs[:2], windows, runs["previous"])
            for r in range(args.rounds):
                for name in (("previous", "today") if r % 2 == 0 else ("today", "previous")):
                    times[name].append(timed_score(store, programs, windows, runs[name]))
                    print(f"round {r}: {name:8s} {times[name][-1]:.1f} s", flush=True)
            per_call = call_times(runs, programs[0].source, computed_contexts(store, windows[:1]))
        finally:
            for p in pools.values():
                p.close()
    prev, today = statistics.median(times["previous"]), statistics.median(times["today"])
    paired = statistics.median(t / p for t, p in zip(times["today"], times["previous"]))  # each round's two runs
    print(f"score: {len(programs)} sandboxed programs x {store.n_layers * store.n_heads} heads x {len(windows)} windows "
          f"of {store.meta.window} tokens; median previous {prev:.1f} s, today {today:.1f} s: "
          f"ratio {today / prev:.3f}, median of the rounds' ratios {paired:.3f} (target <= 1.1)")
    print(f"one sandbox call on one context: previous {per_call['previous'] * 1e3:.1f} ms, "
          f"today {per_call['today'] * 1e3:.1f} ms")


if __name__ == "__main__":
    main()
