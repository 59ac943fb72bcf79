"""Synthesis of short ("terms" form) programs: the default of ``surgery synthesize``.

Training windows are split by document into *fitting* windows (the terms are chosen and fit
there, ``surgery.synthesize.termselect``) and *selection* windows (each head's number of terms is chosen there:
the fewest of the snapshot levels whose selection IoU is within ``select_tolerance`` of the best
one up to ``max_terms``). Held-out windows are only scored, to record the fidelity/size front.

Per head, ``fitted/L{l}H{h}.py`` is the chosen program and ``fitted/L{l}H{h}.json`` its front:
held-out and selection IoU at every level and with all terms. ``front.json`` gathers them.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import torch
from tqdm.auto import tqdm

from surgery.lang import terms as T
from surgery.forms import terms as termcode
from surgery.synthesize import termfit as TF
from surgery.lang.context import computed, store_contexts
from surgery.io.headmap import head_name, parse_head
from surgery.io.records import read_json, write_json
from surgery.score import differentiable_iou
from surgery.runtime.executor import LocalExecutor
from surgery.synthesize import termselect as TS

MASS_WINDOWS = 16  # fitting windows the mass of each term (ranking, description) is measured on
MIN_MASS = 0.005  # a fitted term moving less attention than this (per row) is left out of the program


def fitting_windows(store, max_windows: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """(fitting, selection) training windows. ``seed`` shuffles the training documents; every
    fourth of them selects, the others fit; windows are taken in that shuffled order, at most
    ``max_windows`` in all, in the same proportion. So another seed fits on other windows.

    Everything after this draw is deterministic: the windows alone decide the fit.
    """
    train = store.train_windows()
    docs = np.unique(store.doc_ids[train])
    docs = docs[np.random.default_rng(seed).permutation(len(docs))]
    order = np.argsort(np.argsort(docs))  # order[i]: place of the i-th smallest document id in the shuffle
    place = order[np.searchsorted(np.sort(docs), store.doc_ids[train])]  # [train] its document's place
    train = train[np.argsort(place, kind="stable")]
    place = np.sort(place, kind="stable")
    fit, sel = train[place % 4 != 0], train[place % 4 == 0]
    if len(docs) == 1:  # one document: windows alternate
        fit, sel = train[np.arange(len(train)) % 4 != 0], train[::4]
    n_sel = max(1, round(max_windows * len(sel) / max(len(train), 1)))
    return fit[: max_windows - n_sel], sel[:n_sel]


def choose_level(sel_iou: np.ndarray, levels: tuple, max_terms: int, tolerance: float) -> int:
    """Index of the fewest-terms level within ``tolerance`` of the best selection IoU up to ``max_terms``.

    >>> choose_level(np.array([0.4, 0.6, 0.62, 0.63]), (1, 2, 4, 8), 8, 0.02)
    2
    """
    ok = [i for i, lv in enumerate(levels) if lv <= max_terms]
    best = max(sel_iou[i] for i in ok)
    return next(i for i in ok if sel_iou[i] >= best - tolerance)


def fit_term_heads(store, out: Path, heads: list[tuple[int, int]], cfg, progress: bool, executor=None) -> None:
    """Terms programs for every head of ``heads`` without ``fitted/L{l}H{h}.py``, written there.

    Chunks of ``cfg.heads_per_chunk`` heads are the pieces of ``executor`` (default: local, one
    after another); each chunk's recorded attention is read here and sent with it, and its
    programs come back as text and are written here, chunk by chunk as they finish."""
    fit_w, sel_w = fitting_windows(store, cfg.max_train_windows, cfg.seed)
    if len(fit_w) == 0:
        raise ValueError(f"{store.path} has too few training windows to fit terms on")
    held = store.heldout_windows()
    fit_ctx = store_contexts(store, fit_w)
    f_fit = TF.features(fit_ctx)
    f_sel = TF.features(store_contexts(store, sel_w), f_fit.vocab)
    f_held = TF.features(store_contexts(store, held), f_fit.vocab) if len(held) else None
    levels = tuple(sorted(set(cfg.levels) | {cfg.max_terms}))
    tcfg = TS.TermFitConfig(levels=levels, refit_steps=cfg.refit_steps, full_steps=cfg.full_steps, min_score=cfg.min_gain,
                            **({} if cfg.calibrate_steps is None else {"calibrate_steps": cfg.calibrate_steps}))
    todo = [hd for hd in heads if not (out / "fitted" / f"{head_name(*hd)}.py").exists()]
    executor = LocalExecutor() if executor is None else executor
    chunks = [todo[lo:lo + cfg.heads_per_chunk] for lo in range(0, len(todo), cfg.heads_per_chunk)]

    def real(chunk):  # the chunk's recorded attention float32 [H, w, n, n] on each part of the windows
        return chunk, {part: np.stack([store.head_attention(l, h, w) for l, h in chunk])
                       for part, w in (("fit", fit_w), ("sel", sel_w), ("held", held))}

    choice = (levels, cfg.max_terms, cfg.select_tolerance)
    mass_ctxs = fit_ctx[:MASS_WINDOWS] if executor.name == "local" else computed(fit_ctx[:MASS_WINDOWS])
    bar = tqdm(total=len(heads), initial=len(heads) - len(todo), desc="fit terms", unit="head", disable=not progress)
    for _, programs in executor.map(fit_term_chunk, chunks, (f_fit, f_sel, f_held, tcfg, choice, mass_ctxs),
                                    feed=real, progress=False):
        for name, source, front in programs:
            _write_head(out, name, source, front)
        bar.update(len(programs))
    bar.close()


def fit_term_chunk(piece, f_fit, f_sel, f_held, tcfg, choice: tuple, mass_ctxs) -> list[tuple[str, str, dict]]:
    """(head name, program source, front record) of every head of a chunk: ``piece`` is the chunk's
    heads and their recorded attention (numpy) on the fitting, selection and held-out windows."""
    chunk, real = piece
    real = {part: torch.as_tensor(a) for part, a in real.items()}
    levels, max_terms, tolerance = choice
    snaps = TS.select(real["fit"], f_fit, tcfg)
    sel = np.stack([differentiable_iou(TF.predict(s, f_sel), real["sel"]).numpy() for s in snaps])  # [levels+1, H]
    hold = (np.stack([differentiable_iou(TF.predict(s, f_held), real["held"]).numpy() for s in snaps])
            if f_held is not None else np.full_like(sel, np.nan))
    out = []
    for i, (l, h) in enumerate(chunk):
        pick = choose_level(sel[: len(levels), i], levels, max_terms, tolerance)
        front = {"levels": list(levels) + (["all"] if tcfg.full_steps else []),
                 "heldout": [round(float(v), 4) for v in hold[:, i]],
                 "selection": [round(float(v), 4) for v in sel[:, i]], "chosen": levels[pick]}
        name = head_name(l, h)
        out.append((name, _program(name, TF.head_terms(snaps[pick], i, f_fit.vocab), mass_ctxs), front))
    return out


def _program(name: str, terms, ctxs) -> str:
    """The source of a head's terms program, terms ordered by the attention mass they move."""
    mass = T.mass_moved(ctxs, [(w, *t) for w, t in terms])
    if (mass < MIN_MASS).any():  # terms that explain nothing: dropped, the others' mass measured again
        terms = [t for t, m in zip(terms, mass) if m >= MIN_MASS]
        mass = T.mass_moved(ctxs, [(w, *t) for w, t in terms])
    return termcode.program_source(name, terms, mass)


def _write_head(out: Path, name: str, source: str, front: dict) -> None:
    path = out / "fitted" / f"{name}.py"
    path.parent.mkdir(parents=True, exist_ok=True)
    write_json(path.with_suffix(".json"), front)
    path.write_text(source)  # last: its presence marks the head done


def gather_front(out: Path, heads: list[str]) -> dict | None:
    """``front.json``: every head's record, and mean held-out IoU per level (all heads and by layer band)."""
    records = {h: _read(out / "fitted" / f"{h}.json") for h in heads}
    records = {h: r for h, r in records.items() if r}
    if not records:
        return None
    levels = next(iter(records.values()))["levels"]
    held = np.array([r["heldout"] for r in records.values()], dtype=float)  # [heads, levels]
    layer = np.array([parse_head(h)[0] for h in records])
    bands = _bands(int(layer.max()) + 1)
    by_band = {f"layers {a}-{b}": np.nanmean(held[(layer >= a) & (layer <= b)], axis=0).round(4).tolist()
               for a, b in bands if ((layer >= a) & (layer <= b)).any()}
    front = {"levels": levels, "mean_heldout": np.nanmean(held, axis=0).round(4).tolist(), "by_band": by_band,
             "median_chosen_terms": float(np.median([r["chosen"] for r in records.values()])), "heads": records}
    write_json(out / "front.json", front, indent=None)  # one line: ~270 records
    return front


def _bands(n_layers: int) -> list[tuple[int, int]]:
    """Three layer bands of about equal size: early, middle, late."""
    edges = np.linspace(0, n_layers, 4).round().astype(int)
    return [(int(a), int(b) - 1) for a, b in zip(edges[:-1], edges[1:]) if b > a]


def _read(path: Path) -> dict | None:
    return read_json(path) if path.exists() else None
