"""``surgery compress``: a small shared library of programs for all heads, K against mean IoU.

Candidates: the hand-written library, then ``fitted/``, ``llm/`` and the top-level ``L*H*.py`` of
a synthesize output (deduplicated by code). Greedy on the selection half of the held-out windows,
curve reported on both halves (see :mod:`surgery.analyse.compress`). Writes ``compression.json``,
``compression.png``, ``config.json`` and ``library/`` (the chosen programs and a ``heads.json``
that ``surgery eval --programs OUT/library`` reads). With ``--temper`` (default) a log-linear
program is a template: a head may take it with its weights scaled and BOS's weight shifted (two
numbers per head, chosen on the selection windows), written as ``library/instances/L{l}H{h}.py``.
"""
from __future__ import annotations

import shutil
import time
from dataclasses import dataclass
from pathlib import Path

import click

from surgery.lang import terms as T
from surgery import forms
from surgery.cli.preflight import writable_out
from surgery.forms import source as termcode
from surgery.lang.context import store_contexts
from surgery.cli import one_line
from surgery.cli.fields import field_option
from surgery.analyse.compress import TEMPER_GRID, Compression, SplitScores, candidate_files, compress, curve_record, score_split
from surgery.io.headmap import FILENAME, HeadEntry, HeadMap
from surgery.runtime.program import Program, ProgramError, load_program
from surgery.io.records import provenance, write_config, write_json
from surgery.io.store import AttentionStore, StoreError


@dataclass(frozen=True)
class CompressConfig:
    """Flags of ``surgery compress``, one field each."""

    attn: str  # attention store directory (held-out windows are split into selection / evaluation)
    programs: str  # synthesize output directory (fitted/, llm/, L*H*.py); the library always takes part
    out: str  # output directory
    max_k: int = 300  # longest library on the curve
    within: float = 0.02  # chosen K: smallest whose evaluation mean IoU is within this of the per-head best
    trusted: bool = False  # run generated programs in-process instead of the sandbox
    swap: bool = True  # local search (swaps) on the chosen library after greedy
    temper: bool = True  # log-linear programs are templates: each head may scale one and shift its BOS weight


def load_candidates(programs_dir: str, trusted: bool) -> tuple[list[Program], dict[str, str]]:
    """Distinct candidate programs named ``kind/stem``, and load errors by name."""
    progs, errors = [], {}
    for name, path in candidate_files(Path(programs_dir)):
        try:
            prog = load_program(path, trusted=trusted)
        except ProgramError as e:
            errors[name] = str(e)
            continue
        prog.name = name
        progs.append(prog)
    return progs, errors


def tempered_terms(terms: list[tuple[float, tuple]], temperature: float, bos_shift: float) -> list:
    """A terms template's instance: every weight x ``temperature``, ``bos_shift`` added to the first-token weight.

    >>> tempered_terms([(2.0, ("first",)), (1.0, ("distance", 1))], 1.5, -1.0)
    [(2.0, ('first',)), (1.5, ('distance', 1))]
    """
    out = [(w * temperature, t) for w, t in terms]
    if not any(t == ("first",) for _, t in out):
        out.append((0.0, ("first",)))
    return [(w + bos_shift if t == ("first",) else w, t) for w, t in out]


def file_name(program_name: str) -> str:
    """``fitted/L3H7`` -> ``fitted_L3H7.py``: one flat directory of library files."""
    return program_name.replace("/", "_") + ".py"


def write_library(out: Path, c: Compression, scores: SplitScores, model: str,
                  ctxs: list) -> tuple[HeadMap, dict]:
    """``out/library/``: copies of the chosen programs, heads.json (evaluation-window IoUs) and instances.

    A head assigned a log-linear template at a setting other than as written gets its instance
    (:func:`tempered_terms`) under
    ``library/instances/``; ``ctxs`` are where a terms instance's masses are measured. Returns the
    head map and the settings of those heads.
    """
    ev = scores.evaluation
    lib = out / "library"
    if lib.is_dir():  # a previous run's files: only the kinds this command writes
        for old in [*lib.glob("*.py"), *lib.glob("instances/*.py"), lib / FILENAME]:
            old.unlink(missing_ok=True)
    lib.mkdir(parents=True, exist_ok=True)
    for j in c.library:
        shutil.copyfile(ev.programs[j].path, lib / file_name(ev.programs[j].name))
    heads, settings = {}, {}
    for i, (head, j) in enumerate(zip(ev.heads, c.assignment)):
        prog, program = ev.programs[j], file_name(ev.programs[j].name)
        g = int(scores.setting[i, j])
        if g:
            t, b = scores.grid[g]
            program = f"instances/{head}.py"
            (lib / "instances").mkdir(exist_ok=True)
            origin = f"compress: template {prog.name} at temperature {t:g}, BOS shift {b:+g}"
            terms = tempered_terms(termcode.read_terms(prog.source), t, b)
            share = T.shares(ctxs, [(w, *x) for w, x in terms]) if len(terms) <= termcode.SHARES_UP_TO else None
            source = termcode.program_source(head, terms, share, origin)
            (lib / program).write_text(source)
            settings[head] = {"template": prog.name, "temperature": t, "bos_shift": b}
        heads[head] = HeadEntry(program=program, iou=float(ev.iou[i, j]), iou_no_bos=float(ev.iou_no_bos[i, j]),
                                method=f"compress/{prog.name}")
    headmap = HeadMap(model=model, heads=heads)
    headmap.save(lib)
    return headmap, settings


def plot(record: dict, path: Path) -> Path:
    """compression.png: mean IoU against K on both halves, the per-head best and the chosen K."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    ks = [s["k"] for s in record["curve"]]
    best = record["per_head_best"]["evaluation"]
    fig, ax = plt.subplots(figsize=(5.5, 3.8))
    ax.plot(ks, [s["selection"] for s in record["curve"]], label="selection windows (greedy objective)")
    ax.plot(ks, [s["evaluation"] for s in record["curve"]], label="evaluation windows")
    ax.axhline(best, color="gray", linestyle="--", label=f"per-head best (evaluation) {best:.3f}")
    ax.axhline(best - record["within"], color="gray", linestyle=":", label=f"within {record['within']}")
    if record["chosen_k"]:
        ax.axvline(record["chosen_k"], color="black", linewidth=0.8, label=f"chosen K = {record['chosen_k']}")
    ax.set(xscale="log", xlabel="programs in the library (K)", ylabel="mean held-out IoU over heads")
    ax.legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return path


def _summary(record: dict, n_candidates: int, seconds: float, out: Path) -> None:
    best = record["per_head_best"]
    at = ", ".join(f"K={k} {v['evaluation']:.3f}" for k, v in record["at"].items())
    click.echo(f"{n_candidates} distinct candidates, {seconds:.0f} s. Evaluation-window mean IoU: {at}")
    click.echo(f"per-head best: evaluation {best['evaluation']:.3f} (oracle {best['evaluation_oracle']:.3f}), "
               f"selection {best['selection']:.3f}")
    if record["chosen_k"] is None:
        click.echo(f"no K up to {len(record['curve'])} is within {record['within']} of the per-head best; "
                   f"library: all {len(record['library'])}")
    else:
        lib = record["library_scores"]
        click.echo(f"chosen K = {record['chosen_k']} (selection windows alone: {record['chosen_k_selection']}); "
                   f"library mean IoU {lib['evaluation']:.3f} on evaluation windows"
                   + (" after swaps" if record["swapped"] else ""))
    tempered = len(record.get("tempering", {}).get("heads", {}))
    if tempered:
        click.echo(f"{tempered} heads take a template at another temperature / BOS shift (library/instances/)")
    click.echo(f"results: {out / 'compression.json'}; library: {out / 'library'}")


@click.command("compress")
@click.option("--attn", required=True, type=click.Path(), help="Attention store directory (from `surgery extract`).")
@click.option("--programs", required=True, type=click.Path(),
              help="Synthesize output directory: fitted/, llm/ and L*H*.py are the candidates, with the library.")
@click.option("--out", required=True, type=click.Path(file_okay=False), callback=writable_out(),
              help="Output directory.")
@field_option(CompressConfig, "max_k", help="Longest library on the curve.")
@field_option(CompressConfig, "within",
              help="Chosen K: the smallest within this mean IoU of the per-head best (evaluation windows).")
@field_option(CompressConfig, "trusted", help="Run generated programs in-process (no sandbox).")
@field_option(CompressConfig, "swap", "--swap/--no-swap", help="Local search on the chosen library.")
@field_option(CompressConfig, "temper", "--temper/--no-temper",
              help="Treat log-linear programs as templates: a head may use one with its weights scaled (temperature "
                   "0.6, 1 or 1.6) and BOS's weight shifted (-1, 0, +1), chosen on the selection windows; such heads "
                   "get their instance under library/instances/.")
def command(attn, programs, out, max_k, within, trusted, swap, temper):
    """Choose K shared programs for all heads; write the K-vs-IoU curve and the compressed library."""
    if max_k < 1 or within < 0:
        raise click.ClickException("--max-k must be at least 1 and --within non-negative")
    cfg = CompressConfig(attn=attn, programs=programs, out=out, max_k=max_k, within=within, trusted=trusted, swap=swap,
                         temper=temper)
    start = time.perf_counter()
    try:
        store = AttentionStore(cfg.attn)
        if not Path(cfg.programs).is_dir():
            raise ValueError(f"no programs directory at {cfg.programs}")
        progs, errors = load_candidates(cfg.programs, cfg.trusted)
        scores = score_split(store, progs, grid=TEMPER_GRID if cfg.temper else TEMPER_GRID[:1])
    except (StoreError, ValueError) as e:
        raise one_line(e) from None
    unrecognised = forms.unrecognised(progs) if cfg.temper else []
    for line in unrecognised:  # scored as ordinary programs, never as templates: say so
        click.echo(f"warning: {line}; compressed as an ordinary program, not a template", err=True)
    ev = scores.evaluation
    c = compress(scores.selection, ev.iou, ev.iou_no_bos, max_k=cfg.max_k, within=cfg.within, swap=cfg.swap)
    out_dir = Path(cfg.out)
    write_config(out_dir, "compress", cfg)
    _, settings = write_library(out_dir, c, scores, store.meta.model,
                                store_contexts(store, store.train_windows()[:16]))
    record = curve_record(c, [p.name for p in ev.programs], ev.heads)
    record["tempering"] = {"grid": [list(g) for g in scores.grid], "heads": settings, "unrecognised_forms": unrecognised}
    seconds = time.perf_counter() - start
    write_json(out_dir / "compression.json", {
        "model": store.meta.model, "attn": cfg.attn, "programs": cfg.programs,
        "windows": {"selection": scores.n_selection, "evaluation": ev.n_windows,
                    "split": "held-out windows by document: every other document id (sorted) selects"},
        "n_candidates": len(ev.programs), "errors": {**errors, **ev.errors}, **record,
        "timing": {"total_s": seconds}, **provenance()})
    plot(record, out_dir / "compression.png")
    _summary(record, len(ev.programs), seconds, out_dir)
    for name, reason in sorted({**errors, **ev.errors}.items()):
        click.echo(f"  skipped {name}: {reason}", err=True)
