"""The report page: one self-contained HTML file (no CDN, no external file; works offline).

Layout: a header with the summary, a layer × head grid of held-out IoU whose cells link to
``#L5H3``, the eval table and sweep plots when present, then one ``<section class="head">`` per
head, hidden until targeted (CSS ``:target``; a small script fills in token labels when a
section is shown). Heatmaps are palette PNGs (one pixel per cell) embedded as data URIs and
scaled in CSS. Every text from the run (tokens, descriptions, source) is escaped.
"""
from __future__ import annotations

import html
import json
import numpy as np

from surgery.render import data_uri, heatmap_png, highlight_python, token_label
from surgery.report import HeadView, ReportData, summary

_IOU_RAMP = [(0.0, (215, 48, 39)), (0.5, (254, 224, 139)), (1.0, (26, 152, 80))]
_META_SKIP = {"name", "description", "head", "target"}  # shown elsewhere or redundant


def esc(x) -> str:
    return html.escape(str(x), quote=True)


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


def _json_script(obj) -> str:
    """JSON that is safe inside ``<script type="application/json">`` (no ``</script>`` can close it)."""
    return json.dumps(obj).replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


# ---------------------------------------------------------------- page parts


def header(data: ReportData, s: dict, provenance: dict) -> str:
    sc = (data.score or {}).get("summary", {})
    facts = [("model", data.model), ("heads", f"{s['n_heads']} ({data.n_layers} layers × {data.n_heads})"),
             ("mean held-out IoU", fmt(s["mean_iou"])), ("mean IoU without BOS", fmt(s["mean_iou_no_bos"])),
             ("heads with a program", f"{s['n_with_program']} ({s['n_failed']} failed to run)"),
             ("attention store", data.paths.attn), ("programs", data.paths.programs)]
    if sc:
        facts.append(("score", f"{sc.get('n_programs_scored')} programs on {sc.get('n_windows')} held-out windows, "
                               f"mean IoU {fmt(sc.get('mean_iou'))}, {sc.get('n_distinct_best')} distinct best"))
    facts.append(("generated", f"{provenance.get('generated', '')} · git {provenance.get('git_sha') or '?'}"))
    rows = "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in facts)
    return f'<header><h1>head-surgery report: {esc(data.model)}</h1><table class="facts">{rows}</table></header>'


def grid(data: ReportData) -> str:
    """Layer × head table of IoU; each cell links to the head's section."""
    views = {v.name: v for v in data.views}
    head_cols = "".join(f"<th>H{h}</th>" for h in range(data.n_heads))
    body = []
    for l in range(data.n_layers):
        cells = []
        for h in range(data.n_heads):
            v = views.get(f"L{l}H{h}")
            if v is None:
                cells.append("<td></td>")
                continue
            bg, fg = iou_colour(v.iou)
            label = "–" if v.iou is None else f"{100 * v.iou:.0f}"
            tip = f"{v.name}: IoU {fmt(v.iou)}, no BOS {fmt(v.iou_no_bos)}. {v.meta.get('description', v.error or '')}"
            cells.append(f'<td><a class="cell" href="#{v.name}" style="background:{bg};color:{fg}" '
                         f'title="{esc(tip)}">{label}</a></td>')
        body.append(f"<tr><th>L{l}</th>{''.join(cells)}</tr>")
    return (f'<section id="grid"><h2>Held-out IoU per head</h2><p class="note">Cell: IoU × 100 of the head\'s '
            f'program (red 0, yellow 0.5, green 1). Click a cell to see the head.</p><table class="grid">'
            f"<tr><th></th>{head_cols}</tr>{''.join(body)}</table></section>")


def eval_table(ev: dict | None) -> str:
    if not ev:
        return ""
    base, sub = ev.get("baseline", {}), ev.get("substituted", {})
    rows = []
    if "perplexity" in base and "perplexity" in sub:
        b, s = base["perplexity"]["ppl"], sub["perplexity"]["ppl"]
        rows.append(("perplexity (held-out)", fmt(b), fmt(s), f"{100 * (s / b - 1):+.1f}%"))
    for task, acc in base.get("tasks", {}).items():
        a, c = acc.get("acc"), sub.get("tasks", {}).get(task, {}).get("acc")
        rows.append((f"{task} accuracy (n={acc.get('n', '?')})", fmt(a), fmt(c),
                     "" if a is None or c is None else f"{100 * (c - a):+.1f} pts"))
    body = "".join("<tr>" + "".join(f"<td>{esc(x)}</td>" for x in r) + "</tr>" for r in rows)
    what = (f"{ev.get('n_replaced')}/{ev.get('n_heads_total')} heads replaced by their programs "
            f"(strategy {ev.get('strategy')}, control {ev.get('control')})")
    tuning = ev.get("tuning")
    if tuning:
        what += (f"; {len(tuning.get('tuned_heads', []))} of them with numbers tuned to the model's loss "
                 f"({tuning.get('steps')} steps, KL {fmt(tuning.get('kl_before'), 4)} → {fmt(tuning.get('kl_after'), 4)} "
                 f"nats on training windows)")
    return (f'<section id="eval"><h2>Substitution</h2><p>{esc(what)}</p><table class="eval"><tr><th></th>'
            f"<th>unmodified</th><th>substituted</th><th>change</th></tr>{body}</table></section>")


def sweep_part(data: ReportData) -> str:
    if not data.sweep_plots and not data.sweep:
        return ""
    imgs = "".join(f'<figure><img class="plot" src="{data_uri(p.read_bytes())}" alt="{esc(p.name)}">'
                   f"<figcaption>{esc(p.name)}</figcaption></figure>" for p in data.sweep_plots)
    sw = data.sweep or {}
    note = f"fractions {sw.get('fractions')}, strategies {sw.get('strategies')}" if sw else ""
    return f'<section id="sweep"><h2>Sweep</h2><p>{esc(note)}</p><div class="plots">{imgs}</div></section>'


def windows_part(data: ReportData) -> str:
    items = "".join(f"<li><b>{_window_name(data, k)}</b> (store window {int(w)}): "
                    f"<span class=\"text\">{esc(''.join(t[1:]))}</span></li>" for k, (w, t) in enumerate(zip(data.windows, data.tokens)))
    return (f'<section id="windows"><h2>Held-out windows shown</h2><p class="note">First {data.n_shown} tokens of '
            f"each; heatmaps show sqrt(weight), white 0 to dark blue 1, grey above the diagonal.</p>"
            f"<ul>{items}</ul></section>")


# ---------------------------------------------------------------- one head


def _window_name(data: ReportData, k: int) -> str:
    """How window ``k`` of the page is named: by its place among held-out windows, as `surgery show --window` takes it."""
    return f"held-out window {int(data.positions[k])}"


def figure(v: HeadView, k: int, name: str, n: int, px: int) -> str:
    """Real and program attention of window ``k`` side by side, token labels filled in by the script."""
    size = n * px
    panels = []
    for label, mat in (("real", v.real[k]), ("program", None if v.pred is None else v.pred[k])):
        if mat is None:
            img = f'<div class="missing" style="width:{size}px;height:{size}px">{esc(v.error or "no program")}</div>'
        else:
            img = (f'<img class="hm" data-w="{k}" data-n="{n}" width="{size}" height="{size}" decoding="async" '
                   f'alt="{label} attention, window {k}" src="{data_uri(heatmap_png(mat[:n, :n]))}">')
        panels.append((label, img))
    iou = "" if v.pred is None else f" · IoU {fmt(v.window_iou[k])}, no BOS {fmt(v.window_iou_no_bos[k])}"
    return (f'<figure class="pair"><figcaption>{name}{iou}</figcaption><div class="pgrid">'
            f'<div></div><div class="xlab" data-w="{k}"></div><div class="xlab" data-w="{k}"></div>'
            f'<div class="ylab" data-w="{k}"></div>{panels[0][1]}{panels[1][1]}'
            f'<div></div><div class="cap">real</div><div class="cap">program</div></div>'
            f'<div class="readout"></div></figure>')


def _meta_rows(v: HeadView) -> str:
    rows = [("method", v.method), ("program", v.program.path if v.program else None)]
    rows += [(k, val) for k, val in v.meta.items() if k not in _META_SKIP]
    r = v.score_row
    if r:
        ru = r.get("runner_up") or {}
        rows.append(("score.json best", f"{r.get('program')} ({fmt(r.get('iou'))})"))
        rows.append(("runner-up", f"{ru.get('program')} ({fmt(ru.get('iou'))})" if ru else None))
    return "".join(f"<tr><th>{esc(k)}</th><td>{esc(val)}</td></tr>" for k, val in rows if val is not None)


def section(v: HeadView, data: ReportData, prev: str | None, nxt: str | None) -> str:
    desc = v.meta.get("description") or ""
    n, px = data.n_shown, cell_px(data.n_shown)
    figs = "".join(figure(v, k, _window_name(data, k), n, px) for k in range(len(v.real)))
    err = f'<p class="error">program error: {esc(v.error)}</p>' if v.error else ""
    src = (f'<details open><summary>program source</summary><pre class="src">{highlight_python(v.source)}</pre></details>'
           if v.source is not None else "")
    nav = " · ".join(x for x in (f'<a href="#{prev}">← {prev}</a>' if prev else "", '<a href="#grid">grid</a>',
                                 f'<a href="#{nxt}">{nxt} →</a>' if nxt else "") if x)
    return (f'<section class="head" id="{v.name}"><h2>{v.name} <span class="iou">held-out IoU {fmt(v.iou)} · '
            f'no BOS {fmt(v.iou_no_bos)}</span></h2><p class="nav">{nav}</p><p class="desc">{esc(desc)}</p>{err}'
            f'<table class="meta">{_meta_rows(v)}</table><div class="figs">{figs}</div>{src}</section>')


def page(data: ReportData, provenance: dict) -> str:
    """The whole HTML document."""
    s = summary(data)
    names = [v.name for v in data.views]
    sections = "".join(section(v, data, names[i - 1] if i else None, names[i + 1] if i + 1 < len(names) else None)
                       for i, v in enumerate(data.views))
    tokens = [[token_label(t) for t in w] for w in data.tokens]
    css = CSS.replace("--cell: 9px", f"--cell: {cell_px(data.n_shown)}px")
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">'
        f"<title>head-surgery report: {esc(data.model)}</title><style>{css}</style></head><body>"
        f'<p class="toolbar"><button id="showall" type="button">show all heads</button></p>'
        f"{header(data, s, provenance)}<main>{grid(data)}{eval_table(data.eval)}{sweep_part(data)}"
        f"{windows_part(data)}{sections}</main>"
        f'<script type="application/json" id="tokens">{_json_script(tokens)}</script>'
        f"<script>{JS}</script></body></html>\n"
    )


# ---------------------------------------------------------------- style and behaviour

CSS = """
:root { --cell: 9px; }
body { font: 14px/1.4 system-ui, sans-serif; margin: 0 1.5em 3em; color: #222; background: #fff; }
h1 { font-size: 1.5em; margin: .6em 0 .3em; } h2 { font-size: 1.2em; margin: 1.2em 0 .4em; }
.toolbar { float: right; margin: .8em 0; }
table.facts th, table.meta th { text-align: left; padding-right: 1em; font-weight: 600; color: #555; vertical-align: top; }
table.meta td { font-family: ui-monospace, monospace; font-size: 12px; word-break: break-all; }
.note { color: #666; font-size: 12px; }
table.grid { border-collapse: collapse; font: 11px ui-monospace, monospace; }
table.grid th { color: #666; font-weight: normal; padding: 0 4px; }
table.grid td { padding: 1px; }
a.cell { display: block; width: 2.6em; line-height: 1.7em; text-align: center; text-decoration: none; border-radius: 2px; }
a.cell:hover, a.cell:focus { outline: 2px solid #000; }
table.eval { border-collapse: collapse; } table.eval td, table.eval th { border: 1px solid #ddd; padding: 2px 8px; }
.plots { display: flex; flex-wrap: wrap; gap: 1em; } img.plot { max-width: 100%; }
#windows li { margin-bottom: .4em; } #windows .text { white-space: pre-wrap; font-family: ui-serif, serif; }
section.head { display: none; border-top: 2px solid #445; margin-top: 1.5em; }
section.head:target, body.all section.head { display: block; }
.iou { font-weight: normal; color: #555; font-size: .85em; margin-left: 1em; }
.desc { font-style: italic; } .error { color: #b00; } .nav { font-size: 12px; }
.figs { display: flex; flex-wrap: wrap; gap: 1.5em; }
figure.pair { margin: .5em 0; } figure.pair figcaption { font-size: 12px; color: #444; }
.pgrid { display: grid; grid-template-columns: auto auto auto; column-gap: 6px; align-items: end; }
img.hm { image-rendering: pixelated; image-rendering: crisp-edges; border: 1px solid #bbb; display: block; }
.missing { border: 1px dashed #b00; color: #b00; font-size: 12px; padding: 4px; box-sizing: border-box; }
.xlab { display: flex; height: 64px; align-items: flex-end; overflow: hidden; }
.xlab div { width: var(--cell); min-width: var(--cell); writing-mode: vertical-rl; transform: rotate(180deg);
  font: calc(var(--cell) - 1px)/var(--cell) ui-monospace, monospace; white-space: pre; overflow: hidden; max-height: 64px; }
.ylab { align-self: start; padding-top: 1px; max-width: 110px; overflow: hidden; }
.ylab div { height: var(--cell); font: calc(var(--cell) - 1px)/var(--cell) ui-monospace, monospace;
  white-space: pre; text-align: right; overflow: hidden; }
.cap { font-size: 12px; color: #444; text-align: center; }
.readout { font: 12px ui-monospace, monospace; min-height: 1.4em; color: #333; white-space: pre; }
pre.src { background: #f7f7f9; border: 1px solid #e3e3e8; padding: .8em; overflow-x: auto; font-size: 12px; }
.src .kw { color: #a626a4; font-weight: 600; } .src .bi { color: #0184bc; } .src .fn { color: #4078f2; }
.src .str { color: #50a14f; } .src .num { color: #986801; } .src .com { color: #8a8f98; font-style: italic; }
"""

JS = """
(function () {
  var TOK = JSON.parse(document.getElementById('tokens').textContent);
  function labels(el) {
    var toks = TOK[+el.dataset.w] || [];
    var frag = document.createDocumentFragment();
    toks.forEach(function (t) { var d = document.createElement('div'); d.textContent = t; d.title = t; frag.appendChild(d); });
    el.textContent = ''; el.appendChild(frag);
  }
  function fill(sec) {
    if (!sec || !sec.classList.contains('head') || sec.dataset.filled) return;
    sec.dataset.filled = '1';
    sec.querySelectorAll('.xlab, .ylab').forEach(function (el) { labels(el); });
  }
  function onHash() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (id) fill(document.getElementById(id));
  }
  window.addEventListener('hashchange', onHash);
  onHash();
  document.getElementById('showall').addEventListener('click', function () {
    var all = document.body.classList.toggle('all');
    this.textContent = all ? 'hide heads' : 'show all heads';
    if (all) document.querySelectorAll('section.head').forEach(fill);
  });
  document.addEventListener('mousemove', function (e) {
    var img = e.target;
    if (!img.classList || !img.classList.contains('hm')) return;
    var n = +img.dataset.n, toks = TOK[+img.dataset.w] || [], r = img.getBoundingClientRect();
    var q = Math.min(n - 1, Math.floor((e.clientY - r.top) / r.height * n));
    var k = Math.min(n - 1, Math.floor((e.clientX - r.left) / r.width * n));
    var out = img.closest('figure').querySelector('.readout');
    out.textContent = 'query ' + q + ' ' + JSON.stringify(toks[q] || '') + '  ->  key ' + k + ' ' +
      JSON.stringify(toks[k] || '') + (k > q ? '  (masked)' : '');
  });
})();
"""
