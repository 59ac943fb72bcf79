"""Run bookkeeping shared by every command: seeding, provenance, atomic and versioned JSON files.

Every JSON object the tools write (heads.json, results.json, score.json, regress.json, costs.json,
config.json, ...) carries ``format_version`` (:data:`FORMAT_VERSION`), written by
:func:`write_json`; :func:`read_json` refuses a newer version in one line and reads files written
before versions existed (no ``format_version``) as version 0, unchanged.
"""
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


FORMAT_VERSION = 1  # of the JSON files written by write_json; readers accept this and older ones


class FormatError(ValueError):
    """A JSON file of a format this version of the toolkit does not read."""


def write_json(path: str | os.PathLike, obj: Any, indent: int | None = 2) -> Path:
    """Write JSON atomically (see :func:`write_text_atomic`); an object gets ``format_version`` first."""
    if isinstance(obj, dict):
        obj = {"format_version": FORMAT_VERSION, **obj}
    return write_text_atomic(path, json.dumps(obj, indent=indent, default=_jsonable) + "\n")


def format_version(record: Any, path: str | os.PathLike = "JSON file") -> int:
    """The ``format_version`` of a loaded record (0: written before versions), or FormatError."""
    version = record.get("format_version", 0) if isinstance(record, dict) else 0
    if not isinstance(version, int) or not 0 <= version <= FORMAT_VERSION:
        raise FormatError(f"{path} has format_version {version!r}; this head-surgery reads versions up to "
                          f"{FORMAT_VERSION}: upgrade head-surgery, or re-create the file")
    return version


class DamagedJSONError(FormatError):
    """A JSON file that does not parse: the message names the file and the command that writes it."""


# The command that writes each JSON file the tools read back, by file name (score's --out may be any name).
WRITERS = {
    "heads.json": "`surgery synthesize` (a programs directory) or `surgery score` (beside its --out)",
    "front.json": "`surgery synthesize`", "resume.json": "`surgery synthesize`", "score.json": "`surgery score`",
    "results.json": "`surgery eval`", "costs.json": "`surgery eval` or `surgery sweep` (--strategy min-cost)",
    "sweep.json": "`surgery sweep`", "regress.json": "`surgery regress`", "roles.json": "`surgery roles`",
    "report.json": "`surgery report`", "store.json": "`surgery extract`", "token_strs.json": "`surgery extract`",
    "compression.json": "`surgery compress` or `surgery synthesize`",
}


def _config_command(folder: Path) -> str | None:
    """The ``command`` recorded in ``folder/config.json``, or None (no file, damaged, none recorded)."""
    try:
        command = json.loads((folder / "config.json").read_text()).get("command")
    except (OSError, ValueError, AttributeError):
        return None
    return command if isinstance(command, str) and command else None


def writer_of(path: str | os.PathLike) -> str:
    """Which command writes ``path``: the one the config.json of its directory (or of the directory
    above, for ``fitted/`` and ``llm/``) names, else the usual writer of a file of that name
    (:data:`WRITERS`)."""
    path = Path(path)
    folders = [] if path.name == "config.json" else [path.parent, path.parent.parent]
    command = next((c for c in map(_config_command, folders) if c), None)
    if command:
        return f"`surgery {command}` (as the run's config.json records)"
    return WRITERS.get(path.name, "the surgery command that made its directory")


def read_json(path: str | os.PathLike) -> Any:
    """A JSON file written by :func:`write_json` (any version up to ours); a newer version is a
    FormatError, a file that does not parse a DamagedJSONError naming the file and its writer, both
    one line. A missing file raises FileNotFoundError as it is (callers decide what absence means)."""
    try:
        record = json.loads(Path(path).read_text(encoding="utf-8"))
    except ValueError as err:  # JSONDecodeError, UnicodeDecodeError
        raise DamagedJSONError(f"{path} is damaged (not valid JSON: {err}): re-create it with {writer_of(path)}") from None
    format_version(record, path)
    return record


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


def read_config(path: str | os.PathLike, config_type: type):
    """The config a command wrote into ``path`` (a ``config.json``), read back as ``config_type``.

    Lists come back as tuples where the field is a tuple; keys the type does not know (written by
    another version) are left out; a field that the file lacks and the type has no default for is a
    one-line FormatError naming the file.
    """
    import typing

    values = read_json(path).get("config", {})
    hints = typing.get_type_hints(config_type)
    kwargs = {}
    for f in dataclasses.fields(config_type):
        if f.name in values:
            value = values[f.name]
            tuple_field = typing.get_origin(hints.get(f.name)) is tuple or hints.get(f.name) is tuple
            kwargs[f.name] = tuple(value) if tuple_field and isinstance(value, list) else value
    try:
        return config_type(**kwargs)
    except TypeError as err:
        raise FormatError(f"{path} does not hold a {config_type.__name__}: {err}") from None


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
