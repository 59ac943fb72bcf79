"""``surgery sweep``: perplexity and QA accuracy against the fraction of heads replaced.

For every fraction the chosen strategy runs, and — unless it is itself ``random`` — the
random-heads control (same seed: nested sets) runs beside it. The unmodified model is measured
once; fraction 0 is the unmodified model by definition. Pattern caches are shared across the
whole sweep, so each program runs at most once per sequence.
"""
from __future__ import annotations

import dataclasses
import time
from pathlib import Path

import click

from surgery.cli.options import (check_fraction, eval_options, executor_options, load_setup, open_executor, preflight,
                                 tune_options, tuned_plan)
from surgery.evaluate.evaluate import EvalConfig, choose, describe_plan, measure, relative
from surgery.io.records import provenance, seed_everything, write_config, write_json
from surgery.evaluate.uncertainty import from_results, ppl_interval_of
from surgery.evaluate.parallel import model_pool, run_points
from surgery.runtime.executor import ExecutorError


def parse_fractions(text: str) -> list[float]:
    try:
        fractions = sorted({float(f) for f in text.split(",") if f.strip()})
    except ValueError:
        raise click.ClickException(f"fractions must be comma-separated numbers, got '{text}'") from None
    if not fractions:
        raise click.ClickException("no fractions given")
    for f in fractions:
        check_fraction(f)
    return fractions


@click.command("sweep")
@click.option("--fractions", default="0,0.1,0.25,0.5,1", show_default=True, help="Comma-separated fractions.")
@tune_options
@eval_options
@executor_options
def command(fractions, out, executor, **flags):
    """Sweep the replaced fraction; write sweep.json and PNG plots (ppl.png, qa.png) into --out.

    With --tune-steps, every point (each strategy, the random control too) has its own programs
    tuned, written to OUT/programs_<strategy>_<fraction>. With --executor ray, every point (and the
    unmodified model) is a piece on a model actor.
    """
    values = parse_fractions(fractions)
    cfg = EvalConfig(fraction=values[-1], out=out, **flags)
    seed_everything(cfg.seed)
    preflight(cfg)
    runner = open_executor(executor)
    start = time.perf_counter()
    with model_pool(runner, cfg) as pool:
        s = load_setup(cfg, pool)
        strategies = [cfg.strategy] + ([] if cfg.strategy == "random" else ["random"])
        write_config(out, "sweep", {"fractions": values, **dataclasses.asdict(cfg)})
        points = [(strategy, f) for f in values for strategy in strategies]
        base, measured = _measure_points(pool, s, cfg, points)
    runs = [_record(*m, base, cfg.seed) for m in measured]
    results = {"model": cfg.model, "fractions": values, "strategies": strategies, "control": cfg.control,
               "n_heads_total": s.n_heads_total, "baseline": base, "runs": runs,
               "timing": {"total_s": time.perf_counter() - start}, "seed": cfg.seed, **provenance()}
    write_json(Path(out) / "sweep.json", results)
    click.echo(f"results: {Path(out) / 'sweep.json'}")
    for path in plot(results, Path(out)):
        click.echo(f"plot: {path}")


def _measure_points(pool, s, cfg: EvalConfig, points: list[tuple[str, float]]) -> tuple[dict, list]:
    """The unmodified model's measures and every point's (point, heads, plan, measures or None,
    tuning): here one after another (each point echoed as it finishes), or as pieces on ``pool``."""
    if pool is None:
        base = _with_interval(measure(s, {}, cfg), cfg.seed)
        measured = []
        for strategy, fraction in points:
            measured.append(((strategy, fraction), *_point(s, cfg, strategy, fraction)))
            _echo(_record(*measured[-1], base, cfg.seed))
        return base, measured
    out = [None] * (len(points) + 1)
    try:
        for i, result in run_points(pool, s, cfg, [("unmodified", 0.0)] + points, _point):
            out[i] = result
    except ExecutorError as err:
        raise click.ClickException(str(err)) from None
    base, measured = out[0][2], [(p, *m) for p, m in zip(points, out[1:])]
    for m in measured:
        _echo(_record(*m, base, cfg.seed))
    return base, measured


def _point(s, cfg: EvalConfig, strategy: str, fraction: float) -> tuple[list, dict, dict | None, dict | None]:
    """One point: (heads, plan, measures with their interval or None when nothing is replaced, tuning).
    The strategy ``unmodified`` measures the unmodified model."""
    if strategy == "unmodified":
        return [], {}, _with_interval(measure(s, {}, cfg), cfg.seed), None
    try:
        heads, plan = choose(s, strategy, fraction, cfg.control, cfg.seed)
    except ValueError as err:
        raise click.ClickException(str(err)) from None
    tuning = None
    if plan and cfg.tune_steps:
        where = Path(cfg.out) / f"programs_{strategy.replace(':', '_').replace(',', '_')}_{fraction:g}"
        plan, tuning = tuned_plan(s, cfg, heads, out=where)
    return heads, plan, _with_interval(measure(s, plan, cfg), cfg.seed) if plan else None, tuning


def _with_interval(result: dict, seed: int) -> dict:
    result["ppl_ci95"] = ppl_interval_of(result, seed=seed)
    return result


def _record(point: tuple[str, float], heads: list, plan: dict, result: dict | None, tuning: dict | None,
            base: dict, seed: int) -> dict:
    """A point's entry of sweep.json (a point that replaces nothing takes the unmodified measures)."""
    strategy, fraction = point
    result = base if result is None else result
    return {"fraction": fraction, "strategy": strategy, "n_replaced": len(heads),
            "replaced_heads": describe_plan(heads, plan), **result,
            "relative_ppl_increase": relative(base, result),
            "relative_ppl_increase_ci95": from_results(base, result, seed=seed), "tuning": tuning}


def _echo(run: dict) -> None:
    ppl = run.get("perplexity", {}).get("ppl")
    accs = ", ".join(f"{t} {v.get('acc', float('nan')):.3f}" for t, v in run.get("tasks", {}).items())
    click.echo(f"f={run['fraction']:.2f} {run['strategy']:>9}: {run['n_replaced']} heads"
               + (f", ppl {ppl:.3f}" if ppl is not None else "") + (f", {accs}" if accs else ""))


def plot(results: dict, out: Path) -> list[Path]:
    """ppl.png (perplexity vs fraction) and qa.png (accuracy per task vs fraction), baseline dashed.

    Error bars: perplexity, the 95% bootstrap interval over windows; accuracy, ± lm-eval's stderr.
    """
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    paths = []
    base, runs = results["baseline"], results["runs"]
    if "perplexity" in base:
        fig, ax = plt.subplots(figsize=(5, 3.5))
        _lines(ax, runs, results["strategies"], lambda r: r["perplexity"]["ppl"], base["perplexity"]["ppl"], _ppl_err)
        ax.set(xlabel="fraction of heads replaced", ylabel="perplexity (held-out)", title=results["model"])
        paths.append(_save(fig, out / "ppl.png"))
    tasks = list(base.get("tasks", {}))
    if tasks:
        fig, axes = plt.subplots(1, len(tasks), figsize=(4 * len(tasks), 3.5), squeeze=False)
        for ax, task in zip(axes[0], tasks):
            _lines(ax, runs, results["strategies"], lambda r, t=task: r["tasks"][t]["acc"], base["tasks"][task]["acc"],
                   lambda r, t=task: _acc_err(r["tasks"][t]))
            ax.set(xlabel="fraction of heads replaced", ylabel="accuracy", title=task)
        paths.append(_save(fig, out / "qa.png"))
    return paths


def _ppl_err(run: dict) -> tuple[float, float]:
    """(below, above) the perplexity: its bootstrap interval, or none for runs written without it."""
    ci, ppl = run.get("ppl_ci95"), run["perplexity"]["ppl"]
    return (ppl - ci[0], ci[1] - ppl) if ci else (0.0, 0.0)


def _acc_err(task: dict) -> tuple[float, float]:
    err = task.get("acc_stderr")
    return (err, err) if isinstance(err, (int, float)) else (0.0, 0.0)


def _lines(ax, runs: list[dict], strategies: list[str], value, baseline: float, error) -> None:
    for strategy in strategies:
        mine = [r for r in runs if r["strategy"] == strategy]
        below, above = zip(*(error(r) for r in mine))
        ax.errorbar([r["fraction"] for r in mine], [value(r) for r in mine], yerr=[below, above], marker="o", capsize=3,
                    label=strategy + (" (control)" if strategy == "random" and len(strategies) > 1 else ""))
    ax.axhline(baseline, color="gray", linestyle="--", label="unmodified")
    ax.legend(fontsize=8)


def _save(fig, path: Path) -> Path:
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    import matplotlib.pyplot as plt

    plt.close(fig)
    return path
