"""How sure a measured change is: bootstrap intervals over perplexity windows, QA stderr as lm-eval gives it.

Perplexity is pooled over windows of equal length, so resampling windows with replacement (the
same draw for both variants: the comparison is paired) gives the spread of the ratio that another
draw of windows from the same text would show.

>>> base, sub = [10.0, 12.0, 11.0, 9.0], [11.0, 13.0, 12.0, 10.0]
>>> lo, hi = ppl_change_interval(base, sub, tokens_per_window=10)
>>> round(lo, 3) == round(hi, 3) == round(float(np.exp(0.1)) - 1, 3)  # every window 1 nat worse
True
"""
from __future__ import annotations

import numpy as np

N_BOOT = 2000
LEVEL = 0.95


def _draws(n_windows: int, n_boot: int, seed: int) -> np.ndarray:
    return np.random.default_rng(seed).integers(0, n_windows, size=(n_boot, n_windows))  # [boot, window]


def _bounds(values: np.ndarray, level: float) -> tuple[float, float]:
    tail = 100 * (1 - level) / 2
    lo, hi = np.percentile(values, [tail, 100 - tail])
    return float(lo), float(hi)


def ppl_interval(window_nll, tokens_per_window: int, n_boot: int = N_BOOT, seed: int = 0,
                 level: float = LEVEL) -> tuple[float, float] | None:
    """Bootstrap interval of the pooled perplexity from each window's summed NLL (nats)."""
    nll = np.asarray(window_nll, dtype=np.float64)
    if len(nll) < 2:
        return None
    idx = _draws(len(nll), n_boot, seed)
    return _bounds(np.exp(nll[idx].sum(1) / (len(nll) * tokens_per_window)), level)


def ppl_change_interval(base_nll, sub_nll, tokens_per_window: int, n_boot: int = N_BOOT, seed: int = 0,
                        level: float = LEVEL) -> tuple[float, float] | None:
    """Bootstrap interval of ``ppl_sub / ppl_base - 1`` over the same windows (paired)."""
    base, sub = np.asarray(base_nll, dtype=np.float64), np.asarray(sub_nll, dtype=np.float64)
    if len(base) < 2 or len(base) != len(sub):
        return None
    idx = _draws(len(base), n_boot, seed)
    return _bounds(np.exp((sub[idx].sum(1) - base[idx].sum(1)) / (len(base) * tokens_per_window)) - 1, level)


def from_results(base: dict, sub: dict, seed: int = 0) -> tuple[float, float] | None:
    """:func:`ppl_change_interval` of two ``measure`` results (None without per-window NLLs)."""
    b, s = base.get("perplexity", {}), sub.get("perplexity", {})
    if not b.get("window_nll") or not s.get("window_nll"):
        return None
    return ppl_change_interval(b["window_nll"], s["window_nll"], b["n_tokens"] // len(b["window_nll"]), seed=seed)


def ppl_interval_of(result: dict, seed: int = 0) -> tuple[float, float] | None:
    """:func:`ppl_interval` of one ``measure`` result."""
    p = result.get("perplexity", {})
    if not p.get("window_nll"):
        return None
    return ppl_interval(p["window_nll"], p["n_tokens"] // len(p["window_nll"]), seed=seed)


def acc_text(task: dict) -> str:
    """``0.640 ± 0.048`` (lm-eval's stderr of the mean), or the accuracy alone when it has none."""
    acc, err = task.get("acc"), task.get("acc_stderr")
    if acc is None:
        return "n/a"
    return f"{acc:.3f}" + (f" ± {err:.3f}" if isinstance(err, (int, float)) else "")


def qa_change(base: dict, sub: dict, n_boot: int = N_BOOT, seed: int = 0, level: float = LEVEL) -> dict | None:
    """Accuracy change (substituted − unmodified) per task and of the mean over tasks, with paired
    bootstrap intervals: documents are resampled with replacement, the same draw for both variants,
    each task on its own; the mean over tasks averages the tasks' draws. ``base``/``sub``: the
    ``tasks`` of two ``measure`` results (each task's ``per_doc`` accuracies). None without them.

    >>> qa_change({"t": {"per_doc": [1, 1, 0, 0]}}, {"t": {"per_doc": [1, 0, 0, 0]}})["mean"]["change"]
    -0.25
    """
    names = [t for t in base if base[t].get("per_doc") and len(base[t]["per_doc"]) == len(sub.get(t, {}).get("per_doc", []))]
    if not names:
        return None
    tasks, draws = {}, []
    for i, t in enumerate(names):
        b, s = np.asarray(base[t]["per_doc"], dtype=float), np.asarray(sub[t]["per_doc"], dtype=float)
        idx = _draws(len(b), n_boot, seed + i)
        draws.append(s[idx].mean(1) - b[idx].mean(1))
        tasks[t] = {"base": float(b.mean()), "sub": float(s.mean()), "change": float(s.mean() - b.mean()),
                    "ci95": _bounds(draws[-1], level), "n": len(b)}
    mean = {k: float(np.mean([tasks[t][k] for t in names])) for k in ("base", "sub", "change")}
    return {"tasks": tasks, "mean": {**mean, "ci95": _bounds(np.mean(draws, axis=0), level), "n_tasks": len(names)}}
