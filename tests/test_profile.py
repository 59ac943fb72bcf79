"""The measured mechanism profile: masks are causal and mean what they say; planted patterns
come back with their mechanism's mass."""
from __future__ import annotations

import numpy as np
import pytest

from surgery.lang.context import build_context
from surgery.score.profile import (MECHANISMS, RECENT, largest, mechanism_masks, profile, stack_masks,
                                   window_profiles)


def _repeat_ctx(seq_len: int = 6, reps: int = 3, seed: int = 0):
    """BOS then a random sequence of distinct ids repeated ``reps`` times."""
    ids = np.random.default_rng(seed).choice(np.arange(10, 100), size=seq_len, replace=False)
    full = np.concatenate([[0], np.tile(ids, reps)])
    return build_context(full, ["<s>"] + [f" w{i}" for i in full[1:]]), seq_len


def _planted(ctx, pick) -> np.ndarray:
    """A row-stochastic causal pattern: row q puts all mass on key ``pick(q)`` (BOS when None)."""
    a = np.zeros((ctx.n, ctx.n))
    for q in range(ctx.n):
        k = pick(q)
        a[q, 0 if k is None else k] = 1.0
    return a


def test_masks_are_causal_and_rest_partitions_the_triangle():
    ctx, _ = _repeat_ctx()
    masks = mechanism_masks(ctx)
    assert list(masks) == list(MECHANISMS)
    upper = np.triu(np.ones((ctx.n, ctx.n), dtype=bool), k=1)
    for name, m in masks.items():
        assert m.shape == (ctx.n, ctx.n) and m.dtype == bool
        assert not (m & upper).any(), name
    covered = np.zeros_like(upper)
    for name in MECHANISMS[:-1]:
        covered |= masks[name]
    assert not (covered & masks["rest"]).any()
    assert ((covered | masks["rest"]) == ~upper).all()


def test_masks_only_use_tokens_up_to_the_query():
    """Row q of a window's masks equals the last row of the masks of its prefix up to q."""
    ctx, _ = _repeat_ctx(seq_len=5, reps=2)
    full = mechanism_masks(ctx)
    for q in range(1, ctx.n):
        prefix = build_context(ctx.ids[: q + 1], ctx.tokens[: q + 1])
        for name, m in mechanism_masks(prefix).items():
            assert (m[-1] == full[name][q, : q + 1]).all(), (name, q)


def test_planted_patterns_give_their_mechanism():
    ctx, L = _repeat_ctx(seq_len=6, reps=3)
    second = np.arange(1 + L, ctx.n)  # query rows in the repeats, where copies exist
    cases = {
        "first": lambda q: 0,
        "self": lambda q: q,
        "previous": lambda q: q - 1 if q else 0,
        "earlier_copies": lambda q: q - L if q > L else None,
        "induction": lambda q: q - L + 1 if q > L else None,
        "recent": lambda q: q - 3 if q >= 4 else None,
    }
    for name, pick in cases.items():
        p = profile(_planted(ctx, pick)[None], [ctx], rows=second)
        assert p[name] == pytest.approx(1.0), (name, p)
        assert largest(p) == name or name == "first", (name, p)


def test_rest_and_punctuation():
    tokens = ["<s>", " a", ",", " b", " c", " d", " e", " f", " g"]
    ctx = build_context(np.arange(len(tokens)) + 100, tokens)
    on_comma = _planted(ctx, lambda q: 2 if q >= 2 else None)
    p = profile(on_comma[None], [ctx], rows=np.arange(2, ctx.n))
    assert p["punctuation"] == pytest.approx(1.0)
    far = _planted(ctx, lambda q: 1 if q > RECENT + 1 else None)  # key 1 beyond the recent span
    p = profile(far[None], [ctx], rows=np.arange(RECENT + 2, ctx.n))
    assert p["rest"] == pytest.approx(1.0) and p["first"] == 0.0


def test_split_sums_to_one_and_each_counts_overlaps():
    ctx, _ = _repeat_ctx()
    rng = np.random.default_rng(1)
    a = np.tril(rng.random((ctx.n, ctx.n)))
    a /= a.sum(axis=1, keepdims=True)
    split = profile(a[None], [ctx], overlap="split")
    each = profile(a[None], [ctx])
    assert sum(split.values()) == pytest.approx(1.0, abs=1e-5)
    assert sum(each.values()) >= sum(split.values()) - 1e-9
    for name in MECHANISMS:
        assert split[name] <= each[name] + 1e-9


def test_windows_pool_as_a_mean_and_masks_can_be_reused():
    ctxs = [_repeat_ctx(seed=s)[0] for s in range(3)]
    masks = stack_masks(ctxs)
    pats = np.stack([_planted(c, lambda q: q) for c in ctxs[:2]] + [_planted(ctxs[2], lambda q: 0)])
    per_window = window_profiles(pats, masks)
    assert per_window.shape == (3, len(MECHANISMS))
    p = profile(pats, masks)
    assert p["self"] == pytest.approx(2 / 3) and p == profile(pats, ctxs)
    with pytest.raises(ValueError):
        profile(pats, masks, overlap="bogus")
