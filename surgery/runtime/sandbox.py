"""Running untrusted program source: an AST check, then a forked child the operating system confines.

Defense in depth, in order; the wall is layer 2, the others give reasons and catch mistakes:

1. :func:`check_source` rejects, before anything runs, imports outside numpy / math /
   ``surgery.lang.primitives`` / ``classes`` / ``terms`` (``PROGRAM_HELPERS``), names such as
   ``open``, ``eval``, ``__import__``, ``getattr``, any attribute starting with ``_`` and numpy's
   file and ctypes entry points (``np.load``, ``np.ctypeslib``, ...), with a friendly message.
2. A persistent *worker* process (``python -m surgery.runtime.worker``, started fresh with an
   almost empty environment, in its own session) holds numpy, the program language and the batch
   of contexts. For every program it forks a *child*, so nothing a program does survives it. The
   child closes every descriptor but its result pipe and applies :mod:`surgery.runtime.confine`:
   resource limits (no file, process or memory beyond the limits), ``no_new_privs``, ``nobody``
   when started as root, Landlock granting no file access where the kernel has it, and a
   deny-by-default seccomp filter under which only computing in memory and writing to the result
   pipe succeed. Then it runs the program (restricted builtins,
   an import hook) on every context, and once more on the first ``repeat`` to catch nondeterminism.
3. The worker enforces the wall-time limit and reads at most one result's bytes: ``b"A"`` and
   raw float32 scores, or ``b"E"`` and a reason. It believes nothing else the child says: the
   shapes are the contexts', and the scores are validated again
   (:func:`surgery.runtime.validate.validate_scores`), as the caller does once more; reasons are
   scrubbed of paths and environment values in the caller.

A worker probes which OS layers the machine offers when it starts (:func:`os_features`); the
caller reports them once, and refuses untrusted programs when the seccomp filter is missing unless
the weaker sandbox was asked for (``surgery --weaker-sandbox`` or ``SURGERY_WEAKER_SANDBOX=1``).

One worker call evaluates one program on a whole batch of contexts; the contexts are sent to a
worker once and reused. :class:`SandboxPool` keeps a few workers for concurrent callers.
"""
from __future__ import annotations

import ast
import atexit
import hashlib
import os
import pickle
import queue
import struct
import subprocess
import sys
import threading
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from surgery.runtime import confine
from surgery.runtime.validate import ProgramError, scrub_message, validate_scores  # noqa: F401 - re-exported

PROGRAM_HELPERS = ("primitives", "classes", "terms")  # modules of the program language (surgery.lang) programs may import
ALLOWED_MODULES = ("numpy", "math") + tuple(f"surgery.lang.{m}" for m in PROGRAM_HELPERS)
FORBIDDEN_NAMES = frozenset(
    "__import__ open eval exec compile globals locals vars getattr setattr delattr breakpoint input help "
    "exit quit memoryview type object super dir classmethod staticmethod property __builtins__ "
    "__loader__ __spec__".split()
)
FORBIDDEN_ATTRS = frozenset(
    "load save savez savez_compressed savetxt loadtxt genfromtxt fromfile tofile fromregex memmap open_memmap "
    "ctypeslib ctypes lib os sys DataSource f2py distutils testing format format_map mro gi_frame gi_code "
    "f_globals f_locals f_back f_builtins tb_frame cr_frame ag_frame func_globals dump dumps".split()
)
SAFE_BUILTINS = (
    "abs all any bool dict divmod enumerate filter float frozenset int isinstance issubclass len list map max "
    "min pow range repr reversed round set slice sorted str sum tuple zip ArithmeticError AssertionError "
    "Exception IndexError KeyError NotImplementedError RuntimeError StopIteration TypeError ValueError "
    "ZeroDivisionError".split()
)


@dataclass(frozen=True)
class Limits:
    """Per-call limits of one sandboxed evaluation (one program on one batch of contexts)."""

    wall_s: float = 60.0  # wall-clock seconds for the whole batch
    cpu_s: int = 60  # CPU seconds (RLIMIT_CPU) for the whole batch
    mem_mb: int = 1024  # address space the program may add (RLIMIT_AS above the worker's own)
    repeat: int = 2  # contexts evaluated a second time to detect nondeterminism


# ---------------------------------------------------------------- static check (runs anywhere)


def check_source(source: str) -> None:
    """Raise :class:`ProgramError` unless ``source`` passes the static allow-list check."""
    try:
        tree = ast.parse(source)
    except SyntaxError as e:
        raise ProgramError(f"syntax error line {e.lineno}: {e.msg}") from None
    for node in ast.walk(tree):
        reason = _node_violation(node)
        if reason:
            raise ProgramError(f"line {getattr(node, 'lineno', '?')}: {reason}")
    if not any(isinstance(n, ast.FunctionDef) and n.name == "attention" for n in tree.body):
        raise ProgramError("no top-level `def attention(ctx)`")


def _module_allowed(name: str) -> bool:
    parts = name.split(".")
    numpy_sub = parts[0] == "numpy" and not any(p.startswith("_") or p in FORBIDDEN_ATTRS for p in parts[1:])
    return name in ALLOWED_MODULES or numpy_sub


def _node_violation(node: ast.AST) -> str | None:
    if isinstance(node, ast.Import):
        bad = [a.name for a in node.names if not _module_allowed(a.name)]
        return f"import of {bad[0]!r} is not allowed (allowed: {', '.join(ALLOWED_MODULES)})" if bad else None
    if isinstance(node, ast.ImportFrom):
        return _import_from_violation(node)
    if isinstance(node, ast.Name) and (node.id in FORBIDDEN_NAMES or node.id.startswith("__")):
        return f"use of {node.id!r} is not allowed"
    if isinstance(node, ast.Attribute) and (node.attr.startswith("_") or node.attr in FORBIDDEN_ATTRS):
        return f"attribute {node.attr!r} is not allowed"
    if isinstance(node, (ast.ClassDef, ast.AsyncFunctionDef, ast.Await, ast.Global, ast.Nonlocal)):
        return f"{type(node).__name__} is not allowed"
    return None


def _import_from_violation(node: ast.ImportFrom) -> str | None:
    mod = node.module or ""
    names = [a.name for a in node.names]
    if node.level:
        return "relative imports are not allowed"
    if mod == "surgery.lang" and set(names) <= set(PROGRAM_HELPERS):
        return None
    if not _module_allowed(mod):
        return f"import from {mod!r} is not allowed (allowed: {', '.join(ALLOWED_MODULES)})"
    bad = [n for n in names if n == "*" or n.startswith("_") or n in FORBIDDEN_ATTRS]
    return f"importing {bad[0]!r} from {mod} is not allowed" if bad else None


# ---------------------------------------------------------------- the protocol between caller and worker


def _recv(stream) -> object:
    head = stream.read(8)
    if len(head) < 8:
        raise EOFError("sandbox worker pipe closed")
    (size,) = struct.unpack("<Q", head)
    return pickle.loads(stream.read(size))


def _send(stream, obj: object) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(struct.pack("<Q", len(data)) + data)
    stream.flush()


# ---------------------------------------------------------------- the caller's side


WORKER_ENV = ("PYTHONPATH", "LD_LIBRARY_PATH", "PYTHONHASHSEED")  # all a worker inherits of the caller's environment
WEAKER_ENV = "SURGERY_WEAKER_SANDBOX"  # "1": run untrusted programs even without the seccomp filter
_weaker = False
_reported: set[str] = set()


def allow_weaker_sandbox(allow: bool = True) -> None:
    """Let untrusted programs run where the machine lacks the seccomp filter (``--weaker-sandbox``)."""
    global _weaker
    _weaker = allow


def weaker_allowed() -> bool:
    return _weaker or os.environ.get(WEAKER_ENV) == "1"


def _worker_env() -> dict[str, str]:
    """The worker's whole environment: where to import from and single-threaded BLAS, no secrets."""
    env = {k: os.environ[k] for k in WORKER_ENV if k in os.environ}
    root = str(Path(__file__).resolve().parents[2])
    env["PYTHONPATH"] = os.pathsep.join([root] + ([env["PYTHONPATH"]] if "PYTHONPATH" in env else []))
    return {**env, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


def _report_once(features: confine.Features) -> None:
    """Say once per process which OS layers this machine lacks."""
    line = features.line()
    if features.missing() and line not in _reported:
        _reported.add(line)
        sys.stderr.write(line + ("" if features.seccomp else "; untrusted programs need --weaker-sandbox or --trusted")
                         + "\n")


class Worker:
    """One persistent worker process; not thread-safe (the pool hands each to one caller at a time)."""

    def __init__(self, start_s: float = 60.0):
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "surgery.runtime.worker"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            env=_worker_env(), start_new_session=True,  # a program's killpg cannot reach the caller's group
        )
        self.key: str | None = None
        kind, value = self._call(None, Limits(wall_s=start_s))
        if kind != "features":
            self.close()
            raise ProgramError("sandbox worker failed: it did not report its features")
        self.features = confine.Features(**value)
        _report_once(self.features)

    def run(self, source: str, ctxs: list, key: str, limits: Limits) -> list[np.ndarray]:
        """Validated float32 scores per context, or :class:`ProgramError` with a scrubbed reason."""
        if "seccomp" in self.features.missing() and not weaker_allowed():
            raise ProgramError(f"refused: {self.features.line()}; pass --weaker-sandbox to run untrusted "
                               "programs without it, or --trusted to run them in-process")
        if key != self.key:
            self._call(("contexts", key, ctxs), limits)
            self.key = key
        status, value = self._call(("run", key, source, asdict(limits)), limits)
        if status != "ok":
            raise ProgramError(scrub_message(str(value)))
        if len(value) != len(ctxs):
            raise ProgramError("sandbox worker returned the wrong number of results")
        return [validate_scores(v, c.n, where=f"window {i}") for i, (v, c) in enumerate(zip(value, ctxs))]

    def _call(self, msg: tuple, limits: Limits) -> tuple:
        timer = threading.Timer(limits.wall_s + 30, self.proc.kill)  # backstop: a stuck worker dies
        timer.start()
        try:
            if msg is not None:  # None: read the worker's unasked first message
                _send(self.proc.stdin, msg)
            return _recv(self.proc.stdout)
        except (EOFError, OSError, pickle.UnpicklingError) as e:
            self.close()
            raise ProgramError(f"sandbox worker failed: {e}") from None
        finally:
            timer.cancel()

    @property
    def alive(self) -> bool:
        return self.proc.poll() is None

    def close(self) -> None:
        if self.alive:
            self.proc.kill()
        self.proc.wait()


def contexts_key(ctxs: list) -> str:
    h = hashlib.sha1()
    for c in ctxs:
        h.update(np.ascontiguousarray(c.ids).tobytes() + b"|" + "\x00".join(c.tokens).encode())
        if c.embed is not None:
            h.update(np.ascontiguousarray(c.embed).tobytes())
    return h.hexdigest()


class SandboxPool:
    """A few persistent workers; ``run`` is safe to call from several threads at once."""

    def __init__(self, size: int = 2):
        self.size = size
        self._idle: queue.Queue[Worker] = queue.Queue()
        self._lock = threading.Lock()
        self._started = 0
        self._all: list[Worker] = []
        self._last: tuple[list, str] | None = None

    def _acquire(self) -> Worker:
        with self._lock:
            if self._idle.empty() and self._started < self.size:
                w = Worker()  # counted only once started: one that fails to start leaves room for another
                self._started += 1
                self._all.append(w)
                return w
        return self._idle.get()

    def _key(self, ctxs: list) -> str:
        last = self._last
        if last is not None and last[0] is ctxs:
            return last[1]
        key = contexts_key(ctxs)
        self._last = (ctxs, key)
        return key

    def run(self, source: str, ctxs: list, limits: Limits | None = None) -> list[np.ndarray]:
        """float32 [n, n] raw scores of ``source`` on each context; :class:`ProgramError` on failure."""
        check_source(source)
        key, limits = self._key(ctxs), limits or Limits()
        worker = self._acquire()
        try:
            return worker.run(source, ctxs, key, limits)
        finally:
            if not worker.alive:
                worker = self._replace(worker)
            self._idle.put(worker)

    def _replace(self, dead: Worker) -> Worker:
        with self._lock:
            fresh = Worker()
            self._all = [w for w in self._all if w is not dead] + [fresh]
            return fresh

    def close(self) -> None:
        for w in self._all:
            w.close()
        self._all, self._started, self._idle = [], 0, queue.Queue()


_POOL: SandboxPool | None = None


def default_pool() -> SandboxPool:
    """The process-wide pool (two workers), closed at exit."""
    global _POOL
    if _POOL is None:
        _POOL = SandboxPool(size=min(2, os.cpu_count() or 1))
        atexit.register(_POOL.close)
    return _POOL


def run_sandboxed(source: str, ctxs: list, limits: Limits | None = None) -> list[np.ndarray]:
    """Evaluate untrusted ``source`` on a batch of contexts in the default pool."""
    return default_pool().run(source, ctxs, limits)

