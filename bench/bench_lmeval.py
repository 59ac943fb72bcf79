"""Our lm-eval adapter (HookedLM) vs lm-eval's own HFLM on the same model and task, ratio in one run.

    python bench/bench_lmeval.py [--task hs_arc_easy] [--limit 40] [--batch 16]

Both wrap SmolLM2-135M from the embedded GGUF (HFLM the transformers model, HookedLM its
TransformerLens conversion) and run ``simple_evaluate`` on the same offline task; HFLM is given
``add_bos_token=True`` so both score ``[BOS] + context + continuation``. Accuracies should agree
(a correctness check of the adapter); the time ratio HookedLM / HFLM is printed.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from evals import tasks as evtasks  # noqa: E402
from evals.lm import HookedLM  # noqa: E402


def models(device: str):
    from surgery.models import _hf_to_tl, _load_hf_gguf, smollm2_gguf_path, transposed_layout  # private: bench only

    hf_model, tokenizer = _load_hf_gguf(smollm2_gguf_path())
    hf_model.eval()
    tl_model = _hf_to_tl(hf_model, tokenizer, "smollm2-135m").eval()
    transposed_layout(tl_model)  # as load_model does
    return hf_model.to(device), tl_model.to(device), tokenizer


def run(lm, task: str, limit: int) -> tuple[float, dict]:
    start = time.perf_counter()
    out = evtasks.evaluate_tasks(lm, [task], limit=limit)[task]
    return time.perf_counter() - start, out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--task", default="hs_arc_easy")
    ap.add_argument("--limit", type=int, default=40)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
    args = ap.parse_args()
    torch.set_num_threads(int(os.environ.get("OMP_NUM_THREADS", torch.get_num_threads())))
    from lm_eval.models.huggingface import HFLM

    hf_model, tl_model, tokenizer = models(args.device)
    hflm = HFLM(pretrained=hf_model, tokenizer=tokenizer, batch_size=args.batch, add_bos_token=True, device=args.device)
    ours = HookedLM(tl_model, batch_size=args.batch)
    run(ours, args.task, 2)  # warm-up (dataset cache, kernels)
    t_hf, r_hf = run(hflm, args.task, args.limit)
    t_ours, r_ours = run(ours, args.task, args.limit)
    print(f"model: smollm2-135m (real weights); device {args.device}; task {args.task}, limit {args.limit}, "
          f"batch {args.batch}")
    print(f"HFLM      {t_hf:7.2f} s   acc {r_hf['acc']:.3f}  acc_norm {r_hf.get('acc_norm', float('nan')):.3f}")
    print(f"HookedLM  {t_ours:7.2f} s   acc {r_ours['acc']:.3f}  acc_norm {r_ours.get('acc_norm', float('nan')):.3f}")
    print(f"ratio HookedLM / HFLM: {t_ours / t_hf:.3f}")


if __name__ == "__main__":
    main()
