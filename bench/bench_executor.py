"""Benchmark: the Ray executor (a local cluster on this machine) against the local executor, and
the projected wall time of a 672-head model on 8 workers.

    python bench/bench_executor.py [--attn runs/demo/attn] [--programs 300] [--windows 64]

In one run, interleaved (local then Ray, stage by stage): synthesis of every head of the store
(terms form, default settings; plain local synthesis of smollm2-135m's 270 heads: ~104 s on 2
quiet cores) and scoring ``--programs`` programs (those of bench_score.py) × every head on
``--windows`` held-out windows. Prints each wall time and the Ray/local ratio (target <= 1.15;
starting the cluster is printed apart, it is paid once per command), the load average, then each
Ray loop's tasks (seconds inside a task, bytes of its piece and result, bytes shared once) and
the projection ``T(W) = S + P / W + X``, from CPU seconds (on a machine shared with other jobs,
wall times are inflated by the load; the CPU seconds of single-threaded tasks are not much):

- S, the serial part: the Ray command's own CPU seconds (reading the store, building features and
  contexts, feeding the tasks, writing files), scaled by heads (an upper bound: part of it does not
  grow, and feeding overlaps the tasks);
- P, the parallel part: the sum of the tasks' CPU seconds, scaled by heads, and for the
  re-ranking by heads × programs (synthesis re-ranks one program per head);
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
from surgery.runtime.executors import make_executor  # noqa: E402
from surgery.runtime.program import library_dir, load_programs  # noqa: E402
from surgery.io.records import keep_freed_memory  # noqa: E402
from surgery.score import score_programs  # noqa: E402
from surgery.io.store import AttentionStore  # noqa: E402
from surgery.synthesize.synthesize import SynthConfig, synthesize  # noqa: E402

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
    """Both sides of one stage, local first; the Ray executor's loops of this stage are kept.

    Besides wall time, CPU seconds: the local process's (all its threads), and the Ray command's
    own plus its tasks' (measured inside each task): the ratio that a loaded machine distorts least."""
    first = len(ray.loops)
    load0 = os.getloadavg()[0]
    local_s, local_cpu, local_res = timed(local_fn)
    ray_s, driver_cpu, ray_res = timed(ray_fn)
    loops = ray.loops[first:]
    task_cpu = sum(sum(loop.task_cpu_seconds) for loop in loops)
    print(f"{name:10s} wall: local {local_s:7.1f} s, ray {ray_s:7.1f} s, ratio {ray_s / local_s:5.2f} (target <= 1.15); "
          f"CPU: local {local_cpu:7.1f} s, ray {driver_cpu + task_cpu:7.1f} s (command {driver_cpu:.1f} + tasks "
          f"{task_cpu:.1f}), ratio {(driver_cpu + task_cpu) / local_cpu:5.2f}; load {load0:.1f} -> {os.getloadavg()[0]:.1f}",
          flush=True)
    return {"name": name, "local_s": local_s, "ray_s": ray_s, "loops": loops, "local": local_res, "ray": ray_res,
            "driver_cpu": driver_cpu, "local_cpu": local_cpu}


def describe_loops(result: dict) -> None:
    for loop in result["loops"]:
        n = len(loop.task_seconds)
        mean = lambda xs: sum(xs) / max(len(xs), 1)  # noqa: E731
        print(f"    loop {loop.name}: {n} tasks, {mean(loop.task_seconds):.2f} s per task "
              f"({mean(loop.task_cpu_seconds):.2f} s CPU) "
              f"(sum {sum(loop.task_seconds):.1f} s, loop wall {loop.wall_seconds:.1f} s), "
              f"{mean(loop.piece_bytes) / 1e6:.1f} MB in + {mean(loop.result_bytes) / 1e6:.2f} MB out per task, "
              f"{loop.common_bytes / 1e6:.1f} MB shared")


def project(result: dict, heads: int, to_heads: int, workers: int, bandwidth: float, n_programs: dict) -> float:
    """Projected Ray wall seconds at ``to_heads`` heads on ``workers`` workers (see the module docstring)."""
    grow = to_heads / heads
    serial = result["driver_cpu"] * grow
    parallel = moved = 0.0
    for loop in result["loops"]:
        g = grow
        if loop.name.endswith("score_shard") and result["name"] == "synthesis":  # one program per head + library
            g = grow * (n_programs["synthesis"] - heads + to_heads) / n_programs["synthesis"]
        parallel += sum(loop.task_cpu_seconds) * g
        moved += (sum(loop.piece_bytes) + sum(loop.result_bytes)) * g + loop.common_bytes * grow * workers
    transfer = moved / (bandwidth * 1e9)
    total = serial + parallel / workers + transfer
    print(f"  projection, {to_heads} heads on {workers} workers: S {serial:.1f} s + P {parallel:.1f} s / {workers} "
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
        report(results[-1], len(store.heads), args, n_programs)
        if not args.skip_synthesis:
            results.append(stage("synthesis", lambda: run_synthesis(args.attn, tmp / "local", None),
                                 lambda: run_synthesis(args.attn, tmp / "ray", ray), ray))
            n_programs["synthesis"] = len(results[-1]["ray"].heads) + len(load_programs([library_dir()])[0])
            same = all(results[-1]["local"].heads[h].program == e.program and abs(results[-1]["local"].heads[h].iou - e.iou) <= 1e-6
                       for h, e in results[-1]["ray"].heads.items())
            print(f"  same chosen programs and IoU within 1e-6: {same}")
            report(results[-1], len(store.heads), args, n_programs)


def report(result: dict, heads: int, args, n_programs: dict) -> None:
    """The inputs of the projection (the Ray run's tasks) and the projection of one stage."""
    print(f"  inputs: the Ray command used {result['driver_cpu']:.1f} s CPU itself; its loops:")
    describe_loops(result)
    project(result, heads, args.to_heads, args.workers, args.bandwidth, n_programs)


if __name__ == "__main__":
    main()
