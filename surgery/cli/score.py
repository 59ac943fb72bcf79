"""``surgery score``: every program against every head on held-out windows; best program per head."""
from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import click

from surgery.cli.fields import field_option
import numpy as np

from surgery.cli import no_programs, one_line
from surgery.cli.preflight import writable_out
from surgery.io.corpus import parse_lengths
from surgery.io.headmap import HeadEntry, HeadMap
from surgery.runtime.program import load_programs
from surgery.runtime.sandbox import Limits
from surgery.io.records import write_config, write_json
from surgery.cli.options import executor_options, open_executor
from surgery.runtime.executor import ExecutorError
from surgery.score import ScoreResult, check_lengths, score_programs
from surgery.io.store import AttentionStore, StoreError


@dataclass(frozen=True)
class ScoreConfig:
    """Flags of ``surgery score``, one field each."""

    attn: str  # attention store directory
    programs: tuple[str, ...]  # program directories (or files), in order
    out: str  # results JSON; CSV, config.json and heads.json are written beside it
    trusted: bool = False  # run programs outside programs/library in-process instead of the sandbox
    max_windows: int | None = None  # score on at most this many held-out windows (all when None)
    time_limit: float = 60.0  # sandbox CPU seconds per program (one batch of windows); wall time 2x + 1 s
    mem_limit: int = 1024  # sandbox memory per program, MiB
    lengths: str = ""  # comma-separated shorter lengths also scored on each window's first L tokens, e.g. 64,128


def _split_dirs(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(d for v in values for d in v.split(",") if d)


def write_csv(path: Path, rows: list[dict]) -> Path:
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["head", "layer", "head_index", "program", "iou", "iou_no_bos", "runner_up", "runner_up_iou"])
        for r in rows:
            ru = r["runner_up"] or {"program": "", "iou": ""}
            w.writerow([r["head"], r["layer"], r["head_index"], r["program"], f"{r['iou']:.4f}",
                        f"{r['iou_no_bos']:.4f}", ru["program"], ru["iou"] if ru["iou"] == "" else f"{ru['iou']:.4f}"])
    return path


def head_map(result: ScoreResult, rows: list[dict], model: str, base: Path) -> HeadMap:
    entries = {
        r["head"]: HeadEntry(program=HeadMap.relative(Path(r["program_path"]), base), iou=r["iou"],
                             iou_no_bos=r["iou_no_bos"], method="score")
        for r in rows
    }
    return HeadMap(model=model, heads=entries)


def print_table(rows: list[dict], k: int = 8) -> None:
    ranked = sorted(rows, key=lambda r: -r["iou"])
    click.echo(f"{'head':>7}  {'iou':>6}  {'no_bos':>6}  program")
    for label, part in (("top", ranked[:k]), ("bottom", ranked[-k:] if len(ranked) > k else [])):
        if part:
            click.echo(f"-- {label} --")
        for r in part:
            click.echo(f"{r['head']:>7}  {r['iou']:6.3f}  {r['iou_no_bos']:6.3f}  {r['program']}")


@click.command("score")
@click.option("--attn", required=True, type=click.Path(), help="Attention store directory (from `surgery extract`).")
@click.option("--programs", "programs", required=True, multiple=True, help="Program directories, comma-separated or repeated.")
@click.option("--out", required=True, type=click.Path(), callback=writable_out("file"), help="Results JSON; a CSV, config.json and heads.json go beside it.")
@field_option(ScoreConfig, "trusted", help="Run programs outside programs/library in-process (no sandbox).")
@field_option(ScoreConfig, "max_windows", help="Score on at most this many held-out windows.")
@field_option(ScoreConfig, "time_limit", help="Sandbox CPU seconds per program on all windows (wall time: twice that + 1 s).")
@field_option(ScoreConfig, "mem_limit", help="Sandbox memory per program, MiB.")
@field_option(ScoreConfig, "lengths",
              help="Comma-separated shorter lengths, e.g. 64,128: IoU also on each window's first L tokens "
                   "(heads and programs are causal, so that is a window of L tokens; the best program per "
                   "head stays the one of whole windows).")
@executor_options
def command(attn: str, programs: tuple[str, ...], out: str, trusted: bool, max_windows: int | None,
            time_limit: float, mem_limit: int, lengths: str, executor) -> None:
    """Score every program against every head on held-out windows and pick the best per head."""
    if (max_windows is not None and max_windows < 1) or time_limit <= 0 or mem_limit < 1:
        raise click.ClickException("--max-windows and --mem-limit must be at least 1, --time-limit positive")
    cfg = ScoreConfig(attn=attn, programs=_split_dirs(programs), out=out, trusted=trusted, max_windows=max_windows,
                      time_limit=time_limit, mem_limit=mem_limit, lengths=lengths)
    try:
        store = AttentionStore(cfg.attn)
    except StoreError as e:
        raise one_line(e) from None
    try:
        at = check_lengths(parse_lengths(cfg.lengths), store.meta.window)
    except ValueError as e:
        raise click.BadParameter(str(e), param_hint="--lengths") from None
    missing = [d for d in cfg.programs if not Path(d).exists()]
    if missing:
        raise click.ClickException(f"no program directory at {missing[0]}")
    progs, load_errors = load_programs(cfg.programs, trusted=cfg.trusted)
    if not progs:
        raise no_programs(", ".join(cfg.programs), load_errors)
    limits = Limits(wall_s=2 * cfg.time_limit + 1, cpu_s=max(1, int(np.ceil(cfg.time_limit))), mem_mb=cfg.mem_limit)
    for p in progs:
        p.limits = limits
    windows = store.heldout_windows()[: cfg.max_windows]
    runner = open_executor(executor)
    try:
        result = score_programs(store, progs, windows=windows, executor=runner, lengths=at)
    except (ValueError, ExecutorError) as e:
        raise click.ClickException(str(e)) from None
    result.errors.update(load_errors)
    out_path = Path(cfg.out)
    out_dir = out_path.parent
    rows = result.head_rows()
    summary = result.summary()
    write_config(out_dir, "score", cfg)
    write_json(out_path, {"model": store.meta.model, "attn": str(cfg.attn), "heads": rows, "summary": summary})
    write_csv(out_path.with_suffix(".csv"), rows)
    head_map(result, rows, store.meta.model, out_dir).save(out_dir)
    print_table(rows)
    click.echo(
        f"{summary['n_heads']} heads x {summary['n_programs_scored']} programs on {summary['n_windows']} held-out windows: "
        f"mean IoU {summary['mean_iou']:.3f} (no BOS {summary['mean_iou_no_bos']:.3f}), "
        f"{summary['n_distinct_best']} distinct best programs, median {summary['median_lines']:g} lines"
        + ("" if summary["median_terms"] is None else f" and {summary['median_terms']:g} terms (terms programs)")
        + f", {len(summary['errors'])} failed -> {out_path}"
    )
    if at:
        click.echo("  by length (each window's first L tokens, the best programs above): " + ", ".join(
            f"{m}: {v['mean_iou']:.3f} (no BOS {v['mean_iou_no_bos']:.3f})" for m, v in summary["by_length"].items())
            + f", {store.meta.window}: {summary['mean_iou']:.3f} (no BOS {summary['mean_iou_no_bos']:.3f})")
    for name, reason in sorted(result.errors.items()):
        click.echo(f"  skipped {name}: {reason}", err=True)

