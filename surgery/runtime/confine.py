"""The operating system's half of the sandbox: what a forked child does to itself before it runs
untrusted code, and a probe of which of those layers this machine offers.

Layers, applied in this order by :func:`confine` (each one that the platform lacks is named by
:func:`probe`, once, when a sandbox worker starts):

1. ``no_new_privs`` and not dumpable (``prctl``): no setuid binary or ptrace gives privileges back.
2. Resource limits: address space, CPU, ``RLIMIT_FSIZE = 0``, ``RLIMIT_NOFILE = 0`` and
   ``RLIMIT_NPROC = 0``.
3. Started as root: drop to ``nobody`` (uid and gid 65534, no supplementary groups), so no limit can
   be raised again and no file of the caller's is writable.
4. Landlock, where the kernel has it: a ruleset that handles every file-system right (and, from ABI
   4 and 6, TCP bind/connect and signals to processes outside the domain) and grants none.
5. A deny-by-default seccomp-bpf filter (libseccomp through ``pyseccomp``): only the system calls
   that computing in memory and writing the result need are allowed, ``write`` only on the result
   descriptor; every other call (open, fork, kill, unlink, chmod, socket, ...) fails with
   ``EPERM``, whatever Python object a program reaches.
"""
from __future__ import annotations

import ctypes
import errno
import os
import resource
from dataclasses import dataclass
from functools import partial

NOBODY = 65534
PR_SET_DUMPABLE, PR_SET_SECCOMP, PR_SET_NO_NEW_PRIVS, PR_GET_NO_NEW_PRIVS = 4, 22, 38, 39
SECCOMP_MODE_FILTER = 2
SYS_LANDLOCK_CREATE_RULESET, SYS_LANDLOCK_RESTRICT_SELF = 444, 446  # the same number on every architecture
LANDLOCK_CREATE_RULESET_VERSION = 1

# System calls a confined child may make: memory for numpy, futexes, the clock, and leaving.
ALLOWED_SYSCALLS = (
    "brk mmap munmap mremap madvise mprotect futex rt_sigreturn rt_sigprocmask sigaltstack "
    "clock_gettime clock_getres gettimeofday getrandom sched_yield exit exit_group close getpid gettid "
    "getuid geteuid getgid getegid".split()
)
WRITE_SYSCALLS = ("write",)  # allowed on the result descriptor only


@dataclass(frozen=True)
class Features:
    """Which containment layers a forked child could apply here (see :func:`probe`)."""

    seccomp: bool  # the syscall filter loaded and refused a test ``openat``
    no_new_privs: bool  # prctl(PR_SET_NO_NEW_PRIVS) took effect
    nproc: bool  # fork is refused (by the filter, or by RLIMIT_NPROC = 0, which root is exempt from)
    uid_drop: bool | None  # dropped to nobody (None: not started as root, nothing to drop)
    landlock: bool = False  # a Landlock domain granting no file access was entered
    detail: str = ""  # why a layer is missing, one line

    def missing(self) -> list[str]:
        """The layers this machine lacks, by name."""
        names = [n for n in ("seccomp", "no_new_privs", "nproc", "landlock") if not getattr(self, n)]
        return names + (["uid_drop"] if self.uid_drop is False else [])

    def line(self) -> str:
        """One line for the start-up report."""
        miss = self.missing()
        if not miss:
            layers = "seccomp filter, Landlock, no_new_privs, RLIMIT_NPROC"
            return f"sandbox: {layers}" + (", uid nobody" if self.uid_drop else "")
        return f"sandbox: this machine lacks {', '.join(miss)}" + (f" ({self.detail})" if self.detail else "")


_LIBC = ctypes.CDLL(None, use_errno=True)


def _libc():
    return _LIBC


def warm_up() -> None:
    """Build (and drop) a filter and a ruleset once, so that a process forked afterwards finds
    libseccomp and its ctypes functions already resolved and builds its own in a millisecond."""
    try:
        seccomp_filter(0)
    except (ImportError, OSError, RuntimeError):
        pass
    ruleset = landlock_ruleset()
    if ruleset is not None:
        os.close(ruleset)


def _prctl(option: int, value: int) -> int:
    return _libc().prctl(option, value, 0, 0, 0)


def set_limits(mem_bytes: int, cpu_s: int) -> None:
    """Address space, CPU seconds, no file growth, no new descriptors, no new processes."""
    resource.setrlimit(resource.RLIMIT_AS, (mem_bytes, mem_bytes))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_s, cpu_s + 1))
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))
    resource.setrlimit(resource.RLIMIT_NOFILE, (0, 0))
    resource.setrlimit(resource.RLIMIT_NPROC, (0, 0))


def drop_privileges() -> bool | None:
    """As root: become nobody with no groups (True), or False when that failed; None when not root."""
    if os.geteuid() != 0:
        return None
    try:
        os.setgroups([])
        os.setresgid(NOBODY, NOBODY, NOBODY)
        os.setresuid(NOBODY, NOBODY, NOBODY)
    except OSError:
        return False
    return os.geteuid() == NOBODY


def _syscall(*args) -> int:
    return _libc().syscall(*(ctypes.c_long(a) if isinstance(a, int) else a for a in args))


def landlock_abi() -> int:
    """The kernel's Landlock ABI version (0: none)."""
    return max(0, _syscall(SYS_LANDLOCK_CREATE_RULESET, 0, 0, LANDLOCK_CREATE_RULESET_VERSION))


def landlock_ruleset() -> int | None:
    """A Landlock ruleset handling every right this kernel's ABI knows, with no rule granting any:
    no file opened, no TCP port bound or connected (ABI 4), no signal or abstract socket outside
    the domain (ABI 6). Its descriptor, or None where the kernel has no Landlock."""
    abi = landlock_abi()
    if abi < 1:
        return None
    fs = (1 << 13) - 1 | (1 << 13 if abi >= 2 else 0) | (1 << 14 if abi >= 3 else 0) | (1 << 15 if abi >= 5 else 0)
    attr = (ctypes.c_uint64 * 3)(fs, 3 if abi >= 4 else 0, 3 if abi >= 6 else 0)  # fs, net, scoped
    size = 8 if abi < 4 else 16 if abi < 6 else 24
    fd = _syscall(SYS_LANDLOCK_CREATE_RULESET, ctypes.pointer(attr), size, 0)
    return fd if fd >= 0 else None


def landlock_restrict(ruleset: int | None) -> bool:
    """Enter the ruleset's domain (needs no_new_privs first); closes its descriptor."""
    if ruleset is None:
        return False
    entered = _syscall(SYS_LANDLOCK_RESTRICT_SELF, ruleset, 0) == 0
    os.close(ruleset)
    return entered


def seccomp_filter(result_fd: int):
    """The deny-by-default filter (not loaded): EPERM for every call not in the allow-list."""
    import pyseccomp as sc

    filt = sc.SyscallFilter(sc.ERRNO(errno.EPERM))
    for name in ALLOWED_SYSCALLS:
        try:
            filt.add_rule(sc.ALLOW, name)
        except (OSError, RuntimeError):  # a call this architecture does not have
            pass
    for name in WRITE_SYSCALLS:
        filt.add_rule(sc.ALLOW, name, sc.Arg(0, sc.EQ, result_fd))
    return filt


class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]  # struct sock_fprog


def compile_filter(result_fd: int) -> bytes:
    """:func:`seccomp_filter` as raw BPF (libseccomp's export), for :func:`load_filter`: a worker
    compiles it once, and each forked child loads it without libseccomp's work."""
    with os.fdopen(os.memfd_create("seccomp-bpf"), "w+b") as f:  # in memory: no file system needed
        seccomp_filter(result_fd).export_bpf(f)
        f.seek(0)
        return f.read()


def load_filter(program: bytes) -> None:
    """Attach a raw BPF program (8 bytes per instruction) as this process's seccomp filter."""
    code = ctypes.create_string_buffer(program, len(program))
    fprog = _SockFprog(len(program) // 8, ctypes.cast(code, ctypes.c_void_p))
    if _libc().prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, ctypes.byref(fprog), 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "the kernel refused the seccomp filter")


def confine(result_fd: int, mem_bytes: int, cpu_s: int, require_seccomp: bool = True,
            program: bytes | None = None) -> tuple[bool, bool | None, bool]:
    """Apply every layer to the calling (forked, single-threaded) process; irreversible.

    ``program``: the filter already compiled for ``result_fd`` (:func:`compile_filter`); None
    builds it here. Returns (no_new_privs took effect, dropped to nobody: None when not root,
    entered Landlock). Raises ``OSError`` or ``RuntimeError`` when the filter cannot be loaded and
    ``require_seccomp``.
    """
    try:
        load = seccomp_filter(result_fd).load if program is None else partial(load_filter, program)
    except (ImportError, OSError, RuntimeError):  # libseccomp is loaded before the limits close the door
        if require_seccomp:
            raise
        load = None
    ruleset = landlock_ruleset()  # a descriptor: made before RLIMIT_NOFILE = 0
    os.environ.clear()
    _prctl(PR_SET_NO_NEW_PRIVS, 1)
    _prctl(PR_SET_DUMPABLE, 0)
    nnp = _prctl(PR_GET_NO_NEW_PRIVS, 0) == 1
    set_limits(mem_bytes, cpu_s)
    dropped = drop_privileges()
    landlocked = landlock_restrict(ruleset)
    if load is not None:
        try:
            load()
        except OSError:
            if require_seccomp:
                raise
    return nnp, dropped, landlocked


def _probe_child(w: int) -> None:
    """In a forked child: confine, then report which layers hold as one byte per layer."""
    nnp = uid = landlock = seccomp = nproc = b"0"
    try:
        soft, _ = resource.getrlimit(resource.RLIMIT_AS)
        got_nnp, dropped, landlocked = confine(w, soft, 5, require_seccomp=False)
        nnp, uid, landlock = (b"1" if got_nnp else b"0"), (b"1" if dropped else b"0"), (b"1" if landlocked else b"0")
        seccomp = _refused(lambda: os.open("/", os.O_RDONLY), errno.EPERM)
        nproc = _refused(os.fork, errno.EAGAIN, errno.EPERM)
    finally:
        os.write(w, nnp + uid + landlock + seccomp + nproc)
        os._exit(0)


def _refused(call, *errnos: int) -> bytes:
    """b"1" when ``call`` fails with one of ``errnos``; a call that succeeds in a child exits it."""
    try:
        got = call()
    except OSError as e:
        return b"1" if e.errno in errnos else b"0"
    if got == 0:  # the forked grandchild of the fork probe
        os._exit(0)
    return b"0"


def probe() -> Features:
    """Fork a child that confines itself and tries an ``open`` and a ``fork``: which layers held."""
    detail = ""
    try:
        import pyseccomp  # noqa: F401
    except (ImportError, RuntimeError) as e:  # pyseccomp raises RuntimeError without libseccomp.so
        detail = f"pyseccomp/libseccomp unavailable: {e}"
    was_root = os.geteuid() == 0
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        _probe_child(w)
    os.close(w)
    data = os.read(r, 16)
    os.close(r)
    os.waitpid(pid, 0)
    nnp, uid, landlock, seccomp, nproc = (data.decode() + "00000")[:5]
    if not detail and seccomp != "1":
        detail = "the kernel refused the seccomp filter"
    return Features(seccomp=seccomp == "1", no_new_privs=nnp == "1", nproc=nproc == "1",
                    uid_drop=(uid == "1") if was_root else None, landlock=landlock == "1", detail=detail)
