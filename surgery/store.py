"""The attention store: every head's attention on every window, on disk.

Layout of a store directory (format version 1)::

    store.json       metadata: format, model, n_layers, n_heads, window, n_windows, split counts,
                     layer_windows (each layer's sliding attention window in tokens, null = full;
                     absent or null in stores of models without sliding windows)
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
"""
from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import numpy as np

FORMAT_VERSION = 1
TRAIN, HELDOUT = 0, 1


class StoreError(Exception):
    """A store directory is missing, incomplete or of an unknown format."""


@dataclass(frozen=True)
class StoreMeta:
    """Metadata of a store, saved as ``store.json``."""

    model: str  # model name as given to the loader
    n_layers: int
    n_heads: int  # query heads per layer
    window: int  # tokens per window, BOS included
    n_windows: int
    corpus: str
    seed: int
    format: int = FORMAT_VERSION
    layer_windows: list | None = None  # [n_layers] sliding window of each layer (None: full attention)


class AttentionStore:
    """Read access to a complete store directory."""

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        if not self.path.is_dir():
            raise StoreError(f"no attention store at {self.path}")
        if not (self.path / "COMPLETE").exists():
            raise StoreError(f"{self.path} is an incomplete attention store (no COMPLETE marker); re-run extract")
        raw = json.loads((self.path / "store.json").read_text())
        if raw.get("format") != FORMAT_VERSION:
            raise StoreError(f"{self.path}: store format {raw.get('format')} is not {FORMAT_VERSION}")
        self.meta = StoreMeta(**raw)
        self.tokens = np.load(self.path / "tokens.npy")  # [window_index, pos]
        self.doc_ids = np.load(self.path / "doc_ids.npy")
        self.split = np.load(self.path / "split.npy")
        self.attn = np.load(self.path / "attn.npy", mmap_mode="r")  # [w, layer, head, q, k]
        self.token_strs: list[list[str]] = json.loads((self.path / "token_strs.json").read_text())
        self._embed_ids = np.load(self.path / "embed_ids.npy")
        self._embed = np.load(self.path / "embed.npy", mmap_mode="r")

    def fingerprint(self) -> str:
        """SHA-256 of the metadata, the tokens and every head's last attention row of every window:
        changes when the text or the model behind the store changes, without reading all of it."""
        import hashlib

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
        if self.path.exists() and not overwrite:
            raise StoreError(f"{self.path} exists; pass overwrite=True (CLI: --overwrite) to replace it")
        self.tmp = self.path.with_name(f"{self.path.name}.partial-{os.getpid()}")

    def __enter__(self) -> "StoreWriter":
        m = self.meta
        if self.tmp.exists():
            shutil.rmtree(self.tmp)
        self.tmp.mkdir(parents=True)
        shape = (m.n_windows, m.n_layers, m.n_heads, m.window, m.window)
        self.attn = np.lib.format.open_memmap(self.tmp / "attn.npy", mode="w+", dtype=np.float16, shape=shape)
        return self

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
            del self.attn
            shutil.rmtree(self.tmp, ignore_errors=True)
            return
        self.attn.flush()
        del self.attn
        (self.tmp / "store.json").write_text(json.dumps(self.meta.__dict__, indent=2))
        for name in ("tokens.npy", "doc_ids.npy", "split.npy", "token_strs.json", "embed_ids.npy", "embed.npy"):
            if not (self.tmp / name).exists():
                shutil.rmtree(self.tmp, ignore_errors=True)
                raise StoreError(f"store incomplete: {name} was never written")
        (self.tmp / "COMPLETE").write_text("ok\n")
        if self.path.exists():
            shutil.rmtree(self.path)
        os.replace(self.tmp, self.path)
