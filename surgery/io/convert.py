"""A Hugging Face causal LM on TransformerLens's ``TransformerBridge``, checked against itself.

The bridge wraps the Hugging Face model: its forward is the model's own (eager attention, raw
weights, nothing folded), with hook points in its modules. No weights are converted here; an
architecture is supported when TransformerLens has an adapter for it
(:func:`supported_architecture`). Before the bridge takes the model, the plain HF model's logits
on a fixed text are recorded; after, the bridge's (:func:`parity`). A difference above
``LOGIT_TOLERANCE`` (or a loss difference above ``PARITY_TOLERANCE``) refuses the model.

``CONVERTER_VERSION`` must be bumped with any change to this module or to the model cache in
``surgery/io/models.py`` (``tests/test_convert.py`` hashes both against recorded values); the
cache key also hashes the code itself, so an entry made by other code is never reused.
"""
from __future__ import annotations

import torch

CONVERTER_VERSION = 4
PARITY_TOLERANCE = 1e-3  # nats/token, fp32
LOGIT_TOLERANCE = 1e-3  # max abs logit difference, fp32
PARITY_TEXT = (
    "Once upon a time there was a little girl named Lily. She loved to play in the park with her dog, "
    "Max. One sunny day, Lily and Max found a big red ball under a tree. \"Look, Max!\" said Lily. "
    "They played with the ball until the sun went down, and then they walked home together, tired and happy."
)
PARITY_TOKENS = 96  # at most, BOS included
HF_CONTEXT_KEYS = ("max_position_embeddings", "n_positions", "n_ctx", "max_sequence_length", "seq_length")


class ModelLoadError(Exception):
    """A model name or file cannot be turned into a model; the message says what to do."""


def supported_architecture(hf_cfg) -> str:
    """The HF class name TransformerLens's bridge has an adapter for, or a one-line refusal."""
    from transformer_lens.factories.architecture_adapter_factory import SUPPORTED_ARCHITECTURES

    from transformers.models.auto.modeling_auto import MODEL_FOR_CAUSAL_LM_MAPPING_NAMES

    model_type = getattr(hf_cfg, "model_type", None)
    names = list(getattr(hf_cfg, "architectures", None) or [])
    if not names and model_type in MODEL_FOR_CAUSAL_LM_MAPPING_NAMES:
        names = [MODEL_FOR_CAUSAL_LM_MAPPING_NAMES[model_type]]  # a config saved without its model class
    for name in names:
        if name in SUPPORTED_ARCHITECTURES:
            return name
    shown = f" ({', '.join(names)})" if names else ""
    raise ModelLoadError(f"unsupported architecture '{model_type}'{shown}: TransformerLens's TransformerBridge "
                         f"has no adapter for it ({len(SUPPORTED_ARCHITECTURES)} architectures are supported)")


def hf_layer_windows(hf_cfg) -> list[int | None]:
    """Each layer's sliding window in tokens as the HF model applies it (None: full attention)."""
    n = hf_cfg.num_hidden_layers
    window = getattr(hf_cfg, "sliding_window", None)
    types = getattr(hf_cfg, "layer_types", None)
    if getattr(hf_cfg, "use_sliding_window", True) is False and not types:
        return [None] * n
    if not window:
        return [None] * n
    if types:
        return [int(window) if t == "sliding_attention" else None for t in types]
    return [int(window)] * n  # no layer_types (Mistral, Phi-3): HF windows every layer


def boot(hf_model, tokenizer, name: str):
    """The bridge over ``hf_model`` (fp32, eval mode), with the parity record of the two.

    ``hf_model`` becomes the bridge's: its modules are replaced by hooked components.
    """
    from transformer_lens.model_bridge import TransformerBridge

    cfg = hf_model.config
    if hasattr(cfg, "quantization_config"):  # weights are already dequantized to fp32
        del cfg.quantization_config
    cfg.architectures = [type(hf_model).__name__]
    supported_architecture(cfg)
    hf_model.eval()
    tokens = parity_tokens(tokenizer, _bos(tokenizer), _context(cfg))
    with torch.no_grad():
        hf_logits = hf_model(tokens, use_cache=False).logits
    try:
        model = TransformerBridge.boot_transformers(name, hf_model=hf_model, tokenizer=tokenizer, device="cpu",
                                                    dtype=torch.float32)
    except (ValueError, KeyError, AttributeError, RuntimeError, TypeError, NotImplementedError) as err:
        raise ModelLoadError(f"{name}: TransformerBridge cannot wrap {cfg.model_type}: {type(err).__name__}: "
                             f"{str(err).splitlines()[0] if str(err) else ''}") from err
    model.eval()  # model.tokenizer: the bridge's copy of ``tokenizer`` (it prepends BOS by default)
    return model, parity(hf_logits, model, tokens)


def _bos(tokenizer) -> int:
    for tid in (tokenizer.bos_token_id, tokenizer.eos_token_id):  # GPT-2: <|endoftext|> doubles as BOS
        if tid is not None:
            return int(tid)
    raise ModelLoadError("the tokenizer has neither a BOS nor an EOS token")


def _context(hf_cfg) -> int:
    cfg = getattr(hf_cfg, "get_text_config", lambda: hf_cfg)()
    return next((int(getattr(cfg, k)) for k in HF_CONTEXT_KEYS if isinstance(getattr(cfg, k, None), int)), PARITY_TOKENS)


# --- parity ---------------------------------------------------------------------------------


def parity_tokens(tokenizer, bos: int, n_ctx: int) -> torch.Tensor:
    """int64 [1, n] the fixed parity text, BOS first."""
    ids = tokenizer(PARITY_TEXT, add_special_tokens=False)["input_ids"]
    return torch.tensor([[bos] + list(ids)[: min(PARITY_TOKENS, n_ctx) - 1]])


def _loss(logits: torch.Tensor, tokens: torch.Tensor) -> float:
    logp = torch.log_softmax(logits[:, :-1].float(), dim=-1)
    return float(-logp.gather(-1, tokens[:, 1:, None]).mean())


@torch.no_grad()
def parity(hf_logits: torch.Tensor, model, tokens: torch.Tensor) -> dict:
    """The plain HF model's logits on ``tokens`` against the bridge's: max abs difference, losses."""
    logits = model(tokens, use_cache=False)
    hf_loss, tl_loss = _loss(hf_logits, tokens), _loss(logits, tokens)
    return {"hf_loss": hf_loss, "tl_loss": tl_loss, "loss_diff": abs(hf_loss - tl_loss),
            "logit_diff": float((logits - hf_logits).abs().max()), "n_tokens": int(tokens.shape[1]),
            "tolerance": PARITY_TOLERANCE, "logit_tolerance": LOGIT_TOLERANCE, "converter_version": CONVERTER_VERSION,
            "architecture": model.original_model.config.model_type}


def check_parity(record: dict, name: str, allow_mismatch: bool) -> None:
    """Refuse a bridge whose logits differ from the HF model's (a loud warning with ``allow_mismatch``)."""
    diff, logit_diff = record["loss_diff"], record.get("logit_diff", 0.0)
    if diff <= PARITY_TOLERANCE and logit_diff <= LOGIT_TOLERANCE:
        record["accepted"] = "parity"
        return
    msg = (f"{name}: the bridge's loss {record['tl_loss']:.5f} differs from the HF model's {record['hf_loss']:.5f} "
           f"by {diff:.2e} nats/token (tolerance {PARITY_TOLERANCE:g}), its logits by up to {logit_diff:.2e} "
           f"(tolerance {LOGIT_TOLERANCE:g})")
    if not allow_mismatch:
        raise ModelLoadError(msg + "; refused (--allow-mismatch to use it anyway)")
    import warnings

    record["accepted"] = "allow-mismatch"
    warnings.warn("MODEL CONVERSION MISMATCH: " + msg + "; used anyway because of --allow-mismatch", stacklevel=2)
