"""Windows of text for an evaluation: held-out windows the perplexity is measured on, training
windows the costs and the tuning use, both cut from one side of the document split of
:func:`surgery.io.corpus.make_windows` (the same seed and held-out share), inside documents while
they serve enough windows and from the side's documents joined end to end past that."""
from __future__ import annotations

import math

import numpy as np

from surgery.io.store import HELDOUT


def heldout_windows(tokenizer, docs: list[str], window: int, n_windows: int, heldout_frac: float,
                    seed: int, bos_id: int, exclude: np.ndarray | None = None) -> np.ndarray:
    """Up to ``n_windows`` held-out windows int64 [n, window] (fewer if the corpus is short).

    ``exclude`` [m, window'] holds windows programs were fit on (a store's training windows);
    any held-out window equal to one of them is dropped.
    """
    held = split_windows(tokenizer, docs, window, n_windows, heldout_frac, seed, bos_id, heldout=True)
    if exclude is not None and len(exclude) and exclude.shape[1] == held.shape[1]:
        seen = {tuple(row) for row in np.asarray(exclude).tolist()}
        held = np.array([row for row in held if tuple(row.tolist()) not in seen], dtype=np.int64).reshape(-1, window)
    return held[:n_windows]


MIN_DOCUMENT_WINDOWS = 8  # fewer windows inside documents than this (or than asked for): windows span documents


def split_windows(tokenizer, docs: list[str], window: int, n_windows: int, heldout_frac: float, seed: int,
                  bos_id: int, heldout: bool) -> np.ndarray:
    """Up to ``n_windows`` windows of the held-out (or the training) documents; fewer when the
    corpus is short (the request shrinks until the corpus can serve it).

    Each window lies inside one document while the documents serve at least
    ``min(MIN_DOCUMENT_WINDOWS, n_windows)`` of them; longer windows (up to the model's context,
    past the length of most documents) are cut from the same side's documents joined end to end
    (:func:`packed_windows`)."""
    inside = document_windows(tokenizer, docs, window, n_windows, heldout_frac, seed, bos_id, heldout)
    if len(inside) >= min(MIN_DOCUMENT_WINDOWS, n_windows):
        return inside
    return packed_windows(tokenizer, docs, window, n_windows, heldout_frac, seed, bos_id, heldout)


def document_windows(tokenizer, docs: list[str], window: int, n_windows: int, heldout_frac: float, seed: int,
                     bos_id: int, heldout: bool) -> np.ndarray:
    """Up to ``n_windows`` windows, each inside one document of its side (int64 [m, window], maybe m = 0)."""
    from surgery.io.corpus import CorpusError, make_windows

    share = heldout_frac if heldout else 1.0 - heldout_frac
    ask = max(2, math.ceil(n_windows / max(share, 1e-6)))
    while True:
        try:
            wins = make_windows(tokenizer, docs, window, ask, heldout_frac, seed, bos_id)
            break
        except CorpusError:
            if ask <= 2:
                return np.zeros((0, window), dtype=np.int64)
            ask = max(2, int(ask * 0.8))
    return wins.tokens[(wins.split == HELDOUT) == heldout][:n_windows]


def packed_windows(tokenizer, docs: list[str], window: int, n_windows: int, heldout_frac: float, seed: int,
                   bos_id: int, heldout: bool) -> np.ndarray:
    """Up to ``n_windows`` windows (int64 [m, window], BOS first) cut from the held-out (or the
    training) documents joined end to end, a blank line between two documents.

    The documents of each side are those of :func:`surgery.io.corpus.make_windows` with the same
    ``seed`` and ``heldout_frac`` (the same permutation, its first ``round(frac × docs)`` held out),
    in that order, so held-out text never mixes with training text."""
    from surgery.io.corpus import CorpusError, joined_rows

    ids = [tokenizer(d, add_special_tokens=False)["input_ids"] for d in side_documents(docs, heldout_frac, seed, heldout)]
    rows, starts = joined_rows(tokenizer, ids, window, bos_id)
    if not rows:
        kind = "held-out" if heldout else "training"
        raise CorpusError(f"the {kind} documents hold {starts[-1]} tokens: not one window of {window}")
    return np.array(rows[:n_windows], dtype=np.int64)


def side_documents(docs: list[str], heldout_frac: float, seed: int, heldout: bool) -> list[str]:
    """The held-out (or the training) documents of the split of :func:`surgery.io.corpus.make_windows`
    with this ``seed`` and ``heldout_frac`` (its permutation, the first ``round(frac × docs)`` held
    out), in that order."""
    order = np.random.default_rng(seed).permutation(len(docs))
    n_held = max(1, round(heldout_frac * len(docs)))
    return [docs[d] for d in (order[:n_held] if heldout else order[n_held:])]
