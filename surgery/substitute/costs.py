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
runs only the blocks from the head's layer on (:func:`surgery.io.hooks.stream_from`); a few heads of
one layer share a forward, each in its own copy of the windows. Heads are measured alone, so
interactions between replaced heads are not seen: the cost of a set is
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
from surgery.substitute.plan import Head, PatternCache, PatternSource, planned_patterns, substituted
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
                  top_k: int = 64, heads_per_forward: int = 16) -> dict[Head, float]:
    """Cost (nats per position) of replacing each head of ``programs`` alone, on ``tokens`` [n, T].

    ``metric``: ``kl`` (the unmodified distribution kept as its ``top_k`` tokens plus the rest's
    mass, as in :mod:`surgery.substitute.tune`) or ``nll``. Up to ``heads_per_forward`` heads of one layer share
    a forward: the window batch is stacked once per head, and copy ``j`` has head ``j`` alone
    replaced, so each cost is still that of its head alone.
    """
    if metric not in METRICS:
        raise ValueError(f"unknown cost metric {metric!r}; expected one of {', '.join(METRICS)}")
    if heads_per_forward < 1:
        raise ValueError(f"heads_per_forward must be at least 1, got {heads_per_forward}")
    cache = PatternCache() if cache is None else cache
    device = model.cfg.device
    batches = [torch.as_tensor(np.asarray(tokens[i:i + batch_size]), device=device)
               for i in range(0, len(tokens), batch_size)]
    resid, teachers, base = _reference(model, batches, sorted({layer for layer, _ in programs}), metric, top_k)
    costs: dict[Head, float] = {}
    bar = tqdm(total=len(programs), desc="cost", unit="head", disable=not progress)
    for group in _head_groups(sorted(programs), heads_per_forward):
        totals = np.zeros(len(group))
        for i, (batch, r) in enumerate(zip(batches, resid)):
            for j, logits in enumerate(_alone_logits(model, group, programs, batch, r[group[0][0]], cache)):
                if metric == "kl":  # kl() gives the mean over the batch's positions
                    totals[j] += float(kl(teachers[i], torch.arange(batch.shape[0]), logits)) * batch.numel()
                else:
                    totals[j] += float(_nll(logits, batch))
        for head, total in zip(group, totals):
            costs[head] = (float(total) - base) / _positions(batches, metric)
        bar.update(len(group))
    bar.close()
    return costs


def _reference(model, batches: list[torch.Tensor], layers: list[int], metric: str, top_k: int):
    """The unmodified model on each batch: the stream entering each of ``layers`` [b, T, d_model],
    and the teacher distributions (KL) or the summed NLL of all batches (NLL)."""
    wanted = {hooks.resid_pre_hook(layer) for layer in layers}
    resid, teachers, base = [], [], 0.0
    for batch in batches:
        logits, acts = model.run_with_cache(batch, names_filter=lambda name: name in wanted, **hooks.forward_kwargs())
        resid.append({layer: acts[hooks.resid_pre_hook(layer)] for layer in layers})
        if metric == "kl":
            teachers.append(teacher_of(logits, top_k))
        else:
            base += float(_nll(logits, batch))
    return resid, teachers, base


def _head_groups(heads: list[Head], size: int) -> list[list[Head]]:
    """Sorted heads in groups of at most ``size``, each group within one layer."""
    groups: list[list[Head]] = []
    for head in heads:
        if groups and groups[-1][0][0] == head[0] and len(groups[-1]) < size:
            groups[-1].append(head)
        else:
            groups.append([head])
    return groups


def _alone_logits(model, group: list[Head], programs: dict[Head, PatternSource], batch: torch.Tensor,
                  resid: torch.Tensor, cache: PatternCache):
    """Logits [b, T, vocab] of ``batch`` with each head of ``group`` (one layer) replaced alone, in order.

    One forward from the layer over the batch stacked ``len(group)`` times (``resid`` [b, T, d_model]
    is the unmodified stream entering the layer); copy ``j`` has head ``group[j]`` replaced.
    """
    layer, b, g = group[0][0], batch.shape[0], len(group)
    patterns = []
    for head in group:  # each head alone, so heads sharing one program file are still measured apart
        _, pattern = planned_patterns(model, {head: programs[head]}, batch, cache=cache)[layer]  # [b, 1, T, T]
        patterns.append(pattern[:, 0])
    stacked = torch.stack(patterns)  # [g, b, T, T]
    heads = torch.tensor([h for _, h in group], device=stacked.device)

    def write(pattern: torch.Tensor, hook) -> torch.Tensor:
        out = pattern.clone()  # [g*b, n_heads, T, T]
        out.view(g, b, *out.shape[1:])[torch.arange(g, device=out.device), :, heads] = stacked.to(out.dtype)
        return out

    inputs = hooks.block_inputs(model, resid.shape[1])  # recorded before the hook is in place
    with model.hooks(fwd_hooks=[(hooks.pattern_hook(layer), write)]):
        final = hooks.stream_from(model, resid.repeat(g, 1, 1), layer, inputs)
    for j in range(g):  # the unembedding one copy at a time bounds the memory to one batch of logits
        yield hooks.unembed(model, final[j * b:(j + 1) * b])


def _positions(batches: list[torch.Tensor], metric: str) -> int:
    """Positions a cost is averaged over: every position (KL) or every predicted token (NLL)."""
    return sum(positions(b.shape, metric) for b in batches)


def positions(shape: tuple[int, ...], metric: str) -> int:
    """Positions :func:`measure_costs` averages over on windows of ``shape`` [n, T]: n × T (KL) or
    n × (T - 1) (NLL)."""
    return shape[0] * (shape[1] - (0 if metric == "kl" else 1))


def pooled_costs(parts: list[tuple[dict[Head, float], np.ndarray]], metric: str = "kl",
                 heads: list[Head] | None = None) -> dict[Head, float]:
    """Each head's cost over all the windows of ``parts`` (costs measured on windows [n, T], of any
    lengths): the mean of the parts weighted by their :func:`positions`, what one pass over every
    window would give. ``heads``: these only (each measured in every part), else those of the first.

    >>> pooled_costs([({(0, 1): 0.25}, np.zeros((1, 8))), ({(0, 1): 0.5}, np.zeros((1, 24)))])
    {(0, 1): 0.4375}
    """
    weights = [positions(tokens.shape, metric) for _, tokens in parts]
    total = sum(weights)
    heads = list(parts[0][0]) if heads is None else heads
    return {h: sum(w / total * costs[h] for w, (costs, _) in zip(weights, parts)) for h in heads}


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
