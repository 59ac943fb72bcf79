"""What a model's files say about it before any weights load: its context length.

Used to refuse a bad ``--window`` at once instead of after the 10–30 s a model takes to load.
Reads only metadata: a GGUF file's key-value header (the format's spec, read directly: the
``gguf`` package's reader indexes every tensor first and takes seconds), or a Hugging Face
directory's ``config.json``. A Hugging Face hub name gives ``None``: its config is on the hub,
and the check after loading still applies.
"""
from __future__ import annotations

import json
import struct
from pathlib import Path

from surgery.io.convert import HF_CONTEXT_KEYS

# GGUF value types (https://github.com/ggml-org/ggml/blob/master/docs/gguf.md): fixed-size scalars
_SCALARS = {0: "B", 1: "b", 2: "H", 3: "h", 4: "I", 5: "i", 6: "f", 7: "?", 10: "Q", 11: "q", 12: "d"}
_STRING, _ARRAY = 8, 9


def _read(f, fmt: str):
    size = struct.calcsize("<" + fmt)
    data = f.read(size)
    if len(data) != size:
        raise ValueError("GGUF header ends early")
    return struct.unpack("<" + fmt, data)[0]


def _value(f, kind: int):
    if kind in _SCALARS:
        return _read(f, _SCALARS[kind])
    if kind == _STRING:
        return f.read(_read(f, "Q")).decode("utf-8", errors="replace")
    if kind == _ARRAY:
        item, count = _read(f, "I"), _read(f, "Q")
        if item in _SCALARS:  # skipped, not decoded: token lists run to 100k entries
            f.seek(struct.calcsize("<" + _SCALARS[item]) * count, 1)
        else:
            for _ in range(count):
                _value(f, item)
        return None
    raise ValueError(f"unknown GGUF value type {kind}")


def gguf_metadata(path: str | Path, keys: set[str] | None = None) -> dict:
    """Scalar and string key-values of a GGUF file's header (arrays are skipped); only ``keys``
    when given, stopping once all are found."""
    out: dict = {}
    with open(path, "rb") as f:
        if f.read(4) != b"GGUF":
            raise ValueError(f"{path} is not a GGUF file")
        version = _read(f, "I")
        if version < 2:
            raise ValueError(f"{path}: GGUF version {version} is too old")
        _read(f, "Q")  # tensor count
        for _ in range(_read(f, "Q")):
            key = f.read(_read(f, "Q")).decode("utf-8", errors="replace")
            value = _value(f, _read(f, "I"))
            if keys is None or key in keys:
                out[key] = value
            if keys is not None and keys <= out.keys():
                break
    return out


def gguf_context_length(path: str | Path) -> int | None:
    meta = gguf_metadata(path)
    value = meta.get(f"{meta.get('general.architecture')}.context_length")
    return int(value) if value is not None else None


def hf_context_length(directory: str | Path) -> int | None:
    try:
        cfg = json.loads((Path(directory) / "config.json").read_text())
    except (OSError, ValueError):
        return None
    cfg = {**cfg.get("text_config", {}), **cfg}
    return next((int(cfg[k]) for k in HF_CONTEXT_KEYS if isinstance(cfg.get(k), int)), None)


def context_length(name: str) -> int | None:
    """The context length a model name or path declares, from metadata only; None when unknown."""
    from surgery.io.models import DEFAULT_MODEL, ModelLoadError, smollm2_gguf_path

    try:
        if name == DEFAULT_MODEL:
            return gguf_context_length(smollm2_gguf_path())
        if name.endswith(".gguf") and Path(name).is_file():
            return gguf_context_length(name)
    except (OSError, ValueError, ModelLoadError):
        return None  # the loader gives the real error
    if Path(name).is_dir():
        return hf_context_length(name)
    return None
