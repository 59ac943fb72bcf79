"""Probe windows: repeated random word tokens next to the corpus, split by document, recorded in
store.json, off with ``--probes none``."""
from __future__ import annotations

import numpy as np
import pytest

from surgery.extract import ExtractConfig, extract
from surgery.io.corpus import (CorpusError, Windows, add_probes, n_probe_windows, repeat_probes,
                               word_token_ids)
from surgery.io.store import HELDOUT, TRAIN


def test_repeat_probes_repeat_a_random_sequence():
    rng = np.random.default_rng(3)
    p = repeat_probes(np.arange(100, 200), 4, 15, 1, rng)
    assert p.shape == (4, 15) and (p[:, 0] == 1).all()
    assert (p[:, 1:8] == p[:, 8:15]).all()
    assert all(len(set(row[1:8].tolist())) == 7 for row in p)  # drawn without replacement
    assert not (p[0] == p[1]).all()
    again = repeat_probes(np.arange(100, 200), 4, 15, 1, np.random.default_rng(3))
    assert (again == p).all()


def test_probe_count_is_a_modest_share_and_validated():
    assert n_probe_windows(256, 0.125) == 32 and n_probe_windows(1, 0.5) == 0
    with pytest.raises(CorpusError):
        n_probe_windows(10, 0.9)
    with pytest.raises(CorpusError):
        n_probe_windows(10, 0.1, "bogus")


def test_add_probes_splits_by_document_and_interleaves():
    wins = Windows(tokens=np.zeros((12, 5), dtype=np.int64), doc_ids=np.arange(12) // 2,
                   split=np.array([TRAIN] * 8 + [HELDOUT] * 4, dtype=np.uint8))
    probes = np.ones((4, 5), dtype=np.int64)
    out = add_probes(wins, probes, 0.25, first_doc=100)
    assert len(out.tokens) == 16 and out.is_probe.sum() == 4
    assert (out.tokens[out.is_probe] == 1).all() and set(out.doc_ids[out.is_probe]) == {100, 101, 102, 103}
    assert (out.split[out.is_probe] == HELDOUT).sum() == 1
    assert (np.diff(out.split.astype(int)) >= 0).all()  # train windows first, as before
    train_probe = np.flatnonzero(out.is_probe[out.split == TRAIN])
    assert train_probe.min() > 0 and train_probe.max() < 10 and np.diff(train_probe).min() > 1  # spread out
    natural = out.doc_ids[~out.is_probe]
    assert (natural == wins.doc_ids).all()  # natural windows keep their order


def test_word_tokens_are_words(tiny_tokenizer):
    ids = word_token_ids(tiny_tokenizer, exclude=(0, 1))
    texts = tiny_tokenizer.batch_decode([[int(i)] for i in ids])
    assert len(ids) >= 16 and all(t.strip().isalpha() for t in texts)


def test_extract_adds_probes_by_default_and_none_turns_them_off(tmp_path, tiny_gpt2, sample_docs):
    cfg = ExtractConfig(out=str(tmp_path / "a"), n_windows=16, window=12, probe_frac=0.25)
    store = extract(cfg, model=tiny_gpt2, docs=sample_docs, progress=False)
    probes = store.meta.probes
    idx = np.array(probes["windows"])
    assert probes["kind"] == "repeat" and len(idx) == 4 and store.meta.n_windows == 16
    assert set(store.split[idx].tolist()) == {TRAIN, HELDOUT}
    assert all(d >= len(sample_docs) for d in store.doc_ids[idx])
    L = probes["seq_len"]
    for w in idx:
        assert (store.tokens[w, 1:1 + L] == store.tokens[w, 1 + L:1 + 2 * L]).all()
    natural = np.setdiff1d(np.arange(16), idx)
    assert all(d < len(sample_docs) for d in store.doc_ids[natural])
    off = extract(ExtractConfig(out=str(tmp_path / "b"), n_windows=16, window=12, probes="none"), model=tiny_gpt2,
                  docs=sample_docs, progress=False)
    assert off.meta.probes is None and off.doc_ids.max() < len(sample_docs)
