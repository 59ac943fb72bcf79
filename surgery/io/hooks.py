"""The one module that knows TransformerLens hook names.

Everything else asks for hooks by meaning (the attention pattern of layer ``l``), so a change in
TransformerLens naming is a change here alone.
"""
from __future__ import annotations

from contextlib import contextmanager


def pattern_hook(layer: int) -> str:
    """Hook on the softmaxed attention pattern ``[batch, head_index, query_pos, key_pos]``."""
    return f"blocks.{layer}.attn.hook_pattern"


def resid_pre_hook(layer: int) -> str:
    """Hook on the residual stream entering block ``layer`` ``[batch, pos, d_model]``."""
    return f"blocks.{layer}.hook_resid_pre"


def is_resid_pre_hook(name: str) -> bool:
    return name.startswith("blocks.") and name.endswith(".hook_resid_pre")


def is_pattern_hook(name: str) -> bool:
    return name.startswith("blocks.") and name.endswith(".attn.hook_pattern")


def layer_of(name: str) -> int:
    """Layer index of a block hook name such as ``blocks.7.attn.hook_pattern``."""
    return int(name.split(".")[1])


def token_module(model):
    """The module that receives the token ids ``[batch, pos]`` of every forward (the embedding)."""
    return model.embed


def block_module(model, layer: int):
    """Transformer block ``layer``; it receives the resolved ``attention_mask`` as a keyword."""
    return model.blocks[layer]


@contextmanager
def module_pre_hook(module, fn):
    """Install ``fn(module, args, kwargs)`` as a forward pre-hook for the duration of the block."""
    handle = module.register_forward_pre_hook(fn, with_kwargs=True)
    try:
        yield handle
    finally:
        handle.remove()


def unembed(model, resid):
    """Logits ``[batch, pos, d_vocab]`` of the residual stream after the last block
    (``model(x, start_at_layer=l, stop_at_layer=n_layers)``): final norm, unembedding, soft cap."""
    from transformer_lens.utilities import apply_softcap

    if model.cfg.normalization_type is not None:
        resid = model.ln_final(resid)
    return apply_softcap(model.unembed(resid), model.cfg.output_logits_soft_cap)
