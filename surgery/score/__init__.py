"""Scoring: soft IoU of program patterns against real heads on held-out windows.

``IoU(A, B) = sum(min(A, B)) / sum(max(A, B))`` over the causal triangle of one window, then the
**mean over windows** (not pooled). The ``no_bos`` variant drops key column 0, renormalizes each
row and skips row 0 (which has no mass left); a row left with no mass stays empty. Two empty
matrices have IoU 1.

Batch scoring uses ``sum(max) = sum(A) + sum(B) - sum(min)``, packs the causal triangle and
computes each program's patterns once per window, reused against every head.

IoU at a shorter length ``L`` is measured on the first ``L`` tokens of each window: heads and
programs are causal (row ``q`` depends on tokens ``0..q`` only; every program is checked for it),
so those rows are exactly the pattern of a window of ``L`` tokens, and one store of long windows
gives the IoU at every length up to its own. The packed triangle is row-major, so a prefix of
``L`` rows is its first ``L (L + 1) / 2`` entries.
"""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field

import numpy as np
from tqdm.auto import tqdm

from surgery.lang.context import computed, store_contexts
from surgery.io.headmap import head_name, parse_head
from surgery.runtime.program import Program, ProgramError, causality_error, normalize, prefix_lengths
from surgery.forms.source import read_terms
from surgery.runtime.executor import LocalExecutor

HEAD_CHUNK = 16  # heads per block of the [heads, windows, tri] minimum


def _drop_bos(a: np.ndarray) -> np.ndarray:
    """[..., n, n] -> [..., n-1, n-1]: rows and keys 1.., rows renormalized (empty rows stay 0)."""
    sub = np.asarray(a, dtype=np.float32)[..., 1:, 1:]
    total = sub.sum(axis=-1, keepdims=True)
    return sub / np.where(total > 0, total, 1)


def batch_iou(real: np.ndarray, pred: np.ndarray, drop_bos: bool = False) -> np.ndarray:
    """Soft IoU over the causal triangle of ``[..., n, n]`` arrays (broadcasting) -> ``[...]``."""
    real, pred = np.asarray(real, dtype=np.float32), np.asarray(pred, dtype=np.float32)
    if drop_bos:
        real, pred = _drop_bos(real), _drop_bos(pred)
    tri = np.tril(np.ones(real.shape[-2:], dtype=bool))
    lo = np.where(tri, np.minimum(real, pred), 0).sum(axis=(-2, -1))
    hi = np.where(tri, np.maximum(real, pred), 0).sum(axis=(-2, -1))
    return np.where(hi > 0, lo / np.where(hi > 0, hi, 1), hi == 0)  # two empty patterns: 1; NaN: 0, never 1


def soft_iou(real: np.ndarray, pred: np.ndarray) -> float:
    """Soft IoU of one window's ``[n, n]`` patterns.

    >>> round(soft_iou(np.array([[1, 0], [0.5, 0.5]]), np.array([[1, 0], [0, 1]])), 6)  # 1.5 / 2.5
    0.6
    """
    return float(batch_iou(real, pred))


def soft_iou_no_bos(real: np.ndarray, pred: np.ndarray) -> float:
    """Soft IoU with the BOS column removed and rows renormalized (row 0 skipped)."""
    return float(batch_iou(real, pred, drop_bos=True))


def differentiable_iou(pred, real):
    """The same soft IoU on torch tensors, with gradients: ``[H, w, n, n]`` -> ``[H]``, mean over windows.

    Entries outside the causal triangle are 0 in both patterns, so they add nothing; used by the
    fits' calibration (``surgery.synthesize``), which maximizes this very metric.
    """
    return (pred.minimum(real).sum((-2, -1)) / pred.maximum(real).sum((-2, -1))).mean(-1)


def heldout_halves(store) -> tuple[np.ndarray, np.ndarray]:
    """(select, report) held-out windows: the held-out documents in order of id, alternately one
    to each half, so the windows that choose a head's program are never those whose IoU is
    reported (with a single held-out document its windows alternate instead).

    >>> class S: doc_ids = np.array([0, 0, 1, 2, 2, 3, 4]); heldout_windows = lambda self: np.arange(1, 7)
    >>> [w.tolist() for w in heldout_halves(S())]
    [[1, 3, 4, 6], [2, 5]]
    """
    held = np.asarray(store.heldout_windows())
    docs = np.asarray(store.doc_ids)[held]
    order = np.unique(docs)
    if len(order) < 2:
        return held[::2], held[1::2]
    place = np.searchsorted(order, docs)  # [held] rank of each window's document
    return held[place % 2 == 0], held[place % 2 == 1]


def document_interval(values, docs, n_boot: int = 1000, seed: int = 0, level: float = 0.95) -> tuple[float, float]:
    """Bootstrap interval of the mean of per-window ``values`` [W] resampling whole documents
    (``docs`` [W], each window's document): windows of one document are not independent.

    >>> lo, hi = document_interval([0.5, 0.5, 0.7, 0.7], [0, 0, 1, 1]); round(lo, 2), round(hi, 2)
    (0.5, 0.7)
    """
    values, docs = np.asarray(values, dtype=np.float64), np.asarray(docs)
    ids, inverse = np.unique(docs, return_inverse=True)
    total = np.bincount(inverse, weights=values, minlength=len(ids))  # [D] sum of each document's values
    count = np.bincount(inverse, minlength=len(ids)).astype(np.float64)
    draw = np.random.default_rng(seed).integers(0, len(ids), size=(n_boot, len(ids)))  # documents, with replacement
    means = total[draw].sum(1) / count[draw].sum(1)
    tail = (1 - level) / 2
    return float(np.quantile(means, tail)), float(np.quantile(means, 1 - tail))


# ---------------------------------------------------------------- packed, many-vs-many


def pack(patterns: np.ndarray, drop_bos: bool = False) -> np.ndarray:
    """``[..., n, n]`` -> float32 ``[..., T]``: the causal triangle (after dropping BOS if asked)."""
    a = _drop_bos(patterns) if drop_bos else np.asarray(patterns, dtype=np.float32)
    rows, cols = np.tril_indices(a.shape[-1])
    return np.ascontiguousarray(a[..., rows, cols])


def prefix_size(length: int, drop_bos: bool = False) -> int:
    """Entries of the packed triangle (:func:`pack`) that belong to the first ``length`` rows.

    >>> a = np.tril(np.arange(16.0).reshape(4, 4))
    >>> pack(a)[: prefix_size(2)].tolist() == pack(a[:2, :2]).tolist()
    True
    """
    rows = length - 1 if drop_bos else length
    return rows * (rows + 1) // 2


def packed_iou(real: np.ndarray, pred: np.ndarray) -> np.ndarray:
    """Mean-over-windows IoU of packed ``real [H, W, T]`` and ``pred [P, W, T]`` -> ``[H, P]``."""
    H, W, _ = real.shape
    sum_real, sum_pred = real.sum(-1), pred.sum(-1)  # [H, W], [P, W]
    out = np.empty((H, len(pred)), dtype=np.float64)
    buf = np.empty((min(HEAD_CHUNK, H),) + real.shape[1:], dtype=np.float32)
    for p, pp in enumerate(pred):  # pp [W, T]
        for h0 in range(0, H, HEAD_CHUNK):
            r = real[h0 : h0 + HEAD_CHUNK]
            b = np.minimum(r, pp, out=buf[: len(r)])
            lo = b.sum(-1, dtype=np.float64)  # [h, W]
            hi = sum_real[h0 : h0 + HEAD_CHUNK] + sum_pred[p] - lo
            out[h0 : h0 + len(r), p] = np.where(hi > 0, lo / np.where(hi > 0, hi, 1), hi == 0).mean(-1)  # NaN: 0
    return out


def load_real(store, windows: np.ndarray, progress: bool = True) -> tuple[np.ndarray, np.ndarray]:
    """Packed real patterns ``[H, W, T]`` and ``[H, W, T']`` (no BOS), heads in store order."""
    L, Hd = store.n_layers, store.n_heads
    real, real_nb = [], []
    for w in tqdm(windows, desc="reading heads", disable=not progress, leave=False):
        a = np.asarray(store.attn[w], dtype=np.float32).reshape(L * Hd, store.meta.window, store.meta.window)
        real.append(pack(a))
        real_nb.append(pack(a, drop_bos=True))
    return np.stack(real, axis=1), np.stack(real_nb, axis=1)  # [H, W, T]


# ---------------------------------------------------------------- scoring a library


@dataclass
class ScoreResult:
    """Every program against every head: IoU matrices and the best program per head."""

    heads: list[str]  # "L3H7", store order
    programs: list[Program]  # programs that produced valid patterns, column order
    iou: np.ndarray  # float [heads, programs] mean held-out soft IoU
    iou_no_bos: np.ndarray  # float [heads, programs] the same with BOS removed
    n_windows: int
    errors: dict[str, str] = field(default_factory=dict)  # program name/path -> reason
    by_length: dict[int, tuple[np.ndarray, np.ndarray]] = field(default_factory=dict)  # L -> (IoU, no-BOS IoU) [heads, programs] on each window's first L tokens

    @property
    def best(self) -> np.ndarray:
        """int [heads] column of the best program (by plain IoU) of each head."""
        return np.argmax(self.iou, axis=1)

    def head_rows(self) -> list[dict]:
        """One record per head: best program, its IoUs and the runner-up."""
        rows = []
        order = np.argsort(-self.iou, axis=1, kind="stable")  # [heads, programs]; ties: first listed
        for i, name in enumerate(self.heads):
            b = order[i, 0]
            layer, head = parse_head(name)
            second = order[i, 1] if len(self.programs) > 1 else None
            rows.append({
                "head": name, "layer": layer, "head_index": head,
                "program": self.programs[b].name, "program_path": str(self.programs[b].path.resolve()),
                "iou": float(self.iou[i, b]), "iou_no_bos": float(self.iou_no_bos[i, b]),
                "runner_up": None if second is None
                else {"program": self.programs[second].name, "iou": float(self.iou[i, second])},
                **({"iou_at": {str(m): [float(a[i, b]), float(a_nb[i, b])] for m, (a, a_nb) in self.by_length.items()}}
                   if self.by_length else {}),
            })
        return rows

    def summary(self) -> dict:
        """Means over heads of the best program's IoU; sizes (median over heads) of the best programs."""
        best = self.best
        rows = np.arange(len(self.heads))
        sizes = [program_size(self.programs[b].source) for b in best]
        return {
            "mean_iou": float(self.iou[rows, best].mean()),
            "mean_iou_no_bos": float(self.iou_no_bos[rows, best].mean()),
            "n_heads": len(self.heads), "n_programs_scored": len(self.programs),
            "n_distinct_best": int(len(np.unique(best))), "n_windows": self.n_windows,
            "median_lines": float(np.median([n for n, _ in sizes])),
            "median_terms": _median([t for _, t in sizes if t is not None]),
            "errors": dict(self.errors),
            **({"by_length": {str(m): {"mean_iou": float(a[rows, best].mean()), "mean_iou_no_bos": float(a_nb[rows, best].mean())}
                              for m, (a, a_nb) in self.by_length.items()}} if self.by_length else {}),
        }


def program_size(source: str) -> tuple[int, int | None]:
    """(non-blank lines, terms) of a program's source; terms is None unless it is a terms program.

    >>> program_size("def attention(ctx):\\n\\n    return ctx\\n")
    (2, None)
    """
    terms = read_terms(source)
    return sum(1 for line in source.splitlines() if line.strip()), None if terms is None else len(terms)


def _median(values: list) -> float | None:
    return float(np.median(values)) if values else None


def program_patterns(programs: list[Program], ctxs: list, progress: bool = True, workers: int = 2):
    """``[P, W, n, n]`` normalized patterns of the programs that worked, and errors by name.

    Trusted programs run here; untrusted ones in the sandbox, ``workers`` at a time. Every program
    also runs, in the same call, on a few prefixes of the first context (:func:`prefix_lengths`): a
    program whose rows there differ from the whole context's (it reads later tokens) fails with
    that reason and is not scored.
    """
    cuts = [ctxs[0].prefix(m) for m in prefix_lengths(ctxs[0])] if ctxs else []

    def run(prog: Program):
        try:
            pats = prog.patterns(list(ctxs) + cuts)
        except ProgramError as e:
            return str(e)
        if not all(np.isfinite(p).all() for p in pats):  # validated scores normalize to finite patterns
            return "patterns are not finite after normalization"
        return causality_error(pats[0], pats[len(ctxs):]) or np.stack(pats[: len(ctxs)])

    bar = tqdm(total=len(programs), desc="programs", disable=not progress)
    with ThreadPoolExecutor(max_workers=workers) as pool:
        sandboxed = {pool.submit(run, p): p for p in programs if not p.trusted}  # in the background
        results = {}
        for p in (p for p in programs if p.trusted):
            results[id(p)] = run(p)
            bar.update()
        for f in as_completed(sandboxed):
            results[id(sandboxed[f])] = f.result()
            bar.update()
    bar.close()
    good = [p for p in programs if not isinstance(results[id(p)], str)]
    errors = {p.name: results[id(p)] for p in programs if isinstance(results[id(p)], str)}
    return good, (np.stack([results[id(p)] for p in good]) if good else None), errors


def window_groups(store) -> list[tuple[int | None, np.ndarray]]:
    """(sliding window, row indices in store head order) per distinct layer window; one group (None)
    for a model without sliding windows."""
    windows = [store.layer_window(l) for l, _ in store.heads]
    return [(w, np.array([i for i, x in enumerate(windows) if x == w])) for w in dict.fromkeys(windows)]


def iou_matrices(store, windows: np.ndarray, pats: np.ndarray, progress: bool = True) -> tuple[np.ndarray, np.ndarray]:
    """IoU and no-BOS IoU ``[heads, programs]`` of patterns ``[P, W, n, n]`` against the store's heads.

    A head of a sliding-window layer is scored against the patterns masked to its window
    (:func:`surgery.runtime.program.normalize`), as the model would apply them."""
    return iou_against(load_real(store, windows, progress), window_groups(store), pats)


def iou_against(real: tuple[np.ndarray, np.ndarray], groups: list, pats: np.ndarray,
                lengths: tuple[int, ...] = ()) -> tuple[np.ndarray, np.ndarray]:
    """:func:`iou_matrices` with the packed real patterns (:func:`load_real`) already read.

    With ``lengths``, both are ``[1 + len(lengths), heads, programs]``: the whole windows first,
    then the IoU on each window's first ``L`` tokens for each ``L`` of ``lengths``."""
    real, real_nb = real
    cuts = [(None, None)] + [(prefix_size(m), prefix_size(m, drop_bos=True)) for m in lengths]
    iou = np.empty((len(cuts), len(real), len(pats)))
    iou_nb = np.empty_like(iou)
    for window, rows in groups:
        p = pats if window is None else normalize(pats, window)
        packed, packed_nb = pack(p), pack(p, drop_bos=True)
        r, r_nb = (real, real_nb) if len(groups) == 1 else (real[rows], real_nb[rows])  # one group: every head, no copy
        for i, (t, t_nb) in enumerate(cuts):
            iou[i, rows] = packed_iou(r[..., :t], packed[..., :t])
            iou_nb[i, rows] = packed_iou(r_nb[..., :t_nb], packed_nb[..., :t_nb])
    return (iou, iou_nb) if lengths else (iou[0], iou_nb[0])


def check_lengths(lengths, window: int) -> tuple[int, ...]:
    """``lengths`` sorted, without the window's own, or a ValueError for one outside 2..window.

    >>> check_lengths([128, 64, 256], 256)
    (64, 128)
    """
    bad = [m for m in lengths if not 2 <= m <= window]
    if bad:
        raise ValueError(f"length {bad[0]} is not within 2..{window} (the store's windows are {window} tokens)")
    return tuple(sorted({int(m) for m in lengths if m != window}))


def score_programs(store, programs: list[Program], windows=None, progress: bool = True, executor=None,
                   lengths: tuple[int, ...] = ()) -> ScoreResult:
    """Score every program against every head of ``store`` on held-out windows (default).
    With ``lengths``, also on the first ``L`` tokens of those windows for each ``L``
    (``ScoreResult.by_length``; the best program per head stays the one of whole windows).

    ``executor`` (default: local) scores shards of programs: locally one shard of all of them;
    with Ray, about four shards per worker, as tasks that read the contexts and the packed real
    patterns from the object store. Each program's column is computed alone either way, so the
    matrices are the same."""
    windows = store.heldout_windows() if windows is None else np.asarray(windows)
    if len(windows) == 0:
        raise ValueError(f"{store.path} has no held-out windows to score on")
    ctxs = store_contexts(store, windows)
    executor = LocalExecutor() if executor is None else executor
    local = executor.name == "local"
    size = max(1, len(programs) if local else -(-len(programs) // (4 * executor.workers)))
    shards = [list(range(lo, min(lo + size, len(programs)))) for lo in range(0, len(programs), size)]
    lengths = check_lengths(lengths, store.meta.window)
    real = load_real(store, windows, progress)
    parts = [None] * len(shards)
    common = (ctxs if local else computed(ctxs), real, window_groups(store), local and progress, lengths)
    for i, part in executor.map(score_shard, [[programs[j] for j in shard] for shard in shards], common,
                                desc=None if local else "score", unit="program",
                                weights=[len(shard) for shard in shards], progress=progress):
        parts[i] = part
    good = [programs[shard[j]] for shard, part in zip(shards, parts) for j in part[0]]
    errors = {name: reason for part in parts for name, reason in part[3].items()}
    if not good:
        raise ValueError("no program produced a valid pattern: " + "; ".join(f"{k}: {v}" for k, v in errors.items()))
    iou = np.concatenate([part[1] for part in parts if part[0]], axis=-1)
    iou_nb = np.concatenate([part[2] for part in parts if part[0]], axis=-1)
    heads = [head_name(l, h) for l, h in store.heads]
    by_length = {m: (iou[i + 1], iou_nb[i + 1]) for i, m in enumerate(lengths)}
    if lengths:
        iou, iou_nb = iou[0], iou_nb[0]
    return ScoreResult(heads=heads, programs=good, iou=iou, iou_no_bos=iou_nb, n_windows=len(windows), errors=errors,
                       by_length=by_length)


def score_shard(programs: list[Program], ctxs: list, real: tuple, groups: list, progress: bool = False,
                lengths: tuple[int, ...] = ()):
    """(positions of the programs that worked, IoU [heads, good], no-BOS IoU [heads, good], errors by name);
    with ``lengths`` the IoUs are ``[1 + len(lengths), heads, good]`` (:func:`iou_against`)."""
    good, pats, errors = program_patterns(programs, ctxs, progress=progress)  # [p, W, n, n]
    if not good:
        return [], None, None, errors
    at = {id(p): j for j, p in enumerate(programs)}
    return [at[id(p)] for p in good], *iou_against(real, groups, pats, lengths), errors
