"""Shared fixtures of the program-side tests: tiny synthetic stores with known heads."""
from __future__ import annotations

from pathlib import Path

import numpy as np

from surgery.lang.context import build_context
from surgery.runtime.program import normalize
from surgery.io.store import StoreMeta, StoreWriter
from surgery.lang import primitives as P

WORDS = ["The", " cat", " sat", ".", " A", " dog", " ran", ",", " and", " Bob", " said", ' "', "hi", '!"', "\n", " the"]


def random_windows(n_windows: int, window: int, seed: int = 0) -> tuple[np.ndarray, list[list[str]]]:
    """Token ids [w, pos] (BOS = id 0 first) and their strings, drawn from a tiny vocabulary."""
    rng = np.random.default_rng(seed)
    ids = np.concatenate([np.zeros((n_windows, 1), int), rng.integers(1, len(WORDS) + 1, (n_windows, window - 1))], 1)
    strs = [["<s>"] + [WORDS[i - 1] for i in row[1:]] for row in ids]
    return ids, strs


KNOWN = [P.previous, P.first, P.self_token, P.induction, P.uniform, P.last_punct]  # head h of layer l = KNOWN[(l*H+h) % 6]


def make_store(path: Path, n_windows: int = 6, n_layers: int = 2, n_heads: int = 3, window: int = 12,
               seed: int = 0) -> Path:
    """A complete store whose head i has exactly the normalized pattern of ``KNOWN[i % 6]``."""
    ids, strs = random_windows(n_windows, window, seed)
    meta = StoreMeta(model="toy", n_layers=n_layers, n_heads=n_heads, window=window, n_windows=n_windows, corpus="toy", seed=0)
    vocab = np.arange(len(WORDS) + 1)
    embed = np.random.default_rng(1).normal(size=(len(vocab), 8)).astype(np.float32)
    with StoreWriter(path, meta) as w:
        w.write_tokens(ids, strs, doc_ids=np.arange(n_windows), split=np.arange(n_windows) % 2)
        w.write_embeddings(vocab, embed)
        for wi in range(n_windows):
            ctx = build_context(ids[wi], strs[wi])
            for l in range(n_layers):
                for h in range(n_heads):
                    w.attn[wi, l, h] = normalize(KNOWN[(l * n_heads + h) % len(KNOWN)](ctx))
    return path
