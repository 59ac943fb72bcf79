"""The attention store: every head's attention on every window, on disk.

Layout of a store directory (format version 1)::

    store.json       metadata: format_version (``format`` in stores written before it), model,
                     n_layers, n_heads, window, n_windows, corpus, seed and heldout_frac of the
                     split (heldout_frac absent in stores written before it was recorded),
                     ``files``: each array's shape, dtype and byte size (a SHA-256 of the small ones),
                     layer_windows (each layer's sliding attention window in tokens, null = full;
                     absent or null in stores of models without sliding windows)
                     probes (the probe windows, repeated random tokens, among all windows: kind,
                     sequence length and window indices; absent or null when the store has none)
                     joined (true: windows cut from each side's documents joined end to end, a
                     window's document the one it starts in; absent in stores written before it)
    tokens.npy       int32   [window_index, pos]            token ids, BOS first
    token_strs.json  list[list[str]]                        decoded text of each token
    doc_ids.npy      int32   [window_index]                 corpus document of each window
    split.npy        uint8   [window_index]                 0 = train (synthesis), 1 = held-out (scoring)
    attn.npy         float16 [window_index, layer, head_index, query_pos, key_pos]
    embed_ids.npy    int32   [k]                            distinct token ids that occur in the store
    embed.npy        float32 [k, d_model]                   the model's input embeddings of those ids
    COMPLETE         written last; a directory without it is never read

All arrays are plain ``.npy`` files; ``attn.npy`` is opened memory-mapped, so a store larger than
memory can be read one window or one head at a time. A store is written into a sibling
``<dir>.partial-<pid>`` directory and renamed into place only once complete, so an interrupted
or failed extraction never leaves something that later commands would take for complete.

With ``--executor ray`` the format is the same: windows are extracted in batches on Ray actors,
every batch comes back to the driver (the ``surgery extract`` process), which alone writes it
into the partial directory; ``COMPLETE`` and the rename follow only after the last batch is in.
Workers need no access to the store's file system, and a lost batch (an actor that died more
often than its retries) fails the run before anything is renamed into place.

Opening a store checks every file against ``files`` (and, for stores written before that record,
each ``.npy`` header against the file's size), so a truncated or damaged store fails at once with
:class:`DamagedStoreError` naming the file, instead of deep inside numpy. ``attn.npy``, too large
for one checksum to be read on every open, has one CRC-32 per window (``files["attn.npy"]["blocks"]``):
opening verifies a random sample of windows by default, all of them or none on request
(:func:`set_verify_mode`, ``surgery --verify-store full|sample|skip``, ``SURGERY_VERIFY_STORE``).

A writer holds an exclusive lock on ``<dir>.lock`` from start to rename, so a second writer to the
same directory fails at once ("OUT is being written by process N") instead of replacing the first
one's store; it checks the free space before writing and reserves the whole ``attn.npy`` up front
(``posix_fallocate``), so a full disk is a one-line error before extraction, never a SIGBUS
half-way through the memory-mapped writes.
"""
from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import sys
from dataclasses import dataclass, fields
from pathlib import Path

import numpy as np

from surgery.io.guards import (
    SAMPLE_WINDOWS, OutputLock, StoreError, block_checksums, check_free_space, first_bad_block, mb as _mb, reserve,
    verify_mode,
)

FORMAT_VERSION = 1
TRAIN, HELDOUT = 0, 1


ARRAYS = ("tokens.npy", "doc_ids.npy", "split.npy", "attn.npy", "embed_ids.npy", "embed.npy")
CHECKSUM_MAX_BYTES = 16 << 20  # arrays up to this size get a SHA-256 in store.json (attn.npy never)


class DamagedStoreError(StoreError):
    """A complete store whose files do not match what ``store.json`` says (truncated, corrupt)."""


@dataclass(frozen=True)
class StoreMeta:
    """Metadata of a store, saved as ``store.json``."""

    model: str  # model name as given to the loader
    n_layers: int
    n_heads: int  # query heads per layer
    window: int  # tokens per window, BOS included
    n_windows: int
    corpus: str
    seed: int  # of the train/held-out split (and the window draw)
    format_version: int = FORMAT_VERSION  # stores written before version records say ``format`` instead
    layer_windows: list | None = None  # [n_layers] sliding window of each layer (None: full attention)
    heldout_frac: float | None = None  # share of documents held out (None: a store written before it was recorded)
    probes: dict | None = None  # probe windows: {"kind", "seq_len", "windows": [indices]} (None: none, or an older store)
    joined: bool = False  # windows cut from each side's documents joined end to end (``extract --join-documents``)


class AttentionStore:
    """Read access to a complete store directory."""

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        if not self.path.is_dir():
            raise StoreError(f"no attention store at {self.path}")
        if not (self.path / "COMPLETE").exists():
            raise StoreError(f"{self.path} is an incomplete attention store (no COMPLETE marker); re-run extract")
        raw = self._read_json("store.json")
        if not isinstance(raw, dict):
            raise self._damaged("store.json", "is damaged (not a JSON object)")
        version = raw.get("format_version", raw.get("format"))
        if version != FORMAT_VERSION:
            raise StoreError(f"{self.path}: store format_version {version!r} is not {FORMAT_VERSION}, the one this "
                             "head-surgery reads: re-run `surgery extract` with this version")
        raw["format_version"] = version
        try:
            self.meta = StoreMeta(**{f.name: raw[f.name] for f in fields(StoreMeta) if f.name in raw})
        except TypeError as e:
            raise self._damaged("store.json", f"lacks a field ({e})") from None
        self.files: dict | None = raw.get("files")  # None in stores written before the record existed
        self.tokens = self._array("tokens.npy")  # [window_index, pos]
        self.doc_ids = self._array("doc_ids.npy")
        self.split = self._array("split.npy")
        self.attn = self._array("attn.npy", mmap=True)  # [w, layer, head, q, k]
        self._embed_ids = self._array("embed_ids.npy")
        self._embed = self._array("embed.npy", mmap=True)
        self.token_strs: list[list[str]] = self._read_json("token_strs.json")
        self._check_shapes()
        self.verify(verify_mode())

    def _damaged(self, name: str, what: str) -> DamagedStoreError:
        return DamagedStoreError(f"{self.path / name} {what}: {rerun_advice(self.path)}")

    def _read_json(self, name: str):
        try:
            return json.loads((self.path / name).read_text())
        except FileNotFoundError:
            raise self._damaged(name, "is missing") from None
        except (ValueError, UnicodeDecodeError):
            raise self._damaged(name, "is damaged (not valid JSON)") from None

    def _array(self, name: str, mmap: bool = False) -> np.ndarray:
        """One ``.npy`` file, checked against its record in store.json and its own header."""
        problem = check_array(self.path / name, (self.files or {}).get(name))
        if problem:
            raise self._damaged(name, problem)
        try:
            return np.load(self.path / name, mmap_mode="r" if mmap else None)
        except (ValueError, OSError, EOFError) as e:
            raise self._damaged(name, f"is damaged ({e})") from None

    def _check_shapes(self) -> None:
        m = self.meta
        expected = {"tokens.npy": (self.tokens.shape, (m.n_windows, m.window)),
                    "doc_ids.npy": (self.doc_ids.shape, (m.n_windows,)),
                    "split.npy": (self.split.shape, (m.n_windows,)),
                    "attn.npy": (self.attn.shape, (m.n_windows, m.n_layers, m.n_heads, m.window, m.window)),
                    "embed.npy": (self._embed.shape[:1], self._embed_ids.shape)}
        for name, (got, want) in expected.items():
            if tuple(got) != tuple(want):
                raise self._damaged(name, f"has shape {tuple(got)}, expected {tuple(want)} from store.json")
        if len(self.token_strs) != m.n_windows:
            raise self._damaged("token_strs.json", f"has {len(self.token_strs)} windows, expected {m.n_windows}")

    def verify(self, mode: str = "full") -> int:
        """Check windows of ``attn.npy`` against their CRC-32s in store.json: all (``full``), a random
        sample (``sample``) or none (``skip``; also for stores written before the record). Returns
        the number of windows checked; :class:`DamagedStoreError` names the first that differs."""
        blocks = ((self.files or {}).get("attn.npy") or {}).get("blocks")
        if mode == "skip" or not blocks:
            return 0
        n = len(blocks["crc32"])
        windows = range(n) if mode == "full" or n <= SAMPLE_WINDOWS else \
            sorted(np.random.default_rng().choice(n, SAMPLE_WINDOWS, replace=False))
        bad = first_bad_block(self.path / "attn.npy", blocks, windows)
        if bad is not None:
            raise self._damaged("attn.npy", f"is damaged (window {bad} differs from its checksum in store.json)")
        return len(windows)

    def fingerprint(self) -> str:
        """SHA-256 of the metadata, the tokens and every head's last attention row of every window:
        changes when the text or the model behind the store changes, without reading all of it."""
        h = hashlib.sha256((self.path / "store.json").read_bytes())
        h.update(np.ascontiguousarray(self.tokens).tobytes())
        h.update(np.ascontiguousarray(self.attn[:, :, :, -1, :]).tobytes())  # [w, layer, head, k]
        return h.hexdigest()

    @property
    def n_layers(self) -> int:
        return self.meta.n_layers

    @property
    def n_heads(self) -> int:
        return self.meta.n_heads

    @property
    def heads(self) -> list[tuple[int, int]]:
        """All (layer, head) pairs in layer-major order."""
        return [(l, h) for l in range(self.n_layers) for h in range(self.n_heads)]

    def layer_window(self, layer: int) -> int | None:
        """Sliding attention window of ``layer`` in tokens, None when the layer sees the whole context."""
        windows = self.meta.layer_windows
        return None if windows is None else windows[layer]

    def train_windows(self) -> np.ndarray:
        return np.flatnonzero(self.split == TRAIN)

    def heldout_windows(self) -> np.ndarray:
        return np.flatnonzero(self.split == HELDOUT)

    def head_attention(self, layer: int, head: int, windows: np.ndarray | None = None) -> np.ndarray:
        """float32 [window, query_pos, key_pos] attention of one head on the given windows."""
        idx = np.arange(len(self.tokens)) if windows is None else np.asarray(windows)
        return np.asarray(self.attn[idx, layer, head], dtype=np.float32)

    def embeddings(self, token_ids: np.ndarray) -> np.ndarray:
        """float32 [n, d_model] input embeddings of token ids that occur in the store."""
        pos = np.searchsorted(self._embed_ids, token_ids)
        if np.any(pos >= len(self._embed_ids)) or np.any(self._embed_ids[np.minimum(pos, len(self._embed_ids) - 1)] != token_ids):
            raise KeyError("token id not in this store's embedding table")
        return np.asarray(self._embed[pos], dtype=np.float32)


class StoreWriter:
    """Writes a store atomically: ``with StoreWriter(dir, meta, ...) as w: w.attn[i] = ...``.

    On a clean exit the directory is completed and renamed into place; on an exception the
    partial directory is removed and any previous store at ``dir`` is left untouched.
    """

    def __init__(self, path: str | os.PathLike, meta: StoreMeta, overwrite: bool = False):
        self.path = Path(path)
        self.meta = meta
        self.overwrite = overwrite
        self.tmp = self.path.with_name(f"{self.path.name}.partial-{os.getpid()}")
        self.lock = OutputLock(self.path)
        if self.path.exists() and not overwrite:
            self.lock.release()
            raise StoreError(f"{self.path} exists; pass overwrite=True to replace it")

    def __enter__(self) -> "StoreWriter":
        m = self.meta
        remove_stale_partials(self.path)
        if self.tmp.exists():
            shutil.rmtree(self.tmp)
        shape = (m.n_windows, m.n_layers, m.n_heads, m.window, m.window)
        try:
            check_free_space(self.path, int(np.prod(shape)) * 2)  # float16 attn.npy dwarfs the other files
            self.tmp.mkdir(parents=True)
            self.attn = np.lib.format.open_memmap(self.tmp / "attn.npy", mode="w+", dtype=np.float16, shape=shape)
            reserve(self.tmp / "attn.npy")
        except BaseException:
            self._abandon()
            raise
        return self

    def _abandon(self) -> None:
        """Remove the partial directory and release the lock."""
        self.__dict__.pop("attn", None)
        shutil.rmtree(self.tmp, ignore_errors=True)
        self.lock.release()

    def write_tokens(self, tokens: np.ndarray, token_strs: list[list[str]], doc_ids: np.ndarray, split: np.ndarray) -> None:
        np.save(self.tmp / "tokens.npy", tokens.astype(np.int32))
        np.save(self.tmp / "doc_ids.npy", doc_ids.astype(np.int32))
        np.save(self.tmp / "split.npy", split.astype(np.uint8))
        (self.tmp / "token_strs.json").write_text(json.dumps(token_strs))

    def write_embeddings(self, ids: np.ndarray, embed: np.ndarray) -> None:
        order = np.argsort(ids)
        np.save(self.tmp / "embed_ids.npy", ids[order].astype(np.int32))
        np.save(self.tmp / "embed.npy", embed[order].astype(np.float32))

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is not None:
            self._abandon()
            if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
                raise StoreError(f"no space left writing {self.path}: {exc.strerror}; partial output removed") from None
            return
        try:
            self._complete()
        finally:
            self._abandon()

    def _complete(self) -> None:
        self.attn.flush()
        del self.attn
        for name in (*ARRAYS, "token_strs.json"):
            if not (self.tmp / name).exists():
                raise StoreError(f"store incomplete: {name} was never written")
        record = {name: array_record(self.tmp / name) for name in ARRAYS}
        shape, dtype, offset = _header(self.tmp / "attn.npy")
        block = int(np.prod(shape[1:], dtype=np.int64)) * dtype.itemsize  # one window [layer, head, q, k]
        record["attn.npy"]["blocks"] = block_checksums(self.tmp / "attn.npy", offset, block, shape[0])
        (self.tmp / "store.json").write_text(json.dumps({**self.meta.__dict__, "files": record}, indent=2))
        (self.tmp / "COMPLETE").write_text("ok\n")
        if self.path.exists():
            if not self.overwrite:
                raise StoreError(f"{self.path} appeared while this store was written; not replaced")
            shutil.rmtree(self.path)
        os.replace(self.tmp, self.path)


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


def remove_stale_partials(path: Path) -> list[Path]:
    """Remove ``<path>.partial-<pid>`` directories whose process is gone (killed by SIGKILL, a
    crash, a power cut), with a note on stderr; a running writer's directory is left alone."""
    removed = []
    for tmp in sorted(path.parent.glob(f"{path.name}.partial-*")):
        pid = tmp.name.rsplit("-", 1)[-1]
        if not pid.isdigit() or int(pid) == os.getpid() or pid_alive(int(pid)):
            continue
        shutil.rmtree(tmp, ignore_errors=True)
        print(f"removed {tmp}: left by process {pid}, which is no longer running", file=sys.stderr)
        removed.append(tmp)
    return removed


# ---------------------------------------------------------------- integrity


def _header(path: Path) -> tuple[tuple[int, ...], np.dtype, int]:
    """Shape, dtype and data offset of a ``.npy`` file, from its header alone."""
    with open(path, "rb") as f:
        version = np.lib.format.read_magic(f)
        read = np.lib.format.read_array_header_1_0 if version == (1, 0) else np.lib.format.read_array_header_2_0
        shape, _, dtype = read(f)
        return tuple(shape), dtype, f.tell()


def array_record(path: Path) -> dict:
    """What store.json records of one array: shape, dtype, bytes, and a SHA-256 when small."""
    shape, dtype, _ = _header(path)
    size = path.stat().st_size
    record = {"shape": list(shape), "dtype": dtype.str, "bytes": size}
    if size <= CHECKSUM_MAX_BYTES and path.name != "attn.npy":
        record["sha256"] = hashlib.sha256(path.read_bytes()).hexdigest()
    return record


def check_array(path: Path, record: dict | None) -> str | None:
    """What is wrong with one ``.npy`` file (``"is truncated (2 MB of 4 MB)"``), or None.

    Checks the file's size against the record (when the store has one) and against its own
    header, then the header's shape and dtype and the checksum against the record.
    """
    if not path.is_file():
        return "is missing"
    size = path.stat().st_size
    if record and size != record["bytes"]:
        return f"is truncated ({_mb(size)} of {_mb(record['bytes'])})" if size < record["bytes"] else \
            f"has {size} bytes, {record['bytes']} expected"
    try:
        shape, dtype, offset = _header(path)
    except (ValueError, OSError, EOFError, SyntaxError) as e:
        return f"is damaged (unreadable header: {e})"
    need = offset + int(np.prod(shape, dtype=np.int64)) * dtype.itemsize
    if size < need:
        return f"is truncated ({_mb(size)} of {_mb(need)})"
    if record and (list(shape) != record["shape"] or dtype.str != record["dtype"]):
        return f"has shape {shape} {dtype.str}, store.json says {tuple(record['shape'])} {record['dtype']}"
    if record and "sha256" in record and hashlib.sha256(path.read_bytes()).hexdigest() != record["sha256"]:
        return "is damaged (its SHA-256 differs from store.json's)"
    return None


def rerun_advice(path: Path) -> str:
    """How to rebuild a store: the extract command that wrote it, with --overwrite."""
    try:
        cfg = json.loads((path / "config.json").read_text()).get("config", {})
    except (OSError, ValueError):
        cfg = {}
    try:
        cfg = {**json.loads((path / "store.json").read_text()), **cfg}
    except (OSError, ValueError):
        pass
    flags = [f"--{k.replace('_', '-')} {cfg[k]}" for k in ("model", "corpus", "n_windows", "window", "seed") if k in cfg]
    args = " ".join(flags) if flags else "…"  # … : the settings it was made with, unknown here
    return f"re-run `surgery extract {args} --out {path} --overwrite`"
