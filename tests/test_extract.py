"""Extraction on tiny GPT-2-like and grouped-query Llama-like models, and the atomic store."""
from __future__ import annotations

import numpy as np
import pytest
import torch

from surgery.io import hooks
from surgery.io.corpus import CorpusError
from surgery.extract import ExtractConfig, extract
from surgery.io.store import AttentionStore, StoreError, StoreMeta, StoreWriter


@pytest.mark.parametrize("model_fixture", ["tiny_gpt2", "tiny_llama"])
def test_store_holds_the_models_own_patterns(model_fixture, request, tmp_path, sample_docs):
    model = request.getfixturevalue(model_fixture)
    cfg = ExtractConfig(out=str(tmp_path / "attn"), model=model_fixture, n_windows=6, window=12, batch_size=4)
    store = extract(cfg, model=model, docs=sample_docs, progress=False)

    assert store.attn.shape == (6, 2, 4, 12, 12)
    assert store.tokens[:, 0].tolist() == [0] * 6  # BOS first
    assert len(store.heldout_windows()) >= 1 and len(store.train_windows()) >= 1
    attn = np.asarray(store.attn, dtype=np.float32)
    np.testing.assert_allclose(attn.sum(-1), 1.0, atol=2e-3)  # causal rows sum to 1
    assert np.all(np.triu(attn, k=1) == 0)  # nothing above the diagonal

    _, cache = model.run_with_cache(torch.as_tensor(store.tokens[3:4]), names_filter=hooks.pattern_hook(1))
    expected = cache[hooks.pattern_hook(1)][0, 2].numpy()
    np.testing.assert_allclose(store.head_attention(1, 2, [3])[0], expected, atol=1e-3)


def test_store_records_strings_split_and_embeddings(tiny_llama, tmp_path, sample_docs):
    store = extract(ExtractConfig(out=str(tmp_path / "a"), n_windows=5, window=10), model=tiny_llama,
                    docs=sample_docs, progress=False)
    assert store.token_strs[0][0] == "<bos>"
    assert "".join(store.token_strs[0][1:]) == tiny_llama.tokenizer.decode(store.tokens[0][1:])
    ids = store.tokens[0]
    np.testing.assert_allclose(store.embeddings(ids), tiny_llama.W_E[torch.as_tensor(ids)].detach().numpy(), rtol=1e-6)
    # windows of one document all sit on one side of the split
    for doc in np.unique(store.doc_ids):
        assert len(set(store.split[store.doc_ids == doc].tolist())) == 1
    assert (tmp_path / "a" / "config.json").exists()


def test_joined_documents_give_windows_longer_than_any_document(tiny_llama, tmp_path, sample_docs):
    longest = max(len(tiny_llama.tokenizer(d, add_special_tokens=False)["input_ids"]) for d in sample_docs)
    cfg = ExtractConfig(out=str(tmp_path / "long"), n_windows=4, window=longest + 8, probes="none", join_documents=True)
    store = extract(cfg, model=tiny_llama, docs=sample_docs, progress=False)
    assert store.meta.joined and AttentionStore(tmp_path / "long").meta.joined
    assert store.attn.shape[-1] == longest + 8 and len(store.heldout_windows()) == 1
    _, cache = tiny_llama.run_with_cache(torch.as_tensor(store.tokens[:1]), names_filter=hooks.pattern_hook(0))
    np.testing.assert_allclose(store.head_attention(0, 1, [0])[0], cache[hooks.pattern_hook(0)][0, 1].numpy(), atol=1e-3)
    with pytest.raises(CorpusError, match="ask for fewer"):
        extract(ExtractConfig(out=str(tmp_path / "inside"), n_windows=4, window=longest + 8, probes="none"),
                model=tiny_llama, docs=sample_docs, progress=False)


def test_failed_extraction_leaves_no_store(tiny_gpt2, tmp_path, sample_docs, monkeypatch):
    import surgery.extract as ex

    def boom(*args, **kwargs):
        raise RuntimeError("interrupted")

    monkeypatch.setattr(ex, "_run_patterns", boom)
    with pytest.raises(RuntimeError):
        extract(ExtractConfig(out=str(tmp_path / "attn"), n_windows=4, window=8), model=tiny_gpt2,
                docs=sample_docs, progress=False)
    assert list(tmp_path.iterdir()) == []


def test_existing_store_is_kept_unless_overwrite(tiny_gpt2, tmp_path, sample_docs):
    cfg = ExtractConfig(out=str(tmp_path / "attn"), n_windows=4, window=8)
    extract(cfg, model=tiny_gpt2, docs=sample_docs, progress=False)
    with pytest.raises(StoreError, match="exists"):
        extract(cfg, model=tiny_gpt2, docs=sample_docs, progress=False)
    again = ExtractConfig(out=cfg.out, n_windows=6, window=8, overwrite=True)
    assert extract(again, model=tiny_gpt2, docs=sample_docs, progress=False).meta.n_windows == 6


def test_incomplete_store_is_refused(tmp_path):
    meta = StoreMeta(model="m", n_layers=1, n_heads=1, window=4, n_windows=1, corpus="c", seed=0)
    writer = StoreWriter(tmp_path / "s", meta)
    writer.__enter__()  # simulate a crash: never exited
    writer.tmp.rename(tmp_path / "s")
    with pytest.raises(StoreError, match="incomplete"):
        AttentionStore(tmp_path / "s")


def test_window_longer_than_context_is_refused_before_running(tiny_gpt2, tmp_path, sample_docs):
    with pytest.raises(CorpusError, match="context"):
        extract(ExtractConfig(out=str(tmp_path / "a"), n_windows=2, window=500), model=tiny_gpt2,
                docs=sample_docs, progress=False)
    assert not (tmp_path / "a").exists()
