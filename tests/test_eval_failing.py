"""``surgery eval`` with a program that fails only on long contexts: one line naming the program and
the head, or ``--skip-failing-heads`` and the skip recorded in results.json."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from surgery.cli import cli
from surgery.evaluate.failing import failure_line
from surgery.io.headmap import HeadEntry, HeadMap, head_name
from surgery.runtime.program import ProgramError, library_dir, load_program
from test_eval_cli import SMALL, offline  # noqa: F401 - the fixture

LONG_FAIL = ('"""Previous token, but breaks past 16 tokens."""\nimport numpy as np\n'
             "from surgery.lang import primitives as P\n\n\ndef attention(ctx):\n"
             "    if ctx.n > 16:\n        raise ValueError('context too long: ' + str(ctx.n))\n"
             "    return P.previous(ctx)\n")


@pytest.fixture()
def programs_dir(tmp_path, tiny_llama):
    """Every head on a library program, but the best-IoU head (L1H3) on one that fails past 16 tokens."""
    (tmp_path / "progs").mkdir()
    (tmp_path / "progs" / "long_fail.py").write_text(LONG_FAIL)
    heads = {}
    for i, (l, h) in enumerate((l, h) for l in range(tiny_llama.cfg.n_layers) for h in range(tiny_llama.cfg.n_heads)):
        heads[head_name(l, h)] = HeadEntry(program=str(library_dir() / "first_previous.py"), iou=0.1 * i)
    heads["L1H3"] = HeadEntry(program="long_fail.py", iou=0.99)
    HeadMap(model="tiny", heads=heads).save(tmp_path / "progs")
    return tmp_path / "progs"


def test_failing_program_is_named_in_one_line(tmp_path, programs_dir, offline):  # noqa: F811
    res = CliRunner().invoke(cli, ["eval", "--programs", str(programs_dir), "--fraction", "0.25", *SMALL,
                                   "--out", str(tmp_path / "run")])
    lines = [ln for ln in res.output.splitlines() if ln.strip()]
    assert res.exit_code == 1 and len(lines) == 1, res.output
    assert lines[0].startswith("Error: program long_fail of head L1H3 fails on the evaluation's 24-token windows: "
                               "ValueError: context too long: 24")
    assert "--skip-failing-heads" in lines[0]


def test_skip_failing_heads_is_recorded(tmp_path, programs_dir, offline):  # noqa: F811
    out = tmp_path / "run"
    res = CliRunner().invoke(cli, ["eval", "--programs", str(programs_dir), "--fraction", "0.25", *SMALL,
                                   "--skip-failing-heads", "--out", str(out)])
    assert res.exit_code == 0, res.output
    r = json.loads((out / "results.json").read_text())
    assert r["skip_failing_heads"] is True and list(r["skipped_heads"]) == ["L1H3"]
    assert r["skipped_heads"]["L1H3"]["program"] == "long_fail"
    assert "context too long" in r["skipped_heads"]["L1H3"]["reason"]
    assert "L1H3" not in r["replaced_heads"] and r["n_replaced"] == 1


def test_a_failure_during_the_run_names_program_and_head(tmp_path):
    path = tmp_path / "long_fail.py"
    path.write_text(LONG_FAIL)
    prog = load_program(path, trusted=True)
    from surgery.lang.context import build_context
    import numpy as np

    ctx = build_context(np.arange(20), [f"t{i}" for i in range(20)])
    with pytest.raises(ProgramError) as err:
        prog.patterns([ctx])
    line = failure_line(err.value, {(1, 3): prog, (0, 0): object()})
    assert line.startswith("program long_fail of head L1H3 failed during the evaluation: ValueError: context too long")


QA_FAIL = ('"""Previous token, but only on contexts of exactly 24 tokens (the perplexity windows)."""\n'
           "from surgery.lang import primitives as P\n\n\ndef attention(ctx):\n"
           "    if ctx.n != 24:\n        raise ValueError('not 24 tokens: ' + str(ctx.n))\n"
           "    return P.previous(ctx)\n")


@pytest.mark.parametrize("skip", [False, True])
def test_failure_during_the_run(tmp_path, programs_dir, offline, skip):  # noqa: F811
    """A program that passes the check on the perplexity windows and fails on a QA context."""
    (programs_dir / "long_fail.py").write_text(QA_FAIL)
    out = tmp_path / "run"
    res = CliRunner().invoke(cli, ["eval", "--programs", str(programs_dir), "--fraction", "0.25", *SMALL,
                                   "--tasks", "arc_easy", "--limit", "3", "--out", str(out)]
                             + (["--skip-failing-heads"] if skip else []))
    if not skip:
        errors = [ln for ln in res.output.splitlines() if ln.startswith("Error")]  # lm-eval's progress bars aside
        assert res.exit_code == 1 and len(errors) == 1 and "Traceback" not in res.output, res.output
        assert errors[0].startswith("Error: program long_fail of head L1H3 failed during the evaluation: ValueError: not 24")
        return
    assert res.exit_code == 0, res.output
    r = json.loads((out / "results.json").read_text())
    assert list(r["skipped_heads"]) == ["L1H3"] and "not 24 tokens" in r["skipped_heads"]["L1H3"]["reason"]
    assert "L1H3" not in r["replaced_heads"] and r["n_replaced"] == 1
