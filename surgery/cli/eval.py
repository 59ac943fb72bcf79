"""``surgery eval``: perplexity and QA accuracy with a fraction of heads replaced by programs."""
from __future__ import annotations

import time
from pathlib import Path

import click

from surgery.cli.fields import field_option

from surgery.evaluate.evaluate import EvalConfig, choose, describe_plan, relative, relative_at
from surgery.evaluate.failing import drop_failing, failure_line, without_failed
from surgery.runtime.program import ProgramError
from surgery.io.records import provenance, seed_everything, write_config, write_json
from surgery.evaluate.uncertainty import acc_text, from_results, qa_change
from surgery.evaluate.parallel import model_pool
from surgery.cli.options import (check_fraction, eval_options, executor_options, load_setup, open_executor, preflight,
                                 tune_options, tuned_plan, variants)


@click.command("eval")
@field_option(EvalConfig, "fraction",
              help="Share of all heads to replace: k = round(f × n_heads_total).")
@field_option(EvalConfig, "skip_failing_heads",
              help="Leave heads whose programs fail on the evaluation's windows unreplaced (listed in results.json) "
                   "instead of stopping.")
@tune_options
@eval_options
@executor_options
def command(fraction, out, tune_steps, tune_windows, executor, skip_failing_heads, **flags):
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
    cfg = EvalConfig(fraction=fraction, out=out, tune_steps=tune_steps, tune_windows=tune_windows,
                     skip_failing_heads=skip_failing_heads, **flags)
    seed_everything(cfg.seed)
    preflight(cfg)
    runner = open_executor(executor)
    start = time.perf_counter()
    with model_pool(runner, cfg) as pool:
        s = load_setup(cfg, pool)
        try:
            heads, plan = choose(s, cfg.strategy, cfg.fraction, cfg.control, cfg.seed)
            heads, plan, skipped = drop_failing(s.model, heads, plan, s.ppl_tokens, cfg.skip_failing_heads)
        except (ValueError, ProgramError) as err:
            raise click.ClickException(str(err)) from None
        load_s = time.perf_counter() - start
        write_config(out, "eval", cfg)
        tuning = None
        if cfg.tune_steps:
            plan, tuning = tuned_plan(s, cfg, heads)
        base, sub, heads, plan = measure_skipping(pool, s, cfg, heads, plan, skipped)
    results = {
        "model": cfg.model, "fraction": cfg.fraction, "strategy": cfg.strategy, "control": cfg.control, "window": cfg.window,
        "tune_steps": cfg.tune_steps, "skip_failing_heads": cfg.skip_failing_heads, "skipped_heads": skipped,
        "n_heads_total": s.n_heads_total, "n_replaced": len(heads), "replaced_heads": describe_plan(heads, plan),
        "baseline": base, "substituted": sub, "relative_ppl_increase": relative(base, sub),
        "relative_ppl_increase_ci95": from_results(base, sub, seed=cfg.seed),
        "ppl_at": relative_at(base, sub, seed=cfg.seed),
        "qa_change": qa_change(base.get("tasks", {}), sub.get("tasks", {}), seed=cfg.seed),
        "tuning": tuning, "timing": {"load_s": load_s, "total_s": time.perf_counter() - start},
        "seed": cfg.seed, **provenance(),
    }
    write_json(Path(out) / "results.json", results)
    echo_summary(results)
    if cfg.control == "none" and (cfg.strategy != "min-cost" or not cfg.tune_steps):
        click.echo(f"lower-cost recipe (README figures): {recipe_command(cfg)}")


def measure_skipping(pool, s, cfg: EvalConfig, heads: list, plan: dict, skipped: dict) -> tuple:
    """Baseline and substituted results, heads and plan. A program failing during the run stops it
    in one line naming the program and its heads; with --skip-failing-heads its heads leave the
    plan (recorded in ``skipped``) and the run is redone."""
    while True:
        try:
            base, sub = variants(pool, s, [{}, plan], cfg)
            return base, sub, heads, plan
        except ProgramError as err:
            left, rest, gone = without_failed(err, heads, plan)
            if not cfg.skip_failing_heads or not gone:
                raise click.ClickException(failure_line(err, plan)) from None
            skipped.update(gone)
            heads, plan = left, rest


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


def change_text(r: dict, task: str | None = None) -> str:
    """``; change -2.7 points [-5.1, -0.3]`` (paired bootstrap over documents) of one task, or of the
    mean over tasks; empty without per-document results."""
    q = r.get("qa_change")
    c = (q["mean"] if task is None else q["tasks"].get(task)) if q else None
    if not c:
        return ""
    lo, hi = c["ci95"]
    return f"; change {100 * c['change']:+.1f} points, 95% paired interval [{100 * lo:+.1f}, {100 * hi:+.1f}]"


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
        if t.get("validation") and t["validation"]["best_step"] is not None:
            v = t["validation"]
            click.echo(f"kept step {v['best_step']} of {t['steps_run']} run: validation KL {v['kl_before']:.4f} -> "
                       f"{v['kl_best']:.4f} nats on {sum(n for n, _ in v['windows'])} windows of training documents "
                       f"never tuned on")
    if r["relative_ppl_increase"] is not None:
        b, s = r["baseline"]["perplexity"]["ppl"], r["substituted"]["perplexity"]["ppl"]
        ci = r.get("relative_ppl_increase_ci95")
        n = len(r["baseline"]["perplexity"].get("window_nll", []))
        spread = f"; 95% bootstrap interval over {n} windows {100 * ci[0]:+.1f}% to {100 * ci[1]:+.1f}%" if ci else ""
        at = f" at {r['window']} tokens" if r.get("window") else ""
        click.echo(f"perplexity{at} {b:.3f} -> {s:.3f} ({100 * r['relative_ppl_increase']:+.1f}%{spread})")
    for length, p in (r.get("ppl_at") or {}).items():
        ci = p["ci95"]
        spread = f"; 95% bootstrap interval over {p['windows']} windows {100 * ci[0]:+.1f}% to {100 * ci[1]:+.1f}%" if ci else ""
        click.echo(f"perplexity at {length} tokens {p['baseline']:.3f} -> {p['substituted']:.3f} "
                   f"({100 * p['relative_increase']:+.1f}%{spread})")
    for task, acc in r["baseline"].get("tasks", {}).items():
        sub = r["substituted"]["tasks"][task]
        n = f" ({acc['n']} documents)" if acc.get("n") else ""
        click.echo(f"{task}: acc {acc_text(acc)} -> {acc_text(sub)}{n}{change_text(r, task)}")
    if r.get("qa_change") and r["qa_change"]["mean"]["n_tasks"] > 1:
        m = r["qa_change"]["mean"]
        click.echo(f"QA mean over {m['n_tasks']} tasks: acc {m['base']:.3f} -> {m['sub']:.3f}{change_text(r)}")
    click.echo(f"total {r['timing']['total_s']:.1f} s")
