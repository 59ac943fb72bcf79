"""Measured substitution cost of each head: what replacing it alone does to the model's loss.

``cost(head) = mean KL(unmodified next-token distribution || distribution with that head alone
replaced by its program)`` (nats per position, ``metric="kl"``, the default) or ``mean NLL with the
head replaced − unmodified NLL`` (nats per predicted token, ``metric="nll"``), on calibration
windows — windows from the *training* documents, never the held-out text perplexity is reported on.

KL is the default because it is the same quantity with far less noise: the NLL difference is
measured on the one token the text happens to hold next, so on a few windows it swings by about
±0.005 nats either way and some heads come out "negative" (cheaper than free), while KL compares
the whole next-token distribution at every position and is never negative. (When the text follows
the model's own distribution, KL is exactly the expected NLL increase.)

The ``min-cost`` selection strategy takes heads in increasing order of this cost; IoU says how
well a program imitates a head, the cost says how much the model minds the difference, and the
two are related but not the same.

Measuring is one forward per head, made cheaper by starting each forward at the head's layer:
the unmodified residual stream entering every block is recorded once and the substituted forward
runs only the blocks from the head's layer on (``model(resid, start_at_layer=l)``). Heads are
measured one at a time, so interactions between replaced heads are not seen: the cost of a set is
roughly, not exactly, the sum of its heads' costs (the closing figures of ``surgery eval`` measure
the set itself).
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import torch
from tqdm.auto import tqdm

from surgery.io import hooks
from surgery.io.headmap import head_name, parse_head
from surgery.substitute.plan import Head, PatternCache, PatternSource, substituted
from surgery.substitute.tune import kl, teacher_of
from surgery.io.records import read_json

METRICS = ("kl", "nll")


def _nll(logits: torch.Tensor, tokens: torch.Tensor) -> torch.Tensor:
    """Summed next-token NLL of ``tokens`` [b, T] under ``logits`` [b, T, vocab] (float64 scalar)."""
    logp = torch.log_softmax(logits[:, :-1].float(), dim=-1)  # [b, T-1, vocab]
    return -logp.gather(-1, tokens[:, 1:, None]).double().sum()


@torch.no_grad()
def measure_costs(model, programs: dict[Head, PatternSource], tokens: np.ndarray, batch_size: int = 8,
                  cache: PatternCache | None = None, progress: bool = True, metric: str = "kl",
                  top_k: int = 64) -> dict[Head, float]:
    """Cost (nats per position) of replacing each head of ``programs`` alone, on ``tokens`` [n, T].

    ``metric``: ``kl`` (the unmodified distribution kept as its ``top_k`` tokens plus the rest's
    mass, as in :mod:`surgery.substitute.tune`) or ``nll``.
    """
    if metric not in METRICS:
        raise ValueError(f"unknown cost metric {metric!r}; expected one of {', '.join(METRICS)}")
    cache = PatternCache() if cache is None else cache
    device = model.cfg.device
    batches = [torch.as_tensor(np.asarray(tokens[i:i + batch_size]), device=device)
               for i in range(0, len(tokens), batch_size)]
    layers = sorted({layer for layer, _ in programs})
    wanted = {hooks.resid_pre_hook(layer) for layer in layers}
    resid, teachers, base = [], [], 0.0
    for batch in batches:
        logits, acts = model.run_with_cache(batch, names_filter=lambda name: name in wanted)
        resid.append({layer: acts[hooks.resid_pre_hook(layer)] for layer in layers})  # [b, T, d_model]
        if metric == "kl":
            teachers.append(teacher_of(logits, top_k))
        else:
            base += float(_nll(logits, batch))
    costs = {}
    for head in tqdm(sorted(programs), desc="cost", unit="head", disable=not progress):
        layer, total = head[0], 0.0
        with substituted(model, {head: programs[head]}, cache=cache) as sub:
            for i, (batch, r) in enumerate(zip(batches, resid)):
                sub.begin(batch)
                logits = model(r[layer], start_at_layer=layer)
                if metric == "kl":  # kl() gives the mean over the batch's positions
                    every = torch.arange(batch.shape[0])
                    total += float(kl(teachers[i], every, logits)) * batch.numel()
                else:
                    total += float(_nll(logits, batch))
        costs[head] = (total - base) / _positions(batches, metric)
    return costs


def _positions(batches: list[torch.Tensor], metric: str) -> int:
    """Positions a cost is averaged over: every position (KL) or every predicted token (NLL)."""
    drop = 0 if metric == "kl" else 1
    return sum(b.shape[0] * (b.shape[1] - drop) for b in batches)


def save_costs(path: Path, costs: dict[Head, float], meta: dict, metric: str = "kl") -> None:
    from surgery.io.records import write_json

    unit = "KL, nats per position" if metric == "kl" else "NLL increase, nats per predicted token"
    write_json(path, {**meta, "metric": metric, "unit": unit,
                      "costs": {head_name(*h): c for h, c in sorted(costs.items())}})


def load_costs(path: Path) -> dict[Head, float]:
    """Costs written by :func:`save_costs` (``costs.json`` of an eval or sweep run)."""
    try:
        data = read_json(path)
        return {parse_head(name): float(c) for name, c in data["costs"].items()}
    except (OSError, ValueError, KeyError, TypeError) as err:
        raise ValueError(f"cannot read head costs from {path}: {err}") from None
