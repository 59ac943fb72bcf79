"""``eval`` and ``sweep`` on an executor's model actors: head costs, variants and sweep points.

Each actor holds a :class:`Workbench` (one model and its pattern cache). What a piece needs
besides the model travels with it or as a shared argument: programs (with their source text, see
``Program.__getstate__``), held-out windows, task names, costs. The local executor does not come
here: ``surgery eval`` and ``surgery sweep`` then run as they always have, in this process.

- min-cost: the heads are cut into about two chunks per actor; each actor measures its chunk's
  costs with :func:`surgery.substitute.costs.measure_costs` (it records the unmodified model's residual
  stream and next-token distribution for its chunk itself), on the same windows and batches as
  the local run, so each head's cost is the same number.
- eval: the unmodified and the substituted model (perplexity, then QA) are two pieces.
- sweep: each point (fraction × strategy, with the control) is a piece: choose the heads, tune
  (when asked; the tuned programs are written under ``--out`` by the actor, so on several nodes
  ``--out`` and ``--store`` must be on a shared path), measure.
"""
from __future__ import annotations

from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from functools import partial

from surgery.evaluate.evaluate import EvalConfig, EvalSetup, measure


@dataclass
class Workbench:
    """What a model actor keeps between pieces: the model and its pattern cache."""

    model: object
    cache: object

    @classmethod
    def load(cls, name: str, device: str = "cpu") -> "Workbench":
        from surgery.io.models import load_model
        from surgery.substitute.plan import PatternCache

        return cls(model=load_model(name, device=device), cache=PatternCache())

    @classmethod
    def around(cls, model) -> "Workbench":
        from surgery.substitute.plan import PatternCache

        return cls(model=model, cache=PatternCache())


@contextmanager
def model_pool(executor, cfg: EvalConfig, model=None):
    """The executor's model actors for ``cfg.model`` (``model`` instead when given), or None locally."""
    if executor is None or executor.name == "local":
        with nullcontext(None) as none:
            yield none
        return
    from surgery.runtime.executor import Given

    factory = Given(Workbench.around(model)) if model is not None else partial(Workbench.load, cfg.model, cfg.device)
    with executor.models(factory) as pool:
        yield pool


@dataclass(frozen=True)
class Shared:
    """The parts of an :class:`EvalSetup` a piece needs besides the model (sent once per loop)."""

    programs: dict
    ious: dict
    ppl_tokens: object
    tasks: list
    costs: dict | None

    @classmethod
    def of(cls, s: EvalSetup) -> "Shared":
        return cls(programs=s.programs, ious=s.ious, ppl_tokens=s.ppl_tokens, tasks=s.tasks, costs=s.costs)

    def setup(self, bench: Workbench) -> EvalSetup:
        return EvalSetup(model=bench.model, programs=self.programs, ious=self.ious, ppl_tokens=self.ppl_tokens,
                         tasks=self.tasks, cache=bench.cache, costs=self.costs)


def measure_variants(pool, s: EvalSetup, plans: list[dict], cfg: EvalConfig, desc: str = "variants") -> list[dict]:
    """:func:`surgery.evaluate.evaluate.measure` of each plan, one piece per plan, in the order given."""
    out = [None] * len(plans)
    for i, result in pool.map(measure_on, plans, (Shared.of(s), cfg), desc=desc, unit="variant"):
        out[i] = result
    return out


def measure_on(bench: Workbench, plan: dict, shared: Shared, cfg: EvalConfig) -> dict:
    return measure(shared.setup(bench), plan, cfg)


def run_points(pool, s: EvalSetup, cfg: EvalConfig, points: list[tuple[str, float]], run_point):
    """``run_point(setup, cfg, strategy, fraction)`` for every point, one piece each; yields
    ``(i, result)`` as points finish."""
    common = (Shared.of(s), cfg, run_point)
    return pool.map(point_on, points, common, desc="sweep", unit="point")


def point_on(bench: Workbench, point: tuple[str, float], shared: Shared, cfg: EvalConfig, run_point):
    strategy, fraction = point
    return run_point(shared.setup(bench), cfg, strategy, fraction)
