"""Measured head costs: equal to a full substituted forward, zero for a head's own pattern; min-cost order."""
from __future__ import annotations

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from surgery.io import hooks
from surgery.substitute.costs import load_costs, measure_costs, save_costs
from surgery.substitute.selection import select_heads
from surgery.substitute.plan import substituted
from test_substitute import PrevToken, Recorded, stub_contexts, tiny_model, tokens


def full_forward_cost(model, plan, toks: torch.Tensor, metric: str) -> float:
    """Δ mean NLL, or exact mean KL, from two ordinary forwards (no start_at_layer shortcut)."""
    with torch.no_grad():
        base = model(toks)
        with substituted(model, plan, contexts=stub_contexts):
            sub = model(toks)
    if metric == "nll":
        return F.cross_entropy(sub[:, :-1].flatten(0, 1), toks[:, 1:].flatten()).item() - \
            F.cross_entropy(base[:, :-1].flatten(0, 1), toks[:, 1:].flatten()).item()
    p, q = torch.log_softmax(base, -1), torch.log_softmax(sub, -1)
    return (p.exp() * (p - q)).sum(-1).mean().item()


@pytest.mark.parametrize("n_kv,metric", [(None, "nll"), (2, "nll"), (None, "kl"), (2, "kl")])
def test_cost_equals_full_substituted_forward(n_kv, metric, monkeypatch):
    model = tiny_model(n_kv=n_kv, pos="rotary")
    toks = tokens(batch=5, pos=12)
    monkeypatch.setattr("surgery.substitute.plan.model_context_factory", lambda m: stub_contexts)
    prev = PrevToken()
    programs = {(0, 1): prev, (1, 3): prev}
    vocab = model.cfg.d_vocab  # top_k = vocab: the KL is exact
    costs = measure_costs(model, programs, toks.numpy(), batch_size=2, progress=False, metric=metric, top_k=vocab)
    assert set(costs) == set(programs)
    for head in programs:
        expected = full_forward_cost(model, {head: prev}, toks, metric)
        assert costs[head] == pytest.approx(expected, abs=1e-5)
        assert abs(costs[head]) > 1e-4  # a previous-token pattern really changes these random heads
        if metric == "kl":
            assert costs[head] > 0


@pytest.mark.parametrize("metric", ["kl", "nll"])
def test_heads_sharing_a_forward_cost_what_they_cost_alone(metric, monkeypatch):
    """Several heads of one layer in one stacked forward: each copy has its own head alone replaced."""
    model = tiny_model(n_kv=2, pos="rotary")
    toks = tokens(batch=5, pos=12).numpy()
    monkeypatch.setattr("surgery.substitute.plan.model_context_factory", lambda m: stub_contexts)
    prev, toks_prev = PrevToken(), tokens(batch=5, pos=12)
    table = {tuple(row.tolist()): np.tril(np.ones((12, 12), np.float32)) / np.arange(1, 13)[:, None]
             for row in toks_prev}
    uniform = Recorded("uniform", table)
    programs = {(0, 0): prev, (0, 1): uniform, (0, 3): prev, (1, 1): prev, (1, 2): uniform}
    exact = model.cfg.d_vocab  # top_k = vocab: the KL is exact, comparable with full_forward_cost
    one = measure_costs(model, programs, toks, batch_size=2, progress=False, metric=metric, heads_per_forward=1,
                        top_k=exact)
    for size in (2, 3, 8):
        shared = measure_costs(model, programs, toks, batch_size=2, progress=False, metric=metric,
                               heads_per_forward=size, top_k=exact)
        assert shared == pytest.approx(one, abs=1e-6)
    assert len({round(v, 6) for v in one.values()}) == len(programs)  # five different heads, five costs
    for head in ((0, 1), (1, 2)):
        assert one[head] == pytest.approx(full_forward_cost(model, {head: uniform}, torch.as_tensor(toks), metric),
                                          abs=1e-5)
    with pytest.raises(ValueError, match="heads_per_forward"):
        measure_costs(model, programs, toks, heads_per_forward=0)


def test_unknown_cost_metric_is_refused():
    with pytest.raises(ValueError, match="unknown cost metric 'mse'"):
        measure_costs(tiny_model(), {}, tokens(batch=2, pos=4).numpy(), metric="mse")


def test_own_pattern_costs_nothing(monkeypatch):
    model = tiny_model()
    toks = tokens(batch=4, pos=10)
    monkeypatch.setattr("surgery.substitute.plan.model_context_factory", lambda m: stub_contexts)
    _, cache = model.run_with_cache(toks, names_filter=hooks.is_pattern_hook)
    table = {tuple(row.tolist()): cache[hooks.pattern_hook(1)][b, 2].numpy() for b, row in enumerate(toks)}
    for metric in ("kl", "nll"):
        costs = measure_costs(model, {(1, 2): Recorded("own", table)}, toks.numpy(), progress=False, metric=metric)
        assert abs(costs[(1, 2)]) < 1e-6


def test_min_cost_takes_cheapest_first_and_needs_costs(tmp_path):
    ious = {(0, 0): 0.9, (0, 1): 0.1, (1, 0): 0.5, (1, 1): 0.7}
    costs = {(0, 0): 0.30, (0, 1): -0.01, (1, 0): 0.02, (1, 1): 0.02}
    assert select_heads("min-cost", 0.5, 4, ious, costs=costs) == [(0, 1), (1, 0)]  # tie (1,0)/(1,1) by head
    assert select_heads("min-cost", 1.0, 4, ious, costs=costs)[:3] == [(0, 1), (1, 0), (1, 1)]
    with pytest.raises(ValueError, match="min-cost needs measured head costs"):
        select_heads("min-cost", 0.5, 4, ious)
    save_costs(tmp_path / "costs.json", costs, {"model": "tiny"})
    assert load_costs(tmp_path / "costs.json") == costs
    (tmp_path / "bad.json").write_text("{not json")
    with pytest.raises(ValueError, match="cannot read head costs"):
        load_costs(tmp_path / "bad.json")


def test_screened_costs_refine_the_cheapest_heads(tmp_path, monkeypatch):
    """--cost-screen: every head on the first windows, the cheapest on all; the refined costs equal a
    single pass over every window, the others their screening cost, and costs.json says which is which."""
    import json

    from surgery.evaluate import evaluate as E

    model = tiny_model(n_kv=2, pos="rotary")
    toks = tokens(batch=6, pos=12).numpy()
    monkeypatch.setattr("surgery.substitute.plan.model_context_factory", lambda m: stub_contexts)
    monkeypatch.setattr(E, "calibration_windows", lambda cfg, m, docs, n=None: toks)
    monkeypatch.setattr(E, "refined_count", lambda fraction, total: 3)
    prev = PrevToken()
    programs = {(layer, head): prev for layer in range(2) for head in range(4)}
    cfg = E.EvalConfig(programs="p", out=str(tmp_path), strategy="min-cost", cost_windows=6, cost_screen=2, batch_size=2)
    s = E.EvalSetup(model=model, programs=programs, ious={}, ppl_tokens=None, tasks=[], cache=E.PatternCache())
    costs = E._head_costs(cfg, s, docs=None)
    coarse = measure_costs(model, programs, toks[:2], batch_size=2, progress=False)
    full = measure_costs(model, programs, toks, batch_size=2, progress=False)
    cheap = sorted(coarse, key=lambda h: (coarse[h], h))[:3]
    assert set(costs) == set(programs)
    for head in programs:
        expected = full[head] if head in cheap else coarse[head]
        assert costs[head] == pytest.approx(expected, rel=1e-9, abs=1e-12)
    assert len({round(full[h] / coarse[h], 6) for h in programs}) > 1  # the extra windows do change costs
    saved = json.loads((tmp_path / "costs.json").read_text())
    assert saved["screen"] == {"windows": 2, "refined": sorted(f"L{l}H{h}" for l, h in cheap)}
    cfg_off = E.EvalConfig(programs="p", out=str(tmp_path / "off"), strategy="min-cost", cost_windows=6, cost_screen=0,
                           batch_size=2)
    off = E._head_costs(cfg_off, s, docs=None)
    assert off == pytest.approx(full, rel=1e-9) and "screen" not in json.loads((tmp_path / "off" / "costs.json").read_text())
