"""The OS layer of the sandbox: what this machine offers, what a child can still do, and the refusal
of untrusted programs where the seccomp filter is missing."""
from __future__ import annotations

import errno
import os

import numpy as np
import numpy.linalg  # noqa: F401 - a confined child can import nothing
import numpy.random  # noqa: F401
import pytest
from click.testing import CliRunner

from surgery.cli import cli
from surgery.lang import primitives as P
from surgery.runtime import confine, sandbox, worker
from surgery.runtime.sandbox import Limits, ProgramError, SandboxPool

FAST = Limits(wall_s=5.0, cpu_s=2, mem_mb=256, repeat=1)
GOOD = "from surgery.lang import primitives as P\ndef attention(ctx):\n    return P.previous(ctx)\n"


def test_this_machine_offers_every_layer():
    features = confine.probe()
    assert features.seccomp and features.no_new_privs and features.nproc, features.line()
    assert features.uid_drop is (True if os.geteuid() == 0 else None)


def run_confined(body) -> tuple[str, object]:
    """Run ``body(result_fd)`` in a forked, confined child; its one-byte answers, or its signal."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        try:
            confine.confine(w, 2**40, 5)
            body(w)
        finally:
            os._exit(0)
    os.close(w)
    data = os.read(r, 4096)
    os.close(r)
    _, status = os.waitpid(pid, 0)
    return data.decode(), status


def errno_of(call) -> str:
    try:
        call()
    except OSError as e:
        return errno.errorcode[e.errno]
    return "DONE"


@pytest.mark.parametrize("name,call", [
    ("openat", lambda: os.open("/etc/hostname", os.O_RDONLY)),
    ("creat", lambda: os.open("/tmp/surgery-confine-test", os.O_CREAT | os.O_WRONLY)),
    ("fork", os.fork),
    ("kill", lambda: os.kill(os.getppid(), 0)),
    ("unlink", lambda: os.unlink("/tmp/surgery-confine-missing")),
    ("mkdir", lambda: os.mkdir("/tmp/surgery-confine-dir")),
    ("chmod", lambda: os.chmod("/tmp", 0o777)),
    ("stat", lambda: os.stat("/")),
    ("setuid", lambda: os.setuid(0)),
    ("socket", lambda: __import__("socket").socket()),
    ("write_elsewhere", lambda: os.write(2, b"x")),
])
def test_syscalls_fail_with_eperm_in_a_confined_child(name, call):
    """Each call a reached ``os`` could make fails at the system call with the filter's EPERM."""
    out, status = run_confined(lambda w: os.write(w, errno_of(call).encode()))
    assert os.WIFEXITED(status) and out == "EPERM"
    assert not os.path.exists("/tmp/surgery-confine-test") and not os.path.exists("/tmp/surgery-confine-dir")


def test_computing_and_writing_the_result_still_work():
    def body(w):
        a = np.random.default_rng(0).random((64, 64))
        os.write(w, f"{float(np.linalg.norm(a @ a.T)):.3f} {os.getuid()}".encode())

    out, status = run_confined(body)
    a = np.random.default_rng(0).random((64, 64))
    value, uid = out.split()
    assert float(value) == pytest.approx(np.linalg.norm(a @ a.T), rel=1e-6)
    assert int(uid) == (confine.NOBODY if os.geteuid() == 0 else os.geteuid())


def test_environment_is_empty_in_the_child(monkeypatch):
    monkeypatch.setenv("SURGERY_CONFINE_SECRET", "s3cr3t-value")
    out, _ = run_confined(lambda w: os.write(w, repr(dict(os.environ)).encode()))
    assert out == "{}"
    assert "SURGERY_CONFINE_SECRET" not in sandbox._worker_env()


@pytest.fixture
def no_seccomp(tmp_path, monkeypatch):
    """Workers started now import a pyseccomp that fails as it does without libseccomp.so."""
    (tmp_path / "pyseccomp.py").write_text("raise RuntimeError('Unable to find libseccomp')\n")
    monkeypatch.setenv("PYTHONPATH", str(tmp_path))
    monkeypatch.delenv(sandbox.WEAKER_ENV, raising=False)
    yield
    sandbox.allow_weaker_sandbox(False)


def test_missing_seccomp_is_reported_and_untrusted_programs_refused(no_seccomp, capsys):
    pool = SandboxPool(size=1)
    try:
        with pytest.raises(ProgramError, match="lacks seccomp.*--weaker-sandbox"):
            pool.run(GOOD, [P.example()], FAST)
        assert "lacks seccomp" in capsys.readouterr().err
        sandbox.allow_weaker_sandbox()
        out = pool.run(GOOD, [P.example()], FAST)  # the weaker sandbox: limits, nobody, no filter
        assert np.allclose(out[0], P.previous(P.example()))
    finally:
        pool.close()


def test_weaker_sandbox_flag_of_the_command_line(no_seccomp):
    assert not sandbox.weaker_allowed()
    result = CliRunner().invoke(cli, ["--weaker-sandbox", "roles", "--help"])
    assert result.exit_code == 0 and sandbox.weaker_allowed()


def test_worker_believes_only_the_result_bytes():
    """A forged old-style header, a short payload and NaN bytes are all program errors."""
    ns, lim = [3], Limits()
    assert worker._decode_child(b'{"ok": true, "shapes": [[3, 3]]}\n' + bytes(36), 0, ns, lim)[0] == "error"
    assert worker._decode_child(b"A" + bytes(35), 0, ns, lim) == ("error", "sandboxed program produced no well-formed result")
    status, reason = worker._decode_child(b"A" + np.full(9, np.nan, np.float32).tobytes(), 0, ns, lim)
    assert status == "error" and "NaN" in reason
    status, value = worker._decode_child(b"A" + np.eye(3, dtype=np.float32).tobytes(), 0, ns, lim)
    assert status == "ok" and np.array_equal(value[0], np.eye(3))


def test_a_long_reason_on_a_one_token_context_is_kept():
    """The bytes read from a child are capped at a result's size or a reason's, whichever is larger."""
    from surgery.lang.context import build_context

    one = build_context(np.array([0]), ["<s>"])
    status, reason = worker._run_in_child(
        "def attention(ctx):\n    raise ValueError('x' * 1000)\n", [one], FAST)
    assert status == "error" and reason.startswith("ValueError: xxx") and len(reason) == 300


def test_landlock_alone_refuses_files_and_signals(tmp_path):
    """The Landlock layer on its own (no filter, no limits): opening or creating a file fails with
    Landlock's EACCES, and so (ABI 6) does a signal to the parent, outside the domain."""
    ruleset = confine.landlock_ruleset()
    if ruleset is None:
        pytest.skip("this kernel has no Landlock")
    os.close(ruleset)
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            confine._prctl(confine.PR_SET_NO_NEW_PRIVS, 1)
            entered = confine.landlock_restrict(confine.landlock_ruleset())
            answers = [str(entered), errno_of(lambda: os.open("/etc/hostname", os.O_RDONLY)),
                       errno_of(lambda: os.open(tmp_path / "new", os.O_CREAT | os.O_WRONLY)),
                       errno_of(lambda: os.kill(os.getppid(), 0))]
            os.write(w, " ".join(answers).encode())
        finally:
            os._exit(0)
    os.close(w)
    answers = os.read(r, 4096).decode().split()
    os.close(r)
    os.waitpid(pid, 0)
    assert answers[:3] == ["True", "EACCES", "EACCES"]
    assert answers[3] == ("EPERM" if confine.landlock_abi() >= 6 else "DONE")
    assert not (tmp_path / "new").exists()
