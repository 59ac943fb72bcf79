"""The one module that knows TransformerLens's TransformerBridge: hook names, where a forward's
inputs enter, the key-value cache, and forwards that start or stop between blocks.

Everything else asks for hooks by meaning (the attention pattern of layer ``l``), so a change in
TransformerLens (or in the Hugging Face model it wraps) is a change here alone.

The bridge runs the Hugging Face model's own forward with hook points in its modules, so:

- the key-value cache is Hugging Face's (:func:`new_kv_cache`); a forward on a cache is given the
  attention mask of every key position, cached ones first, and the positions of its new tokens;
- the bridge has no ``start_at_layer``: :func:`stream_from` runs the blocks from ``layer`` on
  itself, each called with the arguments the model gives it in an ordinary forward of the same
  length (recorded once per length by :func:`block_inputs`);
- :func:`final_stream` stops a forward after its last block, so the final norm and the
  unembedding run only where a caller needs them (:func:`unembed`).
"""
from __future__ import annotations

import copyreg
from contextlib import contextmanager

import torch


def pattern_hook(layer: int) -> str:
    """Hook on the softmaxed attention pattern ``[batch, head_index, query_pos, key_pos]``."""
    return f"blocks.{layer}.attn.hook_pattern"


def resid_pre_hook(layer: int) -> str:
    """Hook on the residual stream entering block ``layer`` ``[batch, pos, d_model]``."""
    return f"blocks.{layer}.hook_in"


def is_resid_pre_hook(name: str) -> bool:
    return name.startswith("blocks.") and name.endswith(".hook_in") and name.count(".") == 2


def is_pattern_hook(name: str) -> bool:
    return name.startswith("blocks.") and name.endswith(".attn.hook_pattern")


def layer_of(name: str) -> int:
    """Layer index of a block hook name such as ``blocks.7.attn.hook_pattern``."""
    return int(name.split(".")[1])


def hf_model(model):
    """The Hugging Face causal LM the bridge wraps (its modules are the bridge's components)."""
    return model.original_model


def hf_config(model):
    return hf_model(model).config


def input_module(model):
    """The module whose forward receives the token ids ``[batch, pos]`` (first argument) and
    ``attention_mask`` ``[batch, key_pos]`` (a keyword; 1 = real token; with a key-value cache it
    covers every key position) of every forward from tokens."""
    return hf_model(model)


def block_module(model, layer: int):
    """Transformer block ``layer`` (its forward pre-hooks see every forward that runs it)."""
    return model.blocks[layer]


@contextmanager
def module_pre_hook(module, fn):
    """Install ``fn(module, args, kwargs)`` as a forward pre-hook for the duration of the block."""
    handle = module.register_forward_pre_hook(fn, with_kwargs=True)
    try:
        yield handle
    finally:
        handle.remove()


# --- forwards -------------------------------------------------------------------------------


def forward_kwargs(mask: torch.Tensor | None = None, kv=None, positions: torch.Tensor | None = None) -> dict:
    """Keyword arguments of a bridge forward: the attention mask, a key-value cache (filled in
    place) and the positions of the new tokens. Without a cache none is built."""
    kwargs: dict = {"use_cache": kv is not None}
    if kv is not None:
        kwargs["past_key_values"] = kv
    if mask is not None:
        kwargs["attention_mask"] = mask
    if positions is not None:
        kwargs["position_ids"] = positions
    return kwargs


def new_kv_cache(model):
    """An empty key-value cache for :func:`forward_kwargs`."""
    from transformers import DynamicCache

    return DynamicCache(config=hf_config(model))


def select_kv(kv, index: torch.Tensor):
    """A new cache holding the sequences ``index`` (int64 [r]) of ``kv``; ``kv`` is left as it is."""
    from transformers import DynamicCache

    return DynamicCache(ddp_cache_data=[(keys[index], values[index]) for keys, values, *_ in kv])


class _Stopped(Exception):
    def __init__(self, stream: torch.Tensor):
        self.stream = stream


def forward_until(model, tokens: torch.Tensor, fwd_hooks: list, last: str, **kwargs) -> None:
    """A forward with ``fwd_hooks`` [(hook name, fn)] that stops once the hook ``last`` has run
    (what follows it, e.g. the last MLP and the unembedding, never runs). ``kwargs``: :func:`forward_kwargs`."""
    def stop(tensor, hook):
        raise _Stopped(tensor)

    try:
        with model.hooks(fwd_hooks=list(fwd_hooks) + [(last, stop)]):
            model(tokens, return_type=None, **kwargs)
    except _Stopped:
        return
    raise RuntimeError(f"the forward did not reach {last}")


def final_stream(model, tokens: torch.Tensor, **kwargs) -> torch.Tensor:
    """The residual stream after the last block ``[batch, pos, d_model]`` (before the final norm);
    the norm and unembedding do not run. ``kwargs``: :func:`forward_kwargs`."""
    def stop(stream, hook):
        raise _Stopped(stream)

    try:
        with model.hooks(fwd_hooks=[("ln_final.hook_in", stop)]):
            model(tokens, return_type=None, **kwargs)
    except _Stopped as stopped:
        return stopped.stream
    raise RuntimeError("the forward did not reach the final norm")


def unembed(model, resid: torch.Tensor) -> torch.Tensor:
    """Logits ``[batch, pos, d_vocab]`` of the residual stream after the last block: final norm,
    unembedding and (Gemma 2/3) the final soft cap, as the Hugging Face model applies them."""
    logits = model.unembed(model.ln_final(resid))
    cap = getattr(hf_config(model), "final_logit_softcapping", None)
    return torch.tanh(logits / cap) * cap if cap else logits


def block_inputs(model, pos: int) -> list[tuple[tuple, dict]]:
    """The arguments (after the stream) each block receives in an ordinary unpadded forward of
    ``pos`` tokens, recorded on one sequence (they broadcast over any batch) and kept per length."""
    memo = model.__dict__.setdefault("_surgery_block_inputs", {})
    device = next(model.parameters()).device
    if (pos, str(device)) not in memo:
        seen: dict[int, tuple[tuple, dict]] = {}

        def record(layer):
            def pre(module, args, kwargs):
                rest = tuple(None if _is_cache(a) else a for a in args[1:])
                seen[layer] = (rest, {k: (None if _is_cache(v) else v) for k, v in kwargs.items()})
            return pre

        handles = [block.register_forward_pre_hook(record(i), with_kwargs=True) for i, block in enumerate(model.blocks)]
        try:
            with torch.no_grad():
                final_stream(model, torch.zeros(1, pos, dtype=torch.long, device=device), **forward_kwargs())
        finally:
            for h in handles:
                h.remove()
        memo[(pos, str(device))] = [seen[i] for i in range(len(model.blocks))]
    return memo[(pos, str(device))]


def _is_cache(value) -> bool:
    from transformers import Cache

    return isinstance(value, Cache)


def stream_from(model, resid: torch.Tensor, layer: int, inputs: list[tuple[tuple, dict]] | None = None) -> torch.Tensor:
    """The residual stream after the last block ``[batch, pos, d_model]`` of an unpadded forward whose
    stream entering block ``layer`` is ``resid``: only the blocks from ``layer`` on run (their hooks
    fire as in a whole forward). ``inputs``: :func:`block_inputs` of the length; pass it when hooks
    are installed that must not see the recording forward."""
    inputs = block_inputs(model, resid.shape[1]) if inputs is None else inputs
    for block, (args, kwargs) in zip(model.blocks[layer:], inputs[layer:]):
        out = block(resid, *args, **kwargs)
        resid = out[0] if isinstance(out, tuple) else out
    return resid


# --- pickling -------------------------------------------------------------------------------
# A forward that asks for attentions (run_with_cache does) makes transformers install
# output-capturing hooks whose closures hold its module-level context variable, which cannot be
# pickled: a model used once could no longer go to a Ray actor. The variable is pickled as a
# reference to transformers' own.


def _output_collector():
    from transformers.utils import output_capturing

    return output_capturing._active_collector


def _register_collector_pickling() -> None:
    try:
        from transformers.utils import output_capturing
    except ImportError:  # another transformers layout: nothing to register
        return
    copyreg.pickle(type(output_capturing._active_collector), lambda var: (_output_collector, ()))


_register_collector_pickling()
