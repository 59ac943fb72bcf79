"""Stability of short programs: do two syntheses with other seeds and training windows keep each head's terms?

    python bench/bench_stability.py --attn runs/demo/attn [--seeds 0,1] [--every 1] [--max-terms 16] [--min-gain G] [--keep DIR]

Fits the terms form twice on one store, with two seeds, and compares each head's fitted program
(``fitted/L{l}H{h}.py``). A seed shuffles the training documents: which of them fit and which
select, and which windows are used at all when the store holds more than ``max_train_windows``
(so two seeds fit on different windows; the overlap is printed), and the refit's batches. Prints
the share of heads whose term set is unchanged, the median number of changed terms (added +
removed), the same for the terms that move at least 5% of the attention, the mean held-out IoU of
the chosen programs and the time of each fit (wall and CPU). ``--every 3`` uses every third head.

It also compares what the two programs of a head *do*: the soft IoU of their two patterns on the
held-out windows (1.0: the same attention). A head can change terms and keep its behaviour (near-equal
terms swapped, a small term in one and not the other); the share of heads whose two programs agree to
at least 0.9 says how often a program change is a re-expression rather than a new behaviour. And
it compares their roles (``surgery roles``: the dominant roles read off the terms' attention mass):
the share of heads whose leading role, and whose set of dominant roles, is the same in both fits.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from surgery.io.headmap import head_name  # noqa: E402
from surgery.io.records import keep_freed_memory  # noqa: E402
from surgery.io.store import AttentionStore  # noqa: E402
from surgery.synthesize.synthesize import SynthConfig  # noqa: E402
from surgery.lang.context import store_contexts  # noqa: E402
from surgery.analyse.roles import RolesConfig, dominant, role_mass  # noqa: E402
from surgery.forms.source import TermTables, read_terms  # noqa: E402
from surgery.score import batch_iou  # noqa: E402
from surgery.synthesize.search import fit_term_heads, fitting_windows  # noqa: E402

MAJOR = 0.05  # a term moving at least this share of attention (its program comment) is a major one
AGREE = 0.9  # two programs whose patterns have at least this soft IoU do the same thing


def term_sets(programs: Path, heads: list[str]) -> dict[str, tuple[set, set]]:
    """head -> (all terms, major terms) of its fitted program."""
    out = {}
    for head in heads:
        source = (programs / "fitted" / f"{head}.py").read_text()
        shares = {}
        for line in source.splitlines():
            if line.strip().startswith("(") and "#" in line and line.rstrip().endswith("%"):
                shares[line.split("#")[0].strip().rstrip(",")] = float(line.rsplit(":", 1)[1].strip(" %")) / 100
        terms = read_terms(source)
        out[head] = ({t for _, t in terms}, {t for w, t in terms if shares.get(repr((w, *t)), 0) >= MAJOR})
    return out


def agreement(store, a: Path, b: Path, heads: list[str]) -> np.ndarray:
    """[heads]: soft IoU between the patterns of the two fits' programs of each head, mean over the held-out windows."""
    def tables(programs: Path) -> TermTables:
        return TermTables([read_terms((programs / "fitted" / f"{h}.py").read_text()) for h in heads], heads)
    ta, tb = tables(a), tables(b)
    ctxs = store_contexts(store, store.heldout_windows())
    return np.mean([batch_iou(ta.patterns(c), tb.patterns(c)) for c in ctxs], axis=0)


def roles(store, programs: Path, heads: list[str]) -> dict[str, list[str]]:
    """head -> the dominant roles of its fitted program, from term masses on 16 training windows."""
    ctxs = store_contexts(store, store.train_windows()[:16])
    return {h: dominant(role_mass(read_terms((programs / "fitted" / f"{h}.py").read_text()), ctxs), RolesConfig.share)
            for h in heads}


def chosen_iou(programs: Path, heads: list[str]) -> float:
    """Mean held-out IoU of the chosen level of each head's fit (its ``fitted/*.json`` front)."""
    values = []
    for head in heads:
        rec = json.loads((programs / "fitted" / f"{head}.json").read_text())
        values.append(rec["heldout"][rec["levels"].index(rec["chosen"])])
    return float(np.mean(values))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--attn", required=True)
    ap.add_argument("--seeds", default="0,1")
    ap.add_argument("--every", type=int, default=1)
    ap.add_argument("--max-terms", type=int, default=16)
    ap.add_argument("--min-gain", type=float, default=SynthConfig.min_gain)
    ap.add_argument("--keep", default=None, help="write the two fits here (seed<N>/fitted/) instead of a temporary directory")
    args = ap.parse_args()
    keep_freed_memory()
    store = AttentionStore(args.attn)
    heads = store.heads[:: args.every]
    names = [head_name(*hd) for hd in heads]
    seeds = [int(s) for s in args.seeds.split(",")]
    sets, ious, times, windows = [], [], [], []
    with tempfile.TemporaryDirectory() as scratch:
        tmp = args.keep or scratch
        for seed in seeds:
            cfg = SynthConfig(attn=args.attn, out=str(Path(tmp) / f"seed{seed}"), seed=seed, max_terms=args.max_terms,
                              min_gain=args.min_gain)
            windows.append(set(fitting_windows(store, cfg.max_train_windows, seed)[0].tolist()))
            wall, cpu = time.perf_counter(), time.process_time()
            fit_term_heads(store, Path(cfg.out), heads, cfg, progress=False)
            times.append((time.perf_counter() - wall, time.process_time() - cpu))
            sets.append(term_sets(Path(cfg.out), names))
            ious.append(chosen_iou(Path(cfg.out), names))
        agree = agreement(store, Path(tmp) / f"seed{seeds[0]}", Path(tmp) / f"seed{seeds[1]}", names)
        role_sets = [roles(store, Path(tmp) / f"seed{seed}", names) for seed in seeds[:2]]
    report(names, seeds, sets, ious, times, windows, args.max_terms, agree, role_sets)


def report(names, seeds, sets, ious, times, windows, max_terms, agree, role_sets) -> None:
    a, b = sets[0], sets[1]
    same = np.array([a[h][0] == b[h][0] for h in names])
    changed = np.array([len(a[h][0] ^ b[h][0]) for h in names])
    same_major = np.array([a[h][1] == b[h][1] for h in names])
    changed_major = np.array([len(a[h][1] ^ b[h][1]) for h in names])
    sizes = np.array([len(a[h][0]) for h in names])
    print(f"{len(names)} heads; seeds {seeds}; max terms {max_terms}; fitting windows {len(windows[0])}, "
          f"{len(windows[0] & windows[1])} shared by the two seeds")
    print("fit time: " + ", ".join(f"{w:.0f} s wall / {c:.0f} s CPU" for w, c in times))
    print(f"held-out IoU of the chosen programs: {', '.join(f'{v:.4f}' for v in ious)}")
    print(f"term set unchanged: {same.mean():.1%} of heads; changed terms (added + removed) median {np.median(changed):g}, "
          f"mean {changed.mean():.2f}; median terms per program {np.median(sizes):g}")
    print(f"major terms (>= {MAJOR:.0%} of attention) unchanged: {same_major.mean():.1%} of heads; "
          f"changed major terms median {np.median(changed_major):g}")
    print(f"behaviour: the two programs' patterns agree (held-out soft IoU) median {np.median(agree):.3f}, "
          f"min {agree.min():.3f}; >= {AGREE}: {(agree >= AGREE).mean():.1%} of heads, "
          f"of the heads whose term set changed: {(agree[~same] >= AGREE).mean():.1%}")
    ra, rb = role_sets
    print(f"roles: same leading role in {np.mean([ra[h][:1] == rb[h][:1] for h in names]):.1%} of heads, "
          f"same set of dominant roles in {np.mean([set(ra[h]) == set(rb[h]) for h in names]):.1%}")


if __name__ == "__main__":
    main()
