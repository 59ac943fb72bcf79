"""Faithful conversion of a Hugging Face causal LM into a TransformerLens ``HookedTransformer``.

Each supported architecture (``ARCHITECTURES``) is converted by TransformerLens's own code for
it: its config branch (``loading_from_pretrained.convert_hf_model_config``) where that branch
reads the HF config, and its weight converter (``pretrained/weight_conversions``, dispatched by
``get_pretrained_state_dict``). TransformerLens describes the Gemma families only by official
model name, so their configs are built here from the HF config, field by field as TransformerLens
sets them for the official models. Facts TransformerLens does not read from a local config are
taken from the HF config: ``head_dim`` and each layer's sliding window (``layer_types``).

Anything else is refused with one line: an unknown ``model_type``, RoPE scaling or biases the
converter would drop, windows of different sizes. Every conversion is then checked against the
HF model (:func:`parity`): the loss on a fixed text must agree within ``PARITY_TOLERANCE``.

``CONVERTER_VERSION`` must be bumped with any change to this module or to the conversion cache
in ``surgery/io/models.py`` (``tests/test_convert.py`` hashes both against recorded values); the
cache key also hashes the code itself, so an entry made by other code is never reused.
"""
from __future__ import annotations

import math
import tempfile
from dataclasses import dataclass
from pathlib import Path

import torch

CONVERTER_VERSION = 3
PARITY_TOLERANCE = 1e-3  # nats/token, fp32
PARITY_TEXT = (
    "Once upon a time there was a little girl named Lily. She loved to play in the park with her dog, "
    "Max. One sunny day, Lily and Max found a big red ball under a tree. \"Look, Max!\" said Lily. "
    "They played with the ball until the sun went down, and then they walked home together, tired and happy."
)
PARITY_TOKENS = 96  # at most, BOS included


class ModelLoadError(Exception):
    """A model name or file cannot be turned into a model; the message says what to do."""


@dataclass(frozen=True)
class Architecture:
    tl_name: str  # TransformerLens's original_architecture
    families: str  # what it covers, for messages and the README
    own_config: bool = False  # TransformerLens has no HF-config branch: built here
    may_have_biases: bool = True  # False: the converter drops biases, so a model with any is refused


ARCHITECTURES: dict[str, Architecture] = {
    "llama": Architecture("LlamaForCausalLM", "Llama 1-3, TinyLlama, SmolLM/SmolLM2", may_have_biases=False),
    "mistral": Architecture("MistralForCausalLM", "Mistral", may_have_biases=False),
    "qwen2": Architecture("Qwen2ForCausalLM", "Qwen1.5, Qwen2, Qwen2.5"),
    "gemma": Architecture("GemmaForCausalLM", "Gemma", own_config=True, may_have_biases=False),
    "gemma2": Architecture("Gemma2ForCausalLM", "Gemma 2", own_config=True, may_have_biases=False),
    "gemma3_text": Architecture("Gemma3ForCausalLM", "Gemma 3 text (270M, 1B)", own_config=True, may_have_biases=False),
    "gpt2": Architecture("GPT2LMHeadModel", "GPT-2, DistilGPT2"),
    "gpt_neox": Architecture("GPTNeoXForCausalLM", "GPT-NeoX, Pythia"),
    "phi": Architecture("PhiForCausalLM", "Phi-1, Phi-1.5, Phi-2", own_config=True),
    "phi3": Architecture("Phi3ForCausalLM", "Phi-3, Phi-3.5 mini", may_have_biases=False),
    "qwen3": Architecture("Qwen3ForCausalLM", "Qwen3 (dense)", may_have_biases=False),
}
_GEMMA_N_CTX = 8192  # TransformerLens's cap for the official Gemma models (memory of the rotary tables)


def supported_line() -> str:
    return ", ".join(sorted(ARCHITECTURES))


def architecture_of(hf_cfg) -> Architecture:
    """The supported architecture of an HF config, or a one-line refusal."""
    model_type = getattr(hf_cfg, "model_type", None)
    arch = ARCHITECTURES.get(model_type)
    if arch is None:
        names = ", ".join(getattr(hf_cfg, "architectures", None) or [])
        names = f" ({names})" if names else ""
        hint = " (multimodal Gemma 3: convert its text model, model_type gemma3_text)" if model_type == "gemma3" else ""
        raise ModelLoadError(f"unsupported architecture '{model_type}'{names}{hint}; supported: {supported_line()}")
    return arch


def hf_layer_windows(hf_cfg) -> list[int | None]:
    """Each layer's sliding window in tokens as the HF model applies it (None: full attention)."""
    n = hf_cfg.num_hidden_layers
    window = getattr(hf_cfg, "sliding_window", None)
    types = getattr(hf_cfg, "layer_types", None)
    if not window:
        return [None] * n
    if types:
        return [int(window) if t == "sliding_attention" else None for t in types]
    return [int(window)] * n  # no layer_types (Mistral, Phi-3): HF windows every layer


def layer_windows(cfg) -> list[int | None]:
    """Each layer's sliding window of a TransformerLens config (None: full attention)."""
    if not cfg.use_local_attn:
        return [None] * cfg.n_layers
    return [int(cfg.window_size) if t == "local" else None for t in cfg.attn_types]


def _rope(hf_cfg, layer_type: str | None = None) -> dict:
    params = getattr(hf_cfg, "rope_parameters", None) or {}
    if layer_type is not None and layer_type in params:
        params = params[layer_type]
    return params or {}


def _refuse_unconvertible(hf_cfg, hf_model, arch: Architecture) -> None:
    kinds = ("full_attention", "sliding_attention") if hf_cfg.model_type == "gemma3_text" else (None,)
    allowed = {"default", None}
    for kind in kinds:
        rope_type = _rope(hf_cfg, kind).get("rope_type")
        ok = allowed | ({"llama3"} if hf_cfg.model_type == "llama" else set())
        if kind == "full_attention":
            ok = ok | {"linear"}
        if rope_type not in ok:
            raise ModelLoadError(f"{hf_cfg.model_type}: RoPE scaling '{rope_type}' is not converted faithfully; refused")
    if not arch.may_have_biases and any(name.endswith(".bias") for name, _ in hf_model.named_parameters()):
        raise ModelLoadError(f"{hf_cfg.model_type} with bias parameters: TransformerLens's converter drops them; refused")
    windows = {w for w in hf_layer_windows(hf_cfg) if w is not None}
    if len(windows) > 1:
        raise ModelLoadError(f"{hf_cfg.model_type}: sliding windows of different sizes {sorted(windows)} are not supported")


def _gemma_config(hf_cfg, arch: Architecture) -> dict:
    """A TransformerLens config dict for a Gemma 1/2/3 HF config, as TransformerLens writes the official ones."""
    c = hf_cfg
    version = {"GemmaForCausalLM": 1, "Gemma2ForCausalLM": 2, "Gemma3ForCausalLM": 3}[arch.tl_name]
    act = getattr(c, "hidden_act", None) if version == 1 else getattr(c, "hidden_activation", None)
    d = {
        "d_model": c.hidden_size, "d_head": c.head_dim, "n_heads": c.num_attention_heads,
        "d_mlp": c.intermediate_size, "n_layers": c.num_hidden_layers,
        "n_ctx": min(c.max_position_embeddings, _GEMMA_N_CTX), "eps": c.rms_norm_eps, "d_vocab": c.vocab_size,
        "act_fn": act or getattr(c, "hidden_act", None) or getattr(c, "hidden_activation", None),
        "initializer_range": c.initializer_range, "normalization_type": "RMS", "rotary_dim": c.head_dim,
        "positional_embedding_type": "rotary", "use_attn_scale": True, "n_key_value_heads": c.num_key_value_heads,
        "gated_mlp": True, "final_rms": True, "rotary_base": _rope(c).get("rope_theta", 10000.0),
    }
    if version >= 2:
        d["use_normalization_before_and_after"] = True
        d["attn_scale"] = math.sqrt(c.query_pre_attn_scalar)
        if getattr(c, "attn_logit_softcapping", None):
            d["attn_scores_soft_cap"] = float(c.attn_logit_softcapping)
        if getattr(c, "final_logit_softcapping", None):
            d["output_logits_soft_cap"] = float(c.final_logit_softcapping)
    if version == 3:
        full, local = _rope(c, "full_attention"), _rope(c, "sliding_attention")
        d.update(use_qk_norm=True, rotary_base=full.get("rope_theta", 1e6), rotary_base_local=local.get("rope_theta", 1e4))
        if full.get("rope_type") == "linear":
            d["rotary_scaling_factor"] = float(full["factor"])
    d["original_architecture"] = arch.tl_name
    return d


def _phi_config(hf_cfg, arch: Architecture) -> dict:
    """TransformerLens's PhiForCausalLM branch, reading the partial rotary factor where transformers 5 keeps it."""
    c = hf_cfg
    d_head = c.hidden_size // c.num_attention_heads
    partial = getattr(c, "partial_rotary_factor", None) or _rope(c).get("partial_rotary_factor", 1.0)
    return {
        "d_model": c.hidden_size, "d_head": d_head, "n_heads": c.num_attention_heads, "d_mlp": c.intermediate_size,
        "n_layers": c.num_hidden_layers, "n_ctx": c.max_position_embeddings, "eps": c.layer_norm_eps,
        "d_vocab": c.vocab_size, "act_fn": c.hidden_act, "initializer_range": c.initializer_range,
        "normalization_type": "LN", "positional_embedding_type": "rotary", "rotary_base": _rope(c).get("rope_theta", 10000.0),
        "use_attn_scale": True, "parallel_attn_mlp": True, "default_prepend_bos": False,
        "rotary_dim": round(partial * d_head), "original_architecture": arch.tl_name,
    }


def _add_legacy_names(config_json: Path, hf_cfg) -> None:
    """Fields TransformerLens's config branches read under names transformers 5 no longer writes."""
    import json

    raw = json.loads(config_json.read_text())
    if hf_cfg.model_type == "gpt2":
        raw.setdefault("n_ctx", hf_cfg.n_positions)
    config_json.write_text(json.dumps(raw))


def _tl_config_dict(hf_cfg, arch: Architecture, tmp: Path) -> dict:
    from transformer_lens import loading_from_pretrained as lp

    if arch.own_config:
        d = _phi_config(hf_cfg, arch) if arch.tl_name == "PhiForCausalLM" else _gemma_config(hf_cfg, arch)
    else:
        _add_legacy_names(tmp / "config.json", hf_cfg)
        d = lp.convert_hf_model_config(str(tmp))  # reads tmp/config.json; the name matches no official model
        if d.get("original_architecture") != arch.tl_name:
            raise ModelLoadError(f"{hf_cfg.model_type}: TransformerLens read it as {d.get('original_architecture')}; refused")
        head_dim = getattr(hf_cfg, "head_dim", None)
        if head_dim and head_dim != d["d_head"] and d.get("rotary_dim") == d["d_head"]:
            d.update(d_head=head_dim, rotary_dim=head_dim)  # the llama/qwen2 branches assume hidden/heads
    windows = hf_layer_windows(hf_cfg)
    local = [w for w in windows if w is not None]
    d.update(use_local_attn=bool(local), window_size=local[0] if local else None,
             attn_types=["local" if w else "global" for w in windows] if local else None)
    d.update(init_weights=False, dtype=torch.float32, device="cpu", n_devices=1, from_checkpoint=False,
             tokenizer_name=None, d_vocab=hf_cfg.vocab_size)
    d.setdefault("default_prepend_bos", True)
    return d


def _neutral_tmpdir() -> tempfile.TemporaryDirectory:
    """A temporary directory whose path TransformerLens cannot mistake for an official model name."""
    while True:
        tmp = tempfile.TemporaryDirectory(prefix="hs-convert-")
        if not any(word in tmp.name.lower() for word in ("llama", "gemma")):
            return tmp
        tmp.cleanup()


def convert(hf_model, tokenizer, name: str):
    """An unprocessed fp32 ``HookedTransformer`` with the HF model's weights (no folding or centering)."""
    from transformer_lens import HookedTransformer, HookedTransformerConfig
    from transformer_lens import loading_from_pretrained as lp

    hf_cfg = hf_model.config
    arch = architecture_of(hf_cfg)
    _refuse_unconvertible(hf_cfg, hf_model, arch)
    if hasattr(hf_cfg, "quantization_config"):  # weights are already dequantized to fp32
        del hf_cfg.quantization_config
    hf_cfg.architectures = [arch.tl_name]
    with _neutral_tmpdir() as tmp:
        hf_cfg.save_pretrained(tmp)
        cfg_dict = _tl_config_dict(hf_cfg, arch, Path(tmp))
        cfg_dict["model_name"] = name
        cfg = HookedTransformerConfig.from_dict(cfg_dict)
        state = lp.get_pretrained_state_dict(tmp, cfg, hf_model)
    model = HookedTransformer(cfg, tokenizer=tokenizer, move_to_device=False, default_padding_side="right")
    model.load_and_process_state_dict(
        state, fold_ln=False, center_writing_weights=False, center_unembed=False,
        fold_value_biases=False, refactor_factored_attn_matrices=False,
    )
    model.eval()
    return model


# --- parity ---------------------------------------------------------------------------------


def parity_tokens(tokenizer, bos: int, n_ctx: int) -> torch.Tensor:
    """int64 [1, n] the fixed parity text, BOS first."""
    ids = tokenizer(PARITY_TEXT, add_special_tokens=False)["input_ids"]
    return torch.tensor([[bos] + list(ids)[: min(PARITY_TOKENS, n_ctx) - 1]])


@torch.no_grad()
def parity(hf_model, model, tokens: torch.Tensor) -> dict:
    """Loss (nats/token) of the HF model and the converted model on ``tokens``, and their difference."""
    hf_loss = float(hf_model(tokens, labels=tokens).loss)
    tl_loss = float(model(tokens, return_type="loss"))
    return {"hf_loss": hf_loss, "tl_loss": tl_loss, "loss_diff": abs(hf_loss - tl_loss),
            "n_tokens": int(tokens.shape[1]), "tolerance": PARITY_TOLERANCE, "converter_version": CONVERTER_VERSION,
            "architecture": hf_model.config.model_type}


def check_parity(record: dict, name: str, allow_mismatch: bool) -> None:
    """Refuse a conversion whose loss differs from the HF model's (a loud warning with ``allow_mismatch``)."""
    diff = record["loss_diff"]
    if diff <= PARITY_TOLERANCE:
        record["accepted"] = "parity"
        return
    msg = (f"{name}: converted model's loss {record['tl_loss']:.5f} differs from the HF model's "
           f"{record['hf_loss']:.5f} by {diff:.2e} nats/token (> {PARITY_TOLERANCE:g})")
    if not allow_mismatch:
        raise ModelLoadError(msg + "; refused (--allow-mismatch to use it anyway)")
    import warnings

    record["accepted"] = "allow-mismatch"
    warnings.warn("MODEL CONVERSION MISMATCH: " + msg + "; used anyway because of --allow-mismatch", stacklevel=2)
