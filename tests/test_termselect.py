"""Term selection (surgery/synthesize/termselect.py): tie-breaking, gains that must hold on every fold, determinism."""
from __future__ import annotations

import numpy as np
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
