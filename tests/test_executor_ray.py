"""The Ray executor on a local cluster started here (2 CPUs): extract -> synthesize -> score -> eval
give what the local executor gives, a killed actor is restarted and its batch retried, and a run
whose actor keeps dying fails with one line and leaves nothing at --out."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import numpy as np
import pytest
import ray
from click.testing import CliRunner

from surgery.runtime.executor import ExecutorError
from surgery.runtime.executors import make_executor
from surgery.extract import ExtractConfig, extract
from surgery.synthesize.synthesize import SynthConfig, synthesize

SYNTH = dict(max_train_windows=16, heads_per_chunk=3, refit_steps=3, full_steps=0, calibrate_steps=2, max_terms=4,
             levels=(1, 2, 4))


@pytest.fixture(scope="module")
def cluster():
    os.environ.pop("RAY_ADDRESS", None)
    ray.cloudpickle.register_pickle_by_value(sys.modules[__name__])  # this file's factories, in the workers
    executor = make_executor("ray", num_cpus=2, object_store_memory=256 << 20)
    yield executor
    ray.shutdown()


class KillsItsActor:
    """Model factory: the model (``Given``-like) with a hook that ends its own process on a forward
    pass, once per run (while ``marker`` is absent) or on every pass (``always``)."""

    def __init__(self, model, marker: Path, always: bool = False):
        self.model, self.marker, self.always = model, str(marker), always

    def __call__(self):
        def kill(pattern, hook):
            if self.always or not os.path.exists(self.marker):
                Path(self.marker).touch()
                os._exit(1)

        self.model.blocks[0].attn.hook_pattern.add_hook(kill, is_permanent=True)
        return self.model


@pytest.fixture(scope="module")
def stores(cluster, tiny_gpt2, sample_docs, tmp_path_factory):
    """The same extraction by the local executor and by Ray, where one actor dies on its first batch."""
    root = tmp_path_factory.mktemp("stores")
    cfg = dict(n_windows=20, window=20, batch_size=4)
    extract(ExtractConfig(out=str(root / "local"), **cfg), model=tiny_gpt2, docs=sample_docs, progress=False)
    marker = root / "killed"
    extract(ExtractConfig(out=str(root / "ray"), **cfg), docs=sample_docs, progress=False, executor=cluster,
            model_factory=KillsItsActor(tiny_gpt2, marker))
    return root, marker


def test_extract_on_ray_writes_the_same_store_after_an_actor_was_killed(stores):
    root, marker = stores
    assert marker.exists()  # an actor did die mid-run; Ray restarted it and retried its batch
    names = sorted(p.name for p in (root / "local").iterdir() if p.name != "config.json")
    assert names == sorted(p.name for p in (root / "ray").iterdir() if p.name != "config.json")
    for name in names:
        assert (root / "local" / name).read_bytes() == (root / "ray" / name).read_bytes(), name
    assert not list(root.glob("*.partial-*"))


def test_extract_whose_actor_keeps_dying_fails_in_one_line_and_leaves_nothing(cluster, tiny_gpt2, sample_docs, tmp_path):
    out = tmp_path / "attn"
    no_retries = make_executor("ray", retries=0)
    with pytest.raises(ExecutorError) as err:
        extract(ExtractConfig(out=str(out), n_windows=4, window=16, batch_size=4), docs=sample_docs, progress=False,
                executor=no_retries, model_factory=KillsItsActor(tiny_gpt2, tmp_path / "m", always=True))
    assert "\n" not in str(err.value) and "ray" in str(err.value).lower()
    assert not out.exists() and not list(tmp_path.glob("attn.partial-*"))


@pytest.fixture(scope="module")
def programs(cluster, stores):
    """Synthesis of the local store by the local executor and by Ray."""
    root, _ = stores
    out = {}
    for name, executor in (("local", None), ("ray", cluster)):
        out[name] = root / f"programs-{name}"
        synthesize(SynthConfig(attn=str(root / "local"), out=str(out[name]), **SYNTH), progress=False,
                   executor=executor)
    return out


def test_synthesize_on_ray_chooses_the_same_programs(programs):
    local, remote = (json.loads((programs[k] / "heads.json").read_text())["heads"] for k in ("local", "ray"))
    assert local.keys() == remote.keys() and len(local) == 8
    for head, entry in local.items():
        assert remote[head]["program"] == entry["program"] and remote[head]["method"] == entry["method"]
        assert abs(remote[head]["iou"] - entry["iou"]) <= 1e-6
        assert (programs["local"] / f"{head}.py").read_text() == (programs["ray"] / f"{head}.py").read_text()


def test_score_command_on_ray_matches_local(cluster, stores, programs, tmp_path):
    from surgery.cli import cli

    root, _ = stores
    rows = {}
    for name in ("local", "ray"):
        out = tmp_path / name / "score.json"
        res = CliRunner().invoke(cli, ["score", "--attn", str(root / "local"), "--programs", str(programs["local"]),
                                       "--trusted", "--out", str(out), "--executor", name])
        assert res.exit_code == 0, res.output
        rows[name] = json.loads(out.read_text())["heads"]
    for a, b in zip(rows["local"], rows["ray"], strict=True):
        assert (a["head"], a["program"]) == (b["head"], b["program"])
        assert abs(a["iou"] - b["iou"]) <= 1e-6 and abs(a["iou_no_bos"] - b["iou_no_bos"]) <= 1e-6


def test_eval_and_sweep_on_ray_actors_match_local(cluster, programs, tiny_gpt2, sample_docs, tmp_path):
    from surgery.cli.sweep import _point
    from surgery.evaluate.parallel import measure_variants, model_pool, run_points
    from surgery.evaluate.evaluate import EvalConfig, choose, measure, setup

    cfg = EvalConfig(programs=str(programs["local"]), out=str(tmp_path / "eval"), strategy="min-cost", fraction=0.25,
                     window=32, n_windows=4, cost_windows=4, batch_size=4, trusted=True)
    local = setup(cfg, model=tiny_gpt2, docs=sample_docs)
    with model_pool(cluster, cfg, model=tiny_gpt2) as pool:
        remote = setup(cfg, model=tiny_gpt2, docs=sample_docs, pool=pool)
        assert local.costs.keys() == remote.costs.keys() and len(local.costs) == 8
        for head, cost in local.costs.items():
            assert remote.costs[head] == pytest.approx(cost, rel=1e-6, abs=1e-9)
        heads, plan = choose(remote, cfg.strategy, cfg.fraction, cfg.control, cfg.seed)
        assert heads == choose(local, cfg.strategy, cfg.fraction, cfg.control, cfg.seed)[0] and heads
        expected = [measure(local, p, cfg)["perplexity"]["ppl"] for p in ({}, plan)]
        got = [r["perplexity"]["ppl"] for r in measure_variants(pool, remote, [{}, plan], cfg)]
        points = [("unmodified", 0.0), ("best-iou", 0.5), ("random", 0.5)]
        swept = dict(run_points(pool, remote, cfg, points, _point))
    assert expected[1] != expected[0]  # the substitution did change the model
    assert got == pytest.approx(expected, rel=1e-6)
    for i, (strategy, fraction) in enumerate(points):
        want = _point(local, cfg, strategy, fraction)
        assert swept[i][0] == want[0]
        assert swept[i][2]["perplexity"]["ppl"] == pytest.approx(want[2]["perplexity"]["ppl"], rel=1e-6)
