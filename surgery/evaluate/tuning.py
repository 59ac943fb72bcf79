"""Tuning and validation windows of several lengths, from the training documents only.

The training side of the document split (:func:`surgery.io.corpus.make_windows`: the same
permutation, its first ``round(frac × docs)`` documents held out) is cut once more: its last
``VALID_SHARE`` of documents give the validation windows that decide early stopping, the others the
tuning windows. Neither ever holds reported (held-out) text, and no document gives windows to both.

    >>> budget_split(96, [64, 256])
    [48, 12]
"""
from __future__ import annotations

import numpy as np

VALID_SHARE = 0.2  # of the training documents: validation documents (at least one)


def tuning_windows(docs: list[str], heldout_frac: float, seed: int, tokenizer, bos_id: int, lengths: list[int],
                   n_tune: int, n_valid: int, min_inside: int) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """(tuning windows, validation windows) of the training documents of ``docs``: one int64 array
    [w, T] per length of ``lengths``. ``n_tune`` and ``n_valid`` count windows of the first length;
    their tokens are split equally across the lengths (:func:`budget_split`); no validation windows
    when ``n_valid`` is 0. ``min_inside``: see :func:`side_windows`."""
    train = training_documents(docs, heldout_frac, seed)
    held = max(1, round(VALID_SHARE * len(train))) if n_valid else 0
    tune_docs, valid_docs = train[:len(train) - held], train[len(train) - held:]
    tune = [side_windows(tokenizer, tune_docs, t, n, bos_id, min_inside) for t, n in zip(lengths, budget_split(n_tune, lengths))]
    valid = [side_windows(tokenizer, valid_docs, t, n, bos_id, min_inside)
             for t, n in zip(lengths, budget_split(n_valid, lengths))] if held else []
    return tune, valid


def parse_lengths(text: str) -> list[int]:
    """``"64,256"`` -> [64, 256]; ``""`` -> []."""
    lengths = [int(t) for t in str(text).replace(" ", "").split(",") if t]
    if any(t < 2 for t in lengths):
        raise ValueError(f"windows need at least 2 tokens: {text}")
    return lengths


def budget_split(n_windows: int, lengths: list[int]) -> list[int]:
    """Windows per length holding about the tokens of ``n_windows`` windows of ``lengths[0]``, in
    equal shares (at least one window each)."""
    share = n_windows * lengths[0] / len(lengths)
    return [max(1, round(share / t)) for t in lengths]


def training_documents(docs: list[str], heldout_frac: float, seed: int) -> list[str]:
    """The documents of the training side, in the split's order."""
    order = np.random.default_rng(seed).permutation(len(docs))
    return [docs[d] for d in order[max(1, round(heldout_frac * len(docs))):]]


def side_windows(tokenizer, docs: list[str], window: int, n_windows: int, bos_id: int, min_inside: int) -> np.ndarray:
    """Up to ``n_windows`` windows int64 [m, window] of ``docs``: inside documents (the k-th window of
    every document before any (k+1)-th) while they serve ``min(min_inside, n_windows)``,
    else cut from the documents joined end to end, a blank line between two."""
    ids = [tokenizer(d, add_special_tokens=False)["input_ids"] for d in docs]
    step = window - 1
    inside = sorted(((k, i, [bos_id] + t[lo:lo + step]) for i, t in enumerate(ids)
                     for k, lo in enumerate(range(0, len(t) - step + 1, step))), key=lambda c: c[:2])
    rows = [r for _, _, r in inside]
    if len(rows) < min(min_inside, n_windows):
        gap = tokenizer("\n\n", add_special_tokens=False)["input_ids"]
        stream = [tok for t in ids for tok in t + gap]
        rows = [[bos_id] + stream[lo:lo + step] for lo in range(0, len(stream) - step + 1, step)]
    if not rows:
        from surgery.io.corpus import CorpusError

        raise CorpusError(f"{len(docs)} training documents hold not one window of {window} tokens")
    return np.array(rows[:n_windows], dtype=np.int64)
