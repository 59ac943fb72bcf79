"""A hostile corpus (tests/hostile/): escapes past the Python-level checks, each contained by the OS.

Three views of every program: the escape is real (in-process, under the Python-level restrictions
alone, ``reach`` returns ``os``); in the sandbox each system call it then tries fails with
``EPERM`` (the seccomp filter's answer; ``EACCES`` or ``EMFILE`` would be another layer's); and a
whole score run over the corpus and a control leaves no file, process, signal or environment effect,
scores the control, and scores no hostile program >= 0.99.
"""
from __future__ import annotations

import errno
import os
import re
import stat
import time
from pathlib import Path

import numpy as np
import pytest

from conftest_programs import make_store
from surgery.io.store import AttentionStore
from surgery.lang import primitives as P
from surgery.runtime import worker
from surgery.runtime.program import load_program
from surgery.runtime.sandbox import Limits, ProgramError, SandboxPool, check_source
from surgery.score import score_programs

HOSTILE = Path(__file__).parent / "hostile"
NAMES = sorted(p.stem for p in HOSTILE.glob("*.py"))
ESCAPES = [n for n in NAMES if "def reach(" in (HOSTILE / f"{n}.py").read_text()]
ATTEMPTS = [n for n in NAMES if "attempts: " in (HOSTILE / f"{n}.py").read_text()]
VICTIM = b"the caller's data\n"
SECRET = "surgery-test-secret-4f1c9a"
LIMITS = Limits(wall_s=10.0, cpu_s=5, mem_mb=256, repeat=1)
CONTROL = "import numpy as np\nfrom surgery.lang import primitives as P\n\n\ndef attention(ctx):\n    return P.previous(ctx)\n"


def source(name: str, target: Path) -> str:
    return (HOSTILE / f"{name}.py").read_text().replace("@TARGET@", str(target))


@pytest.fixture
def target(tmp_path):
    """A scratch directory holding ``victim`` (mode 0644); ``check()`` says it is untouched."""
    root = tmp_path / "target"
    root.mkdir()
    (root / "victim").write_bytes(VICTIM)
    (root / "victim").chmod(0o644)
    root.chmod(0o777)  # writable by anyone: only the sandbox stands between a program and it
    return root


def assert_untouched(target: Path) -> None:
    assert sorted(p.name for p in target.iterdir()) == ["victim"]
    assert (target / "victim").read_bytes() == VICTIM
    assert stat.S_IMODE((target / "victim").stat().st_mode) == 0o644


@pytest.fixture(scope="module")
def pool():
    os.environ[SECRET.upper().replace("-", "_")] = SECRET  # the worker is started after this
    p = SandboxPool(size=1)
    yield p
    p.close()
    del os.environ[SECRET.upper().replace("-", "_")]


def test_corpus_is_larger_than_one_per_class():
    assert len(NAMES) >= 16 and len(ESCAPES) >= 10


@pytest.mark.parametrize("name", ESCAPES)
def test_escape_is_real_under_python_rules_alone(name, tmp_path):
    """Past the static check and the restricted builtins and import hook, ``reach`` gets ``os``:
    the Python layer is not the wall."""
    src = source(name, tmp_path)
    check_source(src)
    env = worker._restricted_globals()
    exec(compile(src, name, "exec"), env)
    assert env["reach"](P.example()) is os


@pytest.mark.parametrize("name", ATTEMPTS)
def test_every_attempted_syscall_fails_with_eperm(name, target, pool):
    with pytest.raises(ProgramError, match="attempts: ") as err:
        pool.run(source(name, target), [P.example()], LIMITS)
    outcomes = dict(re.findall(r"(\w+):(\w+)", str(err.value).split("attempts: ")[1]))
    assert outcomes and set(outcomes.values()) == {str(errno.EPERM)}, outcomes
    time.sleep(0.05)  # a forked process, had one escaped, would have had time to act
    assert_untouched(target)


def test_environment_does_not_reach_the_program(target, pool):
    with pytest.raises(ProgramError, match="leak: ") as err:
        pool.run(source("env_read", target), [P.example()], LIMITS)
    reason = str(err.value)
    assert SECRET not in reason and "{}" in reason  # os.environ is empty in the child
    assert f":{errno.EPERM}" in reason  # /proc/*/environ could not be opened


@pytest.mark.parametrize("name,reason", [
    ("forged_result", "NaN or inf"), ("forged_header", "no well-formed result"),
    ("flood_result", "more than a result"), ("overflow_1e300", "NaN or inf"), ("overflow_exp", "NaN or inf"),
    ("row_sum_overflow", "row sums overflow"), ("nan_below_diagonal", "NaN or inf"),
])
def test_forged_or_non_finite_results_are_rejected(name, reason, target, pool):
    with pytest.raises(ProgramError, match=reason):
        pool.run(source(name, target), [P.example(), P.example()], LIMITS)
    assert len(pool.run(CONTROL, [P.example()], LIMITS)) == 1  # the worker carries on


@pytest.mark.parametrize("name", ["overflow_1e300", "overflow_exp", "row_sum_overflow", "nan_below_diagonal"])
def test_non_finite_results_are_rejected_in_process_too(name, tmp_path):
    path = tmp_path / f"{name}.py"
    path.write_text(source(name, tmp_path))
    with pytest.raises(ProgramError, match="NaN or inf|overflow"):
        load_program(path, trusted=True).patterns([P.example()])


def test_score_run_over_the_corpus(target, tmp_path, pool, monkeypatch):
    """The whole corpus and a control through ``score_programs``: the run survives, the control
    scores 1 on its head, no hostile program scores >= 0.99 anywhere, nothing outside changes."""
    store = AttentionStore(make_store(tmp_path / "attn"))  # head L0H0 is P.previous
    progs = tmp_path / "programs"
    progs.mkdir()
    (progs / "control.py").write_text(CONTROL)
    for name in NAMES:
        (progs / f"{name}.py").write_text(source(name, target))
    monkeypatch.setattr("surgery.runtime.sandbox._POOL", pool)
    programs = [load_program(p) for p in sorted(progs.glob("*.py"))]
    result = score_programs(store, programs, progress=False)
    cols = {p.name: j for j, p in enumerate(result.programs)}
    assert result.iou[result.heads.index("L0H0"), cols["control"]] > 0.99
    hostile_best = {name: float(result.iou[:, j].max()) for name, j in cols.items() if name != "control"}
    assert all(v < 0.99 for v in hostile_best.values()), hostile_best
    assert len(result.errors) + len(hostile_best) == len(NAMES)
    assert not any(SECRET in reason for reason in result.errors.values())
    assert_untouched(target)


def test_errors_are_scrubbed_of_paths_and_environment(tmp_path, pool, monkeypatch):
    src = ("import numpy as np\ndef attention(ctx):\n    raise ValueError('key ' + "
           f"{SECRET!r} + ' at {tmp_path}/x.npy ' + 'y' * 5000)\n")
    monkeypatch.setenv("SURGERY_SCRUB_TEST", SECRET)
    with pytest.raises(ProgramError) as err:
        pool.run(src, [P.example()], LIMITS)
    reason = str(err.value)
    assert SECRET not in reason and str(tmp_path) not in reason and len(reason) <= 300
    assert reason.startswith("ValueError: key <env> at <path>")


def session_members(sid: int) -> list[int]:
    """Processes of session ``sid`` (the worker is its session's leader)."""
    pids = []
    for stat_file in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat_file.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) == sid:
            pids.append(int(stat_file.parent.name))
    return pids


def test_program_cannot_outlive_the_run(target, pool):
    """A fork bomb leaves no process behind: the worker's session holds the worker alone."""
    with pytest.raises(ProgramError):
        pool.run(source("traceback_frames", target), [P.example()], LIMITS)
    leader = pool._all[0].proc.pid
    assert session_members(leader) == [leader]


def test_nan_pattern_never_scores_one():
    """Had a NaN pattern got past validation, the IoU would be 0, not the 1 of two empty patterns."""
    from surgery.score import batch_iou, packed_iou

    real = np.tril(np.ones((4, 4), np.float32))
    assert batch_iou(real, np.full((4, 4), np.nan)) == 0.0
    assert batch_iou(np.zeros((4, 4)), np.zeros((4, 4))) == 1.0
    packed = np.ones((1, 2, 10), np.float32)
    assert packed_iou(packed, np.full((1, 2, 10), np.nan, np.float32))[0, 0] == 0.0
