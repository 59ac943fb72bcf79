"""min-cost head costs on windows of several lengths (``--cost-window 8,24``): each head's cost the
position-weighted mean over every window of every length, windows of training documents only;
one length gives what a single length always gave."""
from __future__ import annotations

import json

import numpy as np
import pytest
from click.testing import CliRunner

from surgery.cli import cli
from surgery.evaluate import evaluate as E
from surgery.evaluate.windows import side_documents, split_windows
from surgery.substitute.costs import measure_costs
from test_eval_cli import offline, programs_dir  # noqa: F401  (fixtures)
from test_substitute import PrevToken, stub_contexts


@pytest.fixture()
def run(tmp_path, tiny_llama, sample_docs, monkeypatch):
    """``_head_costs`` of the tiny Llama, a previous-token program for every head, under a config of ``overrides``."""
    monkeypatch.setattr("surgery.substitute.plan.model_context_factory", lambda m: stub_contexts)
    programs = {(layer, head): PrevToken() for layer in range(tiny_llama.cfg.n_layers)
                for head in range(tiny_llama.cfg.n_heads)}
    s = E.EvalSetup(model=tiny_llama, programs=programs, ious={}, ppl_tokens=None, tasks=[], cache=E.PatternCache())

    def costs(name: str, **overrides) -> tuple[dict, dict, E.EvalConfig]:
        cfg = E.EvalConfig(programs="p", out=str(tmp_path / name), strategy="min-cost", window=12, batch_size=4,
                           **overrides)
        got = E._head_costs(cfg, s, docs=sample_docs)
        return got, json.loads((tmp_path / name / "costs.json").read_text()), cfg

    return costs, s


def training_windows(tokenizer, docs, length: int, n: int) -> np.ndarray:
    return split_windows(tokenizer, docs, length, n, 0.25, 0, tokenizer.bos_token_id, heldout=False)


def measured(s, tokens: np.ndarray, heads=None) -> dict:
    programs = s.programs if heads is None else {h: s.programs[h] for h in heads}
    return measure_costs(s.model, programs, tokens, batch_size=4, progress=False)


def test_one_length_costs_what_it_always_cost(run, sample_docs, monkeypatch):
    costs, s = run
    got, saved, cfg = costs("one", cost_window="8", cost_windows=6, cost_screen=0)
    tokens = E.calibration_windows(cfg, s.model, sample_docs, length=8)
    assert tokens.shape == (6, 8) and saved["windows"] == [6, 8] and "screen" not in saved
    assert got == measured(s, tokens)  # one pass over the windows, unchanged to the last bit
    # screening: the first 2 windows for every head, the 3 cheapest on the other 4, share 2/6 and 4/6
    monkeypatch.setattr(E, "refined_count", lambda fraction, total: 3)
    got, saved, _ = costs("screen", cost_window="8", cost_windows=6, cost_screen=2)
    coarse, full = measured(s, tokens[:2]), measured(s, tokens)
    cheap = sorted(coarse, key=lambda h: (coarse[h], h))[:3]
    rest = measured(s, tokens[2:], cheap)
    for head in s.programs:
        old = 2 / 6 * coarse[head] + 4 / 6 * rest[head] if head in cheap else coarse[head]
        assert got[head] == pytest.approx(old, rel=1e-12, abs=0)
        assert got[head] == pytest.approx(full[head] if head in cheap else coarse[head], rel=1e-6)  # float32 batches
    assert saved["screen"] == {"windows": 2, "refined": sorted(f"L{l}H{h}" for l, h in cheap)}


def test_two_lengths_pool_every_position_of_training_windows(run, tiny_tokenizer, sample_docs):
    costs, s = run
    got, saved, _ = costs("mix", cost_window="8,24", cost_windows=12, cost_screen=0)
    assert E.budget_split(12, [8, 24]) == [6, 2] and saved["windows"] == [[6, 8], [2, 24]]
    short, long = training_windows(tiny_tokenizer, sample_docs, 8, 6), training_windows(tiny_tokenizer, sample_docs, 24, 2)
    assert short.shape == (6, 8) and long.shape == (2, 24)
    c_short, c_long = measured(s, short), measured(s, long)
    for head in s.programs:
        expected = (6 * 8 * c_short[head] + 2 * 24 * c_long[head]) / (6 * 8 + 2 * 24)
        assert got[head] == pytest.approx(expected, rel=1e-9)
    assert max(abs(c_long[h] / c_short[h] - 1) for h in s.programs) > 0.01  # the long windows do change costs
    # the groups' windows hold text of training documents only
    held, train = (side_documents(sample_docs, 0.25, 0, heldout) for heldout in (True, False))
    groups = E.cost_groups(E.EvalConfig(programs="p", out="o", cost_window="8,24", cost_windows=12), s.model, sample_docs)
    assert [g.shape for g in groups] == [(6, 8), (2, 24)]
    pieces = [p.strip() for g in groups for row in g for p in tiny_tokenizer.decode(row[1:].tolist()).split("\n\n")]
    pieces = [p for p in pieces if p]
    assert len(pieces) >= 8  # one or more per window (documents joined when windows are longer than they are)
    assert all(any(p in d for d in train) for p in pieces)
    assert not any(p in d for p in pieces if len(p) > 12 for d in held)  # "Once upon a" opens documents of both sides


def test_screening_two_lengths_refines_on_the_rest_of_both(run, sample_docs, monkeypatch):
    costs, s = run
    calls = []
    real = measure_costs

    def spy(model, programs, tokens, *args, **kwargs):
        calls.append((len(programs), tokens.shape))
        return real(model, programs, tokens, *args, **kwargs)

    monkeypatch.setattr("surgery.substitute.costs.measure_costs", spy)
    monkeypatch.setattr(E, "refined_count", lambda fraction, total: 3)
    got, saved, cfg = costs("screen", cost_window="8,24", cost_windows=12, cost_screen=2)
    short, long = E.cost_groups(cfg, s.model, sample_docs)
    assert E.screen_counts([6, 2], 2, 12) == [1, 1] and saved["screen"]["windows"] == [1, 1]
    n = len(s.programs)
    assert calls == [(n, (1, 8)), (n, (1, 24)), (3, (5, 8)), (3, (1, 24))]
    monkeypatch.setattr("surgery.substitute.costs.measure_costs", real)
    coarse = {h: (8 * a + 24 * b) / 32 for (h, a), b in zip(measured(s, short[:1]).items(), measured(s, long[:1]).values())}
    cheap = sorted(coarse, key=lambda h: (coarse[h], h))[:3]
    assert saved["screen"]["refined"] == sorted(f"L{l}H{h}" for l, h in cheap)
    c_short, c_long = measured(s, short), measured(s, long)
    for head in s.programs:
        full = (6 * 8 * c_short[head] + 2 * 24 * c_long[head]) / 96
        assert got[head] == pytest.approx(full if head in cheap else coarse[head], rel=1e-6)  # float32 batches
    assert any(abs(got[h] / coarse[h] - 1) > 1e-3 for h in cheap)  # refining changed the cheap heads' costs


def test_cost_window_flag_reaches_the_costs(tmp_path, programs_dir, offline):  # noqa: F811
    out = tmp_path / "mc"
    res = CliRunner().invoke(cli, ["eval", "--programs", str(programs_dir), "--fraction", "0.25", "--strategy",
                                   "min-cost", "--cost-windows", "4", "--cost-window", "8,16", "--window", "24",
                                   "--n-windows", "3", "--batch-size", "4", "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert json.loads((out / "config.json").read_text())["config"]["cost_window"] == "8,16"
    assert json.loads((out / "costs.json").read_text())["windows"] == [[2, 8], [1, 16]]


@pytest.mark.parametrize("value, message", [
    ("8,x", "--cost-window: window lengths must be comma-separated whole numbers of tokens"),
    ("64.5", "--cost-window: window lengths must be comma-separated whole numbers of tokens"),
    ("64,1", "--cost-window: windows need at least 2 tokens"),
    ("64,1000000", "window 1000000 is longer than the model's context"),
])
def test_bad_cost_windows_are_refused(tmp_path, programs_dir, no_weights, value, message):  # noqa: F811
    res = CliRunner().invoke(cli, ["eval", "--programs", str(programs_dir), "--strategy", "min-cost",
                                   "--cost-window", value, "--out", str(tmp_path / "x")])
    assert res.exit_code == 1 and message in res.output and len(res.output.strip().splitlines()) == 1, res.output
