"""Stability of short programs: do two syntheses with other training windows keep each head's terms?

    python bench/bench_stability.py --attn runs/demo/attn [--seeds 0,1] [--every 1] [--max-terms 16]

Synthesizes the terms form twice on one store, with two seeds (each seed shuffles which training
documents fit and which select, so the two fits see different windows), and compares each head's
fitted program (``fitted/L{l}H{h}.py``). Prints the share of heads whose term set is unchanged,
the median number of changed terms (added + removed), the same for the terms that move at least
5% of the attention, and the wall time of each synthesis. ``--every 3`` uses every third head.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from surgery.io.headmap import head_name  # noqa: E402
from surgery.io.records import keep_freed_memory  # noqa: E402
from surgery.io.store import AttentionStore  # noqa: E402
from surgery.synth.synthesize import SynthConfig, synthesize  # noqa: E402
from surgery.forms.terms import read_terms  # noqa: E402

MAJOR = 0.05  # a term moving at least this share of attention (its program comment) is a major one


def term_sets(programs: Path, heads: list[str]) -> dict[str, tuple[set, set]]:
    """head -> (all terms, major terms) of its fitted program."""
    out = {}
    for head in heads:
        source = (programs / "fitted" / f"{head}.py").read_text()
        terms = {t for _, t in read_terms(source)}
        shares = {}
        for line in source.splitlines():
            if line.strip().startswith("(") and "#" in line and line.rstrip().endswith("%"):
                shares[line.split("#")[0].strip().rstrip(",")] = float(line.rsplit(":", 1)[1].strip(" %")) / 100
        major = {t for w, t in read_terms(source) if shares.get(repr((w, *t)), 0) >= MAJOR}
        out[head] = (terms, major)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--attn", required=True)
    ap.add_argument("--seeds", default="0,1")
    ap.add_argument("--every", type=int, default=1)
    ap.add_argument("--max-terms", type=int, default=16)
    args = ap.parse_args()
    keep_freed_memory()
    store = AttentionStore(args.attn)
    heads = [head_name(*hd) for hd in store.heads[:: args.every]]
    seeds = [int(s) for s in args.seeds.split(",")]
    sets, seconds = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for seed in seeds:
            out = Path(tmp) / f"seed{seed}"
            start = time.perf_counter()
            synthesize(SynthConfig(attn=args.attn, out=str(out), seed=seed, max_terms=args.max_terms,
                                   heads=tuple(heads)), progress=False)
            seconds.append(time.perf_counter() - start)
            sets.append(term_sets(out, heads))
    a, b = sets[0], sets[1]
    same = np.array([a[h][0] == b[h][0] for h in heads])
    changed = np.array([len(a[h][0] ^ b[h][0]) for h in heads])
    same_major = np.array([a[h][1] == b[h][1] for h in heads])
    changed_major = np.array([len(a[h][1] ^ b[h][1]) for h in heads])
    sizes = np.array([len(a[h][0]) for h in heads])
    print(f"store: {args.attn}; {len(heads)} heads; seeds {seeds}; max terms {args.max_terms}; "
          f"synthesis {', '.join(f'{s:.0f} s' for s in seconds)}")
    print(f"term set unchanged: {same.mean():.1%} of heads; changed terms (added + removed) median {np.median(changed):g}, "
          f"mean {changed.mean():.2f}; median terms per program {np.median(sizes):g}")
    print(f"major terms (>= {MAJOR:.0%} of attention) unchanged: {same_major.mean():.1%} of heads; "
          f"changed major terms median {np.median(changed_major):g}")


if __name__ == "__main__":
    main()
