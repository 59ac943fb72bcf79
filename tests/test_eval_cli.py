"""``surgery eval`` and ``surgery sweep`` end to end on a tiny model, offline."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from surgery.cli import cli
from surgery.io.headmap import HeadEntry, HeadMap, head_name
from surgery.runtime.program import library_dir

LIBRARY = ["first.py", "first_previous.py", "first_self.py", "induction.py"]


@pytest.fixture()
def programs_dir(tmp_path, tiny_llama) -> Path:
    """heads.json for every head of the tiny model, pointing at library programs."""
    n_layers, n_heads = tiny_llama.cfg.n_layers, tiny_llama.cfg.n_heads
    heads = {}
    for i, (l, h) in enumerate((l, h) for l in range(n_layers) for h in range(n_heads)):
        heads[head_name(l, h)] = HeadEntry(program=str(library_dir() / LIBRARY[i % len(LIBRARY)]), iou=0.1 * i)
    HeadMap(model="tiny", heads=heads).save(tmp_path / "progs")
    return tmp_path / "progs"


@pytest.fixture()
def offline(monkeypatch, tiny_llama, sample_docs):
    import surgery.io.corpus
    import surgery.io.models

    monkeypatch.setattr(surgery.io.models, "load_model", lambda name, device="cpu": tiny_llama)
    monkeypatch.setattr(surgery.io.corpus, "load_documents", lambda name="stories": sample_docs)


SMALL = ["--window", "24", "--n-windows", "3", "--heldout-frac", "0.25", "--batch-size", "4"]


def test_eval_writes_results(tmp_path, programs_dir, offline):
    out = tmp_path / "run"
    res = CliRunner().invoke(cli, ["eval", "--programs", str(programs_dir), "--fraction", "0.25", *SMALL,
                                   "--ppl-lengths", "12,40", "--tasks", "arc_easy", "--limit", "3", "--out", str(out)])
    assert res.exit_code == 0, res.output
    r = json.loads((out / "results.json").read_text())
    assert r["n_replaced"] == 2 and set(r["replaced_heads"]) == {"L1H3", "L1H2"}  # best IoU first
    assert r["baseline"]["perplexity"]["ppl"] > 1 and r["relative_ppl_increase"] != 0
    assert set(r["substituted"]["tasks"]["hs_arc_easy"]) >= {"acc", "acc_stderr", "acc_norm"}
    assert json.loads((out / "config.json").read_text())["config"]["fraction"] == 0.25
    # QA change with a paired interval over the same documents, from each document's accuracy
    base, sub = (r[v]["tasks"]["hs_arc_easy"] for v in ("baseline", "substituted"))
    assert len(base["per_doc"]) == len(sub["per_doc"]) == 3 and set(base["per_doc"]) <= {0.0, 1.0}
    assert sum(base["per_doc"]) / 3 == pytest.approx(base["acc"])
    change = r["qa_change"]["tasks"]["hs_arc_easy"]
    assert change["change"] == pytest.approx(sub["acc"] - base["acc"]) and change["ci95"][0] <= change["change"] <= change["ci95"][1]
    assert "hs_arc_easy: acc" in res.output and "95% paired interval" in res.output
    # perplexity at the further lengths, on held-out windows of that length, both variants
    for length in (12, 40):
        at = r["ppl_at"][str(length)]
        assert r["baseline"]["perplexity_at"][str(length)]["n_tokens"] == at["windows"] * (length - 1) > 0
        assert at["relative_increase"] == pytest.approx(at["substituted"] / at["baseline"] - 1)
        assert at["substituted"] != at["baseline"] and f"perplexity at {length} tokens" in res.output
    assert r["ppl_at"]["12"]["baseline"] != r["ppl_at"]["40"]["baseline"] != r["baseline"]["perplexity"]["ppl"]


def test_eval_tuning_flags_reach_the_tuning(tmp_path, programs_dir, offline):
    """--tune-lengths and --tune-valid-windows: tuning windows of both lengths (tokens of --tune-windows
    windows of the first length, split in halves) and validation windows, recorded in results.json
    (library programs have no fitted form: nothing is tuned, and the run says so)."""
    out = tmp_path / "tuned"
    res = CliRunner().invoke(cli, ["eval", "--programs", str(programs_dir), "--fraction", "0.25", *SMALL,
                                   "--tune-steps", "2", "--tune-windows", "4", "--tune-lengths", "8,16",
                                   "--tune-valid-windows", "2", "--out", str(out)])
    assert res.exit_code == 0, res.output
    r = json.loads((out / "results.json").read_text())
    assert r["tuning"]["windows"] == [[2, 8], [1, 16]] and r["tuning"]["validation"]["windows"] == [[1, 8], [1, 16]]
    config = json.loads((out / "config.json").read_text())["config"]
    assert (config["tune_lengths"], config["tune_valid_windows"], config["tune_patience"]) == ("8,16", 2, 3)


def test_qa_change_intervals_are_paired_and_average_the_tasks():
    """One document lost of 40 on every draw: a paired interval of exactly -2.5 points, which two
    independent intervals (lm-eval's stderr) could not give; the mean over tasks averages them."""
    from surgery.evaluate.uncertainty import qa_change

    b = [1.0, 0.0] * 20
    s = [0.0] + b[1:]
    q = qa_change({"a": {"per_doc": b}, "b": {"per_doc": b}}, {"a": {"per_doc": s}, "b": {"per_doc": b}})
    assert q["tasks"]["b"]["ci95"] == (0.0, 0.0) and q["tasks"]["b"]["change"] == 0.0
    lo, hi = q["tasks"]["a"]["ci95"]
    assert -0.1 < lo <= -0.025 <= hi <= 0.0 and q["tasks"]["a"]["change"] == pytest.approx(-0.025)
    assert q["mean"]["change"] == pytest.approx(-0.0125) and q["mean"]["ci95"][0] == pytest.approx(lo / 2)
    assert qa_change({"a": {"acc": 0.5}}, {"a": {"acc": 0.4}}) is None


def test_sweep_writes_results_and_plots(tmp_path, programs_dir, offline):
    out = tmp_path / "sweep"
    res = CliRunner().invoke(cli, ["sweep", "--programs", str(programs_dir), "--fractions", "0,0.5", *SMALL,
                                   "--out", str(out)])
    assert res.exit_code == 0, res.output
    r = json.loads((out / "sweep.json").read_text())
    assert [(x["fraction"], x["strategy"]) for x in r["runs"]] == [
        (0.0, "best-iou"), (0.0, "random"), (0.5, "best-iou"), (0.5, "random")]
    assert r["runs"][0]["perplexity"] == r["baseline"]["perplexity"]
    assert (out / "ppl.png").stat().st_size > 0


@pytest.mark.parametrize("args, message", [
    (["--fraction", "1.5"], "fraction must be between 0 and 1"),
    (["--strategy", "bogus"], "unknown strategy"),
    (["--tasks", "no_such_task_xyz"], "unknown task"),
    (["--cost-screen", "-1"], "--cost-screen must be 0 (off) or a number of windows"),
])
def test_eval_one_line_errors(tmp_path, programs_dir, offline, args, message):
    res = CliRunner().invoke(cli, ["eval", "--programs", str(programs_dir), *args, "--out", str(tmp_path / "x")])
    assert res.exit_code == 1 and message in res.output


def test_missing_programs_dir(tmp_path):
    res = CliRunner().invoke(cli, ["eval", "--programs", str(tmp_path / "nope"), "--out", str(tmp_path / "x")])
    assert res.exit_code == 1 and "programs directory not found" in res.output


def test_eval_min_cost_measures_then_reuses_costs(tmp_path, programs_dir, offline):
    out = tmp_path / "mc"
    args = ["eval", "--programs", str(programs_dir), "--fraction", "0.25", "--strategy", "min-cost",
            "--cost-windows", "2", *SMALL]
    res = CliRunner().invoke(cli, [*args, "--out", str(out)])
    assert res.exit_code == 0, res.output
    saved = json.loads((out / "costs.json").read_text())
    costs = saved["costs"]
    assert saved["metric"] == "kl" and len(costs) == 8 and all(v > 0 for v in costs.values())
    cheapest = sorted(costs, key=lambda h: (costs[h], h))[:2]
    r = json.loads((out / "results.json").read_text())
    assert set(r["replaced_heads"]) == set(cheapest)
    # a later run reuses the file: edited costs change the choice without measuring again
    flipped = {h: -v for h, v in costs.items()}
    (tmp_path / "edited.json").write_text(json.dumps({"costs": flipped}))
    res = CliRunner().invoke(cli, [*args, "--costs", str(tmp_path / "edited.json"), "--out", str(tmp_path / "mc2")])
    assert res.exit_code == 0, res.output
    r2 = json.loads((tmp_path / "mc2" / "results.json").read_text())
    assert set(r2["replaced_heads"]) == set(sorted(flipped, key=lambda h: (flipped[h], h))[:2])
    assert not (tmp_path / "mc2" / "costs.json").exists()
    res = CliRunner().invoke(cli, [*args, "--cost-metric", "nll", "--out", str(tmp_path / "mc3")])
    assert res.exit_code == 0, res.output
    assert json.loads((tmp_path / "mc3" / "costs.json").read_text())["metric"] == "nll"


@pytest.fixture()
def terms_dir(tmp_path, tiny_llama) -> Path:
    """heads.json for every head of the tiny model, each with a terms program of random weights."""
    import numpy as np
    import torch

    from surgery.forms import source as termcode
    from surgery.synthesize import tensors

    n_layers, n_heads = tiny_llama.cfg.n_layers, tiny_llama.cfg.n_heads
    g = torch.Generator().manual_seed(0)
    total = tensors.offsets(1)["total"]
    theta = torch.randn(n_layers * n_heads, total, generator=g) * tensors.allowed(1)
    theta *= torch.rand(theta.shape, generator=g) < 0.1
    heads = {}
    for i, (l, h) in enumerate((l, h) for l in range(n_layers) for h in range(n_heads)):
        name = head_name(l, h)
        path = tmp_path / "progs" / f"{name}.py"
        path.parent.mkdir(exist_ok=True)
        terms = tensors.head_terms(theta.round(decimals=2), i, ("x",))
        path.write_text(termcode.program_source(name, terms, np.ones(len(terms)) / len(terms)))
        heads[name] = HeadEntry(program=path.name, iou=0.1 * i, method="search/terms")
    HeadMap(model="tiny", heads=heads).save(tmp_path / "progs")
    return tmp_path / "progs"


def test_eval_tunes_terms_programs(tmp_path, tiny_llama, terms_dir, offline):
    """--tune-steps writes tuned programs to OUT/programs, uses them, and records the tuning."""
    n_layers, n_heads = tiny_llama.cfg.n_layers, tiny_llama.cfg.n_heads
    args = ["eval", "--programs", str(terms_dir), "--fraction", "0.5", *SMALL, "--trusted"]
    res = CliRunner().invoke(cli, [*args, "--tune-steps", "4", "--tune-windows", "4", "--out", str(tmp_path / "t")])
    assert res.exit_code == 0, res.output
    r = json.loads((tmp_path / "t" / "results.json").read_text())
    t = r["tuning"]
    assert sorted(t["tuned_heads"]) == sorted(r["replaced_heads"]) and t["not_tuned"] == [] and t["steps"] == 4
    assert t["windows"][0] == 4 and t["kl_after"] < t["kl_before"]
    assert t["kl_windows"] == 4 and {"lr", "l2"} <= set(t)  # KL on min(tune windows, kl_windows)
    tuned = HeadMap.load(tmp_path / "t" / "programs")
    assert len(tuned.heads) == n_layers * n_heads
    for name in t["tuned_heads"]:
        assert tuned.heads[name].method == "search/terms+tuned"
        assert "weights tuned to the model's loss" in tuned.program_path(name, tmp_path / "t" / "programs").read_text()
    untuned = CliRunner().invoke(cli, [*args, "--out", str(tmp_path / "u")])
    assert untuned.exit_code == 0, untuned.output
    u = json.loads((tmp_path / "u" / "results.json").read_text())
    assert u["tuning"] is None and u["baseline"]["perplexity"]["ppl"] == pytest.approx(r["baseline"]["perplexity"]["ppl"])
    assert u["substituted"]["perplexity"]["ppl"] != r["substituted"]["perplexity"]["ppl"]
    bad = CliRunner().invoke(cli, [*args, "--tune-steps", "2", "--control", "uniform", "--out", str(tmp_path / "b")])
    assert bad.exit_code != 0 and "tuning applies to programs" in bad.output


def test_sweep_tunes_every_point(tmp_path, terms_dir, offline):
    out = tmp_path / "sw"
    res = CliRunner().invoke(cli, ["sweep", "--programs", str(terms_dir), "--fractions", "0,0.5", *SMALL,
                                   "--trusted", "--tune-steps", "2", "--tune-windows", "4", "--out", str(out)])
    assert res.exit_code == 0, res.output
    runs = json.loads((out / "sweep.json").read_text())["runs"]
    tuned = {(r["fraction"], r["strategy"]): r["tuning"] for r in runs}
    assert tuned[(0.0, "best-iou")] is None and tuned[(0.0, "random")] is None  # nothing replaced at 0
    for strategy in ("best-iou", "random"):
        t = tuned[(0.5, strategy)]
        assert t["steps"] == 2 and sorted(t["tuned_heads"]) == sorted(
            next(r for r in runs if r["fraction"] == 0.5 and r["strategy"] == strategy)["replaced_heads"])
        assert (out / f"programs_{strategy}_0.5" / "heads.json").is_file()
