"""Where the heavy loops run: in this process (``local``, the default) or on a Ray cluster (``ray``).

Every heavy stage is a loop over independent pieces (batches of windows, chunks of heads, shards
of programs, sweep points). A stage hands the loop to an executor as a function and a list of
pieces; the executor runs ``fn(piece, *common)`` for each and yields ``(index, result)`` as
results come in, updating one progress bar for the whole loop. Stages that need a model ask for
a *model pool*: ``fn(model, piece, *common)`` runs where a model is already loaded (in this
process, or in Ray actors that each load one from a picklable factory).

    executor = make_executor("ray", address=None)        # surgery.runtime.executors; None: a local cluster
    for i, result in executor.map(fit_chunk, chunks, common=(features,), desc="fit", unit="head"):
        ...
    with executor.models(partial(load_model, "smollm2-135m")) as pool:
        for i, pats in pool.map(patterns_of, batches, desc="extract", unit="win"):
            ...

The local executor runs the pieces in order, in this process, with the objects as they are: it
is today's loop and imports nothing of Ray (a test holds that). The Ray executor (in
:mod:`surgery.runtime.executor_ray`) puts ``common`` into the object store once, runs tasks and actors
with retries, and turns a lost worker that exhausted its retries into one :class:`ExecutorError`.
"""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator

from tqdm.auto import tqdm

class ExecutorError(RuntimeError):
    """The executor lost work it could not recover (a worker died more often than retries allow)."""


@dataclass(frozen=True)
class ExecutorConfig:
    """Which executor runs the heavy loops; the CLI's ``--executor`` and ``--ray-address``."""

    kind: str = "local"  # local (this process) | ray
    address: str | None = None  # Ray cluster address; None: RAY_ADDRESS, else a local cluster
    retries: int = 3  # Ray: times a task is retried / an actor restarted after its worker died


@dataclass(frozen=True)
class Given:
    """A model factory that returns an object already built (tests, notebooks, the driver's model)."""

    value: Any

    def __call__(self) -> Any:
        return self.value


def progress_bar(total: int, desc: str | None, unit: str, progress: bool, initial: int = 0):
    """The one bar of a loop, counting ``unit``s (windows, heads, programs) over all pieces."""
    return tqdm(total=total, initial=initial, desc=desc, unit=unit, disable=not progress or desc is None)


class LocalModelPool:
    """One model in this process; ``factory`` runs on first use."""

    def __init__(self, factory: Callable[[], Any]):
        self.factory = factory
        self._model = None
        self._loaded = False

    @property
    def model(self) -> Any:
        if not self._loaded:
            self._model, self._loaded = self.factory(), True
        return self._model

    def call(self, fn: Callable, *args) -> Any:
        """``fn(model, *args)`` once."""
        return fn(self.model, *args)

    def map(self, fn: Callable, items: list, common: tuple = (), desc: str | None = None, unit: str = "it",
            weights: list[int] | None = None, progress: bool = True,
            feed: Callable | None = None) -> Iterator[tuple[int, Any]]:
        """``(i, fn(model, items[i], *common))`` in order."""
        model = self.model
        return _run_in_order(lambda item, *c: fn(model, item, *c), items, common, desc, unit, weights, progress, feed)


class LocalExecutor:
    """Today's behaviour: every piece in order, in this process, no copies."""

    name = "local"
    workers = 1

    def map(self, fn: Callable, items: list, common: tuple = (), desc: str | None = None, unit: str = "it",
            weights: list[int] | None = None, progress: bool = True,
            feed: Callable | None = None) -> Iterator[tuple[int, Any]]:
        """``(i, fn(items[i], *common))`` in order, one bar over ``weights`` (default 1 per item);
        with ``feed``, ``fn(feed(items[i]), *common)``: the piece is built just before it runs."""
        return _run_in_order(fn, items, common, desc, unit, weights, progress, feed)

    @contextmanager
    def models(self, factory: Callable[[], Any], n: int | None = None) -> Iterator[LocalModelPool]:
        yield LocalModelPool(factory)

    def close(self) -> None:
        pass


def _run_in_order(fn, items, common, desc, unit, weights, progress, feed=None) -> Iterator[tuple[int, Any]]:
    weights = [1] * len(items) if weights is None else list(weights)
    bar = progress_bar(sum(weights), desc, unit, progress)
    try:
        for i, item in enumerate(items):
            result = fn(item if feed is None else feed(item), *common)
            bar.update(weights[i])
            yield i, result
    finally:
        bar.close()


def chunks(items: Iterable, size: int) -> list[list]:
    """``items`` cut into consecutive lists of ``size`` (the last may be shorter).

    >>> chunks(range(5), 2)
    [[0, 1], [2, 3], [4]]
    """
    items = list(items)
    return [items[i:i + size] for i in range(0, len(items), max(1, size))]
