"""Request-by-request comparison of two lm-eval models (our HookedLM against lm-eval's HFLM).

    ref = reference_hflm(hf_model, tokenizer, batch_size=16)       # lm-eval's own wrapper
    insts = task_instances("hs_arc_easy", limit=40)
    table = compare(insts, ref.loglikelihood(insts), ours.loglikelihood(insts), "hs_arc_easy")

Both models see the same ``Instance`` objects, built by lm-eval's task code; :func:`compare`
reports the largest log-prob difference (absolute and per continuation token), the requests whose
is-greedy flag differs, and each model's acc / acc_norm computed by the task's own
``process_results`` on the same documents.

BOS: HFLM's ``add_bos_token=True`` only passes ``add_special_tokens=True`` to the tokenizer, and
SmolLM2's tokenizer adds nothing on it (its post-processor has no BOS), so HFLM scores
``context + continuation`` without BOS even when asked for one. :func:`reference_hflm` therefore
gives HFLM a copy of the tokenizer whose post-processor prepends BOS when ``add_bos`` is true; with
``add_bos=False`` it uses the tokenizer as it is (lm-eval's default behaviour for this model).
"""
from __future__ import annotations

import copy
from collections import defaultdict

import numpy as np


def bos_tokenizer(tokenizer, add_bos: bool):
    """``tokenizer`` itself, or a copy that prepends BOS on ``add_special_tokens=True``."""
    if not add_bos:
        return tokenizer
    tok = copy.deepcopy(tokenizer)
    tok.add_bos_token = True  # transformers rebuilds the post-processor from this flag
    probe = tok.encode("a", add_special_tokens=True)
    if not probe or probe[0] != tok.bos_token_id:
        raise ValueError(f"cannot make {type(tokenizer).__name__} prepend BOS")
    return tok


def reference_hflm(hf_model, tokenizer, batch_size: int = 16, add_bos: bool = True, device: str = "cpu",
                   max_length: int | None = None):
    """lm-eval's HFLM around a transformers model, BOS handled as the module docstring says."""
    from lm_eval.models.huggingface import HFLM

    return HFLM(pretrained=hf_model, tokenizer=bos_tokenizer(tokenizer, add_bos), batch_size=batch_size,
                add_bos_token=add_bos, device=device, max_length=max_length)


def task_instances(task_name: str, limit: int | None = None) -> tuple[object, list]:
    """(task, its zero-shot loglikelihood Instances for the first ``limit`` documents)."""
    from surgery.evaluate.tasks import needs_defaults, task_manager

    task = task_manager(needs_defaults([task_name])).load([task_name])["tasks"][task_name]
    task.set_config(key="num_fewshot", value=0)
    task.build_all_requests(limit=limit, rank=0, world_size=1)
    return task, list(task.instances)


def doc_metrics(task, instances: list, results: list[tuple[float, bool]]) -> dict[str, float]:
    """Mean of each per-document metric (acc, acc_norm, ...) from the task's ``process_results``."""
    by_doc: dict[int, list] = defaultdict(list)
    docs = {}
    for inst, res in zip(instances, results):
        by_doc[inst.doc_id].append((inst.idx, res))
        docs[inst.doc_id] = inst.doc
    sums: dict[str, list[float]] = defaultdict(list)
    for doc_id, rows in by_doc.items():
        for metric, value in task.process_results(docs[doc_id], [r for _, r in sorted(rows)]).items():
            sums[metric].append(float(value))
    return {metric: float(np.mean(values)) for metric, values in sums.items()}


def continuation_lengths(lm, instances: list) -> list[int]:
    """Tokens scored per request, as lm-eval's ``loglikelihood`` splits them."""
    out = []
    for inst in instances:
        context, continuation = inst.args
        if context == "":
            out.append(len(lm.tok_encode(continuation, add_special_tokens=False)))
        else:
            out.append(len(lm._encode_pair(context, continuation)[1]))
    return out


def compare(instances: list, ref: list[tuple[float, bool]], ours: list[tuple[float, bool]],
            n_tokens: list[int], task=None) -> dict:
    """Per-request differences and, given the task, both models' document metrics."""
    delta = np.abs(np.array([r[0] for r in ref]) - np.array([o[0] for o in ours]))
    per_token = delta / np.maximum(np.array(n_tokens, dtype=float), 1.0)
    greedy = [i for i, (r, o) in enumerate(zip(ref, ours)) if r[1] != o[1]]
    out = {
        "requests": len(instances), "max_abs_delta": float(delta.max(initial=0.0)),
        "max_delta_per_token": float(per_token.max(initial=0.0)), "greedy_mismatches": len(greedy),
        "worst_request": int(per_token.argmax()) if len(per_token) else None,
    }
    if task is not None:
        out["ref"] = doc_metrics(task, instances, ref)
        out["ours"] = doc_metrics(task, instances, ours)
    return out


def format_row(name: str, row: dict) -> str:
    metrics = " ".join(f"{m} {row['ref'][m]:.3f}/{row['ours'][m]:.3f}" for m in sorted(row.get("ref", {})))
    return (f"{name:14s} requests {row['requests']:4d}  max|Δ| {row['max_abs_delta']:.2e}  "
            f"max|Δ|/token {row['max_delta_per_token']:.2e}  greedy mismatches {row['greedy_mismatches']}  "
            f"(HFLM/ours) {metrics}")
