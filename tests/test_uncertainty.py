"""Uncertainty of what eval and sweep report: bootstrap intervals over windows, QA stderr."""
from __future__ import annotations

import json

import numpy as np
from click.testing import CliRunner

import surgery.evaluate.uncertainty as U
from surgery.cli import cli
from test_eval_cli import SMALL, offline, programs_dir  # noqa: F401 - fixtures


def test_interval_holds_the_estimate_and_widens_with_noise():
    rng = np.random.default_rng(0)
    base = rng.normal(40, 2, 64)
    steady, noisy = base + 1.0, base + rng.normal(1.0, 4.0, 64)
    point = np.exp(1.0 / 20) - 1
    lo, hi = U.ppl_change_interval(base, steady, tokens_per_window=20)
    assert lo == hi == __import__("pytest").approx(point)
    lo_n, hi_n = U.ppl_change_interval(base, noisy, tokens_per_window=20)
    est = np.exp((noisy.sum() - base.sum()) / (64 * 20)) - 1
    assert lo_n < est < hi_n and hi_n - lo_n > 0.01
    assert U.ppl_change_interval(base[:1], steady[:1], 20) is None


def test_acc_text():
    assert U.acc_text({"acc": 0.64, "acc_stderr": 0.048}) == "0.640 ± 0.048"
    assert U.acc_text({"acc": 0.5}) == "0.500" and U.acc_text({}) == "n/a"


def test_eval_prints_intervals_and_stderr(tmp_path, programs_dir, offline):  # noqa: F811
    out = tmp_path / "run"
    res = CliRunner().invoke(cli, ["eval", "--programs", str(programs_dir), "--fraction", "0.25", *SMALL,
                                   "--tasks", "arc_easy", "--limit", "3", "--out", str(out)])
    assert res.exit_code == 0, res.output
    r = json.loads((out / "results.json").read_text())
    lo, hi = r["relative_ppl_increase_ci95"]
    assert lo <= r["relative_ppl_increase"] <= hi
    assert len(r["baseline"]["perplexity"]["window_nll"]) == 3
    assert "95% bootstrap interval over 3 windows" in res.output
    line = next(l for l in res.output.splitlines() if l.startswith("hs_arc_easy: acc"))
    assert line.count("±") == 2 and "(3 documents)" in line


def test_sweep_records_intervals_and_says_where_results_went(tmp_path, programs_dir, offline):  # noqa: F811
    out = tmp_path / "sweep"
    res = CliRunner().invoke(cli, ["sweep", "--programs", str(programs_dir), "--fractions", "0,0.5", *SMALL,
                                   "--tasks", "arc_easy", "--limit", "3", "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert f"results: {out / 'sweep.json'}" in res.output
    r = json.loads((out / "sweep.json").read_text())
    for run in r["runs"]:
        lo, hi = run["ppl_ci95"]
        assert lo <= run["perplexity"]["ppl"] <= hi
    assert (out / "ppl.png").stat().st_size > 0 and (out / "qa.png").stat().st_size > 0
