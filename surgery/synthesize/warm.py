"""Warm-started synthesis: a new checkpoint's programs start from a baseline's, and stay put unless the head moved.

    surgery synthesize --attn runs/step2000/attn --out runs/step2000/programs --baseline runs/base/programs

A program directory under version control should change only where a head changed. Per head:

1. **keep** — the baseline's program is scored on the new store's *report* held-out windows (those
   its recorded IoU in the baseline's ``heads.json`` was measured on, when the new store was
   extracted over the same windows). Within ``keep_tolerance`` of the recorded IoU, its file is
   copied byte for byte (its docstring keeps the baseline's figures; ``heads.json`` gets the new ones).
   Where the store has probe windows (repeated random tokens) and the baseline recorded its
   program's IoU per report window (``fitted/L{l}H{h}.json``, as a fresh synthesis writes it), the
   check holds on natural and on probe windows apart: a head that learnt induction moves on the
   few probe windows, which the mean over all report windows hides.
2. **refit** — otherwise candidates are fit on the new store's fitting windows: the baseline's
   own terms with their weights refit (from the baseline's weights, on soft IoU), and, when that
   refit falls short of the recorded IoU by more than ``keep_tolerance``, a fresh synthesis
   (``surgery.synthesize.search``), also when the refit falls short on the probe windows alone;
   where the store has probes, also the baseline's terms plus the terms only probes exercise
   (``PROBE_TERMS``: earlier copies, induction), refit with natural and probe fitting windows
   weighing half each.
   All are scored on the *select* windows (all of them: with two or so probe windows among the
   select half, weighing probes up would let chance decide, and another seed's windows then churn
   the programs):
   - the baseline program is still kept when neither candidate beats it by more than ``keep_tolerance``
     (the head moved, but no program here describes it better);
   - the fresh program, or the baseline's terms plus probe terms, replaces the baseline's terms
     only when it gains more than ``TERM_GAIN`` over the refit baseline terms (a measured gain, not
     a reshuffle of near-equal terms) and loses no more than ``keep_tolerance`` to them on the
     natural windows (probes may not buy a term at the natural text's expense);
   - else the baseline's terms with new weights.
   A changed program says why in its docstring (a ``warm_start:`` line).

``warm.json`` records every head's decision with the figures it was made on. A head the baseline
lacks is synthesized fresh. The baseline's programs run in the sandbox unless they are terms
programs (read as literals and checked against the template, see ``surgery.forms.source.read_terms``).
"""
from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch

from surgery.forms.source import read_terms
from surgery.io.headmap import HeadEntry, HeadMap, head_name
from surgery.io.records import read_json, write_json
from surgery.io.store import AttentionStore
from surgery.lang.context import store_contexts
from surgery.runtime.program import Program, ProgramError, code_key, load_program, with_metadata, with_scores
from surgery.score import differentiable_iou, heldout_halves, score_programs
from surgery.synthesize import tensors as TF
from surgery.synthesize.search import MASS_WINDOWS, Measure, _program, fit_term_heads, fitting_windows, probe_windows

TERM_GAIN = 0.01  # select-window IoU a fresh term set must gain over the baseline's terms, refit, to replace them
REFIT_STEPS = 40  # Adam steps on soft IoU when the baseline's terms are refit
REFIT_LR = 0.2
PARTS = ("natural", "probe")  # kinds of held-out window scored apart
PROBE_TERMS = (("same_token",), ("induction",))  # added to the baseline's terms on a probe refit (what probes exercise)
ADDED_WEIGHT = 0.5  # their starting weight there


@dataclass
class Decision:
    """What warm start did with one head, and the figures it decided on (IoUs on the new store)."""

    head: str
    action: str  # kept | kept-best | refit | terms-changed | new
    recorded: float | None  # the baseline program's IoU in the baseline's heads.json
    baseline_report: float | None  # the baseline program on the new store's report windows
    baseline_select: float | None = None  # ... on its select windows (only for heads that moved)
    refit_select: float | None = None  # the baseline's terms, weights refit
    fresh_select: float | None = None  # a fresh synthesis
    probe_select: float | None = None  # the baseline's terms plus PROBE_TERMS, weights refit
    reason: str = ""
    parts: dict | None = None  # the same figures per kind of window ("all", "natural", "probe"), where measured


# ---------------------------------------------------------------- the baseline


def baseline_programs(base_dir: Path, names: list[str]) -> dict[str, Program]:
    """head -> the baseline's program of that head (heads it lacks, or whose file is not a program, are left out).
    Terms programs are trusted (literals checked against the template); any other runs in the sandbox."""
    hmap = HeadMap.load(base_dir)
    out = {}
    for name in names:
        if name not in hmap.heads:
            continue
        path = hmap.program_path(name, base_dir)
        try:
            source = path.read_text()
            out[name] = load_program(path, trusted=read_terms(source) is not None)
        except (OSError, ProgramError):
            continue
    return out


def scores_of(store: AttentionStore, programs: dict, windows: np.ndarray, progress: bool, executor=None) -> dict:
    """key -> IoU of ``programs[key]`` against its head on ``windows``; a key is a head name or a
    ``(kind, head name)`` pair. Programs that fail are left out."""
    if not programs:
        return {}
    listed = list(programs.items())
    result = score_programs(store, [p for _, p in listed], windows=windows, progress=progress, executor=executor)
    column = {id(p): j for j, p in enumerate(result.programs)}
    row = {h: i for i, h in enumerate(result.heads)}
    head = lambda key: key if isinstance(key, str) else key[1]  # noqa: E731
    return {k: float(result.iou[row[head(k)], column[id(p)]]) for k, p in listed if id(p) in column}


def window_parts(store: AttentionStore, windows: np.ndarray) -> dict[str, np.ndarray]:
    """``windows`` split into natural and probe windows (an empty kind left out)."""
    windows = np.asarray(windows)
    probe = probe_windows(store, windows)
    return {p: windows[probe == (p == "probe")] for p in PARTS if (probe == (p == "probe")).any()}


def part_scores(store: AttentionStore, programs: dict, windows: np.ndarray, progress: bool, executor=None) -> dict:
    """key -> {"all", "natural", "probe": IoU} of ``programs[key]`` on ``windows`` (:func:`scores_of`),
    each kind of window scored alone, "all" their mean weighted by window count."""
    parts = window_parts(store, windows)
    per = {p: scores_of(store, programs, w, progress, executor) for p, w in parts.items()}
    out = {}
    for key in programs:
        if all(key in per[p] for p in per):
            out[key] = {p: per[p][key] for p in per}
            out[key]["all"] = sum(per[p][key] * len(w) for p, w in parts.items()) / len(windows)
    return out


def recorded_parts(base_dir: Path, name: str, program: Program | None, iou: float, store: AttentionStore,
                   report: np.ndarray) -> dict:
    """{"all": the recorded IoU} and, when the baseline's ``program`` is its fitted one
    (``fitted/<name>.py``, the same code) whose front (``fitted/<name>.json``) holds its IoU on each of
    as many report windows, with the recorded IoU their mean, the same per kind of window of this
    store's ``report`` windows."""
    out = {"all": iou}
    fitted, front = base_dir / "fitted" / f"{name}.py", base_dir / "fitted" / f"{name}.json"
    if program is None or not (fitted.is_file() and front.is_file()) \
            or code_key(fitted.read_text()) != code_key(program.path.read_text()):
        return out
    by_window = np.asarray(read_json(front).get("written_by_window") or [], dtype=float)
    if len(by_window) == len(report) and len(report) and abs(by_window.mean() - iou) < 0.005:
        probe = probe_windows(store, report)
        out.update({p: float(by_window[probe == (p == "probe")].mean()) for p in PARTS if (probe == (p == "probe")).any()})
    return out


def within(scores: dict | None, recorded: dict, tolerance: float) -> bool:
    """Every kind of window recorded is within ``tolerance`` below its record in ``scores``."""
    return scores is not None and all(scores.get(p, v) >= v - tolerance for p, v in recorded.items())


# ---------------------------------------------------------------- the two refits


def refit_terms(terms: list[list[tuple[float, tuple]]], real: torch.Tensor, f: TF.Features,
                steps: int = REFIT_STEPS, lr: float = REFIT_LR,
                window_weight: torch.Tensor | None = None) -> list[list[tuple[float, tuple]]]:
    """The same terms per head with new weights: Adam on soft IoU against ``real`` [H, w, n, n]
    (windows weighted by ``window_weight`` [w], mean 1; default equal), from the given weights,
    moving only the terms listed (nothing is added or removed)."""
    theta = TF.params_from_terms(terms, f.vocab)  # [H, total]
    active = (theta != 0).float()
    weight = torch.ones(real.shape[1]) if window_weight is None else window_weight  # [w]
    theta.requires_grad_()
    opt = torch.optim.Adam([theta], lr=lr)
    for _ in range(steps):
        opt.zero_grad()
        pred = torch.softmax(TF.logits(theta, f), dim=-1)
        iou = pred.minimum(real).sum((-2, -1)) / pred.maximum(real).sum((-2, -1))  # [H, w]
        loss = -(iou * weight).mean(-1).sum()
        loss.backward()
        theta.grad.mul_(active)
        opt.step()
    theta = theta.detach()
    return [TF.head_terms(theta, i, f.vocab) for i in range(len(terms))]


def part_weights(store: AttentionStore, windows: np.ndarray) -> torch.Tensor:
    """float [w] window weights, mean 1, under which natural and probe windows weigh half each."""
    probe = probe_windows(store, windows)
    if probe.all() or not probe.any():
        return torch.ones(len(windows))
    return torch.as_tensor(np.where(probe, 0.5 / probe.mean(), 0.5 / (1 - probe.mean())), dtype=torch.float32)


def with_added(terms: list | None, extra: tuple) -> list | None:
    """``terms`` plus each term of ``extra`` it lacks (weight ``ADDED_WEIGHT``); None when it lacks none."""
    if not terms:
        return None
    new = [t for t in extra if t not in {term for _, term in terms}]
    return terms + [(ADDED_WEIGHT, t) for t in new] if new or not extra else None


def write_refits(store: AttentionStore, out: Path, base: dict[str, Program], heads: list[tuple[int, int]],
                 cfg, extra: tuple = (), folder: str = "warm") -> dict[str, Program]:
    """``out/<folder>/L{l}H{h}.py``: each head's baseline terms (plus those of ``extra`` it lacks; heads
    that lack none are left out) with weights refit on the new store's fitting windows (the same
    windows a fresh fit uses; with ``extra``, natural and probe windows weighing half each),
    described on the head like a fresh fit."""
    terms = {head_name(*hd): with_added(read_terms(base[head_name(*hd)].path.read_text()), extra) for hd in heads
             if head_name(*hd) in base}
    chosen = [(hd, terms[head_name(*hd)]) for hd in heads if terms.get(head_name(*hd))]
    if not chosen:
        return {}
    fit_w, _ = fitting_windows(store, cfg.max_train_windows, cfg.seed)
    weight = part_weights(store, fit_w)  # the probe refit's: natural and probe windows half each
    ctxs = store_contexts(store, fit_w)
    listed = [t[1] for _, ts in chosen for _, t in ts if t[0] == "key_token"]
    vocab = tuple(dict.fromkeys(TF.key_vocab(ctxs) + tuple(listed)))  # the baseline's key tokens are candidates too
    f = TF.features(ctxs, vocab)
    held = np.asarray(store.heldout_windows())[:MASS_WINDOWS]
    measure = Measure(store_contexts(store, held), probe_windows(store, held))
    progs = {}
    for lo in range(0, len(chosen), cfg.heads_per_chunk):
        part = chosen[lo:lo + cfg.heads_per_chunk]
        real = torch.as_tensor(np.stack([store.head_attention(l, h, fit_w) for (l, h), _ in part]))
        for ((l, h), _), new in zip(part, refit_terms([ts for _, ts in part], real, f, window_weight=weight if extra else None)):
            name = head_name(l, h)
            measure.real = store.head_attention(l, h, held)
            _, source = _program(name, new, measure)
            path = out / folder / f"{name}.py"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(source)
            progs[name] = load_program(path, trusted=True)
    return progs


def fresh_programs(store: AttentionStore, out: Path, heads: list[tuple[int, int]], cfg, progress: bool,
                   executor) -> dict[str, Program]:
    """``out/fitted/L{l}H{h}.py``: a fresh terms synthesis of ``heads`` (kept when already there)."""
    if not heads:
        return {}
    fit_term_heads(store, out, heads, cfg, progress, executor)
    return {head_name(*hd): load_program(out / "fitted" / f"{head_name(*hd)}.py", trusted=True) for hd in heads}


# ---------------------------------------------------------------- deciding


def natural_loss(d: Decision, kind: str) -> float:
    """How much candidate ``kind`` ("fresh", "probe") falls below the refit on natural select windows (0 unknown)."""
    parts = d.parts or {}
    a, b = parts.get(f"{kind}_select") or {}, parts.get("refit_select") or {}
    return b["natural"] - a["natural"] if "natural" in a and "natural" in b else 0.0


def decide(d: Decision, tolerance: float) -> Decision:
    """Fill ``d.action`` and ``d.reason`` for a head that failed the keep check, from its select IoUs."""
    new = [v for v in (d.refit_select, d.fresh_select, d.probe_select) if v is not None]
    changed = max((v for k, v in (("fresh", d.fresh_select), ("probe", d.probe_select))
                   if v is not None and natural_loss(d, k) <= tolerance), default=None)  # a term change
    moved = (f"the baseline program's IoU on this checkpoint {d.baseline_report:.3f}, "
             f"recorded {d.recorded:.3f}") if d.baseline_report is not None and d.recorded is not None else ""
    rec, now = (d.parts or {}).get("recorded") or {}, (d.parts or {}).get("baseline_report") or {}
    if moved and "probe" in rec and "probe" in now:
        moved += f" (probe windows {now['probe']:.3f}, recorded {rec['probe']:.3f})"
    if d.baseline_select is not None and (not new or d.baseline_select >= max(new) - tolerance):
        d.action, d.reason = "kept-best", f"{moved}; no refit beats it by more than {tolerance}"
    elif d.baseline_select is None and d.refit_select is None:
        d.action, d.reason = "new", "no usable baseline program for this head: synthesized fresh"
    elif changed is not None and (d.refit_select is None or changed > d.refit_select + TERM_GAIN):
        gain = "" if d.refit_select is None else f", +{changed - d.refit_select:.3f} over its terms refit"
        d.action = "terms-changed"
        what = ("its terms plus " + ", ".join(t[0] for t in PROBE_TERMS)
                if changed == d.probe_select and changed != d.fresh_select else "new terms")
        d.reason = f"{moved}; {what} fit the head better (select IoU {changed:.3f}{gain})"
    else:
        d.action = "refit"
        d.reason = f"{moved}; the baseline's terms with new weights (select IoU {d.refit_select:.3f})"
    d.reason = d.reason.lstrip("; ")
    return d


def with_reason(source: str, reason: str) -> str:
    """``source`` with a ``warm_start: reason`` line heading its docstring's ``key: value`` block
    (after the summary paragraph, where :func:`surgery.runtime.program.with_scores` writes too)."""
    return with_metadata(source, f"warm_start: {reason}\n")


def warm_start(store: AttentionStore, out: Path, heads: list[tuple[int, int]], cfg, progress: bool = True,
               executor=None) -> HeadMap:
    """Programs for ``heads`` of ``store`` in ``out``, started from ``cfg.baseline`` (see the module docstring)."""
    if cfg.method != "search" or cfg.form != "terms":
        raise ValueError("--baseline (warm start) fits terms programs: use it with --method search --form terms")
    base_dir = Path(cfg.baseline)
    if not (base_dir / "heads.json").is_file():
        raise ValueError(f"no heads.json in {base_dir}: --baseline takes a programs directory written by synthesize")
    base_map = HeadMap.load(base_dir)
    names = [head_name(*hd) for hd in heads]
    select, report = heldout_halves(store)
    report = report if len(report) else select
    base = baseline_programs(base_dir, names)
    on_report = part_scores(store, base, report, progress, executor)
    decisions = {}
    for name in names:
        entry = base_map.heads.get(name)
        recorded = recorded_parts(base_dir, name, base.get(name), entry.iou, store, report) if entry else {}
        now = on_report.get(name)
        d = Decision(name, "kept", recorded.get("all"), None if now is None else now["all"],
                     parts={"recorded": recorded, "baseline_report": now})
        if recorded and within(now, recorded, cfg.keep_tolerance):
            d.reason = f"IoU on this checkpoint {now['all']:.3f}, recorded {recorded['all']:.3f}" + (
                f"; on probe windows {now['probe']:.3f}, recorded {recorded['probe']:.3f}" if "probe" in recorded else "")
        else:
            d.action = "moved"
        decisions[name] = d
    moved = [hd for hd, name in zip(heads, names) if decisions[name].action == "moved"]
    candidates = _candidates(store, out, base, moved, decisions, select, cfg, progress, executor)
    chosen = _choose(decisions, candidates, cfg.keep_tolerance)
    headmap = _write(store, out, base, base_map, decisions, chosen, report, cfg, progress, executor)
    write_json(out / "warm.json", {"baseline": str(base_dir), "keep_tolerance": cfg.keep_tolerance,
                                   "term_gain": TERM_GAIN, "heads": {n: vars(d) for n, d in decisions.items()}})
    return headmap


def _candidates(store, out: Path, base: dict, moved: list, decisions: dict, select, cfg, progress: bool,
                executor) -> dict[str, dict]:
    """head -> {"refit", "fresh", "probe": Program} for the heads that moved, their select IoUs (and the
    baseline program's) written into ``decisions``. A fresh synthesis is fit only for heads whose
    refit baseline terms fall short of the recorded IoU by more than ``keep_tolerance``: where the
    baseline's terms describe the head as well as they did, no term change could show a gain that
    a refit of them leaves."""
    refits = write_refits(store, out, base, moved, cfg)
    has_probes = probe_windows(store, store.train_windows()).any()
    probed = write_refits(store, out, base, moved, cfg, PROBE_TERMS, "warm-probe") if has_probes else {}
    names = [head_name(*hd) for hd in moved]
    scored = {("base", h): base[h] for h in names if h in base}
    scored.update({("refit", h): refits[h] for h in names if h in refits})
    scored.update({("probe", h): probed[h] for h in names if h in probed})
    iou = part_scores(store, scored, select, progress, executor)
    short = [hd for hd, h in zip(moved, names)
             if not any(within(iou.get((k, h)), decisions[h].parts["recorded"] or {"all": 1.0}, cfg.keep_tolerance)
                        for k in ("refit", "probe"))]
    fresh = fresh_programs(store, out, short, cfg, progress, executor)
    iou.update(part_scores(store, {("fresh", h): p for h, p in fresh.items()}, select, progress, executor))
    for h in names:
        d = decisions[h]
        d.baseline_select, d.refit_select, d.fresh_select, d.probe_select = (
            (iou.get((k, h)) or {}).get("all") for k in ("base", "refit", "fresh", "probe"))
        d.parts.update({f"{k}_select": iou.get((k, h)) for k in ("base", "refit", "fresh", "probe")})
    return {h: {"refit": refits.get(h), "fresh": fresh.get(h), "probe": probed.get(h)} for h in names}


def _choose(decisions: dict, candidates: dict, tolerance: float) -> dict[str, Program | None]:
    """head -> the new program of each moved head (None: the baseline's is kept), deciding in place."""
    chosen = {}
    for h, c in candidates.items():
        d = decide(decisions[h], tolerance)
        fresh = d.fresh_select if d.fresh_select is not None and natural_loss(d, "fresh") <= tolerance else None
        probe = d.probe_select is not None and natural_loss(d, "probe") <= tolerance and (
            fresh is None or d.probe_select > fresh)
        chosen[h] = {"refit": c["refit"], "terms-changed": c["probe"] if probe else c["fresh"],
                     "new": c["fresh"]}.get(d.action)
    return chosen


def _write(store, out: Path, base: dict, base_map: HeadMap, decisions: dict, chosen: dict, report, cfg,
           progress: bool, executor) -> HeadMap:
    """Every head's file in ``out`` (kept: the baseline's bytes) and ``heads.json`` with report-window IoUs."""
    new = {h: p for h, p in chosen.items() if p is not None}
    kept = {h: base[h] for h in decisions if h not in new and h in base}
    programs = {**kept, **new}
    result = score_programs(store, list(programs.values()), windows=report, progress=progress, executor=executor) \
        if programs else None
    column = {id(p): j for j, p in enumerate(result.programs)} if result else {}
    row = {h: i for i, h in enumerate(result.heads)} if result else {}
    headmap = HeadMap.load(out) if (out / "heads.json").exists() and cfg.heads else HeadMap()
    headmap.model = store.meta.model
    for h, prog in programs.items():
        j = column.get(id(prog))
        iou = float(result.iou[row[h], j]) if j is not None else 0.0  # 0: the program fails on this store
        nb = float(result.iou_no_bos[row[h], j]) if j is not None else 0.0
        if h in new:
            text = with_reason(prog.path.read_text(), decisions[h].reason)
            (out / f"{h}.py").write_text(with_scores(text, h, iou, nb))
            method = "warm/" + decisions[h].action
        else:
            shutil.copyfile(prog.path, out / f"{h}.py")  # byte for byte
            method = base_map.heads[h].method
        headmap.heads[h] = HeadEntry(program=f"{h}.py", iou=iou, iou_no_bos=nb, method=method)
    headmap.save(out)
    return headmap
