"""The Ray executor: the pieces of a loop as Ray tasks, model work on Ray actors (one model each).

Imported only by ``make_executor("ray")``, so the local path never imports Ray.

- Tasks: ``common`` arguments go into the object store once per loop (``ray.put``) and every
  task reads them from there (zero-copy for numpy arrays on the same node); each piece travels
  with its own task. At most ``2 × workers`` pieces are in flight, so a loop over pieces built on
  demand (``feed``) never holds them all at once.
- Actors: each holds one model built by a picklable factory (``functools.partial(load_model,
  name)``, or :class:`surgery.runtime.executor.Given` for a model already built); a piece goes to an idle
  actor, two per actor at most.
- Failure: a task whose worker dies is retried (``max_retries``); an actor that dies is restarted
  (``max_restarts``, reloading its model) and its pending calls retried (``max_task_retries``).
  When the retries run out, the loop raises one :class:`surgery.runtime.executor.ExecutorError`; an
  exception raised by the piece itself is re-raised as it was (a ``ValueError`` stays one).
"""
from __future__ import annotations

import os
import time
from contextlib import contextmanager
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any, Callable, Iterator

import ray
from ray import exceptions as rex

from surgery.runtime.executor import ExecutorError, progress_bar

LOST = (rex.WorkerCrashedError, rex.ActorDiedError, rex.ActorUnavailableError, rex.ObjectLostError,
        rex.NodeDiedError, rex.OutOfMemoryError, rex.TaskCancelledError)


def connect(address: str | None = None, **init: Any) -> None:
    """Join the cluster at ``address`` (else ``RAY_ADDRESS``), or start a local one when neither is set
    (``"local"``: never another user's cluster found in /tmp/ray, as ``ray.init()`` alone would).

    A local cluster starts without the dashboard; worker output stays off the terminal."""
    if ray.is_initialized():
        return
    os.environ.setdefault("RAY_DEDUP_LOGS", "0")
    address = address or os.environ.get("RAY_ADDRESS") or "local"
    if address == "local":
        init = {"include_dashboard": False, **init}
        # Ray runs workers at niceness 15 by default: below the command itself, and below every
        # other job of a shared machine, where the local executor runs at 0. Same priority here.
        os.environ.setdefault("RAY_worker_niceness", "0")
    ray.init(address=address, log_to_driver=False, configure_logging=False, **init)


def get(ref) -> Any:
    """``ray.get`` with the piece's own exception re-raised, and a lost worker as an ExecutorError."""
    try:
        return ray.get(ref)
    except rex.RayTaskError as err:
        cause = getattr(err, "cause", None)
        if isinstance(cause, Exception) and not isinstance(cause, LOST):
            raise cause from None
        raise ExecutorError(_first_line(err)) from None
    except LOST as err:
        raise ExecutorError(f"ray: a worker was lost and retries ran out: {_first_line(err)}") from None


def _first_line(err: BaseException) -> str:
    lines = [line.strip() for line in str(err).splitlines() if line.strip()]
    return lines[0] if lines else type(err).__name__


class RayExecutor:
    """Loops as Ray tasks and model work on Ray actors; see the module docstring."""

    name = "ray"

    def __init__(self, address: str | None = None, retries: int = 3, **init: Any):
        connect(address, **init)
        self.retries = retries
        self.workers = max(1, int(ray.cluster_resources().get("CPU", 1)))
        self.loops: list[LoopStats] = []  # what each loop ran and moved (bench/bench_executor.py)

    def map(self, fn: Callable, items: list, common: tuple = (), desc: str | None = None, unit: str = "it",
            weights: list[int] | None = None, progress: bool = True,
            feed: Callable | None = None) -> Iterator[tuple[int, Any]]:
        """``(i, fn(items[i], *common))`` as tasks finish (any order); ``feed(item)`` is sent instead
        of ``item`` when given, built on the driver just before its task is submitted."""
        stats = LoopStats(name=getattr(fn, "__qualname__", str(fn)), common_bytes=nbytes(common))
        self.loops.append(stats)
        shared = [ray.put(c) for c in common]
        remote = ray.remote(num_cpus=1, max_retries=self.retries)(timed)

        def submit(i: int):
            piece = items[i] if feed is None else feed(items[i])
            stats.piece_bytes.append(nbytes(piece))
            return remote.remote(fn, piece, *shared)

        slots = [_Slot(submit) for _ in range(2 * self.workers)]
        return _drain(slots, len(items), desc, unit, weights, progress, stats)

    @contextmanager
    def models(self, factory: Callable[[], Any], n: int | None = None) -> Iterator["RayModelPool"]:
        """``n`` actors (default: the cluster's CPUs), each holding ``factory()``; killed on exit."""
        pool = RayModelPool(factory, n or self.workers, self.retries)
        try:
            yield pool
        finally:
            pool.close()

    def close(self) -> None:
        pass


class _Slot:
    """A place for one piece in flight: submits with ``submit(i)`` and remembers which piece it holds."""

    def __init__(self, submit: Callable[[int], Any]):
        self.submit, self.ref, self.index = submit, None, None

    def start(self, i: int) -> None:
        self.index, self.ref = i, self.submit(i)


def _drain(slots: list[_Slot], n: int, desc, unit, weights, progress,
           stats: "LoopStats | None" = None) -> Iterator[tuple[int, Any]]:
    """Feed pieces 0..n-1 into free slots; yield each result as it comes in, with one progress bar.
    With ``stats``, results are ``(seconds, result)`` pairs from :func:`timed`, recorded there."""
    weights = [1] * n if weights is None else list(weights)
    bar = progress_bar(sum(weights), desc, unit, progress)
    start = time.perf_counter()
    todo = iter(range(n))
    busy: dict[Any, _Slot] = {}
    try:
        for slot in slots:
            i = next(todo, None)
            if i is not None:
                slot.start(i)
                busy[slot.ref] = slot
        while busy:
            (ref,), _ = ray.wait(list(busy), num_returns=1)
            slot = busy.pop(ref)
            result, i = get(ref), slot.index
            if stats is not None:
                (seconds, cpu), result = result
                stats.task_seconds.append(seconds)
                stats.task_cpu_seconds.append(cpu)
                stats.result_bytes.append(nbytes(result))
            nxt = next(todo, None)
            if nxt is not None:
                slot.start(nxt)
                busy[slot.ref] = slot
            bar.update(weights[i])
            yield i, result
    finally:
        bar.close()
        if stats is not None:
            stats.wall_seconds = time.perf_counter() - start
        for ref in busy:  # pieces still running after an error or an interrupt
            try:
                ray.cancel(ref)
            except Exception:  # noqa: BLE001 - best effort: an actor's call may not be cancellable
                pass


@dataclass
class LoopStats:
    """One ``RayExecutor.map``: seconds inside each task and bytes moved (pieces, results, shared)."""

    name: str
    common_bytes: int
    piece_bytes: list[int] = field(default_factory=list)
    result_bytes: list[int] = field(default_factory=list)
    task_seconds: list[float] = field(default_factory=list)
    task_cpu_seconds: list[float] = field(default_factory=list)
    wall_seconds: float = 0.0


def timed(fn: Callable, piece: Any, *common) -> tuple[tuple[float, float], Any]:
    """``((seconds, CPU seconds), fn(piece, *common))``: measured in the task, so queueing and
    transfer are left out."""
    start, cpu = time.perf_counter(), time.process_time()
    result = fn(piece, *common)
    return (time.perf_counter() - start, time.process_time() - cpu), result


def nbytes(obj: Any) -> int:
    """Bytes of the arrays and tensors in ``obj`` (lists, tuples, dicts, dataclasses searched), plus
    the pickled size of the rest: about what Ray serializes to move it."""
    arrays, rest = [], []
    _split(obj, arrays, rest, depth=0)
    return sum(arrays) + (len(ray.cloudpickle.dumps(rest)) if rest else 0)


def _split(obj: Any, arrays: list, rest: list, depth: int) -> None:
    if hasattr(obj, "nbytes") and hasattr(obj, "shape"):
        arrays.append(int(obj.nbytes))
    elif hasattr(obj, "element_size") and hasattr(obj, "numel"):
        arrays.append(int(obj.element_size() * obj.numel()))
    elif depth < 4 and isinstance(obj, (list, tuple)):
        for x in obj:
            _split(x, arrays, rest, depth + 1)
    elif depth < 4 and isinstance(obj, dict):
        for x in obj.values():
            _split(x, arrays, rest, depth + 1)
    elif depth < 4 and is_dataclass(obj) and not isinstance(obj, type) and "__getstate__" not in type(obj).__dict__:
        for f in fields(obj):
            _split(getattr(obj, f.name), arrays, rest, depth + 1)
    else:
        rest.append(obj)


@ray.remote
class ModelActor:
    """Holds one model (``factory()``) and runs ``fn(model, *args)`` on it."""

    def __init__(self, factory: Callable[[], Any]):
        self.model = factory()

    def run(self, fn: Callable, *args) -> Any:
        return fn(self.model, *args)


class RayModelPool:
    """Actors holding one model each; ``map`` spreads pieces over them, ``call`` uses the first."""

    def __init__(self, factory: Callable[[], Any], n: int, retries: int):
        # one copy in the object store, however many actors; held here so that a restarted actor finds it
        self.factory_ref = ray.put(factory)
        options = {"num_cpus": 1, "max_restarts": retries, "max_task_retries": retries}
        self.actors = [ModelActor.options(**options).remote(self.factory_ref) for _ in range(n)]

    def call(self, fn: Callable, *args) -> Any:
        return get(self.actors[0].run.remote(fn, *args))

    def map(self, fn: Callable, items: list, common: tuple = (), desc: str | None = None, unit: str = "it",
            weights: list[int] | None = None, progress: bool = True,
            feed: Callable | None = None) -> Iterator[tuple[int, Any]]:
        """``(i, fn(model, items[i], *common))`` as actors finish (any order)."""
        shared = [ray.put(c) for c in common]

        def on(actor):
            return lambda i: actor.run.remote(fn, items[i] if feed is None else feed(items[i]), *shared)

        slots = [_Slot(on(a)) for a in self.actors for _ in range(2)]
        return _drain(slots, len(items), desc, unit, weights, progress)

    def close(self) -> None:
        for actor in self.actors:
            ray.kill(actor, no_restart=True)
