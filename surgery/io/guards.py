"""Keeping a store honest on disk: one writer at a time, enough space before writing, and a
checksum per window of ``attn.npy`` (see :mod:`surgery.io.store`)."""
from __future__ import annotations

import errno
import fcntl
import os
import shutil
import zlib
from pathlib import Path

VERIFY_MODES = ("sample", "full", "skip")  # how much of attn.npy opening a store verifies against its block checksums
VERIFY_ENV = "SURGERY_VERIFY_STORE"
SAMPLE_WINDOWS = 16  # windows of attn.npy a sampled verification reads
SPACE_MARGIN = 1.02  # free space needed: the store's size and this margin
_verify_mode: str | None = None


class StoreError(Exception):
    """A store directory is missing, incomplete or of an unknown format."""


def mb(n: int) -> str:
    return f"{n / 1e6:.0f} MB" if n >= 10e6 else f"{n / 1e6:.2g} MB" if n >= 1e5 else f"{n} bytes"


# ---------------------------------------------------------------- one writer, enough space


class OutputLock:
    """An exclusive ``flock`` on ``<out>.lock`` (holding the writer's pid), taken at once or refused
    with "OUT is being written by process N". Released (and the file removed) by :meth:`release`."""

    def __init__(self, out: Path):
        self.path = out.with_name(f"{out.name}.lock")
        out.parent.mkdir(parents=True, exist_ok=True)
        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = os.read(fd, 32).decode(errors="replace").strip() or "?"
                os.close(fd)
                raise StoreError(f"{out} is being written by process {holder}") from None
            if _same_file(fd, self.path):  # not a lock file its last holder removed meanwhile
                break
            os.close(fd)
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self.fd: int | None = fd

    def release(self) -> None:
        if self.fd is not None:
            try:
                os.unlink(self.path)
            except FileNotFoundError:
                pass
            os.close(self.fd)
            self.fd = None


def check_not_being_written(out: Path) -> None:
    """:class:`StoreError` "OUT is being written by process N" when another writer holds ``out``'s
    lock now: a cheap look before loading a model (the writer's own lock still decides)."""
    lock = out.with_name(f"{out.name}.lock")
    try:
        fd = os.open(lock, os.O_RDONLY)
    except OSError:  # no lock file, or one this user may not read: nobody, or the writer decides
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = os.read(fd, 32).decode(errors="replace").strip() or "?"
        raise StoreError(f"{out} is being written by process {holder}") from None
    finally:
        os.close(fd)


def _same_file(fd: int, path: Path) -> bool:
    try:
        st = path.stat()
    except FileNotFoundError:
        return False
    own = os.fstat(fd)
    return (st.st_dev, st.st_ino) == (own.st_dev, own.st_ino)


def free_bytes(path: Path) -> int:
    """Free bytes on the file system that will hold ``path`` (its nearest existing ancestor's)."""
    path = path.resolve()
    while not path.exists():
        path = path.parent
    return shutil.disk_usage(path).free


def check_free_space(out: Path, need: int) -> None:
    """:class:`StoreError` in one line when the store will not fit next to ``out``."""
    free = free_bytes(out.parent)
    if free < need * SPACE_MARGIN:
        raise StoreError(f"not enough disk space for {out}: the store needs {mb(need)}, {mb(free)} free")


def reserve(path: Path) -> None:
    """Allocate every block of a (sparse, memory-mapped) file now: ENOSPC here, not SIGBUS later."""
    fd = os.open(path, os.O_RDWR)
    try:
        os.posix_fallocate(fd, 0, os.fstat(fd).st_size)
    except OSError as e:
        if e.errno in (errno.ENOSPC, errno.EDQUOT):
            raise StoreError(f"no space left for {path.parent.name}/{path.name} ({mb(os.fstat(fd).st_size)}); "
                             "partial output removed") from None
        if e.errno not in (errno.EOPNOTSUPP, errno.EINVAL):  # a file system without fallocate: write as before
            raise
    finally:
        os.close(fd)


def set_verify_mode(mode: str | None) -> None:
    """How much of ``attn.npy`` opening a store verifies: sample (default), full or skip."""
    if mode is not None and mode not in VERIFY_MODES:
        raise ValueError(f"verify mode must be one of {', '.join(VERIFY_MODES)}, got {mode!r}")
    global _verify_mode
    _verify_mode = mode


def verify_mode() -> str:
    mode = _verify_mode or os.environ.get(VERIFY_ENV) or "sample"
    return mode if mode in VERIFY_MODES else "sample"


def block_checksums(path: Path, offset: int, block: int, count: int) -> dict:
    """CRC-32 of each of ``count`` blocks of ``block`` bytes from ``offset`` (the windows of
    ``attn.npy``), as store.json records them."""
    with open(path, "rb") as f:
        f.seek(offset)
        crcs = [zlib.crc32(f.read(block)) for _ in range(count)]
    return {"unit": "window", "offset": offset, "bytes": block, "crc32": crcs}


def first_bad_block(path: Path, blocks: dict, windows) -> int | None:
    """The first of ``windows`` whose bytes in ``path`` differ from its recorded CRC-32, or None."""
    with open(path, "rb") as f:
        for w in windows:
            f.seek(blocks["offset"] + int(w) * blocks["bytes"])
            if zlib.crc32(f.read(blocks["bytes"])) != blocks["crc32"][int(w)]:
                return int(w)
    return None
