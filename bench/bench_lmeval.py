"""Our lm-eval adapter (HookedLM) against lm-eval's own HFLM: request-level parity and speed, in one run.

    python bench/bench_lmeval.py [--task arc_easy] [--limit 40] [--batch 16] [--rounds 3]
    python bench/bench_lmeval.py --parity arc_easy,piqa,sciq,hellaswag --limit 200
    python bench/bench_lmeval.py --rolling 20 [--max-length 256]
    python bench/bench_lmeval.py --substituted programs/smollm2-135m [--fraction 0.25] [--trusted]

Both wrap SmolLM2-135M from the embedded GGUF: HFLM the transformers model, HookedLM its
TransformerLens conversion (as ``surgery.io.models.load_model`` returns it). Both score the same
lm-eval ``Instance`` objects; HFLM's tokenizer prepends BOS as HookedLM does (see
:mod:`surgery.evaluate.parity`; ``--no-bos`` compares both without BOS). The default mode times HFLM,
HookedLM and HookedLM scoring whole rows (``share_prefix=False``, each choice with its own copy
of the context, as HFLM does) in rounds that rotate which goes first, as the machine may be
shared; it reports the median wall time and the median CPU time of the process (less sensitive to
other jobs on the machine), max |Δ log-prob|, greedy mismatches and both accuracies.
``--parity`` prints the parity table of several tasks; ``--rolling N`` compares
``loglikelihood_rolling`` on N stories; ``--substituted`` times HookedLM with and without 25% of
heads replaced (same shared-context path; patterns computed in every run, as in ``surgery eval``).
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

from surgery.evaluate import parity  # noqa: E402
from surgery.evaluate.lm import HookedLM  # noqa: E402
from surgery.evaluate.tasks import resolve_tasks  # noqa: E402


def models(device: str):
    from surgery.io.models import _load_hf_gguf, load_model, smollm2_gguf_path  # private: bench only

    hf_model, tokenizer = _load_hf_gguf(smollm2_gguf_path())
    return hf_model.eval().to(device), load_model(device=device), tokenizer


def timed(lm, instances) -> tuple[float, float, list]:
    """(wall seconds, CPU seconds of this process, results) of one ``loglikelihood`` call."""
    wall, cpu = time.perf_counter(), time.process_time()
    out = lm.loglikelihood(instances, disable_tqdm=True)
    return time.perf_counter() - wall, time.process_time() - cpu, out


def race(named: dict, instances, rounds: int) -> tuple[dict, dict, dict]:
    """Median wall and CPU seconds of each lm over ``rounds`` (the order rotates), its last results."""
    wall: dict = {name: [] for name in named}
    cpu: dict = {name: [] for name in named}
    results: dict = {}
    names = list(named)
    for r in range(rounds):
        for name in names[r % len(names):] + names[:r % len(names)]:
            w, c, results[name] = timed(named[name], instances)
            wall[name].append(w)
            cpu[name].append(c)
    med = statistics.median
    return {n: med(t) for n, t in wall.items()}, {n: med(t) for n, t in cpu.items()}, results


def speed(args, hf_model, tl_model, tokenizer) -> None:
    task_name = resolve_tasks([args.task])[0]
    task, insts = parity.task_instances(task_name, args.limit)
    bos = not args.no_bos
    named = {"HFLM": parity.reference_hflm(hf_model, tokenizer, args.batch, add_bos=bos, device=args.device),
             "HookedLM": HookedLM(tl_model, batch_size=args.batch, add_bos=bos),
             "rows": HookedLM(tl_model, batch_size=args.batch, add_bos=bos, share_prefix=False)}
    race(named, insts[:8], 1)  # warm-up
    wall, cpu, res = race(named, insts, args.rounds)
    print(f"model: smollm2-135m; device {args.device}; task {task_name}, limit {args.limit} "
          f"({len(insts)} requests), batch {args.batch}, BOS {bos}, threads {torch.get_num_threads()}, "
          f"median of {args.rounds} rotating rounds; load average {os.getloadavg()[0]:.1f}")
    n_tok = parity.continuation_lengths(named["HFLM"], insts)
    for name in named:
        row = parity.compare(insts, res["HFLM"], res[name], n_tok, task)
        m = row["ours"]
        label = "HookedLM, whole rows" if name == "rows" else name
        print(f"{label:21s} wall {wall[name]:7.2f} s  CPU {cpu[name]:7.2f} s   acc {m['acc']:.3f}  "
              f"acc_norm {m.get('acc_norm', float('nan')):.3f}"
              + ("" if name == "HFLM" else f"   max |Δ log-prob| vs HFLM {row['max_abs_delta']:.2e} (per "
                 f"continuation token {row['max_delta_per_token']:.2e}), is-greedy mismatches "
                 f"{row['greedy_mismatches']}"))
    for name in ("HookedLM", "rows"):
        print(f"speed HFLM time / {name} time: wall {wall['HFLM'] / wall[name]:.2f}×, "
              f"CPU {cpu['HFLM'] / cpu[name]:.2f}×")


def parity_table(args, hf_model, tl_model, tokenizer) -> None:
    ref = parity.reference_hflm(hf_model, tokenizer, args.batch, add_bos=not args.no_bos, device=args.device)
    ours = HookedLM(tl_model, batch_size=args.batch, add_bos=not args.no_bos)
    for task_name in resolve_tasks(args.parity.split(",")):
        task, insts = parity.task_instances(task_name, args.limit)
        t_ref, _, r_ref = timed(ref, insts)
        t_ours, _, r_ours = timed(ours, insts)
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
    """HookedLM time with 25% of heads replaced over the unmodified time, same requests and batch:
    medians over ``--rounds`` rounds that alternate which goes first; each substituted run starts
    with an empty pattern cache, as ``surgery eval`` does."""
    from surgery.evaluate.evaluate import EvalConfig, choose, setup
    from surgery.substitute.plan import PatternCache

    cfg = EvalConfig(programs=args.substituted, out="/tmp", fraction=args.fraction, ppl=False,
                     trusted=args.trusted)
    s = setup(cfg, model=tl_model)
    heads, plan = choose(s, cfg.strategy, cfg.fraction, cfg.control, cfg.seed)
    task_name = resolve_tasks([args.task])[0]
    task, insts = parity.task_instances(task_name, args.limit)
    runs = {"unmodified": lambda: HookedLM(tl_model, batch_size=args.batch),
            "substituted": lambda: HookedLM(tl_model, plan=plan, batch_size=args.batch, cache=PatternCache())}
    timed(runs["substituted"](), insts[:8])  # warm-up
    wall: dict = {name: [] for name in runs}
    cpu: dict = {name: [] for name in runs}
    results: dict = {}
    for r in range(args.rounds):
        for name in (list(runs) if r % 2 == 0 else list(runs)[::-1]):
            w, c, results[name] = timed(runs[name](), insts)
            wall[name].append(w)
            cpu[name].append(c)
    med = {name: (statistics.median(wall[name]), statistics.median(cpu[name])) for name in runs}
    acc_b, acc_s = (parity.doc_metrics(task, insts, results[n])["acc"] for n in runs)
    print(f"{task_name}, limit {args.limit} ({len(insts)} requests), batch {args.batch}, threads "
          f"{torch.get_num_threads()}, median of {args.rounds} alternating rounds, load average "
          f"{os.getloadavg()[0]:.1f}: {len(heads)}/{s.n_heads_total} heads replaced ({cfg.strategy}); "
          f"acc {acc_b:.3f} -> {acc_s:.3f}")
    (wb, cb), (ws, cs) = med["unmodified"], med["substituted"]
    print(f"unmodified   wall {wb:6.1f} s  CPU {cb:6.1f} s")
    print(f"substituted  wall {ws:6.1f} s  CPU {cs:6.1f} s   ratio to unmodified: wall {ws / wb:.3f}, CPU {cs / cb:.3f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--task", default="arc_easy")
    ap.add_argument("--limit", type=int, default=40)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--rounds", type=int, default=3, help="Timed rounds per model (median reported).")
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
