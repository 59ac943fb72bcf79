"""Evaluation windows at any length: inside documents while the corpus serves enough of them,
else cut from one side's documents joined end to end, never mixing held-out and training text."""
from __future__ import annotations

import numpy as np

from surgery.evaluate.windows import MIN_DOCUMENT_WINDOWS, packed_windows, split_windows
from surgery.io.corpus import HELDOUT, make_windows


def _side_docs(docs, heldout_frac, seed, heldout):
    order = np.random.default_rng(seed).permutation(len(docs))
    n_held = max(1, round(heldout_frac * len(docs)))
    return [docs[d] for d in (order[:n_held] if heldout else order[n_held:])]


def test_long_windows_span_documents_of_one_side(tiny_tokenizer, sample_docs):
    longest = max(len(tiny_tokenizer(d, add_special_tokens=False)["input_ids"]) for d in sample_docs)
    window = longest + 20  # longer than any document
    for heldout in (True, False):
        wins = split_windows(tiny_tokenizer, sample_docs, window, 4, 0.25, 0, 0, heldout)
        assert wins.shape[1] == window and len(wins) >= 1 and (wins[:, 0] == 0).all()
        own = _side_docs(sample_docs, 0.25, 0, heldout)
        other = _side_docs(sample_docs, 0.25, 0, not heldout)
        text = "".join(tiny_tokenizer.decode(row[1:].tolist()) for row in wins)
        pieces = [p.strip() for p in text.split("\n\n") if len(p.strip()) > 20]  # documents, whole or cut
        assert len(pieces) >= 2  # a window holds more than one document
        assert all(any(p in d for d in own) for p in pieces) and not any(p in d for p in pieces for d in other)


def test_short_windows_stay_inside_documents(tiny_tokenizer, sample_docs):
    wins = split_windows(tiny_tokenizer, sample_docs, 12, MIN_DOCUMENT_WINDOWS, 0.25, 0, 0, True)
    inside = make_windows(tiny_tokenizer, sample_docs, 12, 40, 0.25, 0, 0)
    held = {tuple(r) for r in inside.tokens[inside.split == HELDOUT].tolist()}
    assert len(wins) == MIN_DOCUMENT_WINDOWS and all(tuple(r) in held for r in wins.tolist())
    packed = packed_windows(tiny_tokenizer, sample_docs, 12, 3, 0.25, 0, 0, True)
    assert packed.shape == (3, 12)


def test_cost_windows_take_their_own_length(tiny_tokenizer, sample_docs):
    from types import SimpleNamespace

    from surgery.evaluate.evaluate import EvalConfig, calibration_windows, cost_groups

    model = SimpleNamespace(tokenizer=tiny_tokenizer)
    cfg = EvalConfig(programs="p", out="o", window=12, cost_windows=3, cost_window="20")
    assert calibration_windows(cfg, model, sample_docs).shape == (3, 12)
    (long,) = cost_groups(cfg, model, sample_docs)
    assert long.shape == (3, 20) and (long[:, 0] == tiny_tokenizer.bos_token_id).all()
    assert (long == calibration_windows(cfg, model, sample_docs, length=20)).all()
    assert [g.shape for g in cost_groups(EvalConfig(programs="p", out="o", window=12, cost_windows=3), model,
                                         sample_docs)] == [(3, 12)]
