"""Running untrusted program source: an AST check, then a forked child under OS limits.

Defense in depth, in order:

1. :func:`check_source` rejects, before anything runs, imports outside numpy / math /
   ``surgery.lang.primitives`` / ``surgery.lang.classes`` / ``surgery.lang.terms`` (``PROGRAM_HELPERS``), names such as ``open``, ``eval``, ``exec``, ``__import__``,
   ``getattr``, any attribute starting with ``_`` (``__subclasses__``, ``__globals__``) and numpy's
   file and ctypes entry points (``np.load``, ``np.ctypeslib``, ...).
2. A persistent *worker* process (``python -m surgery.runtime.sandbox``, started fresh, not forked from
   the caller) holds numpy, the primitives and the batch of contexts. For every program it forks
   a *child*, so nothing a program does survives it. The child closes every descriptor but its
   result pipe, sets ``RLIMIT_CPU``, ``RLIMIT_AS`` (memory), ``RLIMIT_FSIZE = 0`` and
   ``RLIMIT_NOFILE = 0`` (no file, socket or pipe can be opened, so no subprocess either), runs
   the program with restricted builtins and an import hook limited to the allow-list, on every
   context, then once more on the first ``repeat`` contexts to catch nondeterminism.
3. The worker enforces the wall-time limit (kills the child) and turns the child's fate into a
   one-line reason. The child sends raw float32 bytes plus a JSON header, never a pickle.

One worker call evaluates one program on a whole batch of contexts; the contexts are sent to a
worker once and reused. :class:`SandboxPool` keeps a few workers for concurrent callers.
"""
from __future__ import annotations

import ast
import atexit
import hashlib
import json
import os
import pickle
import queue
import select
import signal
import struct
import subprocess
import sys
import threading
from dataclasses import asdict, dataclass

import numpy as np

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


class ProgramError(Exception):
    """A program failed, with a one-line reason: rejected by the AST check, crashed, exceeded a limit
    or returned bad scores (in the sandbox or in-process, ``surgery.runtime.program``)."""


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


# ---------------------------------------------------------------- the forked child


def _safe_import(name, globals=None, locals=None, fromlist=(), level=0):
    ok = level == 0 and (_module_allowed(name) or (name == "surgery.lang" and set(fromlist or ()) <= set(PROGRAM_HELPERS)))
    if not ok or name not in sys.modules:  # never import anything new inside the sandbox
        raise ImportError(f"import of {name!r} is not allowed in the sandbox")
    return __import__(name, globals, locals, fromlist, level)


def _restricted_globals() -> dict:
    import builtins

    safe = {k: getattr(builtins, k) for k in SAFE_BUILTINS}
    safe.update(__import__=_safe_import, print=lambda *a, **k: None)
    return {"__builtins__": safe, "__name__": "sandboxed_program"}


def _address_space() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")


def _confine(result_fd: int, limits: Limits) -> None:
    import resource

    devnull = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(devnull, fd)
    os.closerange(3, result_fd)
    os.closerange(result_fd + 1, 65536)
    mem = _address_space() + limits.mem_mb * 2**20
    resource.setrlimit(resource.RLIMIT_AS, (mem, mem))
    resource.setrlimit(resource.RLIMIT_CPU, (limits.cpu_s, limits.cpu_s + 1))
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))
    resource.setrlimit(resource.RLIMIT_NOFILE, (0, 0))


def _evaluate(source: str, ctxs: list, repeat: int) -> list[np.ndarray]:
    """Run the program on every context in the already confined child; raise ProgramError."""
    check_source(source)
    env = _restricted_globals()
    exec(compile(source, "<program>", "exec"), env)
    fn = env.get("attention")
    if not callable(fn):
        raise ProgramError("`attention` is not a function")
    outs = [validate_scores(fn(ctx), ctx.n, where=f"window {i}") for i, ctx in enumerate(ctxs)]
    for i, ctx in enumerate(ctxs[:repeat]):
        again = validate_scores(fn(ctx), ctx.n, where=f"window {i}")
        if not np.array_equal(outs[i], again):
            raise ProgramError(f"nondeterministic: two runs on window {i} differ")
    return outs


def validate_scores(out, n: int, where: str = "") -> np.ndarray:
    """float32 [n, n] scores, or :class:`ProgramError` for a wrong shape, NaN/inf or negatives."""
    at = f" ({where})" if where else ""
    try:
        arr = np.asarray(out)
        arr = arr if arr.dtype == np.float32 else arr.astype(np.float64)  # float32 is checked as it is
    except (TypeError, ValueError) as e:
        raise ProgramError(f"returned {type(out).__name__}, not an array{at}: {e}") from None
    if arr.shape != (n, n):
        raise ProgramError(f"wrong shape {arr.shape}, expected ({n}, {n}){at}")
    if not np.all(np.isfinite(arr)):
        raise ProgramError(f"returned NaN or inf{at}")
    if np.any(arr < 0):
        raise ProgramError(f"returned negative scores (min {arr.min():.3g}){at}")
    return arr.astype(np.float32, copy=False)


def _child_main(result_fd: int, source: str, ctxs: list, limits: Limits) -> None:
    try:
        _confine(result_fd, limits)
        outs = _evaluate(source, ctxs, limits.repeat)
        header = {"ok": True, "shapes": [list(o.shape) for o in outs]}
        payload = b"".join(o.tobytes() for o in outs)
    except MemoryError:
        header, payload = {"ok": False, "error": "memory limit exceeded (MemoryError)"}, b""
    except ProgramError as e:
        header, payload = {"ok": False, "error": str(e)[:400]}, b""
    except BaseException as e:  # noqa: BLE001 - any failure of untrusted code is a reason, not a crash
        header, payload = {"ok": False, "error": f"{type(e).__name__}: {e}"[:400]}, b""
    data = json.dumps(header).encode() + b"\n" + payload
    while data:
        data = data[os.write(result_fd, data):]


# ---------------------------------------------------------------- the worker (zygote)


def _read_child(fd: int, deadline: float) -> tuple[bytes, bool]:
    import time

    chunks = []
    while True:
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([fd], [], [], left)[0]:
            return b"".join(chunks), True
        chunk = os.read(fd, 1 << 20)
        if not chunk:
            return b"".join(chunks), False
        chunks.append(chunk)


def _decode_child(data: bytes, status: int, timed_out: bool, limits: Limits) -> tuple[str, object]:
    if timed_out:
        return "error", f"wall-time limit exceeded ({limits.wall_s:g} s)"
    if os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        if sig == signal.SIGXCPU:
            return "error", f"CPU limit exceeded ({limits.cpu_s} s)"
        return "error", f"killed by signal {signal.Signals(sig).name} (memory or CPU limit?)"
    head, _, payload = data.partition(b"\n")
    try:
        header = json.loads(head)
        if not header.get("ok"):
            return "error", str(header.get("error", "unknown failure"))
        shapes = [(int(a), int(b)) for a, b in header["shapes"]]
    except (ValueError, KeyError, TypeError):
        return "error", "sandboxed program produced no readable result"
    sizes = np.cumsum([0] + [a * b * 4 for a, b in shapes])
    if sizes[-1] != len(payload):
        return "error", "sandboxed program produced a truncated result"
    return "ok", [np.frombuffer(payload[s:e], dtype=np.float32).reshape(sh) for s, e, sh in zip(sizes, sizes[1:], shapes)]


def _run_in_child(source: str, ctxs: list, limits: Limits) -> tuple[str, object]:
    import time

    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        os.close(r)
        try:
            _child_main(w, source, ctxs, limits)
        finally:
            os._exit(0)
    os.close(w)
    data, timed_out = _read_child(r, time.monotonic() + limits.wall_s)
    os.close(r)
    if timed_out:
        os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    return _decode_child(data, status, timed_out, limits)


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


def worker_main() -> None:
    """Loop of a worker process: ``contexts`` / ``run`` requests on stdin, replies on stdout."""
    import importlib

    import numpy.random  # noqa: F401 - lazily imported by numpy; children cannot open files

    for helper in PROGRAM_HELPERS:  # imported once here, inherited by every child
        try:
            importlib.import_module(f"surgery.lang.{helper}")
        except ImportError:
            pass

    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # stray prints must not corrupt the protocol
    inp = os.fdopen(0, "rb")
    contexts: dict[str, list] = {}
    while True:
        try:
            msg = _recv(inp)
        except EOFError:
            return
        if msg[0] == "contexts":
            contexts = {msg[1]: msg[2]}
            _send(out, ("ok", None))
        elif msg[0] == "run":
            _, key, source, limits = msg
            _send(out, _run_in_child(source, contexts[key], Limits(**limits)))


# ---------------------------------------------------------------- the caller's side


class Worker:
    """One persistent worker process; not thread-safe (the pool hands each to one caller at a time)."""

    def __init__(self):
        env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "surgery.runtime.sandbox"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env
        )
        self.key: str | None = None

    def run(self, source: str, ctxs: list, key: str, limits: Limits) -> list[np.ndarray]:
        if key != self.key:
            self._call(("contexts", key, ctxs), limits)
            self.key = key
        status, value = self._call(("run", key, source, asdict(limits)), limits)
        if status != "ok":
            raise ProgramError(str(value))
        return value

    def _call(self, msg: tuple, limits: Limits) -> tuple:
        timer = threading.Timer(limits.wall_s + 30, self.proc.kill)  # backstop: a stuck worker dies
        timer.start()
        try:
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
                self._started += 1
                w = Worker()
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


if __name__ == "__main__":
    worker_main()
