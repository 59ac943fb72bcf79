"""Synthesis of short ("terms" form) programs: the default of ``surgery synthesize``.

Training windows are split by document into *fitting* windows (the terms are chosen and fit
there, ``surgery.synthesize.termselect``) and *selection* windows (each head's number of terms is
chosen there: the fewest of the snapshot levels whose selection IoU is within
``select_tolerance`` of the best one up to ``max_terms``, on natural and on probe windows alike,
so a mechanism only probes exercise, such as induction, keeps its terms). Held-out windows are
only measured: the front's IoU on the *report* half (``surgery.score.heldout_halves``; the other
half chooses among candidates in ``choose_best``), and on all of them the real head's masses that
lead each description and its share on each term.

Per head, ``fitted/L{l}H{h}.py`` is the chosen program and ``fitted/L{l}H{h}.json`` its front:
report and selection IoU at every level (weights rounded as written) and with all terms, and the
written program's report IoU per window. ``front.json`` gathers them, with an interval of the mean
bootstrapped over documents.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import torch
from tqdm.auto import tqdm

from surgery.lang import terms as T
from surgery.forms import source as termcode
from surgery.synthesize import tensors
from surgery.lang.context import computed, store_contexts
from surgery.io.corpus import parse_lengths
from surgery.io.headmap import head_name, parse_head
from surgery.io.records import read_json, write_json
from surgery.score import differentiable_iou, document_interval, heldout_halves
from surgery.score.profile import MECHANISMS, stack_masks
from surgery.runtime.executor import LocalExecutor
from surgery.synthesize import termselect

MASS_WINDOWS = 32  # held-out windows the shares, the real masses and the mass moved are measured on (at most)
MIN_MASS = 0.005  # a fitted term moving less attention than this (per row) is left out of the program
DECIMALS = 2  # weights are written with this many decimals; the front is measured on them
LEAD_COVERAGE = 0.25  # a claim naming more than this share of a row's keys (mean) never leads a description
MECHANISM_PHRASES = {  # the measured mechanisms (``surgery.score.profile``) as a description names them
    "first": T.phrase(("first",), 1), "self": T.phrase(("distance", 0), 1), "previous": T.phrase(("distance", 1), 1),
    "induction": T.phrase(("induction",), 1), "earlier_copies": T.phrase(("same_token",), 1),
    "punctuation": "punctuation and newlines", "recent": "the tokens 2 to 4 back",
}


def fitting_windows(store, max_windows: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """(fitting, selection) training windows. ``seed`` shuffles the training documents; every
    fourth of them selects, the others fit, counted apart for probe and natural documents (so
    both kinds select); windows are taken in that shuffled order, at most ``max_windows`` in all,
    in the same proportion. So another seed fits on other windows.

    Everything after this draw is deterministic: the windows alone decide the fit.
    """
    train = store.train_windows()
    docs = np.unique(store.doc_ids[train])
    docs = docs[np.random.default_rng(seed).permutation(len(docs))]
    order = np.argsort(np.argsort(docs))  # order[i]: place of the i-th smallest document id in the shuffle
    place = order[np.searchsorted(np.sort(docs), store.doc_ids[train])]  # [train] its document's place
    probe_doc = np.zeros(len(docs), dtype=bool)  # [place] the document holds probe windows
    probe_doc[place[probe_windows(store, train)]] = True
    kind_place = np.zeros(len(docs), dtype=int)  # [place] the document's place among those of its kind
    for kind in (False, True):
        kind_place[probe_doc == kind] = np.arange(int((probe_doc == kind).sum()))
    train, place = train[np.argsort(place, kind="stable")], np.sort(place, kind="stable")
    selects = kind_place[place] % 4 == 0
    fit, sel = train[~selects], train[selects]
    if len(docs) == 1:  # one document: windows alternate
        fit, sel = train[np.arange(len(train)) % 4 != 0], train[::4]
    n_sel = max(1, round(max_windows * len(sel) / max(len(train), 1)))
    return fit[: max_windows - n_sel], sel[:n_sel]


def choose_level(sel_iou: np.ndarray, levels: tuple, max_terms: int, tolerance: float) -> int:
    """Index of the fewest-terms level within ``tolerance`` of the best selection IoU up to ``max_terms``;
    with ``sel_iou`` [parts, levels] (natural and probe windows), within it on every part.

    >>> choose_level(np.array([0.4, 0.6, 0.62, 0.63]), (1, 2, 4, 8), 8, 0.02)
    2
    >>> choose_level(np.array([[0.6, 0.6, 0.6, 0.6], [0.3, 0.3, 0.9, 0.9]]), (1, 2, 4, 8), 8, 0.02)  # probes need 4
    2
    >>> choose_level(np.array([[0.6, 0.7, 0.6, 0.5], [0.3, 0.3, 0.6, 0.9]]), (1, 2, 4, 8), 8, 0.02)  # no level does both
    3
    """
    sel_iou = np.atleast_2d(sel_iou)
    ok = [i for i, lv in enumerate(levels) if lv <= max_terms]
    best = sel_iou[:, ok].max(axis=1)
    short = {i: float((best - sel_iou[:, i]).max()) for i in ok}  # the level's largest shortfall over the parts
    return next((i for i in ok if short[i] <= tolerance), min(ok, key=short.get))  # none within on every part: the closest


def fit_term_heads(store, out: Path, heads: list[tuple[int, int]], cfg, progress: bool, executor=None) -> None:
    """Terms programs for every head of ``heads`` without ``fitted/L{l}H{h}.py``, written there.

    Chunks of ``cfg.heads_per_chunk`` heads are the pieces of ``executor`` (default: local, one
    after another); each chunk's recorded attention is read here and sent with it, and its
    programs come back as text and are written here, chunk by chunk as they finish."""
    fit_w, sel_w = fitting_windows(store, cfg.max_train_windows, cfg.seed)
    if len(fit_w) == 0:
        raise ValueError(f"{store.path} has too few training windows to fit terms on")
    _, report = heldout_halves(store)
    held = np.asarray(store.heldout_windows())[:MASS_WINDOWS]  # where the head is measured for its description
    fit_ctx = store_contexts(store, fit_w)
    f_fit = tensors.features(fit_ctx)
    f_sel = tensors.features(store_contexts(store, sel_w), f_fit.vocab)
    if cfg.fit_lengths:  # rows weighted so the store's windows stand for windows of each length (selection too)
        f_fit.row_weight = f_sel.row_weight = tensors.length_weights(parse_lengths(cfg.fit_lengths), store.meta.window)
    f_report = tensors.features(store_contexts(store, report), f_fit.vocab) if len(report) else None
    dense = cfg.form == "table"  # no selection: every term, fit from the start
    levels = () if dense else tuple(sorted(set(cfg.levels) | {cfg.max_terms}))
    tcfg = termselect.TermFitConfig(levels=levels, refit_steps=cfg.refit_steps, full_steps=cfg.steps if dense else cfg.full_steps,
                                    min_score=cfg.min_gain,
                                    **({} if cfg.calibrate_steps is None else {"calibrate_steps": cfg.calibrate_steps}))
    todo = [hd for hd in heads if not (out / "fitted" / f"{head_name(*hd)}.py").exists()]
    executor = LocalExecutor() if executor is None else executor
    chunks = [todo[lo:lo + cfg.heads_per_chunk] for lo in range(0, len(todo), cfg.heads_per_chunk)]

    def real(chunk):  # the chunk's recorded attention float32 [H, w, n, n] on each part of the windows
        return chunk, {part: np.stack([store.head_attention(l, h, w) for l, h in chunk])
                       for part, w in (("fit", fit_w), ("sel", sel_w), ("report", report), ("held", held))}

    choice = (levels, cfg.max_terms, cfg.select_tolerance, probe_windows(store, sel_w), dense)
    held_ctx = store_contexts(store, held) if len(held) else fit_ctx[:MASS_WINDOWS]
    measure = Measure(held_ctx if executor.name == "local" else computed(held_ctx), probe_windows(store, held))
    bar = tqdm(total=len(heads), initial=len(heads) - len(todo), desc="fit terms", unit="head", disable=not progress)
    for _, programs in executor.map(fit_term_chunk, chunks, (f_fit, f_sel, f_report, tcfg, choice, measure),
                                    feed=real, progress=False):
        for name, source, front in programs:
            _write_head(out, name, source, front)
        bar.update(len(programs))
    bar.close()


def probe_windows(store, windows: np.ndarray) -> np.ndarray:
    """bool [len(windows)]: which of ``windows`` are probe windows (repeated random tokens) of the store."""
    probes = getattr(store.meta, "probes", None) or {}
    return np.isin(np.asarray(windows), np.asarray(probes.get("windows", []), dtype=int))


class Measure:
    """The held-out windows a head is described on: their contexts, which are probes, the
    mechanisms' masks (``surgery.score.profile``), and the head's real attention there (``real``,
    [w, n, n], set per head). Natural windows give the lead and the shares, probe windows their
    own lead (named when it differs)."""

    def __init__(self, ctxs: list, probe: np.ndarray):
        self.ctxs, self.probe = ctxs, np.asarray(probe, dtype=bool)
        self.masks = stack_masks(ctxs)  # [w, M, n, n]
        self.real = None

    def part(self, probe: bool) -> np.ndarray:
        return np.flatnonzero(self.probe == probe)

    def claims(self, terms, rows: np.ndarray, repeated: bool = False) -> list[tuple[str, float]]:
        """``(phrase, mass)`` of the real head on windows ``rows``, in the order a description names
        them: every mechanism and every 0/1 term with a positive weight (:func:`rank_claims`).
        ``repeated``: on the query rows whose token occurred before only (a probe's repeat)."""
        if not len(rows):
            return []
        real = self.real[rows].astype(np.float64)  # [w, n, n]
        masks = {MECHANISM_PHRASES[m]: self.masks[rows, j] for j, m in enumerate(MECHANISMS) if m in MECHANISM_PHRASES}
        for w, t in terms:
            if w > 0 and t[0] not in T.GRADED:
                masks.setdefault(T.phrase(t, w), np.stack([T.holds(self.ctxs[i], t) for i in rows]))
        queries = self.masks[rows, MECHANISMS.index("earlier_copies")].any(-1) if repeated else None
        return rank_claims(real, masks, queries)


def rank_claims(real: np.ndarray, masks: dict[str, np.ndarray], queries: np.ndarray | None = None) -> list[tuple[str, float]]:
    """``(phrase, mass)`` of every mask (bool [w, n, n]) under the attention ``real`` [w, n, n]
    (mean over the query rows ``queries``, bool [w, n]; default rows 1..), lead first. Only
    selective claims compete: those holding on at most ``LEAD_COVERAGE`` of a row's keys (a
    region such as the query's own sentence or word starts is where a head looks, not what it
    looks for). Of the claims within ``T.CLOSE`` of the largest mass, the one with the fewest
    keys (the token itself before the query's own word that contains it); then the others by
    mass, each kept only when at least half its mass lies outside the keys of the claims kept
    before it (so a claim is never named twice under two phrases).

    >>> real = 0.7 * np.eye(10)[None]; real[0, :, 0] += 0.3; real[0, 0, 0] = 1
    >>> eye = np.eye(10, dtype=bool)[None]; word = eye.copy(); word[0, 2, 1] = True  # its word: itself and more
    >>> sentence = np.tril(np.ones((1, 10, 10), dtype=bool))  # every key: a region, never a lead
    >>> [(p, round(m, 2)) for p, m in rank_claims(real, {"its word": word, "itself": eye, "its sentence": sentence})]
    [('itself', 0.7)]
    """
    n = real.shape[-1]
    if queries is None:
        queries = np.broadcast_to(np.arange(n) >= 1, real.shape[:2])
    if not queries.any():
        return []

    def mean(x: np.ndarray) -> float:  # [w, n] per query row -> mean over the chosen rows
        return float(x[queries].mean())

    width = np.arange(1, n + 1)  # causal keys of each row
    masks = {p: m for p, m in masks.items() if mean(m.sum(-1) / width) <= LEAD_COVERAGE}
    if not masks:
        return []
    mass = {p: mean((real * m).sum(-1)) for p, m in masks.items()}
    keys = {p: mean(m.sum(-1)) for p, m in masks.items()}
    top = max(mass.values())
    lead = min((p for p in masks if mass[p] >= top - T.CLOSE), key=lambda p: (keys[p], -mass[p]))
    kept, union = [lead], masks[lead].copy()
    for p in sorted(masks, key=lambda p: -mass[p]):
        fresh = mean((real * (masks[p] & ~union)).sum(-1))
        if p != lead and mass[p] > 0 and fresh >= 0.5 * mass[p]:
            kept.append(p)
            union |= masks[p]
    return [(p, mass[p]) for p in kept]


def fit_term_chunk(piece, f_fit, f_sel, f_report, tcfg, choice: tuple, measure: Measure) -> list[tuple[str, str, dict]]:
    """(head name, program source, front record) of every head of a chunk: ``piece`` is the chunk's
    heads and their recorded attention (numpy) on the fitting, selection, report and description windows."""
    chunk, real = piece
    held = real.pop("held")
    real = {part: torch.as_tensor(a) for part, a in real.items()}
    levels, max_terms, tolerance, sel_probe, dense = choice
    snaps = [s.round(decimals=DECIMALS) for s in termselect.select(real["fit"], f_fit, tcfg)]  # as written
    by_window = np.stack([window_iou(f_sel.weigh(tensors.predict(s, f_sel)), f_sel.weigh(real["sel"]))
                          for s in snaps])  # [levels+1, H, w]
    sel = by_window.mean(-1)  # [levels+1, H]
    parts = [by_window[:, :, sel_probe == probe].mean(-1) for probe in (False, True) if (sel_probe == probe).any()]
    hold = (np.stack([differentiable_iou(tensors.predict(s, f_report), real["report"]).numpy() for s in snaps])
            if f_report is not None else np.full_like(sel, np.nan))
    out = []
    for i, (l, h) in enumerate(chunk):
        pick = len(snaps) - 1 if dense else choose_level(np.stack([part[: len(levels), i] for part in parts]), levels,
                                                          max_terms, tolerance)
        name = head_name(l, h)
        measure.real = held[i]
        terms, source = _program(name, tensors.head_terms(snaps[pick], i, f_fit.vocab), measure, dense)
        front = {"levels": list(levels) + (["all"] if tcfg.full_steps else []),
                 "heldout": [round(float(v), 4) for v in hold[:, i]], "selection": [round(float(v), 4) for v in sel[:, i]],
                 "chosen": len(terms) if dense else levels[pick], "written_terms": len(terms)}
        if f_report is not None:
            theta = tensors.params_from_terms([terms], f_fit.vocab)
            by_window = window_iou(tensors.predict(theta, f_report), real["report"][i:i + 1])[0]
            front["written"] = round(float(by_window.mean()), 4)
            front["written_by_window"] = [round(float(v), 4) for v in by_window]
        out.append((name, source, front))
    return out


def window_iou(pred: torch.Tensor, real: torch.Tensor) -> np.ndarray:
    """float [H, w]: soft IoU of each window (``differentiable_iou`` before its mean over windows)."""
    return (pred.minimum(real).sum((-2, -1)) / pred.maximum(real).sum((-2, -1))).numpy()


def _program(name: str, terms, measure: Measure, dense: bool = False) -> tuple[list, str]:
    """(terms as written, source) of a head's terms program: weights rounded, terms moving less
    than ``MIN_MASS`` dropped; each term's share is that of the real head's attention on the
    natural held-out windows (``T.shares`` over the head's pattern: a measurement of the head,
    not of the program), largest first; the lead is the real head's largest measured mechanism.
    ``dense``: every term kept, by weight, no shares; the lead among the standard mechanisms."""
    terms = [(round(float(w), DECIMALS), t) for w, t in terms if round(float(w), DECIMALS) != 0]
    natural = measure.part(False)
    rows = natural if len(natural) else np.arange(len(measure.ctxs))
    ctxs = [measure.ctxs[j] for j in rows]
    if dense:  # hundreds of terms: their shares and masks would cost minutes per head
        described = f"dense: every term of the all-terms fit, largest weight first; lead: the head's real attention on {len(ctxs)} held-out windows"
        return terms, termcode.program_source(name, terms, None, measured=measure.claims([], natural) or None,
                                              probe=measure.claims([], measure.part(True), repeated=True) or None,
                                              described=described)
    mass = T.mass_moved(ctxs, [(w, *t) for w, t in terms])
    terms = [t for t, m in zip(terms, mass) if m >= MIN_MASS]  # terms that explain nothing
    share = T.shares(ctxs, [(w, *t) for w, t in terms], patterns=measure.real[rows])
    probes = measure.part(True)
    measured = measure.claims(terms, natural) or None
    described = f"lead and shares: the head's real attention on {len(ctxs)} held-out windows"
    if len(probes):
        described += f"; probe lead: the repeated half of {len(probes)} probe windows"
    source = termcode.program_source(name, terms, share, measured=measured,
                                     probe=measure.claims(terms, probes, repeated=True) or None, described=described)
    return terms, source


def _write_head(out: Path, name: str, source: str, front: dict) -> None:
    path = out / "fitted" / f"{name}.py"
    path.parent.mkdir(parents=True, exist_ok=True)
    write_json(path.with_suffix(".json"), front)
    path.write_text(source)  # last: its presence marks the head done


def gather_front(out: Path, heads: list[str], store=None) -> dict | None:
    """``front.json``: every head's record, mean report-window IoU per level (all heads and by layer
    band), and of the programs as written; with ``store``, that mean's 95% interval bootstrapped
    over the report windows' documents."""
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
    front.update(_written_summary(list(records.values()), store))
    write_json(out / "front.json", front, indent=None)  # one line: ~270 records
    return front


def _written_summary(records: list[dict], store) -> dict:
    """Mean report IoU of the programs as written, and its interval over documents (when known)."""
    rows = [r["written_by_window"] for r in records if r.get("written_by_window")]
    if not rows or len({len(r) for r in rows}) != 1:
        return {}
    per_window = np.mean(rows, axis=0)  # [report windows] mean over heads
    out = {"mean_written": round(float(per_window.mean()), 4),
           "median_written_terms": float(np.median([r.get("written_terms", r["chosen"]) for r in records]))}
    report = heldout_halves(store)[1] if store is not None else []
    if len(report) == len(per_window):
        lo, hi = document_interval(per_window, np.asarray(store.doc_ids)[report])
        out["mean_written_ci95_documents"] = [round(lo, 4), round(hi, 4)]
    return out


def _bands(n_layers: int) -> list[tuple[int, int]]:
    """Three layer bands of about equal size: early, middle, late."""
    edges = np.linspace(0, n_layers, 4).round().astype(int)
    return [(int(a), int(b) - 1) for a, b in zip(edges[:-1], edges[1:]) if b > a]


def _read(path: Path) -> dict | None:
    return read_json(path) if path.exists() else None
