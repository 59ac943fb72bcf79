"""Our lm-eval adapter (HookedLM) against lm-eval's own HFLM: request-level parity and speed, in one run.

    python bench/bench_lmeval.py [--task arc_easy] [--limit 40] [--batch 16] [--rounds 2]
    python bench/bench_lmeval.py --parity arc_easy,piqa,sciq,hellaswag --limit 200
    python bench/bench_lmeval.py --rolling 20 [--max-length 256]
    python bench/bench_lmeval.py --substituted programs/smollm2-135m [--fraction 0.25] [--trusted]

Both wrap SmolLM2-135M from the embedded GGUF: HFLM the transformers model, HookedLM its
TransformerLens conversion (as ``surgery.io.models.load_model`` returns it). Both score the same
lm-eval ``Instance`` objects; HFLM's tokenizer prepends BOS as HookedLM does (see
:mod:`evals.parity`; ``--no-bos`` compares both without BOS). The default mode times both
(rounds alternate which goes first, as the machine may be shared; the median is reported) and
prints max |Δ log-prob|, greedy mismatches and both accuracies; ``--parity`` prints the parity
table of several tasks; ``--rolling N`` compares ``loglikelihood_rolling`` on N stories;
``--substituted`` times HookedLM with and without 25% of heads replaced (same batched path).
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import torch

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from evals import parity  # noqa: E402
from evals.lm import HookedLM  # noqa: E402
from evals.tasks import resolve_tasks  # noqa: E402


def models(device: str):
    from surgery.io.models import _load_hf_gguf, load_model, smollm2_gguf_path  # private: bench only

    hf_model, tokenizer = _load_hf_gguf(smollm2_gguf_path())
    return hf_model.eval().to(device), load_model(device=device), tokenizer


def timed(lm, instances) -> tuple[float, list]:
    start = time.perf_counter()
    out = lm.loglikelihood(instances, disable_tqdm=True)
    return time.perf_counter() - start, out


def race(named: dict, instances, rounds: int) -> tuple[dict, dict]:
    """Median seconds of each lm over ``rounds`` (the order alternates), and its last results."""
    times: dict = {name: [] for name in named}
    results: dict = {}
    for r in range(rounds):
        order = list(named) if r % 2 == 0 else list(reversed(named))
        for name in order:
            seconds, results[name] = timed(named[name], instances)
            times[name].append(seconds)
    return {n: statistics.median(t) for n, t in times.items()}, results


def speed(args, hf_model, tl_model, tokenizer) -> None:
    task_name = resolve_tasks([args.task])[0]
    task, insts = parity.task_instances(task_name, args.limit)
    ref = parity.reference_hflm(hf_model, tokenizer, args.batch, add_bos=not args.no_bos, device=args.device)
    ours = HookedLM(tl_model, batch_size=args.batch, add_bos=not args.no_bos)
    race({"HFLM": ref, "HookedLM": ours}, insts[:8], 1)  # warm-up
    med, res = race({"HFLM": ref, "HookedLM": ours}, insts, args.rounds)
    row = parity.compare(insts, res["HFLM"], res["HookedLM"], parity.continuation_lengths(ref, insts), task)
    print(f"model: smollm2-135m; device {args.device}; task {task_name}, limit {args.limit} "
          f"({len(insts)} requests), batch {args.batch}, BOS {not args.no_bos}, threads {torch.get_num_threads()}, "
          f"median of {args.rounds} alternating rounds")
    for name, side in (("HFLM", "ref"), ("HookedLM", "ours")):
        m = row[side]
        print(f"{name:9s} {med[name]:7.2f} s   acc {m['acc']:.3f}  acc_norm {m.get('acc_norm', float('nan')):.3f}")
    print(f"max |Δ log-prob| {row['max_abs_delta']:.2e} (per continuation token {row['max_delta_per_token']:.2e}); "
          f"is-greedy mismatches {row['greedy_mismatches']}")
    print(f"speed HFLM time / HookedLM time: {med['HFLM'] / med['HookedLM']:.3f}×")


def parity_table(args, hf_model, tl_model, tokenizer) -> None:
    ref = parity.reference_hflm(hf_model, tokenizer, args.batch, add_bos=not args.no_bos, device=args.device)
    ours = HookedLM(tl_model, batch_size=args.batch, add_bos=not args.no_bos)
    for task_name in resolve_tasks(args.parity.split(",")):
        task, insts = parity.task_instances(task_name, args.limit)
        t_ref, r_ref = timed(ref, insts)
        t_ours, r_ours = timed(ours, insts)
        row = parity.compare(insts, r_ref, r_ours, parity.continuation_lengths(ref, insts), task)
        print(parity.format_row(task_name, row) + f"  time HFLM {t_ref:.0f} s, HookedLM {t_ours:.0f} s", flush=True)


def rolling(args, hf_model, tl_model, tokenizer) -> None:
    """loglikelihood_rolling on stories; HFLM with the model's own tokenizer (no BOS of its own)."""
    from surgery.io.corpus import load_documents

    docs = load_documents("stories")[:args.rolling]
    reqs = [SimpleNamespace(args=(doc,)) for doc in docs]
    ref = parity.reference_hflm(hf_model, tokenizer, args.batch, add_bos=False, device=args.device,
                                max_length=args.max_length)
    ours = HookedLM(tl_model, batch_size=args.batch, max_length=args.max_length)
    start = time.perf_counter()
    r_ref = ref.loglikelihood_rolling(reqs, disable_tqdm=True)
    t_ref, start = time.perf_counter() - start, time.perf_counter()
    r_ours = ours.loglikelihood_rolling(reqs, disable_tqdm=True)
    t_ours = time.perf_counter() - start
    n_tok = [len(ours.tok_encode(d, add_special_tokens=False)) for d in docs]
    delta = [abs(a - b) for a, b in zip(r_ref, r_ours)]
    print(f"loglikelihood_rolling, {len(docs)} stories ({sum(n_tok)} tokens), max_length {ours.max_length}: "
          f"max |Δ| {max(delta):.2e}, max |Δ|/token {max(d / n for d, n in zip(delta, n_tok)):.2e}, "
          f"Σ log-prob HFLM {sum(r_ref):.3f} HookedLM {sum(r_ours):.3f}; time HFLM {t_ref:.1f} s, "
          f"HookedLM {t_ours:.1f} s")


def substituted(args, tl_model) -> None:
    """HookedLM time with 25% of heads replaced over the unmodified time, same requests and batch."""
    from evals.evaluate import EvalConfig, choose, setup

    cfg = EvalConfig(programs=args.substituted, out="/tmp", fraction=args.fraction, ppl=False,
                     trusted=args.trusted)
    s = setup(cfg, model=tl_model)
    heads, plan = choose(s, cfg.strategy, cfg.fraction, cfg.control, cfg.seed)
    task_name = resolve_tasks([args.task])[0]
    task, insts = parity.task_instances(task_name, args.limit)
    base = HookedLM(tl_model, batch_size=args.batch)
    sub = HookedLM(tl_model, plan=plan, batch_size=args.batch, cache=s.cache)
    t_base, r_base = timed(base, insts)
    t_cold, r_sub = timed(sub, insts)  # patterns computed (as in `surgery eval`, which sees each row once)
    t_warm, _ = timed(sub, insts)  # patterns from the cache
    t_base2, _ = timed(base, insts)
    t_base = statistics.median([t_base, t_base2])
    acc_b, acc_s = (parity.doc_metrics(task, insts, r)["acc"] for r in (r_base, r_sub))
    print(f"{task_name}, limit {args.limit} ({len(insts)} requests), batch {args.batch}: {len(heads)}/"
          f"{s.n_heads_total} heads replaced ({cfg.strategy}); unmodified {t_base:.1f} s, substituted "
          f"{t_cold:.1f} s (patterns computed) / {t_warm:.1f} s (cached); ratio {t_cold / t_base:.3f} / "
          f"{t_warm / t_base:.3f}; acc {acc_b:.3f} -> {acc_s:.3f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--task", default="arc_easy")
    ap.add_argument("--limit", type=int, default=40)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--rounds", type=int, default=2, help="Timed rounds per model (median reported).")
    ap.add_argument("--no-bos", action="store_true", help="Score without BOS on both sides.")
    ap.add_argument("--parity", default="", help="Comma-separated tasks: print the parity table only.")
    ap.add_argument("--rolling", type=int, default=0, help="Compare loglikelihood_rolling on this many stories.")
    ap.add_argument("--max-length", type=int, default=None, help="Context of both models (rolling windows).")
    ap.add_argument("--substituted", default="", help="Programs directory: time substituted vs unmodified QA.")
    ap.add_argument("--fraction", type=float, default=0.25)
    ap.add_argument("--trusted", action="store_true", help="Run the programs in-process (as surgery eval --trusted).")
    ap.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
    args = ap.parse_args()
    torch.set_num_threads(int(os.environ.get("OMP_NUM_THREADS", torch.get_num_threads())))
    if args.substituted:
        from surgery.io.models import load_model

        return substituted(args, load_model(device=args.device))
    hf_model, tl_model, tokenizer = models(args.device)
    if args.parity:
        parity_table(args, hf_model, tl_model, tokenizer)
    elif args.rolling:
        rolling(args, hf_model, tl_model, tokenizer)
    else:
        speed(args, hf_model, tl_model, tokenizer)


if __name__ == "__main__":
    main()
