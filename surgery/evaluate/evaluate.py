"""Stage 5 — evaluate: perplexity of the unmodified and the substituted model on held-out text.

Perplexity is token-weighted: ``exp(Σ nll / Σ tokens)`` pooled over every predicted token of
every window (each window predicts its tokens 1..T-1 from BOS onward), not a mean of per-window
perplexities. Windows come from the held-out documents of the corpus only (split 1 of
``surgery.io.corpus.make_windows`` with the extraction's seed and held-out fraction), never from the
documents programs were fit on; when the store is known its training windows are excluded too.
"""
from __future__ import annotations

import math
import time
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

import numpy as np
import torch

from surgery.io import hooks
from surgery.io.records import read_config
from surgery.io.corpus import parse_lengths
from surgery.io.store import HELDOUT
from surgery.evaluate.windows import heldout_windows, split_windows
from surgery.substitute.plan import PatternCache, Plan, substituted
from surgery.substitute.tune import TuneConfig


@dataclass(frozen=True)
class Perplexity:
    """Pooled next-token loss of one model variant over the evaluation windows."""

    nll_sum: float  # Σ negative log-likelihood (nats) over all predicted tokens
    n_tokens: int  # predicted tokens (windows × (T - 1))
    seconds: float  # wall time of the forward passes
    window_nll: tuple[float, ...] = ()  # Σ NLL of each window, in order (bootstrap intervals: surgery.evaluate.uncertainty)

    @property
    def nll(self) -> float:
        """Mean nats per token."""
        return self.nll_sum / max(self.n_tokens, 1)

    @property
    def ppl(self) -> float:
        return math.exp(self.nll)


@dataclass(frozen=True)
class PerplexityComparison:
    baseline: Perplexity
    substituted: Perplexity

    @property
    def relative_increase(self) -> float:
        """``ppl_substituted / ppl_baseline - 1`` (0.25 = 25% worse)."""
        return self.substituted.ppl / self.baseline.ppl - 1.0

    def to_json(self) -> dict:
        return {
            "baseline": _ppl_json(self.baseline),
            "substituted": _ppl_json(self.substituted),
            "relative_increase": self.relative_increase,
        }


def _ppl_json(p: Perplexity) -> dict:
    return {"ppl": p.ppl, "nll": p.nll, "n_tokens": p.n_tokens, "seconds": p.seconds, "window_nll": list(p.window_nll)}


@torch.no_grad()
def perplexity(model, tokens: np.ndarray, batch_size: int = 8, plan: Plan | None = None,
               cache: PatternCache | None = None, contexts=None) -> Perplexity:
    """Pooled perplexity of ``model`` (substituted by ``plan`` when given) on ``tokens`` [n, T]."""
    start = time.perf_counter()
    windows: list[float] = []
    n_tokens = 0
    with substituted(model, plan or {}, cache=cache, contexts=contexts):
        for lo in range(0, len(tokens), batch_size):
            batch = torch.as_tensor(np.asarray(tokens[lo:lo + batch_size]), device=model.cfg.device)  # [b, T]
            loss = model(batch, return_type="loss", loss_per_token=True, **hooks.forward_kwargs())  # [b, T-1]
            windows += loss.double().sum(-1).tolist()
            n_tokens += loss.numel()
    return Perplexity(nll_sum=float(np.sum(windows)), n_tokens=n_tokens, seconds=time.perf_counter() - start,
                      window_nll=tuple(windows))


def compare_perplexity(model, tokens: np.ndarray, plan: Plan, batch_size: int = 8,
                       cache: PatternCache | None = None, contexts=None) -> PerplexityComparison:
    """Unmodified and substituted perplexity on the same windows, in one run."""
    base = perplexity(model, tokens, batch_size)
    sub = perplexity(model, tokens, batch_size, plan=plan, cache=cache, contexts=contexts)
    return PerplexityComparison(baseline=base, substituted=sub)


# --- one evaluation run: config, set-up, variants ----------------------------------------------


@dataclass(frozen=True)
class EvalConfig:
    """Settings of ``surgery eval`` / ``surgery sweep``; CLI flags map one-to-one onto fields."""

    programs: str  # directory holding heads.json (and the programs it names)
    out: str  # output directory
    model: str = "smollm2-135m"  # model name or path (see surgery.io.models)
    fraction: float = 0.25  # share of all heads to replace: k = round(f × n_heads_total)
    strategy: str = "best-iou"  # best-iou | worst-iou | min-cost | random | layers:A-B | L0H1,L3H2
    control: str = "none"  # none | uniform | wrong-head: what replaces the selected heads
    ppl: bool = True  # measure perplexity on held-out windows
    tasks: str = ""  # comma-separated QA tasks (arc_easy, piqa, ...; see surgery.evaluate.tasks)
    task_source: str = "local"  # local (offline hs_* copies) | hub (lm-eval's own tasks)
    limit: int | None = None  # documents per task (None = all)
    corpus: str = "stories"  # corpus for perplexity (see surgery.io.corpus)
    window: int = 128  # tokens per perplexity window, BOS included
    n_windows: int = 64  # held-out windows for perplexity
    ppl_lengths: str = ""  # comma-separated further window lengths perplexity is also measured at, e.g. 512
    heldout_frac: float = 0.25  # as in extract: the document split that decides held-out text
    split_seed: int = 0  # as in extract's --seed: the document split
    store: str | None = None  # the store programs were fit on: its corpus/split are used, its windows excluded
    batch_size: int = 8  # sequences per forward pass
    costs: str | None = None  # min-cost: costs.json of an earlier run to reuse instead of measuring
    cost_windows: int = 16  # min-cost: training windows the head costs are measured on
    cost_window: str | None = None  # min-cost: tokens per cost window, comma-separated lengths, e.g. 64,512 (None: the store's windows, else --window)
    cost_screen: int = 2  # min-cost: windows of a first pass over every head; only the cheapest 2k + 16 get all (0: off)
    cost_metric: str = "kl"  # min-cost: kl | nll (see surgery.substitute.costs)
    seed: int = 0  # random strategy and wrong-head control
    tune_steps: int = 0  # > 0: fit the selected programs' numbers to the model's loss first (surgery.substitute.tune)
    tune_windows: int = 192  # training windows the tuning sees (with tune_lengths: windows of the first length)
    tune_lengths: str = ""  # comma-separated tokens per tuning window, e.g. 64,256 ("": the store's windows, else window)
    tune_valid_windows: int = 0  # > 0: validation windows (training documents never tuned on) pick the best step
    tune_every: int = TuneConfig.eval_every  # steps between two validation measurements
    tune_patience: int = TuneConfig.patience  # validation measurements without gain before tuning stops (0: never)
    trusted: bool = False  # run generated programs in-process instead of the sandbox
    device: str = "cpu"
    skip_failing_heads: bool = False  # leave heads whose programs fail on the evaluation's windows unreplaced (eval)


@dataclass
class EvalSetup:
    """What every variant of a run shares: the model, programs, evaluation data and cache."""

    model: object
    programs: dict  # (layer, head) -> Program
    ious: dict  # (layer, head) -> held-out IoU
    ppl_tokens: np.ndarray | None  # int64 [n, window] held-out windows, None without --ppl
    tasks: list[str]  # resolved lm-eval task names
    cache: PatternCache
    costs: dict | None = None  # (layer, head) -> measured substitution cost (min-cost only)

    @property
    def n_heads_total(self) -> int:
        return self.model.cfg.n_layers * self.model.cfg.n_heads


def setup(cfg: EvalConfig, model=None, docs: list[str] | None = None, pool=None) -> EvalSetup:
    """Validate the config, then load programs, model and held-out windows (cheap checks first).

    ``pool``: model actors of a Ray executor (:func:`surgery.evaluate.parallel.model_pool`) that
    measure the min-cost head costs; None measures them here."""
    from surgery.evaluate.tasks import resolve_tasks
    from surgery.io.headmap import HeadMap
    from surgery.substitute.selection import head_ious, load_head_programs, parse_strategy

    parse_strategy(cfg.strategy)
    if not Path(cfg.programs).is_dir():
        raise FileNotFoundError(f"programs directory not found: {cfg.programs}")
    tasks = resolve_tasks([t.strip() for t in cfg.tasks.split(",") if t.strip()], cfg.task_source)
    headmap = HeadMap.load(cfg.programs)
    programs = load_head_programs(headmap, Path(cfg.programs), trusted=cfg.trusted)
    if model is None:
        from surgery.io.models import load_model

        model = load_model(cfg.model, device=cfg.device)
    tokens = _ppl_tokens(cfg, model, docs) if cfg.ppl else None
    s = EvalSetup(model=model, programs=programs, ious=head_ious(headmap), ppl_tokens=tokens,
                  tasks=tasks, cache=PatternCache())
    if parse_strategy(cfg.strategy).kind == "min-cost":
        s.costs = _head_costs(cfg, s, docs, pool)
    return s


def _head_costs(cfg: EvalConfig, s: EvalSetup, docs: list[str] | None, pool=None) -> dict:
    """Costs from ``cfg.costs`` when given, else measured on training windows (saved as costs.json).

    The windows are one group per length of ``cfg.cost_window`` (:func:`cost_groups`); a head's cost
    is the position-weighted mean over every window of every group. With ``cfg.cost_screen`` (fewer
    than ``cfg.cost_windows``), every head is first measured on the first :func:`screen_counts`
    windows of each group only; the cheapest :func:`refined_count` heads are then measured on the
    other windows too, and their cost is the position-weighted mean over all of them (what a single
    pass on every window gives). The others keep their screening cost: they are far from being chosen.
    """
    from surgery.io.headmap import head_name
    from surgery.substitute.costs import load_costs, pooled_costs, save_costs

    if cfg.costs:
        return load_costs(Path(cfg.costs))
    groups = cost_groups(cfg, s.model, docs)
    measure = partial(_measure_costs, cfg, s, pool)
    keep = refined_count(cfg.fraction, s.n_heads_total)
    shapes = [list(g.shape) for g in groups]
    meta = {"model": cfg.model, "programs": cfg.programs, "windows": shapes[0] if len(groups) == 1 else shapes}
    screen = screen_counts([len(g) for g in groups], cfg.cost_screen, cfg.cost_windows)
    if 0 < cfg.cost_screen and sum(screen) < sum(map(len, groups)) and keep < len(s.programs):
        coarse = [(measure(s.programs, g[:k]), g[:k]) for g, k in zip(groups, screen)]
        first = pooled_costs(coarse, cfg.cost_metric)
        cheap = sorted(first, key=lambda h: (first[h], h))[:keep]
        rest = [(measure({h: s.programs[h] for h in cheap}, g[k:]), g[k:]) for g, k in zip(groups, screen) if k < len(g)]
        costs = {**first, **pooled_costs(coarse + rest, cfg.cost_metric, heads=cheap)}
        meta["screen"] = {"windows": screen[0] if len(groups) == 1 else screen,
                          "refined": [head_name(*h) for h in sorted(cheap)]}
    else:
        costs = pooled_costs([(measure(s.programs, g), g) for g in groups], cfg.cost_metric)
    save_costs(Path(cfg.out) / "costs.json", costs, meta, cfg.cost_metric)
    return costs


def cost_groups(cfg: EvalConfig, model, docs: list[str] | None) -> list[np.ndarray]:
    """The cost windows, int64 [n, T] per length of ``cfg.cost_window`` (None: one group, the store's
    training windows, else ``cfg.window``'s): :func:`calibration_windows` of each length, the tokens of
    ``cfg.cost_windows`` windows of the first length split equally across the lengths (:func:`budget_split`)."""
    lengths = parse_lengths(cfg.cost_window or "")
    if not lengths:
        return [calibration_windows(cfg, model, docs)]
    counts = budget_split(cfg.cost_windows, lengths) if len(lengths) > 1 else [cfg.cost_windows]
    return [calibration_windows(cfg, model, docs, n=n, length=t) for t, n in zip(lengths, counts)]


def screen_counts(sizes: list[int], cost_screen: int, cost_windows: int) -> list[int]:
    """Screening windows of each cost group (``sizes``: its windows): ``cost_screen`` of one group,
    else ``cost_screen`` in ``cost_windows`` of each group (at least one), never more than it holds.

    >>> screen_counts([16], 2, 16), screen_counts([8, 1], 2, 16)
    ([2], [1, 1])
    """
    if len(sizes) == 1:
        return [min(cost_screen, sizes[0])]
    return [min(n, max(1, round(n * cost_screen / cost_windows))) for n in sizes]


def budget_split(n_windows: int, lengths: list[int]) -> list[int]:
    """Windows per length holding about the tokens of ``n_windows`` windows of ``lengths[0]``, in
    equal shares (at least one window each).

    >>> budget_split(96, [64, 256])
    [48, 12]
    """
    share = n_windows * lengths[0] / len(lengths)
    return [max(1, round(share / t)) for t in lengths]


def refined_count(fraction: float, n_heads_total: int) -> int:
    """Heads measured on every cost window after screening: twice the heads a run replaces, plus 16.

    >>> refined_count(0.25, 270)
    152
    """
    return 2 * round(fraction * n_heads_total) + 16


def _measure_costs(cfg: EvalConfig, s: EvalSetup, pool, programs: dict, tokens: np.ndarray) -> dict:
    from surgery.substitute.costs import measure_costs

    if pool is None:
        return measure_costs(s.model, programs, tokens, cfg.batch_size, cache=s.cache, metric=cfg.cost_metric)
    return spread_costs(pool, programs, tokens, cfg)


def spread_costs(pool, programs: dict, tokens, cfg: EvalConfig, progress: bool = True) -> dict:
    """Every head's substitution cost (:func:`surgery.substitute.costs.measure_costs`) on a model pool
    (:func:`surgery.evaluate.parallel.model_pool`): about two chunks of heads per actor."""
    heads = sorted(programs)
    size = max(1, -(-len(heads) // (2 * len(pool.actors))))
    chunks = [{h: programs[h] for h in heads[i:i + size]} for i in range(0, len(heads), size)]
    costs = {}
    for _, part in pool.map(chunk_costs, chunks, (tokens, cfg.batch_size, cfg.cost_metric), desc="cost", unit="head",
                            weights=[len(c) for c in chunks], progress=progress):
        costs.update(part)
    return {h: costs[h] for h in heads}


def chunk_costs(bench, programs: dict, tokens, batch_size: int, metric: str) -> dict:
    from surgery.substitute.costs import measure_costs

    return measure_costs(bench.model, programs, tokens, batch_size, cache=bench.cache, progress=False, metric=metric)


def calibration_windows(cfg: EvalConfig, model, docs: list[str] | None, n: int | None = None,
                        length: int | None = None) -> np.ndarray:
    """``n`` (default ``cfg.cost_windows``) windows from the training documents: the store's own
    training windows when ``cfg.store`` is given, else training-split windows of the corpus of
    ``cfg.window`` tokens. ``length``: windows of that many tokens from the training documents
    (the store's corpus and split when it is given) instead."""
    from surgery.io.corpus import load_documents
    from surgery.io.models import bos_id

    n = cfg.cost_windows if n is None else n
    corpus, seed, frac = cfg.corpus, cfg.split_seed, cfg.heldout_frac
    if cfg.store:
        from surgery.io.store import AttentionStore

        store = AttentionStore(cfg.store)
        if length is None:
            return np.asarray(store.tokens[store.split != HELDOUT][:n])
        corpus, seed, frac = store.meta.corpus, store.meta.seed, store.meta.heldout_frac or cfg.heldout_frac
        docs = None if corpus != cfg.corpus else docs
    docs = load_documents(corpus) if docs is None else docs
    return split_windows(model.tokenizer, docs, length or cfg.window, n, frac, seed, bos_id(model), heldout=False)


def _ppl_tokens(cfg: EvalConfig, model, docs: list[str] | None) -> np.ndarray:
    from surgery.io.corpus import load_documents
    from surgery.io.models import bos_id

    corpus, seed, frac, exclude = cfg.corpus, cfg.split_seed, cfg.heldout_frac, None
    if cfg.store:
        from surgery.io.store import AttentionStore

        store = AttentionStore(cfg.store)
        corpus, seed, frac = store.meta.corpus, store.meta.seed, store.meta.heldout_frac
        if frac is None:  # a store written before store.json recorded its split: its extract config says
            from surgery.extract import ExtractConfig

            conf = Path(cfg.store) / "config.json"
            frac = read_config(conf, ExtractConfig).heldout_frac if conf.exists() else cfg.heldout_frac
        exclude = store.tokens[store.split != HELDOUT]
    docs = load_documents(corpus) if docs is None else docs
    return heldout_windows(model.tokenizer, docs, cfg.window, cfg.n_windows, frac, seed, bos_id(model), exclude)


def choose(s: EvalSetup, strategy: str, fraction: float, control: str, seed: int) -> tuple[list, dict]:
    """Selected heads and the plan that replaces them."""
    from surgery.substitute.selection import build_plan, select_heads

    heads = select_heads(strategy, fraction, s.n_heads_total, s.ious, seed, costs=s.costs)
    return heads, build_plan(heads, s.programs, control, seed)


def measure(s: EvalSetup, plan: dict, cfg: EvalConfig) -> dict:
    """Perplexity and QA accuracy of one variant (``plan`` empty = the unmodified model)."""
    from surgery.evaluate.lm import HookedLM
    from surgery.evaluate.tasks import evaluate_tasks

    out: dict = {"timing": {}}
    if s.ppl_tokens is not None:
        p = perplexity(s.model, s.ppl_tokens, cfg.batch_size, plan=plan, cache=s.cache)
        out["perplexity"] = _ppl_json(p)
        out["timing"]["ppl_s"] = p.seconds
    for length in further_lengths(cfg):
        tokens = _ppl_tokens(replace(cfg, window=length), s.model, None)
        p = perplexity(s.model, tokens, cfg.batch_size, plan=plan, cache=s.cache)
        out.setdefault("perplexity_at", {})[str(length)] = _ppl_json(p)
        out["timing"][f"ppl_{length}_s"] = p.seconds
    if s.tasks:
        start = time.perf_counter()
        lm = HookedLM(s.model, plan=plan, batch_size=cfg.batch_size, cache=s.cache)
        out["tasks"] = evaluate_tasks(lm, s.tasks, limit=cfg.limit, seed=cfg.seed)
        out["timing"]["tasks_s"] = time.perf_counter() - start
    return out


def further_lengths(cfg: EvalConfig) -> list[int]:
    """The lengths of ``cfg.ppl_lengths`` (``"256,512"`` -> [256, 512]), none without perplexity."""
    return parse_lengths(cfg.ppl_lengths) if cfg.ppl else []


def relative_at(base: dict, sub: dict, seed: int = 0) -> dict:
    """Per further length: both perplexities, the relative increase and its paired bootstrap interval."""
    from surgery.evaluate.uncertainty import from_results

    out = {}
    for length, b in base.get("perplexity_at", {}).items():
        s = sub["perplexity_at"][length]
        out[length] = {"windows": len(b["window_nll"]), "baseline": b["ppl"], "substituted": s["ppl"],
                       "relative_increase": s["ppl"] / b["ppl"] - 1.0,
                       "ci95": from_results({"perplexity": b}, {"perplexity": s}, seed=seed)}
    return out


def relative(base: dict, sub: dict) -> float | None:
    """Relative perplexity increase of ``sub`` over ``base`` (None without perplexity)."""
    if "perplexity" not in base:
        return None
    return sub["perplexity"]["ppl"] / base["perplexity"]["ppl"] - 1.0


def describe_plan(heads: list, plan: dict) -> dict:
    from surgery.io.headmap import head_name

    return {head_name(*h): plan[h].name for h in heads}
