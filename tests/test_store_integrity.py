"""A damaged store fails on open with one line naming the file; every command that reads one says so, exit 2."""
from __future__ import annotations

import json
import os
import shutil

import numpy as np
import pytest
from click.testing import CliRunner

from surgery.cli import cli
from surgery.io.store import ARRAYS, AttentionStore, DamagedStoreError, StoreError
from test_report import make_run

STORE_FILES = (*ARRAYS, "store.json", "token_strs.json")  # COMPLETE is a marker; config.json is not read


@pytest.fixture(scope="module")
def good_run(tmp_path_factory):
    return make_run(tmp_path_factory.mktemp("run"))


@pytest.fixture
def run(good_run, tmp_path):
    shutil.copytree(good_run, tmp_path / "run")
    return tmp_path / "run"


def truncate(path, keep: float = 0.5) -> None:
    size = path.stat().st_size
    with open(path, "r+b") as f:
        f.truncate(int(size * keep))


def test_store_json_records_every_array(good_run):
    raw = json.loads((good_run / "attn" / "store.json").read_text())
    store = AttentionStore(good_run / "attn")
    for name in ARRAYS:
        rec = raw["files"][name]
        arr = np.load(good_run / "attn" / name, mmap_mode="r")
        assert rec["shape"] == list(arr.shape) and rec["dtype"] == arr.dtype.str
        assert rec["bytes"] == (good_run / "attn" / name).stat().st_size
        assert ("sha256" in rec) == (name != "attn.npy")  # small arrays carry a checksum
    assert store.attn.shape == (6, 2, 3, 12, 12)


@pytest.mark.parametrize("name", STORE_FILES)
def test_each_truncated_file_is_named(run, name):
    truncate(run / "attn" / name)
    with pytest.raises(DamagedStoreError) as err:
        AttentionStore(run / "attn")
    message = str(err.value)
    assert message.startswith(str(run / "attn" / name) + " ") and "\n" not in message
    assert "truncated" in message or "damaged" in message
    assert message.endswith(f"--out {run / 'attn'} --overwrite`")
    settings = "…" if name == "store.json" else "--model toy --corpus toy --n-windows 6 --window 12 --seed 0"
    assert f"re-run `surgery extract {settings} --out" in message


def test_truncation_message_gives_sizes(run):
    truncate(run / "attn" / "attn.npy")
    with pytest.raises(DamagedStoreError, match=r"attn\.npy is truncated \(\d+ bytes of 10496 bytes\)"):
        AttentionStore(run / "attn")


def test_flipped_byte_in_a_small_array_fails_its_checksum(run):
    path = run / "attn" / "tokens.npy"
    data = bytearray(path.read_bytes())
    data[-1] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(DamagedStoreError, match="tokens.npy is damaged .*SHA-256"):
        AttentionStore(run / "attn")


def test_store_without_the_record_still_opens_and_still_catches_truncation(run):
    meta = run / "attn" / "store.json"
    raw = json.loads(meta.read_text())
    del raw["files"]
    meta.write_text(json.dumps(raw))
    store = AttentionStore(run / "attn")
    assert store.files is None and store.attn.shape == (6, 2, 3, 12, 12)
    truncate(run / "attn" / "attn.npy")
    with pytest.raises(DamagedStoreError, match="attn.npy is truncated"):
        AttentionStore(run / "attn")


def test_missing_store_is_not_called_damaged(tmp_path):
    with pytest.raises(StoreError) as err:
        AttentionStore(tmp_path / "none")
    assert not isinstance(err.value, DamagedStoreError)


def _commands(run, tmp_path):
    attn, progs = str(run / "attn"), str(run / "programs")
    return {
        "score": ["score", "--attn", attn, "--programs", progs, "--out", str(tmp_path / "s" / "score.json")],
        "show": ["show", "L0H0", "--run", str(run)],
        "report": ["report", "--run", str(run), "--out", str(tmp_path / "r.html")],
        "synthesize": ["synthesize", "--attn", attn, "--out", str(tmp_path / "p")],
        "compress": ["compress", "--attn", attn, "--programs", progs, "--out", str(tmp_path / "c")],
        "regress": ["regress", "--baseline", str(run), "--candidate", str(run)],
        "eval": ["eval", "--programs", progs, "--store", attn, "--out", str(tmp_path / "e")],
        "sweep": ["sweep", "--programs", progs, "--store", attn, "--out", str(tmp_path / "w")],
    }


@pytest.mark.parametrize("command", ["score", "show", "report", "synthesize", "compress", "regress", "eval", "sweep"])
def test_every_reading_command_prints_one_line_and_exits_2(run, tmp_path, command):
    truncate(run / "attn" / "attn.npy")
    result = CliRunner().invoke(cli, _commands(run, tmp_path)[command])
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert result.exit_code == 2, result.output
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.output
    assert f"{run / 'attn' / 'attn.npy'} is truncated" in lines[0] and "--overwrite`" in lines[0]


# ---------------------------------------------------------------- attn.npy block checksums


def flip_bytes(path, at: int, count: int = 16) -> None:
    with open(path, "r+b") as f:
        f.seek(at)
        data = bytearray(f.read(count))
        f.seek(at)
        f.write(bytes(b ^ 0xFF for b in data))


@pytest.fixture
def verify_mode():
    from surgery.io import guards

    yield guards.set_verify_mode
    guards.set_verify_mode(None)


def test_attn_carries_one_checksum_per_window(good_run):
    blocks = json.loads((good_run / "attn" / "store.json").read_text())["files"]["attn.npy"]["blocks"]
    assert len(blocks["crc32"]) == 6 and blocks["bytes"] == 2 * 3 * 12 * 12 * 2
    assert AttentionStore(good_run / "attn").verify("full") == 6


def test_sixteen_flipped_bytes_in_attn_are_named(run, verify_mode):
    blocks = json.loads((run / "attn" / "store.json").read_text())["files"]["attn.npy"]["blocks"]
    flip_bytes(run / "attn" / "attn.npy", blocks["offset"] + 4 * blocks["bytes"] + 100)
    verify_mode("full")
    with pytest.raises(DamagedStoreError) as err:
        AttentionStore(run / "attn")
    message = str(err.value)
    assert message.startswith(f"{run / 'attn' / 'attn.npy'} is damaged (window 4 differs from its checksum")
    assert "\n" not in message
    verify_mode("skip")
    assert AttentionStore(run / "attn").verify("skip") == 0  # skipping opens it regardless


def test_sampled_verification_reads_a_sample(tmp_path):
    from conftest_programs import make_store

    store = AttentionStore(make_store(tmp_path / "attn", n_windows=40, window=6))
    assert store.verify("sample") == 16 and store.verify("full") == 40


@pytest.mark.parametrize("mode,code", [("full", 2), ("skip", 0)])
def test_score_command_verifies_attn(run, tmp_path, mode, code, verify_mode):
    blocks = json.loads((run / "attn" / "store.json").read_text())["files"]["attn.npy"]["blocks"]
    flip_bytes(run / "attn" / "attn.npy", blocks["offset"] + 1 * blocks["bytes"] + 8)  # window 1: held out
    result = CliRunner().invoke(cli, ["--verify-store", mode, *_commands(run, tmp_path)["score"], "--trusted"])
    assert result.exit_code == code, result.output
    if code:
        lines = result.output.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"Error: {run / 'attn' / 'attn.npy'} is damaged (window 1 differs")


# ---------------------------------------------------------------- one writer, enough space


def _meta(n_windows: int = 4, window: int = 8):
    from surgery.io.store import StoreMeta

    return StoreMeta(model="toy", n_layers=2, n_heads=2, window=window, n_windows=n_windows, corpus="toy", seed=0)


def test_second_writer_is_refused_naming_the_first(tmp_path):
    import subprocess
    import sys

    out = tmp_path / "attn"
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time\nfrom surgery.io.store import StoreWriter, StoreMeta\n"
        f"m = StoreMeta(model='toy', n_layers=2, n_heads=2, window=8, n_windows=4, corpus='toy', seed=0)\n"
        f"with StoreWriter({str(out)!r}, m) as w:\n    print('writing', flush=True)\n    sys.stdin.read()\n"
        "    raise SystemExit(0)\n")], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "writing"
        from surgery.io.store import StoreWriter

        with pytest.raises(StoreError, match=f"^{out} is being written by process {holder.pid}$"):
            StoreWriter(out, _meta(), overwrite=True)
    finally:
        holder.communicate("")
    assert not out.exists() and sorted(p.name for p in tmp_path.iterdir()) == []  # its partial and lock gone
    StoreWriter(out, _meta()).lock.release()  # the lock is free again


def test_not_enough_space_is_refused_before_writing(tmp_path, monkeypatch):
    from surgery.io import guards
    from surgery.io.store import StoreWriter

    monkeypatch.setattr(guards, "free_bytes", lambda path: 1000)
    with pytest.raises(StoreError, match=r"^not enough disk space for .*attn: the store needs 2048 bytes, 1000 bytes free$"):
        with StoreWriter(tmp_path / "attn", _meta()):
            raise AssertionError("never entered")
    assert list(tmp_path.iterdir()) == []


def test_full_disk_is_a_clean_error_on_a_real_small_file_system(tmp_path):
    """A 1 MB tmpfs (needs CAP_SYS_ADMIN: root here): the space check is told there is room, the
    reservation of attn.npy then fails with ENOSPC, and nothing is left behind."""
    import subprocess

    from surgery.io import guards
    from surgery.io.store import StoreWriter

    small = tmp_path / "small"
    small.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(small)]).returncode:
        pytest.skip("mounting a small tmpfs needs root")
    try:
        free = guards.free_bytes
        guards.free_bytes = lambda path: 1 << 40
        try:
            with pytest.raises(StoreError, match="no space left for attn.partial-.*/attn.npy"):
                with StoreWriter(small / "attn", _meta(n_windows=64, window=64)):
                    raise AssertionError("never entered")
        finally:
            guards.free_bytes = free
        assert list(small.iterdir()) == []
        with pytest.raises(StoreError, match="not enough disk space"):  # the real check refuses first
            StoreWriter(small / "attn", _meta(n_windows=64, window=64)).__enter__()
        assert list(small.iterdir()) == []
    finally:
        subprocess.run(["umount", str(small)])


def test_write_failure_inside_the_writer_removes_the_partial(tmp_path):
    """ENOSPC raised while arrays are written (as np.save raises it) becomes one line."""
    import errno

    from surgery.io.store import StoreWriter

    with pytest.raises(StoreError, match=r"^no space left writing .*attn: No space left on device; partial output removed$"):
        with StoreWriter(tmp_path / "attn", _meta()):
            raise OSError(errno.ENOSPC, "No space left on device")
    assert list(tmp_path.iterdir()) == []


def test_extract_refuses_a_second_writer_before_loading_anything(tmp_path, monkeypatch):
    """``extract`` looks at the lock before the model or the corpus load."""
    import subprocess
    import sys

    import surgery.extract
    from surgery.extract import ExtractConfig, extract

    out = tmp_path / "attn"
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys\nfrom pathlib import Path\nfrom surgery.io.guards import OutputLock\n"
        f"lock = OutputLock(Path({str(out)!r}))\nprint('locked', flush=True)\nsys.stdin.read()\n")],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        monkeypatch.setattr(surgery.extract, "load_documents", lambda name: pytest.fail("loaded the corpus"))
        with pytest.raises(StoreError, match=f"^{out} is being written by process {holder.pid}$"):
            extract(ExtractConfig(out=str(out)), model=object(), docs=None)
    finally:
        holder.communicate("")
