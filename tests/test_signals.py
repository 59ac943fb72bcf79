"""SIGTERM and SIGHUP clean up like Ctrl-C; partial stores of dead processes are removed by the next run."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from surgery.io.store import StoreMeta, StoreWriter, remove_stale_partials

ROOT = Path(__file__).resolve().parents[1]

# The real `surgery` entry point (signal handlers, command, store writer); only the model's forward
# passes are replaced by a wait, so that the signal surely lands while the partial store exists. The
# signal's disposition is reset to the default first: under `nohup` the child inherits SIGHUP ignored,
# and the CLI rightly keeps it so (test_an_ignored_signal_stays_ignored).
SLOW_EXTRACT = """
import signal, sys, time
import surgery.extract as ex
from surgery.io.store import StoreMeta, StoreWriter

def extract(cfg, **kwargs):
    meta = StoreMeta(model=cfg.model, n_layers=1, n_heads=1, window=cfg.window, n_windows=cfg.n_windows,
                     corpus=cfg.corpus, seed=cfg.seed)
    with StoreWriter(cfg.out, meta, overwrite=cfg.overwrite) as writer:
        print("writing", writer.tmp, flush=True)
        time.sleep(120)

ex.extract = extract
signal.signal(int(sys.argv[2]), signal.SIG_DFL)  # the disposition under test, whatever was inherited
from surgery.cli import main
sys.argv = ["surgery", "extract", "--n-windows", "4", "--window", "8", "--out", sys.argv[1]]
main()
"""


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP])
def test_signal_during_extract_removes_the_partial_store(tmp_path, sig):
    out = tmp_path / "attn"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.Popen([sys.executable, "-c", SLOW_EXTRACT, str(out), str(int(sig))], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)
    try:
        line = proc.stdout.readline()
        assert line.startswith("writing"), line + proc.stderr.read()
        partial = Path(line.split()[1])
        assert partial.is_dir() and partial.name == f"attn.partial-{proc.pid}"
        proc.send_signal(sig)
        _, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert proc.returncode == 128 + sig, err
    assert f"stopped by {signal.Signals(sig).name}; partial output removed" in err
    assert "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_next_run_removes_partials_of_dead_processes(tmp_path, capsys):
    dead = tmp_path / f"attn.partial-{_dead_pid()}"
    (dead / "sub").mkdir(parents=True)
    (dead / "attn.npy").write_bytes(b"x" * 100)
    alive = tmp_path / f"attn.partial-{os.getppid()}"  # a running process: left alone
    alive.mkdir()
    other = tmp_path / f"other.partial-{_dead_pid()}"  # another --out: not this run's business
    other.mkdir()
    meta = StoreMeta(model="toy", n_layers=1, n_heads=1, window=4, n_windows=1, corpus="toy", seed=0)
    with pytest.raises(RuntimeError):
        with StoreWriter(tmp_path / "attn", meta):
            raise RuntimeError("stop after opening")
    assert not dead.exists() and alive.is_dir() and other.is_dir()
    err = capsys.readouterr().err
    assert f"removed {dead}: left by process" in err and "no longer running" in err
    assert remove_stale_partials(tmp_path / "attn") == []


def test_an_ignored_signal_stays_ignored():
    """`nohup surgery ...` ignores SIGHUP; the CLI must not undo that."""
    code = ("import signal; signal.signal(signal.SIGHUP, signal.SIG_IGN); from surgery.cli import handle_termination; "
            "handle_termination(); print(signal.getsignal(signal.SIGHUP) is signal.SIG_IGN, "
            "signal.getsignal(signal.SIGTERM).__name__)")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert out.stdout.split() == ["True", "_raise_terminated"], out.stderr


@pytest.mark.slow
def test_sigterm_during_a_real_extract_leaves_nothing(tmp_path):
    """The real command on the real default model: SIGTERM once the partial store exists."""
    import time

    out = tmp_path / "attn"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.Popen([sys.executable, "-m", "surgery.cli", "extract", "--n-windows", "256", "--window", "64",
                             "--batch-size", "1", "--out", str(out)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env)
    partial = tmp_path / f"attn.partial-{proc.pid}"
    try:
        deadline = time.monotonic() + 300
        while not partial.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.2)
        assert partial.exists(), proc.communicate(timeout=10)
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=120)
    finally:
        proc.kill()
    assert proc.returncode == 128 + signal.SIGTERM, err
    assert "stopped by SIGTERM; partial output removed" in err
    assert list(tmp_path.iterdir()) == []
