"""Perplexity against length: the unmodified model and the model with a fraction of its heads replaced.

    python bench/bench_length.py [--programs programs/smollm2-135m] [--lengths 64,128,256,512]
                                 [--n-windows 8] [--fraction 0.25] [--strategy min-cost]
                                 [--cost-window 64] [--cost-windows 8] [--costs costs.json]
                                 [--tune-steps 0] [--tune-windows 64] [--tune-lengths 64,256]
                                 [--tune-valid-windows 0] [--tune-every 5] [--tune-patience 3]
                                 [--store runs/demo/attn] [--out runs/bench_length]

The heads are chosen once (``--strategy``; min-cost measures each head's cost on ``--cost-windows``
training windows of ``--cost-window`` tokens, the store's with ``--store``, or reads ``--costs``; several
lengths, e.g. ``--cost-window 64,512``, go to ``surgery eval --cost-window``: windows of training documents
at each length, the tokens split equally) and, with ``--tune-steps``, tuned once on ``--tune-windows``
training windows of the first ``--cost-window`` length (or, with ``--tune-lengths``, the
same tokens split across windows of those lengths; with ``--tune-valid-windows``, early stopping on
validation windows of other training documents), as ``surgery eval`` would. Then, at
every length, the same plan is measured on ``--n-windows`` held-out windows of that length
(:func:`surgery.evaluate.windows.split_windows`: inside documents while the corpus serves enough
of them, else documents joined end to end). Prints one row per length (perplexity of both models,
the relative increase with its 95% bootstrap interval over windows, seconds) and writes
``OUT/length.json``. Few windows: the intervals say how far to trust each figure.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from surgery.evaluate.evaluate import EvalConfig, choose, perplexity, setup  # noqa: E402
from surgery.io.corpus import parse_lengths  # noqa: E402
from surgery.evaluate.windows import split_windows  # noqa: E402
from surgery.evaluate.tuning import tune_plan  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--programs", default="programs/smollm2-135m")
    ap.add_argument("--lengths", default="64,128,256,512")
    ap.add_argument("--n-windows", type=int, default=8)
    ap.add_argument("--fraction", type=float, default=0.25)
    ap.add_argument("--strategy", default="min-cost")
    ap.add_argument("--cost-window", default="64",
                    help="tokens per window of the head costs and the tuning (with --store: the store's windows); "
                         "several comma-separated lengths, e.g. 64,512: the costs on training windows of each "
                         "(surgery eval --cost-window), the tuning on the first")
    ap.add_argument("--cost-windows", type=int, default=8)
    ap.add_argument("--costs", default=None, help="costs.json of an earlier run (skips measuring them)")
    ap.add_argument("--tune-steps", type=int, default=0)
    ap.add_argument("--tune-windows", type=int, default=64)
    ap.add_argument("--tune-lengths", default=EvalConfig.tune_lengths)
    ap.add_argument("--tune-valid-windows", type=int, default=EvalConfig.tune_valid_windows)
    ap.add_argument("--tune-every", type=int, default=EvalConfig.tune_every)
    ap.add_argument("--tune-patience", type=int, default=EvalConfig.tune_patience)
    ap.add_argument("--store", default=None, help="the store the programs were fit on (its corpus and split; "
                                                  "its training windows give the costs and the default tuning)")
    ap.add_argument("--batch-size", type=int, default=4)
    ap.add_argument("--out", default="runs/bench_length")
    args = ap.parse_args()
    cost_lengths = parse_lengths(args.cost_window)
    Path(args.out).mkdir(parents=True, exist_ok=True)
    cfg = EvalConfig(programs=args.programs, out=args.out, fraction=args.fraction, strategy=args.strategy, ppl=False,
                     window=cost_lengths[0], cost_window=args.cost_window if len(cost_lengths) > 1 else None,
                     cost_windows=args.cost_windows, costs=args.costs,
                     tune_steps=args.tune_steps, tune_windows=args.tune_windows, tune_lengths=args.tune_lengths,
                     tune_valid_windows=args.tune_valid_windows, tune_every=args.tune_every,
                     tune_patience=args.tune_patience, store=args.store, trusted=True, batch_size=args.batch_size)
    start = time.perf_counter()
    s = setup(cfg)
    heads, plan = choose(s, cfg.strategy, cfg.fraction, cfg.control, cfg.seed)
    tuning = None
    if args.tune_steps:
        plan, tuning = tune_plan(s, cfg, heads, out=Path(args.out) / "programs")
    chosen_s = time.perf_counter() - start
    print(f"{len(heads)} heads ({cfg.strategy}{', tuned' if tuning else ''}) chosen in {chosen_s:.0f} s", flush=True)
    if tuning:
        v = tuning.get("validation")
        kept = f"; kept step {v['best_step']} (validation KL {v['kl_before']:.4f} -> {v['kl_best']:.4f})" if v else ""
        print(f"tuning: {tuning['steps_run']} steps on {tuning['windows']}, KL {tuning['kl_before']:.4f} -> "
              f"{tuning['kl_after']:.4f}{kept}", flush=True)
    rows = [measure_length(s, plan, cfg, length, args.n_windows) for length in parse_lengths(args.lengths)]
    record = {"config": vars(args), "heads": [f"L{l}H{h}" for l, h in heads], "tuning": tuning,
              "choose_seconds": chosen_s, "lengths": rows}
    (Path(args.out) / "length.json").write_text(json.dumps(record, indent=1, default=str))


def measure_length(s, plan: dict, cfg: EvalConfig, length: int, n_windows: int) -> dict:
    """Perplexity of both models on ``n_windows`` held-out windows of ``length`` tokens; prints a row."""
    from surgery.evaluate.uncertainty import ppl_change_interval
    from surgery.io.corpus import load_documents
    from surgery.io.models import bos_id

    tokens = split_windows(s.model.tokenizer, load_documents(cfg.corpus), length, n_windows, cfg.heldout_frac,
                           cfg.split_seed, bos_id(s.model), heldout=True)
    base = perplexity(s.model, tokens, cfg.batch_size)
    sub = perplexity(s.model, tokens, cfg.batch_size, plan=plan, cache=s.cache)
    lo, hi = ppl_change_interval(base.window_nll, sub.window_nll, tokens.shape[1] - 1) or (float("nan"),) * 2
    row = {"length": length, "windows": len(tokens), "ppl": base.ppl, "ppl_substituted": sub.ppl,
           "increase": sub.ppl / base.ppl - 1, "interval": [lo, hi], "seconds": base.seconds + sub.seconds,
           "window_nll": {"baseline": list(base.window_nll), "substituted": list(sub.window_nll)}}  # paired comparisons across runs
    print(f"{length:5d} tokens  {len(tokens):3d} windows  ppl {base.ppl:7.3f} -> {sub.ppl:7.3f}  "
          f"{100 * row['increase']:+6.1f}% [{100 * lo:+.1f}%, {100 * hi:+.1f}%]  {row['seconds']:.0f} s", flush=True)
    return row


if __name__ == "__main__":
    main()
