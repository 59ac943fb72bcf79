import doctest
import sys

import numpy as np
import pytest

import surgery.lang.primitives as P
from conftest_programs import random_windows
from surgery.lang.context import build_context
from surgery.runtime.program import normalize


def contexts():
    ids, strs = random_windows(3, 24, seed=3)
    table = np.random.default_rng(0).normal(size=(ids.max() + 1, 6))
    return [build_context(i, s, embed=lambda x: table[x]) for i, s in zip(ids, strs)] + [P.example()]


CTXS = contexts()


@pytest.mark.parametrize("name", sorted(P.PRIMITIVES))
def test_every_primitive_is_a_valid_score_matrix(name):
    fn = P.PRIMITIVES[name]
    for ctx in CTXS:
        s = fn(ctx)
        assert s.shape == (ctx.n, ctx.n) and s.dtype == np.float32
        assert np.all(np.isfinite(s)) and np.all(s >= 0)
        assert not np.any(np.triu(s, k=1)), f"{name} puts mass on future keys"
        a = normalize(s)
        assert np.allclose(a.sum(-1), 1, atol=1e-5) and not np.any(np.triu(a, k=1))


def test_docstring_examples_are_there():
    """The examples run once, under pytest's --doctest-modules; here only their number is held."""
    examples = sum(len(t.examples) for t in doctest.DocTestFinder().find(P))
    assert examples >= 25


def test_every_public_primitive_is_listed_and_documented():
    for name, fn in P.PRIMITIVES.items():
        assert fn.__doc__, name
    assert len(P.PRIMITIVES) >= 28


def test_positional_golden():
    ctx = P.example()
    assert P.targets(P.previous(ctx, 1), 0) == []
    assert P.targets(P.previous_window(ctx, 2), 1) == [0]
    assert P.targets(P.sentence_start(ctx), 14) == [12]
    assert P.targets(P.same_sentence(ctx), 0) == [0]


def test_induction_golden():
    ids = np.array([0, 5, 6, 7, 5, 6])
    ctx = build_context(ids, ["<s>", "a", "b", "c", "a", "b"])
    assert P.targets(P.induction(ctx), 4) == [2]  # a b c a -> b
    assert P.targets(P.induction(ctx), 5) == [3]  # ... b -> c
    assert P.targets(P.same_token(ctx), 4) == [1]


def test_word_structure():
    ctx = build_context(np.arange(6), ["<s>", " un", "believ", "able", " story", "."])
    assert P.targets(P.word_start(ctx), 3) == [1]
    assert P.targets(P.previous_word(ctx), 4) == [1, 2, 3]
    assert P.targets(P.last_content_word(ctx), 5) == [4]


def test_combinators():
    ctx = P.example()
    m = P.mix((0.6, P.first(ctx)), (0.4, P.uniform(ctx)))
    assert np.allclose(m.sum(-1), 1)
    g = P.gate_queries(P.previous(ctx), ctx.is_punct)
    assert set(np.flatnonzero(g.sum(-1))) == {4, 8, 9, 11, 14}
    assert np.allclose(normalize(g)[5], np.eye(ctx.n)[0])  # gated-off rows fall back to BOS
    k = P.gate_keys(P.uniform(ctx), ctx.is_capitalized)
    assert set(np.flatnonzero(k.sum(0))) == {1, 5, 10}


def python_lines(fn, *args) -> int:
    """Python lines executed by ``fn(*args)``, in every frame it calls (numpy's Python code included)."""
    count = 0

    def tracer(frame, event, arg):
        nonlocal count
        count += event == "line"
        return tracer

    sys.settrace(tracer)
    try:
        fn(*args)
    finally:
        sys.settrace(None)
    return count


def _pair_loop(ctx):  # what the test must catch: a Python loop over query-key pairs
    s = np.zeros((ctx.n, ctx.n), np.float32)
    for q in range(ctx.n):
        for k in range(q + 1):
            s[q, k] = 1.0
    return s


def test_no_primitive_loops_over_pairs_in_python():
    """Vectorized: from 128 to 512 tokens, the Python lines a primitive runs grow at most linearly (a pair loop: 16x)."""
    ctxs = {}
    for n in (128, 512):
        ids, strs = random_windows(1, n, seed=1)
        ctxs[n] = build_context(ids[0], strs[0])
    assert python_lines(_pair_loop, ctxs[128]) > 128**2 / 2  # the counter sees a pair loop
    for name, fn in P.PRIMITIVES.items():
        assert fn(ctxs[512]).shape == (512, 512), name
        small, large = python_lines(fn, ctxs[128]), python_lines(fn, ctxs[512])
        assert large <= 4 * small + 100 and large < 512**2 / 16, f"{name}: {small} -> {large} Python lines"
