"""The real default model end to end (slow), and model-name errors (fast)."""
from __future__ import annotations

import shutil

import numpy as np
import pytest
import torch

from surgery.io import models
from surgery.io.corpus import load_documents, make_windows
from surgery.extract import ExtractConfig, extract


def test_unknown_model_name_fails_fast_with_advice():
    with pytest.raises(models.ModelLoadError, match="unknown model 'no-such-model'"):
        models.load_model("no-such-model")


def test_missing_gguf_file_is_reported(tmp_path):
    with pytest.raises(models.ModelLoadError, match="no such GGUF file"):
        models.load_model(str(tmp_path / "absent.gguf"))


def test_directory_without_config_is_reported(tmp_path):
    with pytest.raises(models.ModelLoadError, match="no config.json"):
        models.load_model(str(tmp_path))


@pytest.fixture(scope="module")
def smollm2():
    return models.load_model("smollm2-135m")


@pytest.mark.slow
def test_default_model_matches_hf_loss(smollm2):
    hf_model, tokenizer = models._load_hf_gguf(models.smollm2_gguf_path())
    docs = load_documents("stories")[:3]
    wins = make_windows(tokenizer, docs, window=96, n_windows=4, heldout_frac=0.25, seed=0, bos_id=models.bos_id(smollm2))
    tokens = torch.as_tensor(wins.tokens)
    with torch.no_grad():
        hf_loss = hf_model(tokens, labels=tokens).loss.item()
        tl_loss = smollm2(tokens, return_type="loss").item()
    assert smollm2.cfg.n_layers == 30 and smollm2.cfg.n_heads == 9 and smollm2.cfg.n_key_value_heads == 3
    assert abs(hf_loss - tl_loss) < 1e-4
    record = models.conversion_records()["smollm2-135m"]
    assert record["accepted"] == "parity" and record["logit_diff"] <= 1e-4
    assert tl_loss < 4.0


@pytest.mark.slow
def test_default_model_extraction_end_to_end(smollm2, tmp_path):
    store = extract(ExtractConfig(out=str(tmp_path / "attn"), n_windows=8, window=32), model=smollm2, progress=False)
    assert store.attn.shape == (8, 30, 9, 32, 32)
    attn = np.asarray(store.attn[:2], dtype=np.float32)
    np.testing.assert_allclose(attn.sum(-1), 1.0, atol=5e-3)
    held = torch.as_tensor(store.tokens[store.heldout_windows()])
    with torch.no_grad():
        loss = smollm2(held, return_type="loss").item()
    assert 1.0 < loss < 4.0  # ordinary English: ~2 nats/token; random weights: ~11


@pytest.mark.slow
def test_corrupt_cache_is_detected_and_rebuilt(smollm2, tmp_path, monkeypatch):
    gguf = models.smollm2_gguf_path()
    entry = models.cache_dir() / f"smollm2-135m-{models._source_key(gguf)}"
    assert (entry / "manifest.json").exists()  # the fixture's load populated the cache
    monkeypatch.setenv("SURGERY_CACHE", str(tmp_path))
    copy = tmp_path / entry.name
    shutil.copytree(entry, copy)
    with open(copy / "model" / "model.safetensors", "r+b") as f:  # flip bytes deep inside a tensor
        f.seek(50_000_000)
        f.write(b"\x00\x11\x22\x33" * 64)
    assert models._read_cache(copy) is None and not copy.exists()  # refused and removed
    rebuilt = models.load_model("smollm2-135m")
    assert (copy / "manifest.json").exists()
    tokens = torch.tensor([[models.bos_id(smollm2), 600, 700, 800]])
    with torch.no_grad():
        torch.testing.assert_close(rebuilt(tokens), smollm2(tokens))
