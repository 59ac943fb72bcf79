"""What a report shows, gathered from a run directory: heads, their programs, real vs program attention.

A run directory (``make demo`` writes one) holds::

    attn/                 attention store (required)
    programs/heads.json   head -> program, held-out IoU (required)
    score/score.json      every head's best program and runner-up (optional)
    eval/results.json     perplexity and QA with a fraction of heads replaced (optional)
    sweep/                sweep.json, ppl.png, qa.png (optional)
    roles/, regress/      roles.json of ``surgery roles``, regress.json of ``surgery regress`` (optional;
                          read by :mod:`surgery.report.sections`)

:func:`collect` reads all of it and runs each head's program on a few held-out windows (one
batch per distinct program; generated programs in the sandbox unless trusted). The page itself is
assembled by :mod:`surgery.report.html`; ``surgery show`` prints one head from the same data.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from surgery.lang.context import store_contexts
from surgery.io.headmap import HeadMap, head_name, parse_head
from surgery.runtime.program import Program, ProgramError, load_program
from surgery.score import batch_iou, program_patterns
from surgery.io.store import AttentionStore, StoreError
from surgery.io.records import FormatError, read_json


class ReportError(Exception):
    """A run directory lacks what a report needs; the message says what and where."""


@dataclass(frozen=True)
class RunPaths:
    """Where the parts of a run are; the optional ones are None when absent."""

    attn: Path  # attention store directory
    programs: Path  # directory of heads.json
    score: Path | None = None  # score.json
    eval: Path | None = None  # results.json of `surgery eval`
    sweep: Path | None = None  # directory of `surgery sweep` output


def _existing(path: Path) -> Path | None:
    return path if path.exists() else None


def resolve_paths(run: str | None, attn: str | None = None, programs: str | None = None) -> RunPaths:
    """Paths of a run directory, with ``attn``/``programs`` overriding ``run/attn`` and ``run/programs``."""
    if run is None and (attn is None or programs is None):
        raise ReportError("give --run, or both --attn and --programs")
    base = Path(run) if run is not None else None
    if base is not None and not base.is_dir():
        raise ReportError(f"no run directory at {base}")
    opt = (lambda rel: _existing(base / rel)) if base is not None else (lambda rel: None)
    return RunPaths(attn=Path(attn) if attn else base / "attn", programs=Path(programs) if programs else base / "programs",
                    score=opt("score/score.json"), eval=opt("eval/results.json"), sweep=opt("sweep"))


def open_store(paths: RunPaths) -> AttentionStore:
    try:
        return AttentionStore(paths.attn)
    except StoreError as e:
        raise ReportError(str(e)) from None


def open_headmap(paths: RunPaths) -> HeadMap:
    try:
        return HeadMap.load(paths.programs)
    except FormatError as e:  # damaged or newer: the message names the file and the command that writes it
        raise ReportError(str(e)) from None
    except (FileNotFoundError, ValueError) as e:
        raise ReportError(f"{e} (the programs directory comes from `surgery synthesize` or `surgery score`)") from None


def pick_windows(store: AttentionStore, n: int, start: int = 0) -> np.ndarray:
    """Store indices of ``n`` held-out windows from the ``start``-th one on."""
    held = store.heldout_windows()
    if len(held) == 0:
        raise ReportError(f"{store.path} has no held-out windows")
    if not 0 <= start < len(held):
        raise ReportError(f"window {start} is out of range: {store.path} has {len(held)} held-out windows (0..{len(held) - 1})")
    return held[start : start + n]


def spread_windows(store: AttentionStore, n: int) -> np.ndarray:
    """Positions among the held-out windows of ``n`` evenly spread ones (different documents, mostly)."""
    n_held = len(store.heldout_windows())
    if n_held == 0:
        raise ReportError(f"{store.path} has no held-out windows")
    return np.unique(np.linspace(0, n_held - 1, min(n, n_held)).round().astype(int))


@dataclass
class HeadView:
    """One head as the report shows it."""

    name: str  # "L3H7"
    iou: float | None  # held-out IoU from heads.json (all held-out windows)
    iou_no_bos: float | None
    method: str | None  # how the program was chosen
    program: Program | None  # None: the head has no program, or it could not be loaded
    real: np.ndarray  # float32 [window, query_pos, key_pos]
    pred: np.ndarray | None = None  # float32 [window, query_pos, key_pos] the program's pattern
    error: str | None = None  # why there is no program pattern
    score_row: dict | None = None  # this head's row of score.json
    window_iou: np.ndarray = field(default_factory=lambda: np.zeros(0))  # [window] IoU on the shown windows
    window_iou_no_bos: np.ndarray = field(default_factory=lambda: np.zeros(0))

    @property
    def meta(self) -> dict:
        return self.program.meta if self.program is not None else {}

    @property
    def source(self) -> str | None:
        return self.program.source if self.program is not None else None


def _load(headmap: HeadMap, base: Path, name: str, trusted: bool, cache: dict) -> Program | str:
    path = headmap.program_path(name, base).resolve()
    if path not in cache:
        try:
            prog = load_program(path, trusted=trusted)
            prog.name = str(path)  # unique key for program_patterns
            cache[path] = prog
        except ProgramError as e:
            cache[path] = str(e)
    return cache[path]


def head_views(store: AttentionStore, headmap: HeadMap, programs_dir: Path, windows: np.ndarray,
               trusted: bool = False, heads: list[str] | None = None, progress: bool = True) -> list[HeadView]:
    """Every head of the store (or ``heads``), each with its program's pattern on ``windows``."""
    names = heads if heads is not None else [head_name(l, h) for l, h in store.heads]
    attn = np.asarray(store.attn[np.asarray(windows)], dtype=np.float32)  # [w, layer, head, q, k]
    cache: dict = {}
    views = []
    for name in names:
        l, h = parse_head(name)
        e = headmap.heads.get(name)
        prog = _load(headmap, programs_dir, name, trusted, cache) if e is not None else "no program in heads.json"
        views.append(HeadView(name=name, iou=getattr(e, "iou", None), iou_no_bos=getattr(e, "iou_no_bos", None),
                              method=getattr(e, "method", None), program=prog if isinstance(prog, Program) else None,
                              real=attn[:, l, h], error=prog if isinstance(prog, str) else None))
    _run_programs(views, [p for p in cache.values() if isinstance(p, Program)], store, windows, progress)
    return views


def _run_programs(views: list[HeadView], programs: list[Program], store, windows, progress: bool) -> None:
    """Fill ``pred`` and the per-window IoUs: each distinct program runs once on all windows."""
    if not programs:
        return
    ctxs = store_contexts(store, windows)
    good, pats, errors = program_patterns(programs, ctxs, progress=progress)  # pats [P, W, n, n]
    by_name = {p.name: pats[i] for i, p in enumerate(good)}
    for v in views:
        if v.program is None:
            continue
        if v.program.name in by_name:
            v.pred = by_name[v.program.name]
            v.window_iou = batch_iou(v.real, v.pred)
            v.window_iou_no_bos = batch_iou(v.real, v.pred, drop_bos=True)
        else:
            v.error = errors.get(v.program.name, "program failed")


def _read_json(path: Path | None) -> dict | None:
    if path is None:
        return None
    try:
        return read_json(path)
    except FormatError as e:  # its message names the file
        raise ReportError(str(e)) from None
    except (OSError, ValueError) as e:
        raise ReportError(f"unreadable {path}: {e}") from None


def score_rows(score: dict | None) -> dict[str, dict]:
    """Rows of a score.json by head name (empty without one)."""
    return {r["head"]: r for r in (score or {}).get("heads", []) if "head" in r}


def read_score(path: Path | None) -> dict | None:
    """score.json, or None when there is none."""
    return _read_json(path)


@dataclass
class ReportData:
    """Everything one page shows."""

    model: str
    paths: RunPaths
    windows: np.ndarray  # store indices of the shown held-out windows
    positions: np.ndarray  # their positions among the held-out windows (`surgery show --window`)
    tokens: list[list[str]]  # token strings of the shown windows, clipped to the shown length
    n_shown: int  # tokens shown per window
    views: list[HeadView]
    n_layers: int
    n_heads: int
    score: dict | None = None  # score.json
    eval: dict | None = None  # eval/results.json
    sweep: dict | None = None  # sweep/sweep.json
    sweep_plots: list[Path] = field(default_factory=list)
    seconds: dict = field(default_factory=dict)  # timing of the phases
    layer_windows: list | None = None  # each layer's sliding attention window (None: full attention everywhere)


def collect(paths: RunPaths, n_windows: int = 3, max_tokens: int = 64, trusted: bool = False,
            progress: bool = True) -> ReportData:
    """Read a run and run every head's program on ``n_windows`` held-out windows spread over the store."""
    t0 = time.perf_counter()
    store, headmap = open_store(paths), open_headmap(paths)
    positions = spread_windows(store, n_windows)
    windows = store.heldout_windows()[positions]
    views = head_views(store, headmap, paths.programs, windows, trusted=trusted, progress=progress)
    score = read_score(paths.score)
    rows = score_rows(score)
    for v in views:
        v.score_row = rows.get(v.name)
    n_shown = min(max_tokens, store.meta.window)
    sweep_dir = paths.sweep
    return ReportData(
        model=store.meta.model, paths=paths, windows=windows, positions=positions, n_shown=n_shown, views=views,
        tokens=[store.token_strs[w][:n_shown] for w in windows], n_layers=store.n_layers, n_heads=store.n_heads,
        score=score, eval=_read_json(paths.eval), layer_windows=store.meta.layer_windows,
        sweep=_read_json(sweep_dir / "sweep.json") if sweep_dir and (sweep_dir / "sweep.json").exists() else None,
        sweep_plots=sorted(sweep_dir.glob("*.png")) if sweep_dir else [],
        seconds={"collect_s": time.perf_counter() - t0},
    )


def summary(data: ReportData) -> dict:
    """Mean IoUs over heads (from heads.json) and counts, for the page header and report.json."""
    ious = [v.iou for v in data.views if v.iou is not None]
    nb = [v.iou_no_bos for v in data.views if v.iou_no_bos is not None]
    return {
        "model": data.model, "n_heads": len(data.views), "n_with_program": sum(v.program is not None for v in data.views),
        "n_failed": sum(v.error is not None for v in data.views),
        "mean_iou": float(np.mean(ious)) if ious else None, "mean_iou_no_bos": float(np.mean(nb)) if nb else None,
        "shown_windows": [int(w) for w in data.windows], "tokens_shown": data.n_shown,
    }
