"""Run bookkeeping shared by every command: seeding, provenance, atomic JSON files."""
from __future__ import annotations

import dataclasses
import json
import os
import platform
import random
import subprocess
from pathlib import Path
from typing import Any

import numpy as np


def seed_everything(seed: int) -> np.random.Generator:
    """The one seeding function the CLI calls; returns the Generator that random work takes."""
    random.seed(seed)
    np.random.seed(seed % 2**32)
    try:
        import torch

        torch.manual_seed(seed)
    except ImportError:  # pragma: no cover - torch is a hard dependency
        pass
    return np.random.default_rng(seed)


def git_sha() -> str | None:
    here = Path(__file__).resolve().parent
    try:
        out = subprocess.run(["git", "rev-parse", "HEAD"], cwd=here, capture_output=True, text=True, timeout=5)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return out.stdout.strip() or None if out.returncode == 0 else None


def provenance() -> dict[str, Any]:
    """Versions and git SHA recorded in every config.json and results file."""
    from importlib.metadata import PackageNotFoundError, version

    versions = {}
    for pkg in ("head-surgery", "torch", "transformer_lens", "transformers", "lm_eval", "numpy"):
        try:
            versions[pkg] = version(pkg)
        except PackageNotFoundError:
            versions[pkg] = None
    return {"git_sha": git_sha(), "python": platform.python_version(), "versions": versions}


def _jsonable(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return dataclasses.asdict(obj)
    if isinstance(obj, Path):
        return str(obj)
    if isinstance(obj, np.generic):
        return obj.item()
    if isinstance(obj, np.ndarray):
        return obj.tolist()
    raise TypeError(f"not JSON serializable: {type(obj).__name__}")


def write_text_atomic(path: str | os.PathLike, text: str) -> Path:
    """Write via a temporary file and a rename: a reader never sees half a file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    except BaseException:  # also Ctrl-C, SIGTERM: no stray temporary file
        tmp.unlink(missing_ok=True)
        raise
    return path


def write_json(path: str | os.PathLike, obj: Any) -> Path:
    """Write JSON atomically (see :func:`write_text_atomic`)."""
    return write_text_atomic(path, json.dumps(obj, indent=2, default=_jsonable) + "\n")


def model_conversions() -> dict[str, dict]:
    """How each model this process loaded was converted (loss parity with the HF model), by name."""
    import sys

    models = sys.modules.get("surgery.io.models")  # not imported: no model was loaded
    return models.conversion_records() if models is not None else {}


def write_config(out_dir: str | os.PathLike, command: str, config: Any) -> Path:
    """``config.json`` of a run: the command, its config dataclass, provenance, model conversions."""
    record = {"command": command, "config": config, **provenance()}
    conversions = model_conversions()
    if conversions:
        record["model_conversion"] = conversions
    return write_json(Path(out_dir) / "config.json", record)


def keep_freed_memory(limit: int = 1 << 30) -> bool:
    """Ask glibc to keep freed blocks up to ``limit`` bytes for reuse instead of unmapping them.

    Torch frees and re-allocates the same large tensors at every optimizer step and forward; by
    default glibc serves each block over 128 kB with a fresh ``mmap`` whose pages the kernel must
    zero again, which spends as much time in the kernel as in the computation (measured: a batched
    fit ran 2.4x faster with this). Process-wide and idempotent; a no-op off glibc.
    """
    import ctypes
    import ctypes.util

    name = ctypes.util.find_library("c")
    if platform.system() != "Linux" or not name:
        return False
    try:
        libc = ctypes.CDLL(name)
        m_trim_threshold, m_mmap_threshold = -1, -3
        return bool(libc.mallopt(m_mmap_threshold, limit)) and bool(libc.mallopt(m_trim_threshold, limit))
    except (OSError, AttributeError):
        return False
