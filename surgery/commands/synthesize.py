"""``surgery synthesize``: the best program found for every head, written as readable files."""
from __future__ import annotations

import time

import click
import numpy as np

from surgery.runinfo import seed_everything
from surgery.store import StoreError
from surgery.synthesize import SynthConfig, synthesize


@click.command("synthesize")
@click.option("--attn", required=True, type=click.Path(), help="Attention store directory (from extract).")
@click.option("--out", required=True, type=click.Path(file_okay=False), help="Programs directory to write.")
@click.option("--method", type=click.Choice(["search"]), default="search", show_default=True,
              help="search: offline log-linear fit per head, re-ranked with the hand-written library.")
@click.option("--max-train-windows", type=int, default=96, show_default=True, help="Training windows the fit uses.")
@click.option("--steps", type=int, default=100, show_default=True, help="Optimizer steps per chunk of heads.")
@click.option("--heads-per-chunk", type=int, default=30, show_default=True, help="Heads fit together in one batch.")
@click.option("--prune", type=float, default=0.25, show_default=True,
              help="Drop table entries smaller than this from the written programs (shorter, more readable).")
@click.option("--seed", type=int, default=0, show_default=True)
def command(attn, out, method, max_train_windows, steps, heads_per_chunk, prune, seed):
    """Fit a program to every head and keep each head's best held-out program.

    Writes L{l}H{h}.py per head (docstring: head, held-out IoU, what it attends to), the fitted
    candidates under fitted/, and heads.json (head -> program, IoU). Re-running with the same
    --out resumes: heads already fitted are kept.
    """
    if max_train_windows < 1 or steps < 1 or heads_per_chunk < 1:
        raise click.ClickException("--max-train-windows, --steps and --heads-per-chunk must be at least 1")
    cfg = SynthConfig(attn=attn, out=out, method=method, max_train_windows=max_train_windows, steps=steps,
                      heads_per_chunk=heads_per_chunk, prune=prune, seed=seed)
    seed_everything(seed)
    start = time.perf_counter()
    try:
        headmap = synthesize(cfg)
    except StoreError as err:
        raise click.ClickException(str(err)) from None
    ious = np.array([e.iou for e in headmap.heads.values()])
    nb = np.array([e.iou_no_bos for e in headmap.heads.values()])
    fitted = sum(e.method == "search/loglinear" for e in headmap.heads.values())
    click.echo(f"synthesized {len(ious)} heads in {time.perf_counter() - start:.0f} s: held-out mean IoU {ious.mean():.3f} "
               f"(no-BOS {nb.mean():.3f}); {(ious >= 0.75).mean():.0%} of heads ≥ 0.75; "
               f"{fitted} fitted programs, {len(ious) - fitted} library programs")
    click.echo(f"programs: {out}/heads.json")
