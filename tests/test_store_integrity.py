"""A damaged store fails on open with one line naming the file; every command that reads one says so, exit 2."""
from __future__ import annotations

import json
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
