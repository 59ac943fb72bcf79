"""Head cost measurement (surgery.substitute.costs): one head per forward vs several heads of a layer per forward.

    python bench/bench_costs.py [--programs programs/smollm2-135m] [--attn runs/demo/attn]
                                [--layers 3,15,27] [--windows 8] [--sizes 1,4,9] [--reps 2]

Measures the heads of ``--layers`` (all 9 query heads each) on the store's first ``--windows``
training windows, alternating the ``heads_per_forward`` values of ``--sizes`` rep by rep so load
changes hit every setting alike. Prints wall and process CPU seconds per head for each size, and
the largest cost difference from one head per forward (the batched costs must equal it).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
import torch

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from surgery.substitute.costs import measure_costs  # noqa: E402
from surgery.io.headmap import HeadMap, parse_head  # noqa: E402
from surgery.substitute.selection import load_head_programs  # noqa: E402
from surgery.io.store import HELDOUT, AttentionStore  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--programs", default="programs/smollm2-135m")
    ap.add_argument("--attn", default="runs/demo/attn")
    ap.add_argument("--layers", default="3,15,27")
    ap.add_argument("--windows", type=int, default=8)
    ap.add_argument("--sizes", default="1,4,9")
    ap.add_argument("--reps", type=int, default=2)
    args = ap.parse_args()
    from surgery.io.models import load_model

    model = load_model("smollm2-135m")
    store = AttentionStore(args.attn)
    tokens = np.asarray(store.tokens[store.split != HELDOUT][: args.windows])
    layers = {int(x) for x in args.layers.split(",")}
    headmap = HeadMap.load(args.programs)
    wanted = [parse_head(n) for n in headmap.heads if parse_head(n)[0] in layers]
    programs = load_head_programs(headmap, Path(args.programs), heads=wanted, trusted=True)
    sizes = [int(x) for x in args.sizes.split(",")]
    wall = {s: [] for s in sizes}
    cpu = {s: [] for s in sizes}
    costs = {}
    measure_costs(model, programs, tokens[:1], batch_size=8, progress=False)  # warm: patterns cached
    for _ in range(args.reps):
        for size in sizes:
            w0, c0 = time.perf_counter(), time.process_time()
            costs[size] = measure_costs(model, programs, tokens, batch_size=8, progress=False, heads_per_forward=size)
            wall[size].append((time.perf_counter() - w0) / len(programs))
            cpu[size].append((time.process_time() - c0) / len(programs))
    print(f"{len(programs)} heads (layers {sorted(layers)}), {len(tokens)} windows x {tokens.shape[1]} tokens, "
          f"torch threads {torch.get_num_threads()}")
    for size in sizes:
        diff = max(abs(costs[size][h] - costs[sizes[0]][h]) for h in programs)
        print(f"heads_per_forward={size}: wall {np.median(wall[size]):.3f} s/head, cpu {np.median(cpu[size]):.3f} "
              f"s/head (median of {args.reps}); max |cost - cost at {sizes[0]}| = {diff:.2e}")


if __name__ == "__main__":
    main()
