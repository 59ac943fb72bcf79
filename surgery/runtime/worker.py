"""The sandbox's worker process and the children it forks (see :mod:`surgery.runtime.sandbox`).

A worker (``python -m surgery.runtime.worker``) preloads numpy and the program language, probes
the OS layers (:func:`surgery.runtime.confine.probe`) and answers ``contexts`` / ``run`` requests.
Each ``run`` forks a child that confines itself and evaluates one program on the batch; the worker
reads at most one result from it and validates it.
"""
from __future__ import annotations

import os
import select
import signal
import sys
from dataclasses import asdict

import numpy as np

from surgery.runtime import confine
from surgery.runtime.sandbox import (
    PROGRAM_HELPERS, SAFE_BUILTINS, Limits, _module_allowed, _recv, _send, check_source,
)
from surgery.runtime.validate import MAX_REASON, ProgramError, validate_scores

RESULT_FD = 3  # a child's result pipe, moved here so that one compiled filter fits every child
# numpy submodules a worker imports before forking (children open no file, so no lazy import works)
PRELOAD = ("numpy.random", "numpy.linalg", "numpy.fft", "numpy.ma", "numpy.polynomial", "numpy.lib.stride_tricks")
# Common array calls on ``a`` (float [3, 4]): each runs in every worker before it forks children
# (numpy imports modules on first use), and the tests run each inside the sandbox.
NUMPY_CALLS = {
    "sum": "a.sum()", "mean": "a.mean()", "max": "a.max()", "min": "a.min()", "std": "a.std()",
    "var": "a.var()", "prod": "a.prod()", "any": "a.any()", "all": "a.all()", "argmax": "a.argmax()",
    "argmin": "a.argmin()", "cumsum": "a.cumsum(axis=1)", "ptp": "np.ptp(a)", "round": "a.round(2)",
    "clip": "a.clip(0, 1)", "argsort": "np.argsort(a, axis=1)", "sort": "np.sort(a)", "median": "np.median(a)",
    "percentile": "np.percentile(a, 90)", "quantile": "np.quantile(a, 0.5)", "unique": "np.unique(a)",
    "nonzero": "np.nonzero(a)", "where": "np.where(a > 2, a, 0)", "einsum": "np.einsum('ij,kj->ik', a, a)",
    "matmul": "a @ a.T", "norm": "np.linalg.norm(a)", "softmax": "np.exp(a - a.max(-1, keepdims=True))",
    "logsumexp": "np.log(np.exp(a).sum(-1))", "tril": "np.tril(np.ones((4, 4)))", "triu": "np.triu(a)",
    "isin": "np.isin(a, [1.0, 2.0])", "bincount": "np.bincount(a.astype(int).ravel())",
    "searchsorted": "np.searchsorted(np.sort(a.ravel()), 3.0)", "diff": "np.diff(a)",
    "convolve": "np.convolve(a[0], np.ones(2))", "cumprod": "np.cumprod(a[0])", "nanmax": "np.nanmax(a)",
    "nansum": "np.nansum(a)", "average": "np.average(a, axis=0)", "histogram": "np.histogram(a, bins=3)",
    "rng": "np.random.default_rng(0).random(3)", "fft": "np.fft.rfft(a[0])", "tolist": "a.tolist()",
    "repr": "repr(a)", "str": "str(a.sum())", "astype": "a.astype(np.float32)", "eye": "np.eye(3)",
    "pad": "np.pad(a, 1)", "roll": "np.roll(a, 1, axis=1)", "stack": "np.stack([a, a])",
    "lexsort": "np.lexsort((a[0], a[1]))", "minimum_accumulate": "np.minimum.accumulate(a, axis=1)",
    "maximum_reduceat": "np.add.reduceat(a[0], [0, 2])", "full_like": "np.full_like(a, 2.0)",
    "float_format": "f'{a.mean():.3f}'",
}


# ---------------------------------------------------------------- the forked child


def _safe_import(name, globals=None, locals=None, fromlist=(), level=0):
    """The import hook of a program: allow-listed modules already loaded, and any numpy submodule
    the worker loaded (numpy's own C code imports ``numpy._core._methods`` for ``a.sum()``)."""
    loaded_numpy = name.split(".")[0] == "numpy"
    ok = level == 0 and (_module_allowed(name) or loaded_numpy
                         or (name == "surgery.lang" and set(fromlist or ()) <= set(PROGRAM_HELPERS)))
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


def _confine(pipe: int, limits: Limits, require_seccomp: bool = True, program: bytes | None = None) -> None:
    """Standard streams to /dev/null, the result pipe on ``RESULT_FD``, every other descriptor
    closed, then the OS layers (:func:`surgery.runtime.confine.confine`; ``program``: the filter
    compiled for ``RESULT_FD`` in advance)."""
    devnull = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(devnull, fd)
    if pipe != RESULT_FD:
        os.dup2(pipe, RESULT_FD)
    os.closerange(RESULT_FD + 1, 65536)
    mem = _address_space() + limits.mem_mb * 2**20
    confine.confine(RESULT_FD, mem, limits.cpu_s, require_seccomp=require_seccomp, program=program)


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


def _child_main(pipe: int, source: str, ctxs: list, limits: Limits, require_seccomp: bool,
                program: bytes | None) -> None:
    """Confine, run, write ``b"A"`` and the float32 bytes, or ``b"E"`` and a short reason."""
    try:
        _confine(pipe, limits, require_seccomp, program)
        data = b"A" + b"".join(o.tobytes() for o in _evaluate(source, ctxs, limits.repeat))
    except MemoryError:
        data = b"Ememory limit exceeded (MemoryError)"
    except ProgramError as e:
        data = b"E" + str(e)[:MAX_REASON].encode(errors="replace")
    except BaseException as e:  # noqa: BLE001 - any failure of untrusted code is a reason, not a crash
        data = b"E" + f"{type(e).__name__}: {e}"[:MAX_REASON].encode(errors="replace")
    while data:
        data = data[os.write(RESULT_FD, data):]


# ---------------------------------------------------------------- the worker (zygote)


def _read_child(fd: int, deadline: float, most: int) -> tuple[bytes, str | None]:
    """At most ``most`` bytes from the child: (data, None), or (data, "timeout" / "overflow")."""
    import time

    chunks, size = [], 0
    while True:
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([fd], [], [], left)[0]:
            return b"".join(chunks), "timeout"
        chunk = os.read(fd, 1 << 20)
        if not chunk:
            return b"".join(chunks), None
        chunks.append(chunk)
        size += len(chunk)
        if size > most:
            return b"".join(chunks), "overflow"


def _decode_child(data: bytes, status: int, ns: list[int], limits: Limits) -> tuple[str, object]:
    """The child's fate as ("ok", arrays) or ("error", reason). Nothing but the bytes is believed:
    the shapes are the contexts', and every array is validated again here."""
    if os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        if sig == signal.SIGXCPU:
            return "error", f"CPU limit exceeded ({limits.cpu_s} s)"
        return "error", f"killed by signal {signal.Signals(sig).name} (memory or CPU limit?)"
    kind, payload = data[:1], data[1:]
    if kind == b"E":
        return "error", payload[:MAX_REASON].decode(errors="replace") or "unknown failure"
    sizes = np.cumsum([0] + [n * n * 4 for n in ns])
    if kind != b"A" or sizes[-1] != len(payload):
        return "error", "sandboxed program produced no well-formed result"
    try:
        return "ok", [validate_scores(np.frombuffer(payload[s:e], dtype=np.float32).reshape(n, n), n, f"window {i}")
                      for i, (s, e, n) in enumerate(zip(sizes, sizes[1:], ns))]
    except ProgramError as e:
        return "error", str(e)


def _run_in_child(source: str, ctxs: list, limits: Limits, require_seccomp: bool = True,
                  program: bytes | None = None) -> tuple[str, object]:
    import time

    ns = [int(c.n) for c in ctxs]
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        os.close(r)
        try:
            _child_main(w, source, ctxs, limits, require_seccomp, program)
        finally:
            os._exit(0)
    os.close(w)
    most = 1 + max(4 * sum(n * n for n in ns), 4 * MAX_REASON)  # a result, or a reason of utf-8 characters
    data, cut = _read_child(r, time.monotonic() + limits.wall_s, most)
    os.close(r)
    if cut:
        os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    if cut == "timeout":
        return "error", f"wall-time limit exceeded ({limits.wall_s:g} s)"
    if cut == "overflow":
        return "error", "sandboxed program wrote more than a result"
    return _decode_child(data, status, ns, limits)


def _preload() -> None:
    """Import, before any child is forked, what programs may use: the program language, and every
    module numpy imports lazily (children can open no file), by calling the common array methods."""
    import importlib

    for module in PRELOAD + tuple(f"surgery.lang.{m}" for m in PROGRAM_HELPERS):
        try:
            importlib.import_module(module)
        except ImportError:
            pass
    for expr in NUMPY_CALLS.values():  # constant expressions of this module
        eval(expr, {"np": np, "a": np.arange(1.0, 13.0).reshape(3, 4)})  # noqa: S307


def worker_main() -> None:
    """Loop of a worker process: ``contexts`` / ``run`` requests on stdin, replies on stdout. The
    first reply, unasked, is the :class:`surgery.runtime.confine.Features` of this machine."""
    _preload()
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # stray prints must not corrupt the protocol
    inp = os.fdopen(0, "rb")
    features = confine.probe()
    confine.warm_up()
    _send(out, ("features", asdict(features)))
    require = "seccomp" not in features.missing()
    program = confine.compile_filter(RESULT_FD) if require else None  # once, not in every child
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
            _send(out, _run_in_child(source, contexts[key], Limits(**limits), require, program))




if __name__ == "__main__":
    worker_main()
