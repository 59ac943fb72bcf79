"""Term selection (surgery/synthesize/termselect.py): tie-breaking, gains that must hold on every fold, determinism."""
from __future__ import annotations

import numpy as np
import pytest
import torch

from conftest_programs import random_windows
from surgery.synthesize import tensors as TF
from surgery.synthesize import termselect as TS
from surgery.lang.context import build_context

FAST = dict(levels=(1, 2), refit_steps=40, step_steps=3, full_steps=0, calibrate_steps=0, batch_windows=0)


def _features(n_windows=8, window=14, seed=0):
    ids, strs = random_windows(n_windows, window, seed)
    return TF.features([build_context(i, s) for i, s in zip(ids, strs)])


def _entry(term, f) -> int:
    """Index of ``term`` in a head's flat weights."""
    at, shape = TF.offsets(len(f.vocab)), TF.shapes(len(f.vocab))
    family, idx = TF.entry_of(term, f.vocab)
    return at[family] + int(np.ravel_multi_index(idx, shape[family]))


def _planted(f, heads):
    """Recorded patterns [H, w, n, n] of term lists ``heads`` (one list per head)."""
    return TF.predict(TF.params_from_terms(heads, f.vocab), f)


def test_of_near_ties_the_simpler_family_is_added():
    f = _features()
    rank = TS.simplicity(len(f.vocab))
    the, det = _entry(("key_token", " the"), f), _entry(("key_class", "DET"), f)
    assert rank[det] < rank[the]  # key classes come before single key tokens
    score = torch.full((1, f.n_weights), -torch.inf)
    score[0, the], score[0, det] = 1.0, 0.95
    assert TS.pick(score, rank, tie=0.1).item() == det
    assert TS.pick(score, rank, tie=0.0).item() == the  # no tie allowed: the best gain wins


def test_a_term_must_gain_on_every_fold():
    """A previous-token term that holds on half of the windows only is added on their pool, not over folds."""
    f = _features(n_windows=8)
    sink = _planted(f, [[(3.0, ("first",))]])
    both = _planted(f, [[(3.0, ("first",)), (5.0, ("distance", 1))]])
    real = torch.cat([both[:, :4], sink[:, 4:]], dim=1)  # the second half of the windows has no such term
    chosen = {}
    for folds in (1, 2):
        cfg = TS.TermFitConfig(folds=folds, min_score=0.02, **FAST)
        theta = TS.select(real, f, cfg)[-1]
        chosen[folds] = {t for _, t in TF.head_terms(theta, 0, f.vocab)}
    assert ("distance", 1) in chosen[1]
    assert ("distance", 1) not in chosen[2] and chosen[2]


def test_the_fit_is_deterministic_and_stops_when_no_term_gains():
    f = _features()
    real = _planted(f, [[(4.0, ("first",))], [(6.0, ("distance", 1))]])
    cfg = TS.TermFitConfig(min_score=0.01, **FAST)
    one, two = TS.select(real, f, cfg), TS.select(real, f, cfg)
    assert all(torch.equal(a, b) for a, b in zip(one, two))
    assert [t for _, t in TF.head_terms(one[-1], 0, f.vocab)] == [("first",)]
    assert [t for _, t in TF.head_terms(one[-1], 1, f.vocab)] == [("distance", 1)]


def test_of_near_ties_the_token_itself_beats_the_querys_own_word():
    """A self-attention head is written with ``distance 0``, not with a region that contains the query."""
    f = _features()
    rank = TS.simplicity(len(f.vocab))
    itself, word, first = _entry(("distance", 0), f), _entry(("same_word",), f), _entry(("first",), f)
    assert rank[first] < rank[itself] < rank[word] < rank[_entry(("key_class", "DET"), f)]
    score = torch.full((1, f.n_weights), -torch.inf)
    score[0, word], score[0, itself] = 1.0, 0.95
    assert TS.pick(score, rank, tie=0.1).item() == itself


def test_length_weights_stand_for_windows_of_each_length():
    """Weighted rows of 32-token windows give the term masses and the cross-entropy of a pool of
    real windows of 8 and 32 tokens in equal shares of tokens: each window and its first 8 tokens,
    4 times (programs and their features are causal, so those are 8-token windows)."""
    ids, strs = random_windows(3, 32, 5)
    ctxs = [build_context(i, s) for i, s in zip(ids, strs)]
    long = TF.features(ctxs)
    short = TF.features([c.prefix(8) for c in ctxs], long.vocab)
    heads = [[(2.0, ("first",)), (1.5, ("distance", 1)), (0.7, ("log_distance",))], [(1.0, ("same_token",))]]
    theta = TF.params_from_terms(heads, long.vocab)
    real_long = TF.predict(theta * 0.5, long)  # some other pattern, as a head's recorded attention
    real_short = TF.predict(theta * 0.5, short)
    assert torch.allclose(real_long[:, :, :8, :8], real_short, atol=1e-6)  # causal: the prefix is the short window
    pooled_mass = (TS.mass(real_long, long) * long.rows + 4 * TS.mass(real_short, short) * short.rows) \
        / (long.rows + 4 * short.rows)
    long.row_weight = TF.length_weights([8, 32], 32)
    assert long.rows == 3 * 32
    assert torch.allclose(TS.mass(real_long, long), pooled_mass, atol=1e-5)

    def ce(real, f, weighted=False):
        logp = torch.log_softmax(TF.logits(theta, f), dim=-1).masked_fill(~f.causal, 0.0)
        return -((f.weigh(real) if weighted else real) * logp).sum((1, 2, 3))

    long.row_weight = None
    pooled = (ce(real_long, long) + 4 * ce(real_short, short)) / (long.rows + 4 * short.rows)
    long.row_weight = TF.length_weights([8, 32], 32)
    assert torch.allclose(ce(real_long, long, weighted=True) / long.rows, pooled, atol=1e-5)
    for bad in ([64], [0], []):
        with pytest.raises(ValueError, match="within 1..32"):
            TF.length_weights(bad, 32)
