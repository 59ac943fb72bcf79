"""Held-out IoU of each head's own program at several lengths, from one store of long windows.

For every program directory given, each head's own program (``heads.json``) is scored against
that head on the store's held-out windows, on the whole windows and on each window's first L
tokens (``surgery.score`` ``lengths``: a window of L tokens, since heads and programs are
causal). Prints the mean over the heads the directories share, per length, and writes the
per-head figures as JSON.

    python bench/bench_fit_length.py --attn runs/attn256 --programs programs/smollm2-135m \\
        --programs runs/s5/fit256 --lengths 64,128 --out runs/s5/fit_length.json
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from surgery.io.corpus import parse_lengths
from surgery.io.headmap import HeadMap, head_name
from surgery.io.store import AttentionStore
from surgery.runtime.program import load_program
from surgery.score import score_programs


def own_ious(store: AttentionStore, directory: Path, heads: list[str], lengths: tuple[int, ...]) -> dict:
    """head -> {length: [IoU, no-BOS IoU]} of the head's own program of ``directory``."""
    headmap = HeadMap.load(directory)
    programs = [load_program(directory / headmap.heads[h].program, trusted=True) for h in heads]
    res = score_programs(store, programs, lengths=lengths, progress=False)
    row = {h: i for i, h in enumerate(res.heads)}
    col = {id(p): j for j, p in enumerate(res.programs)}
    out = {}
    for h, p in zip(heads, programs):
        i, j = row[h], col[id(p)]
        per = {str(m): [float(a[i, j]), float(b[i, j])] for m, (a, b) in res.by_length.items()}
        per[str(store.meta.window)] = [float(res.iou[i, j]), float(res.iou_no_bos[i, j])]
        out[h] = per
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--attn", required=True, help="store of long windows")
    ap.add_argument("--programs", action="append", required=True, help="program directories (repeat)")
    ap.add_argument("--lengths", default="64,128", help="shorter lengths, comma-separated")
    ap.add_argument("--out", help="JSON of the per-head figures")
    args = ap.parse_args()
    store = AttentionStore(args.attn)
    lengths = tuple(parse_lengths(args.lengths))
    maps = [HeadMap.load(Path(d)) for d in args.programs]
    names = {head_name(l, h) for l, h in store.heads}
    heads = sorted(set.intersection(*(set(m.heads) for m in maps)) & names)
    results = {d: own_ious(store, Path(d), heads, lengths) for d in args.programs}
    at = [str(m) for m in (*lengths, store.meta.window)]
    print(f"{len(heads)} heads, {len(store.heldout_windows())} held-out windows of {store.meta.window} tokens")
    print(f"{'programs':<40}" + "".join(f"{'IoU@' + m:>16}" for m in at))
    for d, per in results.items():
        means = [np.mean([per[h][m][0] for h in heads]) for m in at]
        means_nb = [np.mean([per[h][m][1] for h in heads]) for m in at]
        print(f"{d:<40}" + "".join(f"{a:>9.3f} ({b:.3f})" for a, b in zip(means, means_nb)))
    if args.out:
        Path(args.out).write_text(json.dumps({"attn": args.attn, "heads": heads, "results": results}, indent=1))


if __name__ == "__main__":
    main()
