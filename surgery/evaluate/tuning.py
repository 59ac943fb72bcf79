"""Tuning and validation windows of several lengths, from the training documents only.

The training side of the document split (:func:`surgery.io.corpus.make_windows`: the same
permutation, its first ``round(frac × docs)`` documents held out) is cut once more: its last
``VALID_SHARE`` of documents give the validation windows that decide early stopping, the others the
tuning windows. Neither ever holds reported (held-out) text, and no document gives windows to both.

    >>> budget_split(96, [64, 256])
    [48, 12]
"""
from __future__ import annotations

import math

import numpy as np

from surgery.evaluate.evaluate import MIN_DOCUMENT_WINDOWS, EvalConfig

VALID_SHARE = 0.2  # of the training documents: validation documents (at least one)


def tuning_windows(cfg: EvalConfig, model, docs: list[str] | None = None) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """(tuning windows, validation windows): one int64 array [w, T] per length of ``cfg.tune_lengths``
    (default: the store's window, else ``cfg.window``). ``cfg.tune_windows`` and
    ``cfg.tune_valid_windows`` count windows of the first length; their tokens are split equally
    across the lengths (:func:`budget_split`)."""
    from surgery.io.corpus import load_documents
    from surgery.io.models import bos_id

    corpus, seed, frac, length = cfg.corpus, cfg.split_seed, cfg.heldout_frac, cfg.window
    if cfg.store:
        from surgery.io.store import AttentionStore

        store = AttentionStore(cfg.store)
        corpus, seed, frac = store.meta.corpus, store.meta.seed, store.meta.heldout_frac or cfg.heldout_frac
        length = int(store.tokens.shape[1])
        docs = None if corpus != cfg.corpus else docs
    docs = load_documents(corpus) if docs is None else docs
    lengths = tune_lengths(cfg) or [length]
    train = training_documents(docs, frac, seed)
    n_valid = max(1, round(VALID_SHARE * len(train))) if cfg.tune_valid_windows else 0
    tune_docs, valid_docs = train[:len(train) - n_valid], train[len(train) - n_valid:]
    bos = bos_id(model)
    tune = [side_windows(model.tokenizer, tune_docs, t, n, bos)
            for t, n in zip(lengths, budget_split(cfg.tune_windows, lengths))]
    valid = [side_windows(model.tokenizer, valid_docs, t, n, bos)
             for t, n in zip(lengths, budget_split(cfg.tune_valid_windows, lengths))] if n_valid else []
    return tune, valid


def tune_lengths(cfg: EvalConfig) -> list[int]:
    """The lengths of ``cfg.tune_lengths`` (``"64,256"`` -> [64, 256]; ``""`` -> [])."""
    lengths = [int(t) for t in str(cfg.tune_lengths).replace(" ", "").split(",") if t]
    if any(t < 2 for t in lengths):
        raise ValueError(f"tuning windows need at least 2 tokens: --tune-lengths {cfg.tune_lengths}")
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


def side_windows(tokenizer, docs: list[str], window: int, n_windows: int, bos_id: int) -> np.ndarray:
    """Up to ``n_windows`` windows int64 [m, window] of ``docs``: inside documents (the k-th window of
    every document before any (k+1)-th) while they serve ``min(MIN_DOCUMENT_WINDOWS, n_windows)``,
    else cut from the documents joined end to end, a blank line between two."""
    ids = [tokenizer(d, add_special_tokens=False)["input_ids"] for d in docs]
    step = window - 1
    inside = sorted(((k, i, [bos_id] + t[lo:lo + step]) for i, t in enumerate(ids)
                     for k, lo in enumerate(range(0, len(t) - step + 1, step))), key=lambda c: c[:2])
    rows = [r for _, _, r in inside]
    if len(rows) < min(MIN_DOCUMENT_WINDOWS, n_windows):
        gap = tokenizer("\n\n", add_special_tokens=False)["input_ids"]
        stream = [tok for t in ids for tok in t + gap]
        rows = [[bos_id] + stream[lo:lo + step] for lo in range(0, len(stream) - step + 1, step)]
    if not rows:
        from surgery.io.corpus import CorpusError

        raise CorpusError(f"{len(docs)} training documents hold not one window of {window} tokens")
    return np.array(rows[:n_windows], dtype=np.int64)


def n_tokens(windows: list[np.ndarray]) -> int:
    """Tokens in a list of window arrays."""
    return int(sum(math.prod(w.shape) for w in windows))
