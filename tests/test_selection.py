"""Head selection: fractions, strategies, subset property of random, controls."""
from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from surgery.substitute.selection import (
    UniformCausal, build_plan, derangement, n_to_replace, parse_strategy, select_heads,
)

N_LAYERS, N_HEADS = 4, 5
HEADS = [(l, h) for l in range(N_LAYERS) for h in range(N_HEADS)]
IOUS = {head: 0.1 + 0.04 * i for i, head in enumerate(HEADS)}  # later heads fit better


def test_k_is_rounded_fraction_of_all_heads():
    assert n_to_replace(0.25, 270) == 68  # 67.5 rounds up
    assert n_to_replace(0.0, 270) == 0 and n_to_replace(1.0, 270) == 270
    assert n_to_replace(0.1, 20) == 2


@pytest.mark.parametrize("bad", [-0.1, 1.5, float("nan")])
def test_fraction_outside_unit_interval_is_rejected(bad):
    with pytest.raises(ValueError, match="between 0 and 1"):
        n_to_replace(bad, 270)


def test_best_and_worst_iou_order():
    best = select_heads("best-iou", 0.25, len(HEADS), IOUS)
    worst = select_heads("worst-iou", 0.25, len(HEADS), IOUS)
    assert best == HEADS[::-1][:5] and worst == HEADS[:5]


def test_random_is_seeded_and_nested():
    small = select_heads("random", 0.1, len(HEADS), IOUS, seed=3)
    large = select_heads("random", 0.5, len(HEADS), IOUS, seed=3)
    assert set(small) <= set(large) and len(large) == 10
    assert small == select_heads("random", 0.1, len(HEADS), IOUS, seed=3)
    assert large != select_heads("random", 0.5, len(HEADS), IOUS, seed=4)


def test_layers_and_explicit_list():
    assert select_heads("layers:1-2", 0.0, len(HEADS), IOUS) == [(l, h) for l in (1, 2) for h in range(N_HEADS)]
    assert select_heads("L0H1,L3H2", 0.0, len(HEADS), IOUS) == [(0, 1), (3, 2)]
    assert parse_strategy("heads:L0H1").heads == ((0, 1),)
    with pytest.raises(ValueError, match="no program for head"):
        select_heads("L9H9", 0.0, len(HEADS), IOUS)


def test_unknown_strategy_and_too_few_programs():
    with pytest.raises(ValueError, match="unknown strategy"):
        parse_strategy("best")
    with pytest.raises(ValueError, match="only 3 have programs"):
        select_heads("best-iou", 0.5, len(HEADS), dict(list(IOUS.items())[:3]))


def test_derangement_has_no_fixed_point():
    rng = np.random.default_rng(0)
    for n in (2, 3, 10):
        perm = derangement(n, rng)
        assert sorted(perm.tolist()) == list(range(n)) and not np.any(perm == np.arange(n))


def test_controls():
    programs = {h: SimpleNamespace(name=f"p{h}") for h in HEADS}
    heads = HEADS[:4]
    assert build_plan(heads, programs) == {h: programs[h] for h in heads}
    wrong = build_plan(heads, programs, "wrong-head", seed=1)
    assert all(wrong[h] is not programs[h] for h in heads)
    assert wrong == build_plan(heads, programs, "wrong-head", seed=1)
    shared = SimpleNamespace(name="shared")  # two heads with one file never swap it between them
    programs2 = {**programs, (0, 0): shared, (0, 1): shared}
    wrong2 = build_plan([(0, 0), (0, 1)], programs2, "wrong-head", seed=0)
    assert all(src is not shared for src in wrong2.values())
    uniform = build_plan(heads, programs, "uniform")
    assert all(isinstance(src, UniformCausal) for src in uniform.values())


def test_uniform_pattern_is_causal_and_row_stochastic():
    p = UniformCausal().pattern(SimpleNamespace(n=4))
    np.testing.assert_allclose(p.sum(axis=1), 1.0, rtol=1e-6)
    np.testing.assert_allclose(p[2], [1 / 3, 1 / 3, 1 / 3, 0], rtol=1e-6)
