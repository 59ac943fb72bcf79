"""``surgery report``: one self-contained HTML page of a run (grid of heads, real vs program attention)."""
from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import click

from surgery.cli import one_line
from surgery.cli.fields import field_option
from surgery.cli.preflight import PreflightError, check_writable, writable_out
from surgery.report.collect import ReportError, collect, resolve_paths, summary
from surgery.report.html import IOU_GRID, page
from surgery.report.sections import front_section, regress_section, role_grid, roles_record, roles_section
from surgery.io.records import provenance, read_json, write_json, write_text_atomic


@dataclass(frozen=True)
class ReportConfig:
    """Flags of ``surgery report``, one field each."""

    run: str | None = None  # run directory (attn/, programs/, optional score/, eval/, sweep/)
    attn: str | None = None  # attention store; overrides run/attn
    programs: str | None = None  # directory of heads.json; overrides run/programs
    out: str | None = None  # HTML file to write (default RUN/report.html); report.json goes beside it
    windows: int = 3  # held-out windows shown per head
    max_tokens: int = 64  # tokens shown per window (the first ones)
    trusted: bool = False  # run generated programs in-process instead of the sandbox


def config_path(html: Path) -> Path:
    """Where the report's config goes: ``config.json`` beside the page, unless that file is another
    command's (a report written into an eval directory), then ``<page>.config.json``."""
    path = html.parent / "config.json"
    try:
        owner = read_json(path).get("command") if path.exists() else "report"
    except (OSError, ValueError, AttributeError):
        owner = None
    return path if owner == "report" else html.with_suffix(".config.json")


@click.command("report")
@field_option(ReportConfig, "run", type=click.Path(), help="Run directory (as written by `make demo`).")
@field_option(ReportConfig, "attn", type=click.Path(), help="Attention store (default: RUN/attn).")
@field_option(ReportConfig, "programs", type=click.Path(), help="Directory with heads.json (default: RUN/programs).")
@field_option(ReportConfig, "out", type=click.Path(dir_okay=False), callback=writable_out("file"),
              help="HTML file (default: RUN/report.html).")
@field_option(ReportConfig, "windows", help="Held-out windows shown per head.")
@field_option(ReportConfig, "max_tokens", help="Tokens shown per window.")
@field_option(ReportConfig, "trusted", help="Run generated programs in-process (no sandbox).")
def command(run, attn, programs, out, windows, max_tokens, trusted):
    """Write one offline HTML page: IoU grid, per head real vs program attention, source, scores."""
    if windows < 1 or max_tokens < 2:
        raise click.ClickException("--windows must be at least 1 and --max-tokens at least 2")
    if out is None and run is None:
        raise click.ClickException("give --out (or --run, to write RUN/report.html)")
    cfg = ReportConfig(run=run, attn=attn, programs=programs, out=out or str(Path(run) / "report.html"),
                       windows=windows, max_tokens=max_tokens, trusted=trusted)
    start = time.perf_counter()
    try:
        check_writable(cfg.out, where="file")
        data = collect(resolve_paths(cfg.run, cfg.attn, cfg.programs), cfg.windows, cfg.max_tokens, cfg.trusted)
    except (ReportError, PreflightError) as e:
        raise one_line(e) from None
    prov = {**provenance(), "generated": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")}
    roles = roles_record(cfg.run, data.paths.programs)
    sections = [part for part in (front_section(data.paths.programs), roles_section(roles), regress_section(cfg.run))
                if part]
    out_path = write_text_atomic(Path(cfg.out), page(data, prov, sections=sections,
                                                     grid=role_grid(roles) if roles else IOU_GRID))
    seconds = time.perf_counter() - start
    s = summary(data)
    write_json(out_path.with_suffix(".json"), {"command": "report", "config": cfg, "summary": s,
                                               "timing": {**data.seconds, "total_s": seconds}, **prov})
    config = write_json(config_path(out_path), {"command": "report", "config": cfg, **provenance()})
    click.echo(f"{s['n_heads']} heads ({s['n_failed']} programs failed), mean IoU "
               f"{s['mean_iou'] if s['mean_iou'] is None else round(s['mean_iou'], 3)}; "
               f"{out_path.stat().st_size / 1e6:.1f} MB in {seconds:.1f} s")
    click.echo(f"config: {config}")
    click.echo(f"report: {out_path}")
