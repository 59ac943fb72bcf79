"""Benchmark: the Ray executor (a local cluster on this machine) against the local executor, and
the projected wall time of a 672-head model on 8 workers.

    python bench/bench_executor.py [--attn runs/demo/attn] [--programs 300] [--windows 64]

In one run, interleaved (local then Ray, stage by stage): synthesis of every head of the store
(terms form, default settings; plain local synthesis of smollm2-135m's 270 heads: ~104 s on 2
quiet cores) and scoring ``--programs`` programs (those of bench_score.py) × every head on
``--windows`` held-out windows. Prints each wall time and the Ray/local ratio (target <= 1.15;
starting the cluster is printed apart, it is paid once per command), the load average, then each
Ray loop's tasks (seconds inside a task, bytes of its piece and result, bytes shared once) and
the projection ``T(W) = S + P / W + X``:

- S, the serial part: the Ray run's wall time outside its task loops (reading the store, building
  features and contexts, writing files), scaled by heads (an upper bound: part of it does not grow);
- P, the parallel part: the sum of task seconds, scaled by heads, and for scoring loops by
  heads × programs when the programs grow with the heads (synthesis re-ranks one program per head);
- X, transfer: every piece and result once, and the shared arguments once per worker, over one
  link of ``--bandwidth`` GB/s (the driver's), scaled like P.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_score import write_variants  # noqa: E402
from surgery.executor import make_executor  # noqa: E402
from surgery.program import library_dir, load_programs  # noqa: E402
from surgery.runinfo import keep_freed_memory  # noqa: E402
from surgery.score import score_programs  # noqa: E402
from surgery.store import AttentionStore  # noqa: E402
from surgery.synthesize import SynthConfig, synthesize  # noqa: E402

DEMO_STORE = Path(__file__).resolve().parent.parent / "runs" / "demo" / "attn"


def timed(fn) -> tuple[float, float, object]:
    """(wall seconds, this process's CPU seconds, result) of ``fn()``."""
    t0, c0 = time.perf_counter(), time.process_time()
    result = fn()
    return time.perf_counter() - t0, time.process_time() - c0, result


def run_synthesis(store: Path, out: Path, executor) -> object:
    return synthesize(SynthConfig(attn=str(store), out=str(out), overwrite=True), progress=False, executor=executor)


def run_scoring(store: AttentionStore, programs: list, windows, executor) -> object:
    return score_programs(store, programs, windows=windows, progress=False, executor=executor)


def stage(name: str, local_fn, ray_fn, ray) -> dict:
    """Both sides of one stage, local first; the Ray executor's loops of this stage are kept."""
    first = len(ray.loops)
    local_s, local_cpu, local_res = timed(local_fn)
    ray_s, _, ray_res = timed(ray_fn)
    loops = ray.loops[first:]
    print(f"{name:10s} local {local_s:7.1f} s (driver CPU {local_cpu:6.1f} s)   ray {ray_s:7.1f} s   "
          f"ratio {ray_s / local_s:5.2f}  (target <= 1.15)   load {os.getloadavg()[0]:.1f}")
    return {"name": name, "local_s": local_s, "ray_s": ray_s, "loops": loops, "local": local_res, "ray": ray_res}


def describe_loops(result: dict) -> None:
    for loop in result["loops"]:
        n = len(loop.task_seconds)
        mean = lambda xs: sum(xs) / max(len(xs), 1)  # noqa: E731
        print(f"  {result['name']}: loop {loop.name}: {n} tasks, {mean(loop.task_seconds):.2f} s per task "
              f"(sum {sum(loop.task_seconds):.1f} s, loop wall {loop.wall_seconds:.1f} s), "
              f"{mean(loop.piece_bytes) / 1e6:.1f} MB in + {mean(loop.result_bytes) / 1e6:.2f} MB out per task, "
              f"{loop.common_bytes / 1e6:.1f} MB shared")


def project(result: dict, heads: int, to_heads: int, workers: int, bandwidth: float, n_programs: dict) -> float:
    """Projected Ray wall seconds at ``to_heads`` heads on ``workers`` workers (see the module docstring)."""
    grow = to_heads / heads
    serial = (result["ray_s"] - sum(loop.wall_seconds for loop in result["loops"])) * grow
    parallel = moved = 0.0
    for loop in result["loops"]:
        g = grow
        if loop.name.endswith("score_shard") and result["name"] == "synthesis":  # one program per head + library
            g = grow * (n_programs["synthesis"] - heads + to_heads) / n_programs["synthesis"]
        parallel += sum(loop.task_seconds) * g
        moved += (sum(loop.piece_bytes) + sum(loop.result_bytes)) * g + loop.common_bytes * grow * workers
    transfer = moved / (bandwidth * 1e9)
    total = serial + parallel / workers + transfer
    print(f"  {result['name']}: {to_heads} heads on {workers} workers: S {serial:.1f} s + P {parallel:.1f} s / {workers} "
          f"+ X {moved / 1e9:.2f} GB / {bandwidth:g} GB/s = {serial:.1f} + {parallel / workers:.1f} + {transfer:.1f} "
          f"= {total:.1f} s")
    return total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--attn", type=Path, default=DEMO_STORE)
    ap.add_argument("--programs", type=int, default=300)
    ap.add_argument("--windows", type=int, default=64)
    ap.add_argument("--cpus", type=int, default=os.cpu_count(), help="CPUs of the local Ray cluster")
    ap.add_argument("--to-heads", type=int, default=672, help="heads of the projected model (Llama-3.2-3B: 672)")
    ap.add_argument("--workers", type=int, default=8, help="workers of the projection")
    ap.add_argument("--bandwidth", type=float, default=1.25, help="GB/s of the driver's link (10 GbE: 1.25)")
    ap.add_argument("--skip-synthesis", action="store_true")
    args = ap.parse_args()
    keep_freed_memory()  # as the CLI does
    store = AttentionStore(args.attn)
    t0 = time.perf_counter()
    ray = make_executor("ray", num_cpus=args.cpus, object_store_memory=2 << 30)
    started = time.perf_counter() - t0
    print(f"store {args.attn}: {len(store.heads)} heads; ray local cluster of {ray.workers} CPUs started in {started:.1f} s "
          f"(not in the ratios); load {os.getloadavg()[0]:.1f}")
    results, n_programs = [], {}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        if not args.skip_synthesis:
            results.append(stage("synthesis", lambda: run_synthesis(args.attn, tmp / "local", None),
                                 lambda: run_synthesis(args.attn, tmp / "ray", ray), ray))
            n_programs["synthesis"] = len(results[-1]["ray"].heads) + len(load_programs([library_dir()])[0])
            same = all(results[-1]["local"].heads[h].program == e.program and abs(results[-1]["local"].heads[h].iou - e.iou) <= 1e-6
                       for h, e in results[-1]["ray"].heads.items())
            print(f"  same chosen programs and IoU within 1e-6: {same}")
        library, _ = load_programs([library_dir()])
        (tmp / "variants").mkdir()
        write_variants(tmp / "variants", args.programs - len(library))
        variants, _ = load_programs([tmp / "variants"], trusted=True)
        programs = (library + variants)[: args.programs]
        windows = store.heldout_windows()[: args.windows]
        results.append(stage("scoring", lambda: run_scoring(store, programs, windows, None),
                             lambda: run_scoring(store, programs, windows, ray), ray))
        a, b = results[-1]["local"], results[-1]["ray"]
        print(f"  scoring {len(programs)} programs: max |IoU difference| {abs(a.iou - b.iou).max():.2e}")
    print(f"inputs of the projection (Ray run on {ray.workers} CPUs, {len(store.heads)} heads):")
    for result in results:
        describe_loops(result)
    print(f"projection (T = S + P/W + X):")
    for result in results:
        project(result, len(store.heads), args.to_heads, args.workers, args.bandwidth, n_programs)


if __name__ == "__main__":
    main()
