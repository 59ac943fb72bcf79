"""The move to TransformerLens 4's TransformerBridge against the HookedTransformer code before it,
on the default model; every ratio is measured in this one run.

    python bench/bench_bridge.py --baseline-tree DIR --baseline-python PY [--windows 32] [--reps 3]

``--baseline-tree``: a checkout of the code before the move (its ``surgery`` package);
``--baseline-python``: a Python with transformer-lens 3.x and that code's dependencies. The
baseline runs in a subprocess (the two TransformerLens versions cannot share a process) on the
same windows. Reported:

- attention of every head on ``--windows`` windows of 64 tokens (the ``surgery extract`` windows of
  the stories corpus): max |bridge - HookedTransformer| in fp32, and in the float16 store;
- bridge logits vs the plain HF model's at load (the parity record);
- extraction (``surgery.extract.batch_patterns``, batches of 16) time, bridge / HookedTransformer;
- a substituted forward (25% of heads, library programs, patterns cached) vs the unmodified
  bridge forward, batch 8 × 64 tokens.

Times are taken in turns (old, new, old, ...); both the ratio of the medians and that of the best
times are printed (on a shared machine the best is the one least disturbed by other work).
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import torch

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# Run by the baseline Python inside the baseline tree: fp32 patterns, then one timed extraction
# pass per line read, so the two sides take turns and a slow spell of the machine hits both alike.
BASELINE = r"""
import sys, time, numpy as np, torch
from surgery.io import hooks
from surgery.io.models import load_model
from surgery.extract import batch_patterns
torch.set_num_threads(int(sys.argv[3]))
tokens = np.load(sys.argv[1])
model = load_model("smollm2-135m")
names = [hooks.pattern_hook(l) for l in range(model.cfg.n_layers)]
out = []
with torch.no_grad():
    for lo in range(0, len(tokens), 16):
        _, cache = model.run_with_cache(torch.as_tensor(tokens[lo:lo + 16]), names_filter=lambda n: n in names)
        out.append(torch.stack([cache[n] for n in names], dim=1).numpy())
np.save(sys.argv[2], np.concatenate(out))
print("ready", flush=True)
for _ in sys.stdin:
    start = time.perf_counter()
    for lo in range(0, len(tokens), 16):
        batch_patterns(model, tokens[lo:lo + 16])
    print(time.perf_counter() - start, flush=True)
"""


def windows(model, n: int) -> np.ndarray:
    from surgery.extract import ExtractConfig, _windows_with_probes
    from surgery.io.corpus import load_documents
    from surgery.io.models import bos_id

    cfg = ExtractConfig(out="unused", n_windows=n, window=64)
    return np.asarray(_windows_with_probes(model.tokenizer, load_documents(cfg.corpus), cfg, bos_id(model)).tokens)


@torch.no_grad()
def bridge_patterns(model, tokens: np.ndarray) -> np.ndarray:
    from surgery.io import hooks

    names = [hooks.pattern_hook(l) for l in range(model.cfg.n_layers)]
    out = []
    for lo in range(0, len(tokens), 16):
        _, cache = model.run_with_cache(torch.as_tensor(tokens[lo:lo + 16]), names_filter=lambda n: n in names,
                                        **hooks.forward_kwargs())
        out.append(torch.stack([cache[n] for n in names], dim=1).numpy())
    return np.concatenate(out)  # [w, layer, head, q, k]


def extraction_times(model, tokens: np.ndarray, reps: int, baseline) -> tuple[list[float], list[float]]:
    """Seconds of one extraction pass over ``tokens``, (bridge, baseline), the two taking turns."""
    from surgery.extract import batch_patterns

    new, old = [], []
    for _ in range(reps):
        start = time.perf_counter()
        for lo in range(0, len(tokens), 16):
            batch_patterns(model, tokens[lo:lo + 16])
        new.append(time.perf_counter() - start)
        baseline.stdin.write("time\n")
        baseline.stdin.flush()
        old.append(float(baseline.stdout.readline()))
    return new, old


@torch.no_grad()
def substitution_ratio(model, tokens: torch.Tensor, reps: int) -> tuple[float, float]:
    from surgery.io import hooks
    from surgery.runtime.program import library_dir, load_program
    from surgery.substitute.plan import PatternCache, substituted
    from surgery.substitute.selection import n_to_replace

    heads = [(l, h) for l in range(model.cfg.n_layers) for h in range(model.cfg.n_heads)]
    order = np.random.default_rng(0).permutation(len(heads))[:n_to_replace(0.25, len(heads))]
    library = [load_program(p, trusted=True) for p in sorted(library_dir().glob("*.py"))]
    plan = {heads[i]: library[j % len(library)] for j, i in enumerate(sorted(order))}
    cache, kwargs = PatternCache(), hooks.forward_kwargs()
    with substituted(model, plan, cache=cache):
        model(tokens, **kwargs)  # patterns computed once: the forward itself is timed

    def base():
        model(tokens, **kwargs)

    def sub():
        with substituted(model, plan, cache=cache):
            model(tokens, **kwargs)

    times = {base: [], sub: []}
    for _ in range(reps):
        for fn in (base, sub):  # turns taken, so a slow spell of the machine hits both alike
            start = time.perf_counter()
            fn()
            times[fn].append(time.perf_counter() - start)
    return times[sub], times[base]


def ratios(new: list[float], old: list[float]) -> str:
    """Ratio of the medians and of the best times: on a shared machine the best is the one least
    disturbed by other work."""
    return (f"{statistics.median(new) / statistics.median(old):.3f} median, {min(new) / min(old):.3f} best "
            f"({min(new):.2f} s / {min(old):.2f} s best)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--baseline-tree", required=True)
    ap.add_argument("--baseline-python", required=True)
    ap.add_argument("--windows", type=int, default=32)
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    from surgery.io.models import conversion_records, load_model

    model = load_model("smollm2-135m")
    tokens = windows(model, args.windows)
    with tempfile.TemporaryDirectory() as tmp:
        np.save(Path(tmp) / "tokens.npy", tokens)
        baseline = subprocess.Popen([args.baseline_python, "-c", BASELINE, str(Path(tmp) / "tokens.npy"),
                                     str(Path(tmp) / "old.npy"), str(args.threads)], cwd=args.baseline_tree,
                                    stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        try:
            if baseline.stdout.readline().strip() != "ready":
                raise RuntimeError("the baseline did not start (run it by hand to see why)")
            old = np.load(Path(tmp) / "old.npy")
            new = bridge_patterns(model, tokens)
            new_times, old_times = extraction_times(model, tokens, args.reps, baseline)
        finally:
            baseline.stdin.close()
            baseline.wait()
    sub_times, base_times = substitution_ratio(model, torch.as_tensor(tokens[:8]), max(3 * args.reps, 9))
    fp16 = np.abs(new.astype(np.float16).astype(np.float32) - old.astype(np.float16).astype(np.float32))
    record = conversion_records()["smollm2-135m"]
    rows = [
        ("max |attention| bridge - HookedTransformer, fp32", f"{np.abs(new - old).max():.2e}", "<= 1e-5"),
        ("the same in the float16 store (values that differ)",
         f"{fp16.max():.2e} ({int((fp16 > 0).sum())} of {fp16.size})", "<= 1e-5"),
        ("bridge logits vs HF logits at load, max |diff|", f"{record['logit_diff']:.2e}", "<= 1e-4"),
        ("extraction time bridge / HookedTransformer", ratios(new_times, old_times), "<= 1.0"),
        ("substituted forward (25% of heads) / unmodified bridge", ratios(sub_times, base_times), "<= 1.10"),
    ]
    print(f"smollm2-135m, {args.windows} windows x 64 tokens, {args.threads} threads, {args.reps} repetitions")
    for name, value, target in rows:
        print(f"{name:<55} {value:<48} target {target}")


if __name__ == "__main__":
    main()
