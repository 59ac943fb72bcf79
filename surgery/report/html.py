"""The report page: one self-contained HTML file (no CDN, no external file; works offline).

Rendered from the Jinja2 template ``surgery/report/templates/report.html.j2`` with autoescape on, so
every text from the run (tokens, descriptions, source, paths) is escaped; the style sheet and
script beside it (``report.css``, ``report.js``) are inlined. Layout: a header with the summary, a
layer × head grid of held-out IoU whose cells link to ``#L5H3``, then the sections (the eval table
and sweep plots when present, then any ``sections`` given to :func:`page`), the windows shown,
and one ``<section class="head">`` per head, hidden until targeted (CSS ``:target``; the script
fills in token labels when a section is shown). Heatmaps are palette PNGs (one pixel per cell)
embedded as data URIs and scaled in CSS; source is highlighted by Pygments.

To add a part to the page, pass a :class:`Section` (text, a :class:`Table`, :class:`Figure` s
such as ``Figure(plot_png(fig), "caption")``); to colour the grid by something other than IoU,
pass a :class:`GridColouring`.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Callable, Sequence

import numpy as np
from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from surgery.report.render import data_uri, heatmap_png, highlight_css, highlight_python, token_label
from surgery.report.collect import HeadView, ReportData, summary

_IOU_RAMP = [(0.0, (215, 48, 39)), (0.5, (254, 224, 139)), (1.0, (26, 152, 80))]
_META_SKIP = {"name", "description", "head", "target"}  # shown elsewhere or redundant


def fmt(x, digits: int = 3) -> str:
    return "–" if x is None else f"{x:.{digits}f}"


def iou_colour(iou: float | None) -> tuple[str, str]:
    """Background and text colour of a grid cell: red (0) -> yellow (0.5) -> green (1); grey when unknown."""
    if iou is None or not np.isfinite(iou):
        return "#cccccc", "#333333"
    x = float(np.clip(iou, 0, 1))
    xs = [p for p, _ in _IOU_RAMP]
    rgb = [round(np.interp(x, xs, [c[i] for _, c in _IOU_RAMP])) for i in range(3)]
    light = 0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2] > 140
    return "#%02x%02x%02x" % tuple(rgb), "#111111" if light else "#ffffff"


def cell_px(n_tokens: int) -> int:
    """Screen pixels per attention cell: about 576 px per heatmap, 3 to 12 px per cell."""
    return int(np.clip(576 // max(n_tokens, 1), 3, 12))


# ---------------------------------------------------------------- what a page can hold


@dataclass(frozen=True)
class Figure:
    """An image of a :class:`Section`, embedded in the page as a data URI."""

    png: bytes  # e.g. surgery.report.render.plot_png(matplotlib_figure)
    caption: str
    alt: str = ""  # default: the caption

    @property
    def src(self) -> str:
        return data_uri(self.png)


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Section:
    """A part of the page between the grid and the windows, linked as ``#id``; every field is optional but the title."""

    id: str
    title: str
    text: str = ""  # a paragraph
    note: str = ""  # small print under it
    table: Table | None = None
    figures: tuple[Figure, ...] = ()


@dataclass(frozen=True)
class GridColouring:
    """How the grid's cells are coloured: ``colour(view) -> (background, text colour)``; cells still show IoU × 100."""

    note: str  # what the colours mean, under the grid's title
    colour: Callable[[HeadView], tuple[str, str]]
    legend: tuple[tuple[str, str], ...] = ()  # (label, background) swatches above the grid


IOU_GRID = GridColouring(note="Cell: IoU × 100 of the head's program (red 0, yellow 0.5, green 1).",
                         colour=lambda v: iou_colour(v.iou))


# ---------------------------------------------------------------- page parts


def facts(data: ReportData, s: dict, provenance: dict) -> list[tuple[str, str]]:
    """(label, value) rows of the header."""
    sc = (data.score or {}).get("summary", {})
    rows = [("model", data.model), ("heads", f"{s['n_heads']} ({data.n_layers} layers × {data.n_heads})"),
            ("mean held-out IoU", fmt(s["mean_iou"])), ("mean IoU without BOS", fmt(s["mean_iou_no_bos"])),
            ("heads with a program", f"{s['n_with_program']} ({s['n_failed']} failed to run)"),
            ("attention store", str(data.paths.attn)), ("programs", str(data.paths.programs))]
    if data.layer_windows and any(w is not None for w in data.layer_windows):
        rows.append(("sliding-window layers", window_summary(data.layer_windows)))
    if sc:
        rows.append(("score", f"{sc.get('n_programs_scored')} programs on {sc.get('n_windows')} held-out windows, "
                              f"mean IoU {fmt(sc.get('mean_iou'))}, {sc.get('n_distinct_best')} distinct best"))
    rows.append(("generated", f"{provenance.get('generated', '')} · git {provenance.get('git_sha') or '?'}"))
    return rows


def window_summary(windows: list) -> str:
    """Layers by attention window, e.g. ``"window 8: layers 0, 2; full: layers 1, 3"``.

    >>> window_summary([8, None, 8, None])
    'window 8: layers 0, 2; full: layers 1, 3'
    """
    groups: dict = {}
    for layer, w in enumerate(windows):
        groups.setdefault(w, []).append(str(layer))
    return "; ".join(f"{'full' if w is None else f'window {w}'}: layers {', '.join(ls)}"
                     for w, ls in sorted(groups.items(), key=lambda kv: (kv[0] is None, kv[0] or 0)))


def grid_rows(data: ReportData, colouring: GridColouring) -> list[tuple[int, list[dict | None]]]:
    """Per layer, one cell per head (None where the store has no such head): link, colours, label, tooltip."""
    views = {v.name: v for v in data.views}
    rows = []
    for l in range(data.n_layers):
        cells: list[dict | None] = []
        for h in range(data.n_heads):
            v = views.get(f"L{l}H{h}")
            if v is None:
                cells.append(None)
                continue
            bg, fg = colouring.colour(v)
            tip = f"{v.name}: IoU {fmt(v.iou)}, no BOS {fmt(v.iou_no_bos)}. {v.meta.get('description', v.error or '')}"
            cells.append({"name": v.name, "bg": bg, "fg": fg, "tip": tip,
                          "label": "–" if v.iou is None else f"{100 * v.iou:.0f}"})
        rows.append((l, cells))
    return rows


def eval_section(ev: dict | None) -> Section | None:
    """Perplexity and task accuracy, unmodified vs substituted (eval/results.json)."""
    if not ev:
        return None
    base, sub = ev.get("baseline", {}), ev.get("substituted", {})
    rows = []
    if "perplexity" in base and "perplexity" in sub:
        b, s = base["perplexity"]["ppl"], sub["perplexity"]["ppl"]
        rows.append(("perplexity (held-out)", fmt(b), fmt(s), f"{100 * (s / b - 1):+.1f}%"))
    for task, acc in base.get("tasks", {}).items():
        a, c = acc.get("acc"), sub.get("tasks", {}).get(task, {}).get("acc")
        rows.append((f"{task} accuracy (n={acc.get('n', '?')})", fmt(a), fmt(c),
                     "" if a is None or c is None else f"{100 * (c - a):+.1f} pts"))
    what = (f"{ev.get('n_replaced')}/{ev.get('n_heads_total')} heads replaced by their programs "
            f"(strategy {ev.get('strategy')}, control {ev.get('control')})")
    tuning = ev.get("tuning")
    if tuning:
        what += (f"; {len(tuning.get('tuned_heads', []))} of them with numbers tuned to the model's loss "
                 f"({_tuning_steps(tuning)}, KL {fmt(tuning.get('kl_before'), 4)} → {fmt(tuning.get('kl_after'), 4)} "
                 f"nats on training windows)")
    return Section("eval", "Substitution", text=what,
                   table=Table(("", "unmodified", "substituted", "change"), tuple(rows)))


def _tuning_steps(tuning: dict) -> str:
    """"20 steps", or "step 12 kept of 16 run (best on validation windows)" when validation chose one."""
    valid = tuning.get("validation")
    if not valid:
        return f"{tuning.get('steps')} steps"
    return f"step {valid.get('best_step')} kept of {tuning.get('steps_run', tuning.get('steps'))} run (best on validation windows)"


def sweep_section(data: ReportData) -> Section | None:
    """The plots of `surgery sweep` and what it varied."""
    if not data.sweep_plots and not data.sweep:
        return None
    sw = data.sweep or {}
    note = f"fractions {sw.get('fractions')}, strategies {sw.get('strategies')}" if sw else ""
    return Section("sweep", "Sweep", text=note, figures=tuple(Figure(p.read_bytes(), p.name) for p in data.sweep_plots))


def windows(data: ReportData) -> list[tuple[str, int, str]]:
    """(name, store index, text without BOS) of each shown window."""
    return [(_window_name(data, k), int(w), "".join(t[1:])) for k, (w, t) in enumerate(zip(data.windows, data.tokens))]


def _window_name(data: ReportData, k: int) -> str:
    """How window ``k`` of the page is named: by its place among held-out windows, as `surgery show --window` takes it."""
    return f"held-out window {int(data.positions[k])}"


# ---------------------------------------------------------------- one head


def pair(v: HeadView, k: int, name: str, n: int, px: int) -> dict:
    """Real and program attention of window ``k``: caption, size and the two panels (image or why missing)."""
    panels = []
    for label, mat in (("real", v.real[k]), ("program", None if v.pred is None else v.pred[k])):
        panels.append({"label": label, "src": None if mat is None else data_uri(heatmap_png(mat[:n, :n])),
                       "missing": v.error or "no program"})
    iou = "" if v.pred is None else f" · IoU {fmt(v.window_iou[k])}, no BOS {fmt(v.window_iou_no_bos[k])}"
    return {"k": k, "n": n, "size": n * px, "caption": name + iou, "panels": panels}


def _meta_rows(v: HeadView) -> list[tuple[str, object]]:
    rows = [("method", v.method), ("program", v.program.path if v.program else None)]
    rows += [(k, val) for k, val in v.meta.items() if k not in _META_SKIP]
    r = v.score_row
    if r:
        ru = r.get("runner_up") or {}
        rows.append(("score.json best", f"{r.get('program')} ({fmt(r.get('iou'))})"))
        rows.append(("runner-up", f"{ru.get('program')} ({fmt(ru.get('iou'))})" if ru else None))
    return [(k, val) for k, val in rows if val is not None]


def head(v: HeadView, data: ReportData, prev: str | None, nxt: str | None) -> dict:
    """What the section of one head shows."""
    n, px = data.n_shown, cell_px(data.n_shown)
    return {"name": v.name, "iou": fmt(v.iou), "iou_no_bos": fmt(v.iou_no_bos), "prev": prev, "next": nxt,
            "description": v.meta.get("description") or "", "error": v.error, "meta": _meta_rows(v),
            "pairs": [pair(v, k, _window_name(data, k), n, px) for k in range(len(v.real))],
            "source": None if v.source is None else Markup(highlight_python(v.source))}  # Pygments escapes


# ---------------------------------------------------------------- the page


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The Jinja2 environment of the package's templates: autoescape on, undefined names are errors."""
    return Environment(loader=PackageLoader("surgery.report", "templates"), autoescape=True, undefined=StrictUndefined,
                       trim_blocks=True, lstrip_blocks=True)


def _static(name: str) -> Markup:
    """A file beside the template (style sheet, script), inlined as it is."""
    return Markup(files("surgery.report").joinpath("templates", name).read_text(encoding="utf-8"))


def page(data: ReportData, provenance: dict, sections: Sequence[Section] = (), grid: GridColouring = IOU_GRID) -> str:
    """The whole HTML document; ``sections`` come after the eval and sweep sections, ``grid`` colours the grid."""
    names = [v.name for v in data.views]
    builtin = [s for s in (eval_section(data.eval), sweep_section(data)) if s is not None]
    return environment().get_template("report.html.j2").render(
        title=f"head-surgery report: {data.model}", facts=facts(data, summary(data), provenance),
        grid=grid, grid_rows=grid_rows(data, grid), n_heads=data.n_heads, sections=[*builtin, *sections],
        windows=windows(data), n_shown=data.n_shown, cell_px=cell_px(data.n_shown),
        heads=[head(v, data, names[i - 1] if i else None, names[i + 1] if i + 1 < len(names) else None)
               for i, v in enumerate(data.views)],
        tokens=[[token_label(t) for t in w] for w in data.tokens],
        css=_static("report.css") + Markup("\n") + Markup(highlight_css(".src")), js=_static("report.js"),
    ) + "\n"
