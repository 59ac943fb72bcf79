"""Substituted forward vs the unmodified bridge forward, ratio in one run.

    python bench/bench_substitute.py [--fraction 0.25] [--batch 8] [--pos 128] [--reps 5] [--device cpu]

Model: smollm2-135m when loadable, else a random-weight model of the same shape (printed).
Heads: the first ``round(f × n_heads)`` of a seeded permutation, each given a library program
(cycling through ``programs/library``; trusted, in-process) — or, with ``--programs DIR`` (a
synthesize output such as ``programs/smollm2-135m``), the best-IoU heads with their own programs. Reported: the unmodified forward,
the substituted forward with patterns computed live (cold cache every repetition), and with a
warm cache (repeated passes over the same text); target live/unmodified <= 1.15.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

import numpy as np
import torch

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from surgery.runtime.program import library_dir, load_program  # noqa: E402
from surgery.substitute.selection import n_to_replace  # noqa: E402
from surgery.substitute.plan import PatternCache, substituted  # noqa: E402


def load(device: str):
    try:
        from surgery.io.models import load_model

        return load_model("smollm2-135m", device=device), "smollm2-135m (real weights)"
    except Exception as err:  # noqa: BLE001 - fall back, and say so
        import transformers

        from surgery.io import convert

        cfg = transformers.LlamaConfig(hidden_size=576, intermediate_size=1536, num_hidden_layers=30,
                                       num_attention_heads=9, num_key_value_heads=3, vocab_size=49152,
                                       max_position_embeddings=2048, tie_word_embeddings=True)
        torch.manual_seed(0)
        hf = transformers.AutoModelForCausalLM.from_config(cfg, attn_implementation="eager")
        import tempfile

        sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
        from conftest import SAMPLE_DOCS
        from tiny_hf import train_tokenizer

        tokenizer = train_tokenizer(SAMPLE_DOCS, tempfile.mkdtemp(prefix="hs-bench-"))  # BOS and pad only matter
        model, _ = convert.boot(hf, tokenizer, "random-smollm2-shape")
        return model.to(device), f"random-weight SmolLM2-135M shape (real model not loadable: {err})"


def stub_context_factory():
    from surgery.lang.context import build_context

    return lambda ids: build_context(ids, [f" t{i}" for i in ids])


def library_plan(heads: list, k: int) -> dict:
    order = np.random.default_rng(0).permutation(len(heads))[:k]
    library = [load_program(p, trusted=True) for p in sorted(library_dir().glob("*.py"))]
    return {heads[i]: library[j % len(library)] for j, i in enumerate(sorted(order))}


def synthesized_plan(directory: str, fraction: float, n_total: int) -> dict:
    from surgery.io.headmap import HeadMap
    from surgery.substitute.selection import head_ious, load_head_programs, select_heads

    headmap = HeadMap.load(directory)
    heads = select_heads("best-iou", fraction, n_total, head_ious(headmap))
    programs = load_head_programs(headmap, Path(directory), heads=heads, trusted=True)
    return {h: programs[h] for h in heads}


def timed(fns: dict, reps: int, device: str) -> dict:
    """Median seconds of each function; the functions take turns in every repetition, so a slow
    spell of the machine hits them all alike."""
    times = {name: [] for name in fns}
    for _ in range(reps):
        for name, fn in fns.items():
            if device.startswith("cuda"):
                torch.cuda.synchronize()
            start = time.perf_counter()
            fn()
            if device.startswith("cuda"):
                torch.cuda.synchronize()
            times[name].append(time.perf_counter() - start)
    return times


@torch.no_grad()
def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--fraction", type=float, default=0.25)
    ap.add_argument("--batch", type=int, default=8)
    ap.add_argument("--pos", type=int, default=128)
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
    ap.add_argument("--programs", default=None, help="heads.json directory; default: library programs")
    args = ap.parse_args()
    torch.set_num_threads(int(os.environ.get("OMP_NUM_THREADS", torch.get_num_threads())))
    model, label = load(args.device)
    heads = [(l, h) for l in range(model.cfg.n_layers) for h in range(model.cfg.n_heads)]
    k = n_to_replace(args.fraction, len(heads))
    plan = synthesized_plan(args.programs, args.fraction, len(heads)) if args.programs else library_plan(heads, k)
    contexts = None if model.tokenizer is not None else stub_context_factory()
    tokens = torch.randint(1, model.cfg.d_vocab, (args.batch, args.pos), device=args.device)
    tokens[:, 0] = model.tokenizer.bos_token_id if model.tokenizer is not None else 0
    model(tokens)  # warm-up

    def live():
        with substituted(model, plan, cache=PatternCache(), contexts=contexts):
            model(tokens)

    warm_cache = PatternCache()
    with substituted(model, plan, cache=warm_cache, contexts=contexts):
        model(tokens)

    def warm():
        with substituted(model, plan, cache=warm_cache, contexts=contexts):
            model(tokens)

    t = timed({"base": lambda: model(tokens), "live": live, "warm": warm}, args.reps, args.device)
    n_src = len({id(s) for s in plan.values()})
    print(f"model: {label}; device {args.device}; threads {torch.get_num_threads()}; {args.reps} repetitions")
    print(f"{k}/{len(heads)} heads replaced by {n_src} distinct programs; batch {args.batch} x {args.pos} tokens")
    print("             median ms   ratio     best ms   ratio")
    for name, label_ in (("base", "unmodified"), ("live", "live"), ("warm", "warm cache")):
        med, best = statistics.median(t[name]), min(t[name])
        print(f"{label_:<11} {med * 1e3:9.1f} {med / statistics.median(t['base']):7.3f}   "
              f"{best * 1e3:9.1f} {best / min(t['base']):7.3f}")
    print("target: live / unmodified <= 1.15")


if __name__ == "__main__":
    main()
