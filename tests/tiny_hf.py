"""Tiny random-weight Hugging Face models of every supported architecture, saved as model directories.

Each config is small (hidden 32, 2 layers) and picks the variant that tests the most: grouped-query
or multi-query attention, sliding windows shorter than the test windows (``WINDOW``), soft-capping
low enough to bite, q/k/v biases, partial rotary. Weights are drawn large enough (std 0.3) that
attention is sharp rather than uniform, and every bias and norm weight is randomized too, so a
converter that dropped one would show.
"""
from __future__ import annotations

from pathlib import Path

import torch

WINDOW = 8  # sliding window of the windowed variants, shorter than the test sequences

_COMMON = dict(hidden_size=32, intermediate_size=64, num_hidden_layers=2, num_attention_heads=4,
               max_position_embeddings=128, bos_token_id=0, eos_token_id=0, pad_token_id=1)

ARCH_CONFIGS = {
    # name: (config class name, kwargs); the vocabulary size is the tokenizer's
    "llama": ("LlamaConfig", dict(_COMMON, num_key_value_heads=2, tie_word_embeddings=False)),
    "mistral": ("MistralConfig", dict(_COMMON, num_key_value_heads=2, head_dim=8, sliding_window=WINDOW)),
    "qwen2": ("Qwen2Config", dict(_COMMON, num_key_value_heads=2, use_sliding_window=True, sliding_window=WINDOW,
                                  max_window_layers=1, tie_word_embeddings=False)),
    "gemma": ("GemmaConfig", dict(_COMMON, num_key_value_heads=1, head_dim=8)),
    "gemma2": ("Gemma2Config", dict(_COMMON, num_key_value_heads=2, head_dim=8, sliding_window=WINDOW,
                                    query_pre_attn_scalar=16, attn_logit_softcapping=3.0, final_logit_softcapping=2.0)),
    "gemma3_text": ("Gemma3TextConfig", dict(
        _COMMON, num_key_value_heads=2, head_dim=8, sliding_window=WINDOW, query_pre_attn_scalar=16,
        layer_types=["sliding_attention", "full_attention"],
        rope_parameters={"full_attention": {"rope_type": "linear", "factor": 2.0, "rope_theta": 1e6},
                         "sliding_attention": {"rope_type": "default", "rope_theta": 1e4}})),
    "gpt2": ("GPT2Config", dict(n_embd=32, n_layer=2, n_head=4, n_positions=128, bos_token_id=0, eos_token_id=0)),
    "gpt_neox": ("GPTNeoXConfig", dict(_COMMON, partial_rotary_factor=0.5, tie_word_embeddings=False)),
    "phi": ("PhiConfig", dict(_COMMON, partial_rotary_factor=0.5)),
    "phi3": ("Phi3Config", dict(_COMMON, num_key_value_heads=2, sliding_window=WINDOW)),
    "qwen3": ("Qwen3Config", dict(_COMMON, num_key_value_heads=2, head_dim=16, tie_word_embeddings=False)),
    "olmo2": ("Olmo2Config", dict(_COMMON, num_key_value_heads=2, tie_word_embeddings=False)),
}


def randomize(model, seed: int = 0) -> None:
    """Large random weights; 1-D weights (norms) around their identity value, biases nonzero."""
    gen = torch.Generator().manual_seed(seed)
    zero_centered = model.config.model_type.startswith("gemma")  # Gemma's norms scale by (1 + w)
    with torch.no_grad():
        for name, p in model.named_parameters():
            noise = torch.randn(p.shape, generator=gen)
            if p.dim() >= 2:
                p.copy_(noise * 0.3)
            elif name.endswith("bias"):
                p.copy_(noise * 0.1)
            else:
                p.copy_((0.0 if zero_centered else 1.0) + noise * 0.1)


def build(arch: str, tokenizer, path, seed: int = 0, **overrides) -> Path:
    """Save a tiny random ``arch`` causal LM and ``tokenizer`` into ``path``; returns the path."""
    import transformers

    cls_name, kwargs = ARCH_CONFIGS[arch]
    config = getattr(transformers, cls_name)(vocab_size=len(tokenizer), **{**kwargs, **overrides})
    torch.manual_seed(seed)
    model = transformers.AutoModelForCausalLM.from_config(config, dtype=torch.float32)
    randomize(model, seed)
    path = Path(path)
    model.save_pretrained(path)
    tokenizer.save_pretrained(path)
    return path


def _permute_for_gguf(w, n_head: int):
    """llama.cpp's interleaving of the rotary halves of a q/k projection (its GGUF layout)."""
    return w.reshape(n_head, 2, w.shape[0] // n_head // 2, *w.shape[1:]).swapaxes(1, 2).reshape(w.shape)


def _tokenizer_metadata(writer, tokenizer) -> None:
    import json

    raw = json.loads(tokenizer.backend_tokenizer.to_str())
    merges = [m if isinstance(m, str) else " ".join(m) for m in raw["model"]["merges"]]
    special = set(tokenizer.all_special_ids)
    writer.add_tokenizer_model("gpt2")
    writer.add_token_list(tokenizer.convert_ids_to_tokens(list(range(len(tokenizer)))))
    writer.add_token_types([3 if i in special else 1 for i in range(len(tokenizer))])  # 3 control, 1 normal
    writer.add_token_merges(merges)
    writer.add_bos_token_id(tokenizer.bos_token_id)
    writer.add_eos_token_id(tokenizer.eos_token_id)
    writer.add_pad_token_id(tokenizer.pad_token_id)


GGUF_ARCHS = ("llama", "gemma3_text")  # what write_gguf can write


def write_gguf(model_dir, path) -> Path:
    """The tiny llama or gemma3_text HF model in ``model_dir`` as an fp32 GGUF file, written with the
    ``gguf`` package the way llama.cpp writes these architectures.

    Tensor names come from gguf's own name map; llama's q/k projections are permuted, Gemma 3's
    norm weights are stored with the 1 its RMSNorm adds. Only what llama.cpp states goes in the
    metadata, so a Gemma 3 model must use the config defaults for the rest (``query_pre_attn_scalar``,
    ``layer_types``, RoPE bases).
    """
    import gguf
    import transformers

    hf = transformers.AutoModelForCausalLM.from_pretrained(model_dir, dtype=torch.float32)
    tokenizer = transformers.AutoTokenizer.from_pretrained(model_dir)
    c = hf.config
    gemma = c.model_type == "gemma3_text"
    writer = gguf.GGUFWriter(str(path), "gemma3" if gemma else "llama")
    writer.add_context_length(c.max_position_embeddings)
    writer.add_embedding_length(c.hidden_size)
    writer.add_block_count(c.num_hidden_layers)
    writer.add_feed_forward_length(c.intermediate_size)
    writer.add_head_count(c.num_attention_heads)
    writer.add_head_count_kv(c.num_key_value_heads)
    writer.add_layer_norm_rms_eps(c.rms_norm_eps)
    writer.add_vocab_size(c.vocab_size)
    if gemma:
        writer.add_key_length(c.head_dim)
        writer.add_value_length(c.head_dim)
        writer.add_sliding_window(c.sliding_window)
        writer.add_rope_freq_base(float(c.rope_parameters["full_attention"]["rope_theta"]))
    else:
        writer.add_rope_dimension_count(c.hidden_size // c.num_attention_heads)
        writer.add_rope_freq_base(float(c.rope_parameters["rope_theta"]))
    _tokenizer_metadata(writer, tokenizer)
    names = gguf.get_tensor_name_map(gguf.MODEL_ARCH.GEMMA3 if gemma else gguf.MODEL_ARCH.LLAMA, c.num_hidden_layers)
    for name, tensor in hf.state_dict().items():
        if gemma and name == "lm_head.weight":
            continue  # tied to the embedding: llama.cpp writes no output tensor
        data = tensor.numpy().astype("float32")
        if gemma and name.endswith("norm.weight"):
            data = data + 1
        elif name.endswith("q_proj.weight") and not gemma:
            data = _permute_for_gguf(data, c.num_attention_heads)
        elif name.endswith("k_proj.weight") and not gemma:
            data = _permute_for_gguf(data, c.num_key_value_heads)
        writer.add_tensor(names.get_name(name, try_suffixes=(".weight", ".bias")), data)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return Path(path)


def train_tokenizer(docs: list[str], path):
    """The tests' tiny byte-level BPE tokenizer (tests/conftest.py), for scripts outside pytest."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=400, special_tokens=["<bos>", "<pad>"],
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet())
    tok.train_from_iterator(docs * 4, trainer=trainer)
    fast = PreTrainedTokenizerFast(tokenizer_object=tok, bos_token="<bos>", pad_token="<pad>", eos_token="<bos>")
    fast.save_pretrained(path)
    return PreTrainedTokenizerFast.from_pretrained(path)


def hf_model(arch: str, vocab: int, seed: int = 0, **overrides):
    """A tiny random ``arch`` causal LM (eager attention, eval mode), weights from :func:`randomize`."""
    import transformers

    cls_name, kwargs = ARCH_CONFIGS[arch]
    config = getattr(transformers, cls_name)(vocab_size=vocab, **{**kwargs, **overrides})
    torch.manual_seed(seed)
    model = transformers.AutoModelForCausalLM.from_config(config, dtype=torch.float32, attn_implementation="eager")
    randomize(model, seed)
    return model.eval()


def bridge(arch: str, tokenizer, seed: int = 0, **overrides):
    """A TransformerBridge over :func:`hf_model`, its parity with the HF model checked."""
    from surgery.io import convert

    model, record = convert.boot(hf_model(arch, len(tokenizer), seed, **overrides), tokenizer, f"tiny-{arch}")
    convert.check_parity(record, f"tiny-{arch}", allow_mismatch=False)
    return model


_TOKENIZER = []


def shared_tokenizer():
    """The tests' tokenizer (tests/conftest.py's ``tiny_tokenizer``) for helpers called outside fixtures."""
    import tempfile

    if not _TOKENIZER:
        from conftest import SAMPLE_DOCS

        _TOKENIZER.append(train_tokenizer(SAMPLE_DOCS, tempfile.mkdtemp(prefix="hs-tokenizer-")))
    return _TOKENIZER[0]
