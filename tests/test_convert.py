"""Loading safety: one-line refusals, the parity gate, the GGUF path, and the cache key."""
from __future__ import annotations

import json

import pytest
import torch
from click.testing import CliRunner
from transformers import AutoModelForCausalLM, BioGptConfig, LlamaConfig

from surgery.io import convert, models
from surgery.cli import cli
from surgery.io.store import AttentionStore
from tiny_hf import WINDOW, build, randomize, write_gguf

# The loading code (surgery/io/convert.py + surgery/io/models.py) as last reviewed, per converter version.
# Changing that code changes the hash: bump convert.CONVERTER_VERSION and record the new hash here.
RECORDED_CONVERTER = {2: "d0c4f5eabb0efaebb466502cbc2b7bb02975557b0e7212019d88e8842f9a4588", 3: "cc6767d2a60a6555a023afe244f94cfc6eeb1408928adddbdf507ca530f5fb35",
                      4: "9a554e7b09914cc1c8861e555f3604d3eeec3ccee6e9b3eb9e8d354881071d2f"}


def test_conversion_code_change_requires_a_new_converter_version():
    assert convert.CONVERTER_VERSION == max(RECORDED_CONVERTER), "record the new converter version's hash"
    assert models.conversion_code_sha256() == RECORDED_CONVERTER[convert.CONVERTER_VERSION], (
        "the conversion code changed: bump convert.CONVERTER_VERSION and record its hash in RECORDED_CONVERTER")


@pytest.fixture(scope="module")
def llama_dir(tmp_path_factory, tiny_tokenizer):
    return build("llama", tiny_tokenizer, tmp_path_factory.mktemp("m") / "llama")


def test_unknown_architecture_is_refused_in_one_line(tmp_path, tiny_tokenizer):
    BioGptConfig(hidden_size=32, num_hidden_layers=2, intermediate_size=64, num_attention_heads=4,
                 vocab_size=len(tiny_tokenizer)).save_pretrained(tmp_path)
    with pytest.raises(models.ModelLoadError) as err:
        models.load_model(str(tmp_path))
    message = str(err.value)
    assert "\n" not in message and message.startswith("unsupported architecture 'biogpt' (BioGptForCausalLM)")
    assert "TransformerBridge has no adapter" in message
    result = CliRunner().invoke(cli, ["extract", "--model", str(tmp_path), "--out", str(tmp_path / "attn")])
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert result.exit_code == 1 and len(lines) == 1 and "unsupported architecture 'biogpt'" in lines[0]


@pytest.mark.parametrize("variant", ["llama-with-biases", "qwen2-yarn-rope"])
def test_what_hand_conversion_refused_now_loads_with_parity(variant, tmp_path, tiny_tokenizer):
    """Attention biases on a Llama and YaRN RoPE scaling: the bridge runs HF's own code for them."""
    from transformers import Qwen2Config

    if variant == "llama-with-biases":
        cfg = LlamaConfig(hidden_size=32, intermediate_size=64, num_hidden_layers=1, num_attention_heads=4,
                          vocab_size=len(tiny_tokenizer), attention_bias=True)
    else:
        cfg = Qwen2Config(hidden_size=32, intermediate_size=64, num_hidden_layers=1, num_attention_heads=4,
                          num_key_value_heads=2, vocab_size=len(tiny_tokenizer), max_position_embeddings=128,
                          rope_parameters={"rope_type": "yarn", "factor": 4.0, "rope_theta": 10000.0,
                                           "original_max_position_embeddings": 32})
    hf = AutoModelForCausalLM.from_config(cfg)
    randomize(hf)
    hf.save_pretrained(tmp_path)
    tiny_tokenizer.save_pretrained(tmp_path)
    model = models.load_model(str(tmp_path))
    record = models.conversion_records()[str(tmp_path)]
    assert record["accepted"] == "parity" and record["logit_diff"] <= 1e-5
    plain = AutoModelForCausalLM.from_pretrained(tmp_path, dtype=torch.float32, attn_implementation="eager")
    tokens = torch.randint(2, len(tiny_tokenizer), (2, 40), generator=torch.Generator().manual_seed(0))
    with torch.no_grad():
        assert (model(tokens) - plain(tokens).logits).abs().max() < 1e-5


def test_a_mismatching_bridge_is_refused_or_used_with_a_warning(llama_dir, monkeypatch):
    from transformer_lens.model_bridge import TransformerBridge

    real = TransformerBridge.boot_transformers

    def broken(*args, hf_model, **kwargs):  # a bridge that loses one layer's MLP
        bridge = real(*args, hf_model=hf_model, **kwargs)
        with torch.no_grad():
            hf_model.model.layers[1].mlp.down_proj.weight.zero_()
        return bridge

    monkeypatch.setattr(TransformerBridge, "boot_transformers", broken)
    with pytest.raises(models.ModelLoadError, match=r"differs from the HF model's .* refused \(--allow-mismatch"):
        models.load_model(str(llama_dir))
    with pytest.warns(UserWarning, match="MODEL CONVERSION MISMATCH"):
        models.load_model(str(llama_dir), allow_mismatch=True)
    record = models.conversion_records()[str(llama_dir)]
    assert record["accepted"] == "allow-mismatch" and record["logit_diff"] > convert.LOGIT_TOLERANCE


# What llama.cpp does not write into a Gemma 3 GGUF comes back as the config defaults, so the
# model written must use them: every layer of a 2-layer model is then a sliding-window layer.
GGUF_MODELS = {"llama": {}, "gemma3_text": dict(query_pre_attn_scalar=256, layer_types=None, rope_parameters=None)}


@pytest.mark.parametrize("arch", sorted(GGUF_MODELS))
def test_gguf_file_loads_with_parity(arch, tmp_path, monkeypatch, tiny_tokenizer):
    monkeypatch.setenv("SURGERY_CACHE", str(tmp_path / "cache"))
    source = build(arch, tiny_tokenizer, tmp_path / arch, **GGUF_MODELS[arch])
    gguf = write_gguf(source, tmp_path / f"tiny-{arch}.gguf")
    model = models.load_model(str(gguf))
    record = models.conversion_records()[str(gguf)]
    assert record["architecture"] == arch and record["logit_diff"] <= convert.LOGIT_TOLERANCE
    assert models.layer_windows(model) == ([WINDOW, WINDOW] if arch == "gemma3_text" else [None, None])
    hf = AutoModelForCausalLM.from_pretrained(source, dtype=torch.float32, attn_implementation="eager")
    tokens = torch.randint(2, model.cfg.d_vocab, (2, 20), generator=torch.Generator().manual_seed(0))
    tokens[:, 0] = models.bos_id(model)
    with torch.no_grad():  # the model the file was written from
        assert abs(hf(tokens, labels=tokens).loss.item() - model(tokens, return_type="loss").item()) < 1e-4


def test_dequantized_gguf_is_cached_by_loading_code(llama_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("SURGERY_CACHE", str(tmp_path / "cache"))
    gguf = write_gguf(llama_dir, tmp_path / "tiny-llama.gguf")
    model = models.load_model(str(gguf))
    record = models.conversion_records()[str(gguf)]
    assert "cached" not in record
    (entry,) = (tmp_path / "cache").iterdir()
    manifest = json.loads((entry / "manifest.json").read_text())
    assert manifest["converter_version"] == convert.CONVERTER_VERSION
    assert (entry / "model" / "config.json").exists()  # a Hugging Face model directory
    again = models.load_model(str(gguf))
    assert models.conversion_records()[str(gguf)]["cached"] == str(entry)
    tokens = torch.tensor([[models.bos_id(model), 5, 6, 7, 8]])
    with torch.no_grad():
        torch.testing.assert_close(again(tokens), model(tokens))
    manifest["code_sha256"] = "0" * 64  # an entry written by other conversion code is rebuilt, never reused
    (entry / "manifest.json").write_text(json.dumps(manifest))
    assert models._read_cache(entry) is None and not entry.exists()


def test_source_key_depends_on_the_conversion(tmp_path, monkeypatch):
    f = tmp_path / "x.gguf"
    f.write_bytes(b"GGUF")
    key = models._source_key(f)
    monkeypatch.setattr(convert, "CONVERTER_VERSION", convert.CONVERTER_VERSION + 1)
    assert models._source_key(f) != key
    monkeypatch.undo()
    monkeypatch.setattr(models, "conversion_code_sha256", lambda: "other code")
    assert models._source_key(f) != key


def test_run_config_records_the_conversion_and_old_stores_stay_readable(llama_dir, tmp_path, sample_docs):
    from surgery.extract import ExtractConfig, extract

    out = tmp_path / "attn"
    store = extract(ExtractConfig(out=str(out), model=str(llama_dir), n_windows=2, window=16), docs=sample_docs,
                    progress=False)
    config = json.loads((out / "config.json").read_text())
    assert config["model_conversion"][str(llama_dir)]["loss_diff"] <= convert.PARITY_TOLERANCE
    assert store.meta.layer_windows is None and store.layer_window(1) is None  # llama: full attention
    meta = json.loads((out / "store.json").read_text())
    del meta["layer_windows"]  # a store written before the field existed
    (out / "store.json").write_text(json.dumps(meta))
    assert AttentionStore(out).layer_window(0) is None
