"""Perplexity: pooled token weighting, substitution effect, held-out windows only."""
from __future__ import annotations

import math

import numpy as np
import pytest
import torch
from test_substitute import PrevToken, stub_contexts, tiny_model

from surgery.evaluate.evaluate import compare_perplexity, perplexity
from surgery.evaluate.windows import heldout_windows
from surgery.io.store import HELDOUT, TRAIN

torch.set_num_threads(1)


def windows(n: int = 5, pos: int = 12) -> np.ndarray:
    return np.random.default_rng(0).integers(1, 40, size=(n, pos))


def test_perplexity_is_token_weighted_and_batch_independent():
    model, toks = tiny_model(), windows()
    a = perplexity(model, toks, batch_size=2)
    b = perplexity(model, toks, batch_size=5)
    assert a.n_tokens == 5 * 11
    assert math.isclose(a.ppl, b.ppl, rel_tol=1e-6)
    with torch.no_grad():
        loss = model(torch.as_tensor(toks), return_type="loss")  # mean over all predicted tokens
    assert math.isclose(a.nll, float(loss), rel_tol=1e-5)


def test_compare_reports_relative_increase():
    model, toks = tiny_model(), windows()
    cmp = compare_perplexity(model, toks, {(0, 0): PrevToken(), (1, 2): PrevToken()}, contexts=stub_contexts)
    assert cmp.baseline.ppl != cmp.substituted.ppl
    assert math.isclose(cmp.relative_increase, cmp.substituted.ppl / cmp.baseline.ppl - 1)
    out = cmp.to_json()
    assert set(out) == {"baseline", "substituted", "relative_increase"}
    same = compare_perplexity(model, toks, {})
    assert same.relative_increase == 0.0


class WordTokenizer:
    """Whitespace tokenizer over a growing vocabulary (enough for make_windows)."""

    def __init__(self):
        self.vocab: dict[str, int] = {}

    def __call__(self, text, add_special_tokens=False):
        return {"input_ids": [self.vocab.setdefault(w, len(self.vocab) + 1) for w in text.split()]}


def test_heldout_windows_come_from_heldout_documents_only():
    from surgery.io.corpus import make_windows

    docs = [" ".join(f"d{d}w{i}" for i in range(40)) for d in range(12)]
    tok = WordTokenizer()
    store = make_windows(tok, docs, 8, 20, 0.25, 0, 0)
    held = heldout_windows(tok, docs, 8, 6, 0.25, seed=0, bos_id=0)
    assert 0 < len(held) <= 6
    train_tokens = set(store.tokens[store.split == TRAIN].ravel().tolist()) - {0}
    assert not set(held.ravel().tolist()) & train_tokens
    store_held = store.tokens[store.split == HELDOUT]
    fewer = heldout_windows(tok, docs, 8, 6, 0.25, seed=0, bos_id=0, exclude=store_held)
    assert not {tuple(r) for r in fewer.tolist()} & {tuple(r) for r in store_held.tolist()}


def test_training_windows_never_touch_heldout_documents_and_shrink_to_the_corpus():
    from surgery.evaluate.windows import split_windows

    docs = [" ".join(f"d{d}w{i}" for i in range(40)) for d in range(12)]
    tok = WordTokenizer()
    train = split_windows(tok, docs, 8, 500, 0.25, seed=0, bos_id=0, heldout=False)  # far more than exist
    held = split_windows(tok, docs, 8, 500, 0.25, seed=0, bos_id=0, heldout=True)
    assert 0 < len(held) < len(train) < 500
    assert not (set(train.ravel().tolist()) & set(held.ravel().tolist())) - {0}  # documents are disjoint


def _word_store(path, tok, docs, window: int, heldout_frac: float, seed: int):
    """A store of ``make_windows`` windows as extract writes them (attention all zero: not read here)."""
    from surgery.io.corpus import make_windows
    from surgery.io.store import StoreMeta, StoreWriter

    wins = make_windows(tok, docs, window, 40, heldout_frac, seed, 0)
    meta = StoreMeta(model="toy", n_layers=1, n_heads=1, window=window, n_windows=len(wins.tokens), corpus="toy",
                     seed=seed, heldout_frac=heldout_frac)
    words = {i: w for w, i in tok.vocab.items()}
    with StoreWriter(path, meta) as w:
        w.write_tokens(wins.tokens, [[words.get(int(t), "<s>") for t in row] for row in wins.tokens],
                       doc_ids=wins.doc_ids, split=wins.split)
        w.write_embeddings(np.arange(len(tok.vocab) + 1), np.zeros((len(tok.vocab) + 1, 2), np.float32))
    return path


@pytest.mark.parametrize("store_window, eval_window", [(8, 8), (8, 16), (16, 6), (12, 40)])
def test_perplexity_documents_are_disjoint_from_the_store_documents(tmp_path, store_window, eval_window):
    """Whatever the two window lengths, perplexity text comes only from documents the store held out:
    the split is the store's own (seed and held-out fraction from store.json, not eval's defaults)."""
    from types import SimpleNamespace

    from surgery.evaluate.evaluate import EvalConfig, _ppl_tokens
    from surgery.io.store import AttentionStore

    docs = [" ".join(f"d{d}w{i}" for i in range(60)) for d in range(16)]
    tok = WordTokenizer()
    tok.bos_token_id = 0
    path = _word_store(tmp_path / "attn", tok, docs, store_window, heldout_frac=0.15, seed=3)
    store = AttentionStore(path)
    assert store.meta.heldout_frac == 0.15  # smaller than eval's default 0.25
    doc_of = {i: int(w.split("w")[0][1:]) for w, i in tok.vocab.items()}
    fit_docs = {doc_of[int(t)] for t in store.tokens[store.split == TRAIN].ravel() if int(t)}
    cfg = EvalConfig(programs="-", out="-", store=str(path), window=eval_window, n_windows=50)  # eval defaults: 0.25, seed 0
    ppl = _ppl_tokens(cfg, SimpleNamespace(tokenizer=tok), docs)
    ppl_docs = {doc_of[int(t)] for t in ppl.ravel() if int(t)}
    assert len(ppl) > 0 and ppl_docs
    assert not ppl_docs & fit_docs
