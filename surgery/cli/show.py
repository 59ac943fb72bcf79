"""``surgery show L12H3``: one head in the terminal — scores, real vs program attention, then the source."""
from __future__ import annotations

import click

import numpy as np

from surgery.cli import one_line
from surgery.io.corpus import probe_mask
from surgery.lang.context import store_contexts
from surgery.runtime.program import ProgramError
from surgery.score import batch_iou
from surgery.score.profile import MECHANISMS, profile, stack_masks
from surgery.io.headmap import head_name, parse_head
from surgery.report.render import SHADES, side_by_side
from surgery.report.collect import (HeadView, ReportError, head_views, open_headmap, open_store, pick_windows, read_score,
                            resolve_paths, score_rows)


def _fmt(x) -> str:
    return "-" if x is None else f"{x:.3f}"


def describe(v: HeadView) -> list[str]:
    """Header lines: scores, method, description, program path."""
    lines = [f"{v.name}: held-out IoU {_fmt(v.iou)} (no BOS {_fmt(v.iou_no_bos)}), method {v.method or '-'}"]
    if v.meta.get("description"):
        lines.append(f"description: {v.meta['description']}")
    if v.score_row and v.score_row.get("runner_up"):
        ru = v.score_row["runner_up"]
        lines.append(f"runner-up: {ru['program']} ({_fmt(ru['iou'])})")
    if v.program is not None:
        lines.append(f"program: {v.program.path}")
    if v.error:
        lines.append(f"program error: {v.error}")
    return lines


PROFILE_WINDOWS = 16  # held-out windows of each kind the profile is measured on


def profiles(store, layer: int, head: int, program) -> dict[str, tuple]:
    """Per kind of held-out window (``natural``, ``probe``): (windows, the head's mechanism profile,
    the program's or why it has none, the program's mean IoU there or None). Probe windows pool
    the rows of the repeats only (the IoU takes whole windows)."""
    probe = probe_mask(store.meta)
    held = store.heldout_windows()
    seq_len = (store.meta.probes or {}).get("seq_len", 0)
    out = {}
    for kind, windows, first_row in (("natural", held[~probe[held]], 1), ("probe", held[probe[held]], 1 + seq_len)):
        windows = windows[:PROFILE_WINDOWS]
        if not len(windows):
            continue
        ctxs = store_contexts(store, windows)
        masks, rows = stack_masks(ctxs), np.arange(first_row, store.meta.window)
        attn = store.head_attention(layer, head, windows)
        prog, iou = None, None
        try:
            if program is not None:
                pred = np.stack(program.patterns(ctxs))
                prog, iou = profile(pred, masks, rows=rows), float(batch_iou(attn, pred).mean())
        except ProgramError as e:
            prog = f"program failed: {e}"
        out[kind] = (len(windows), profile(attn, masks, rows=rows), prog, iou)
    return out


def profile_lines(measured: dict) -> list[str]:
    """The head's measured mechanism profile next to its program's, one column pair per kind of window."""
    if not measured:
        return []
    kinds = list(measured)
    lines = ["mechanism profile: mean attention mass per query row on held-out windows (a key in two "
             "mechanisms counts in both; probe: rows of the repeats)",
             f"{'':15}" + "".join(f"{f'{k} ({measured[k][0]} windows)':>24}" for k in kinds),
             f"{'':15}" + "".join(f"{'head':>12}{'program':>12}" for _ in kinds)]
    for m in MECHANISMS:
        cells = ""
        for k in kinds:
            _, real, prog, _ = measured[k]
            cells += f"{real[m]:>12.2f}" + (f"{prog[m]:>12.2f}" if isinstance(prog, dict) else f"{'-':>12}")
        lines.append(f"{m:15}{cells}")
    ious = [f"{k} {measured[k][3]:.3f}" for k in kinds if measured[k][3] is not None]
    if ious:
        lines.append(f"{'IoU':15}program vs head, mean over these windows: " + ", ".join(ious))
    lines += [f"{k}: {measured[k][2]}" for k in kinds if isinstance(measured[k][2], str)]
    return lines


def render(v: HeadView, tokens: list[str], window: int, store_window: int, max_tokens: int,
           measured: dict | None = None) -> str:
    """The whole printout of one head on one window (``measured``: :func:`profiles`)."""
    n = min(max_tokens, v.real.shape[-1])
    out = describe(v)
    if measured:
        out += [""] + profile_lines(measured)
    iou = "" if v.pred is None else f": IoU {_fmt(v.window_iou[0])}, no BOS {_fmt(v.window_iou_no_bos[0])} (whole window)"
    out += ["", f"held-out window {window} (store window {store_window}){iou}",
            f"first {n} of {v.real.shape[-1]} tokens; shading {SHADES!r} = sqrt(weight) from 0 to 1, "
            "blank above the diagonal", ""]
    pred = None if v.pred is None else v.pred[0, :n, :n]
    out.append(side_by_side(v.real[0, :n, :n], pred, tokens[:n]))
    if v.source is not None:  # last: a generated program can run to hundreds of lines
        out += ["", "-" * 24 + " source " + "-" * 24, v.source.rstrip(), "-" * 56]
    return "\n".join(out)


@click.command("show")
@click.argument("head")
@click.option("--run", type=click.Path(), default=None, help="Run directory (attn/, programs/, optional score/).")
@click.option("--attn", type=click.Path(), default=None, help="Attention store (default: RUN/attn).")
@click.option("--programs", type=click.Path(), default=None, help="Directory with heads.json (default: RUN/programs).")
@click.option("--window", type=int, default=0, show_default=True, help="Which held-out window (0 = the first).")
@click.option("--max-tokens", type=int, default=40, show_default=True, help="Tokens shown (the first ones).")
@click.option("--trusted", is_flag=True, help="Run a generated program in-process (no sandbox).")
def command(head, run, attn, programs, window, max_tokens, trusted):
    """Print one head such as L12H3: its scores and real vs program attention, then its source.

    HEAD is L{layer}H{head}, e.g. L12H3. The summary (IoU, method, description, program path), the
    head's measured mechanism profile next to its program's (held-out natural and probe windows),
    and the side-by-side heatmaps of one held-out window come first, the program's source last.
    """
    if max_tokens < 1:
        raise click.ClickException("--max-tokens must be at least 1")
    try:
        layer, index = parse_head(head)
        paths = resolve_paths(run, attn, programs)
        store, headmap = open_store(paths), open_headmap(paths)
        if not (layer < store.n_layers and index < store.n_heads):
            raise ReportError(f"{head} is not a head of {store.meta.model} "
                              f"({store.n_layers} layers x {store.n_heads} heads: L0H0..L{store.n_layers - 1}H{store.n_heads - 1})")
        windows = pick_windows(store, 1, start=window)
        name = head_name(layer, index)
        view = head_views(store, headmap, paths.programs, windows, trusted=trusted, heads=[name], progress=False)[0]
        view.score_row = score_rows(read_score(paths.score)).get(name)
        measured = profiles(store, layer, index, view.program if view.pred is not None else None)
    except (ValueError, ReportError) as e:
        raise one_line(e) from None
    click.echo(render(view, store.token_strs[windows[0]], window, int(windows[0]), max_tokens, measured))

