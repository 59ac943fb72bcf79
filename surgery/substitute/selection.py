"""Which heads to replace, and with what: selection strategies and control replacements.

Strategies (the ``--strategy`` text):

- ``best-iou`` (default): the k heads with the highest held-out IoU first;
- ``worst-iou``: the k lowest first;
- ``min-cost``: the k heads whose replacement alone changes the model's next-token distribution
  least first (KL from the unmodified model, or the NLL increase), as measured by
  :mod:`surgery.substitute.costs` on calibration (training) windows; ties break by (layer, head);
- ``random``: the first k of one seeded permutation of the candidate heads, so the set for a
  smaller fraction is always a subset of the set for a larger one (same seed);
- ``layers:A-B`` (or ``layers:A``): every candidate head in layers A..B inclusive — the fraction is
  ignored;
- an explicit list ``L0H1,L3H2`` (``heads:`` prefix optional) — the fraction is ignored.

Candidates are the heads that have a program. ``k = round(f × n_heads_total)`` with halves rounded
up, where ``n_heads_total = n_layers × n_heads`` counts every (query) head of the model, with or
without a program; ``f`` outside [0, 1] is a ``ValueError``. Ties in IoU break by (layer, head).

Controls replace the selected heads with something else than their own program:
``uniform`` (a uniform causal pattern, normalized by ``surgery.runtime.program.normalize``) and
``wrong-head`` (each head gets the program of another candidate head: a seeded derangement).
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

import numpy as np

from surgery.io.headmap import parse_head
from surgery.runtime.program import load_program
from surgery.substitute.plan import Head, PatternSource, Plan

STRATEGIES = ("best-iou", "worst-iou", "min-cost", "random", "layers:A-B", "L0H1,L3H2")
CONTROLS = ("none", "uniform", "wrong-head")


@dataclass(frozen=True)
class Strategy:
    """A parsed ``--strategy``: its kind and, for ``layers``/``list``, what it names."""

    kind: str  # best-iou | worst-iou | min-cost | random | layers | list
    layers: tuple[int, int] | None = None  # inclusive layer range for ``layers``
    heads: tuple[Head, ...] = ()  # the named heads for ``list``

    @property
    def uses_fraction(self) -> bool:
        return self.kind in ("best-iou", "worst-iou", "min-cost", "random")


def n_to_replace(fraction: float, n_total: int) -> int:
    """``round(fraction × n_total)``, halves up; ``fraction`` must lie in [0, 1].

    >>> n_to_replace(0.25, 270)
    68
    """
    if not (isinstance(fraction, (int, float)) and 0.0 <= fraction <= 1.0):
        raise ValueError(f"fraction must be between 0 and 1, got {fraction}")
    return int(math.floor(fraction * n_total + 0.5))


def parse_strategy(text: str) -> Strategy:
    text = text.strip()
    if text in ("best-iou", "worst-iou", "min-cost", "random"):
        return Strategy(text)
    if text.startswith("layers:"):
        m = re.fullmatch(r"(\d+)(?:-(\d+))?", text[len("layers:"):])
        if not m:
            raise ValueError(f"layer range must look like layers:0-5, got '{text}'")
        lo, hi = int(m.group(1)), int(m.group(2) or m.group(1))
        if hi < lo:
            raise ValueError(f"empty layer range '{text}'")
        return Strategy("layers", layers=(lo, hi))
    names = [n.strip() for n in text.removeprefix("heads:").split(",") if n.strip()]
    try:
        heads = tuple(dict.fromkeys(parse_head(n) for n in names))
    except ValueError:
        heads = ()
    if heads:
        return Strategy("list", heads=heads)
    raise ValueError(f"unknown strategy '{text}': use one of {', '.join(STRATEGIES)}")


def select_heads(strategy: str | Strategy, fraction: float, n_total: int,
                 ious: Mapping[Head, float | None], seed: int = 0,
                 costs: Mapping[Head, float] | None = None) -> list[Head]:
    """The heads to replace, most preferred first; ``ious`` holds every candidate head.

    ``costs`` (head -> measured substitution cost) is needed by ``min-cost`` alone.
    """
    s = parse_strategy(strategy) if isinstance(strategy, str) else strategy
    k = n_to_replace(fraction, n_total)
    candidates = sorted(ious)
    if s.kind == "layers":
        return [h for h in candidates if s.layers[0] <= h[0] <= s.layers[1]]
    if s.kind == "list":
        missing = [f"L{l}H{h}" for l, h in s.heads if (l, h) not in ious]
        if missing:
            raise ValueError(f"no program for head(s) {', '.join(missing)}")
        return list(s.heads)
    if k > len(candidates):
        raise ValueError(f"fraction {fraction} asks for {k} heads but only {len(candidates)} have programs")
    return ranked(s.kind, candidates, ious, seed, costs)[:k]


def ranked(kind: str, candidates: list[Head], ious: Mapping[Head, float | None], seed: int,
           costs: Mapping[Head, float] | None = None) -> list[Head]:
    """All candidates in the order a strategy takes them (missing IoU or cost last)."""
    if kind == "min-cost":
        if costs is None:
            raise ValueError("strategy min-cost needs measured head costs (surgery.substitute.costs)")
        return _ordered(candidates, {h: costs.get(h) for h in candidates}, sign=1.0)
    if kind == "random":
        order = np.random.default_rng(seed).permutation(len(candidates))
        return [candidates[i] for i in order]
    return _ordered(candidates, ious, sign=-1.0 if kind == "best-iou" else 1.0)


def _ordered(candidates: list[Head], values: Mapping[Head, float | None], sign: float) -> list[Head]:
    """Candidates by ``sign × value`` ascending, ties by head; missing or non-finite values last."""
    missing = [h for h in candidates if values[h] is None or not np.isfinite(values[h])]
    scored = sorted((h for h in candidates if h not in missing), key=lambda h: (sign * float(values[h]), h))
    return scored + missing


class UniformCausal:
    """Control: every query attends uniformly to itself and all earlier tokens."""

    name = "uniform-causal"

    def pattern(self, ctx) -> np.ndarray:
        from surgery.runtime.program import normalize

        return normalize(np.ones((ctx.n, ctx.n), dtype=np.float32))  # [n, n]


def derangement(n: int, rng: np.random.Generator) -> np.ndarray:
    """A random permutation with no fixed point (Sattolo's algorithm); ``n >= 2``."""
    if n < 2:
        raise ValueError("a wrong-head control needs at least two heads with programs")
    perm = np.arange(n)
    for i in range(n - 1, 0, -1):
        j = int(rng.integers(0, i))
        perm[i], perm[j] = perm[j], perm[i]
    return perm


def avoid_same_source(perm: np.ndarray, sources: list, rng: np.random.Generator) -> np.ndarray:
    """Swap donors so that, where possible, no head receives the very program it already has.

    Heads can share one program file; a derangement of heads alone could hand a head its own
    program back. Best effort: a head whose program every other head shares keeps a clash.
    """
    perm = perm.copy()
    n = len(perm)

    def clash(i: int, donor: int) -> bool:
        return donor == i or sources[donor] is sources[i]

    for i in rng.permutation(n):
        if not clash(i, perm[i]):
            continue
        for j in rng.permutation(n):
            if not clash(i, perm[j]) and not clash(j, perm[i]):
                perm[i], perm[j] = perm[j], perm[i]
                break
    return perm


def build_plan(heads: list[Head], programs: Mapping[Head, PatternSource], control: str = "none",
               seed: int = 0) -> Plan:
    """Selected head -> source: its own program, a uniform pattern, or another head's program.

    For ``wrong-head`` the derangement runs over all heads in ``programs`` (so one selected head
    is enough); each selected head takes the program of the head it is mapped to.
    """
    if control == "none":
        return {h: programs[h] for h in heads}
    if control == "uniform":
        uniform = UniformCausal()
        return {h: uniform for h in heads}
    if control == "wrong-head":
        pool = sorted(programs)
        rng = np.random.default_rng(seed)
        perm = avoid_same_source(derangement(len(pool), rng), [programs[h] for h in pool], rng)
        donor = {pool[i]: pool[perm[i]] for i in range(len(pool))}
        return {h: programs[donor[h]] for h in heads}
    raise ValueError(f"unknown control '{control}': use one of {', '.join(CONTROLS)}")


def load_head_programs(headmap, base: str | Path, heads: list[Head] | None = None,
                       trusted: bool = False) -> dict[Head, PatternSource]:
    """Programs of a head map, each distinct file loaded once (shared by the heads that use it)."""

    loaded: dict[Path, PatternSource] = {}
    out: dict[Head, PatternSource] = {}
    for name in headmap.heads:
        head = parse_head(name)
        if heads is not None and head not in heads:
            continue
        path = Path(headmap.program_path(name, base)).resolve()
        if path not in loaded:
            loaded[path] = load_program(path, trusted=trusted)
        out[head] = loaded[path]
    return out


def head_ious(headmap) -> dict[Head, float | None]:
    """Held-out IoU of every head in a head map."""
    from surgery.io.headmap import parse_head

    return {parse_head(name): entry.iou for name, entry in headmap.heads.items()}
