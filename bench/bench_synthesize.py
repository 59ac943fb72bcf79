"""Synthesis by search on the default model: wall time for all heads and the held-out figures.

    python bench/bench_synthesize.py [--attn runs/demo/attn] [--window 64] [--form terms|table]

Without ``--attn`` it first extracts 256 windows of ``--window`` tokens of the stories corpus
(25% of documents held out) into a temporary directory; that extraction is not counted. Prints
the seconds for fitting and re-ranking every head (target: all 270 heads of smollm2-135m in
<= 300 s on 2 cores), its CPU seconds and the load average (other jobs inflate the wall time) and the mean held-out IoU, its BOS-removed variant and the share of heads
at or above 0.75, and for the terms form the fidelity/size front (IoU at 1, 2, 4 ... 32 terms).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from surgery.io.records import keep_freed_memory  # noqa: E402
from surgery.synthesize.synthesize import SynthConfig, synthesize  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--attn", default=None, help="attention store; default: extract one first")
    ap.add_argument("--window", type=int, default=64)
    ap.add_argument("--form", default="terms", choices=("terms", "table"))
    args = ap.parse_args()
    keep_freed_memory()  # as the CLI does
    with tempfile.TemporaryDirectory() as tmp:
        attn = args.attn or extract_store(Path(tmp) / "attn", args.window)
        start, cpu = time.perf_counter(), time.process_time()
        headmap = synthesize(SynthConfig(attn=str(attn), out=str(Path(tmp) / "programs"), form=args.form), progress=False)
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        front_file = Path(tmp) / "programs" / "front.json"
        front = json.loads(front_file.read_text()) if front_file.exists() else None
    ious = np.array([e.iou for e in headmap.heads.values()])
    no_bos = np.array([e.iou_no_bos for e in headmap.heads.values()])
    print(f"store: {attn}; {len(ious)} heads; form {args.form}")
    print(f"synthesis (fit + re-rank)  {seconds:7.1f} s wall (target <= 300 s), {cpu:.0f} s CPU; "
          f"load average {os.getloadavg()[0]:.1f}")
    print(f"held-out mean IoU {ious.mean():.3f}   no-BOS {no_bos.mean():.3f}   heads >= 0.75: {(ious >= 0.75).mean():.1%}")
    if front:
        points = "  ".join(f"K={lv}: {v:.3f}" for lv, v in zip(front["levels"], front["mean_heldout"]))
        print(f"front (terms form, mean held-out IoU of the fit): {points}; median chosen terms {front['median_chosen_terms']:g}")


def extract_store(out: Path, window: int) -> Path:
    from surgery.extract import ExtractConfig, extract

    extract(ExtractConfig(out=str(out), n_windows=256, window=window), progress=False)
    return out


if __name__ == "__main__":
    main()
