"""Sandbox containment: every hostile class is reported with a reason and the run goes on."""
import numpy as np
import pytest

from surgery.lang import primitives as P
from surgery.runtime import sandbox, worker
from surgery.runtime.program import normalize
from surgery.runtime.sandbox import Limits, ProgramError, SandboxPool, check_source

# The CPU limit (1 s) must fire before the wall limit even on a loaded machine, where a second of
# CPU can take many seconds of wall time: the wall limit is far, and only the test that is about
# it sets it short.
FAST = Limits(wall_s=60.0, cpu_s=1, mem_mb=256, repeat=2)
CTXS = [P.example(), P.example()]
GOOD = "from surgery.lang import primitives as P\ndef attention(ctx):\n    return P.previous(ctx)\n"


@pytest.fixture(scope="module")
def pool():
    p = SandboxPool(size=1)
    yield p
    p.close()


def fn(body: str, head: str = "import numpy as np\n") -> str:
    return head + "def attention(ctx):\n" + "".join(f"    {ln}\n" for ln in body.splitlines())


STATIC = {  # rejected before anything runs
    "open": fn("open('/tmp/x', 'w').write('x')"),
    "import_os": fn("import os\nos.system('true')"),
    "import_subprocess": "import subprocess\n" + GOOD,
    "import_socket": "import socket\n" + GOOD,
    "from_import_os": "from os import path\n" + GOOD,
    "dunder_import": fn("__import__('os')"),
    "subclasses": fn("return ().__class__.__bases__[0].__subclasses__()"),
    "globals_via_function": fn("return attention.__globals__"),
    "builtins": fn("return __builtins__"),
    "eval": fn("return eval('1')"),
    "exec": fn("exec('x = 1')"),
    "compile": fn("compile('1', 'f', 'eval')"),
    "getattr": fn("return getattr(ctx, '__class__')"),
    "globals": fn("return globals()"),
    "np_save": fn("np.save('/tmp/x.npy', np.ones(2))"),
    "np_fromfile": fn("return np.fromfile('/etc/passwd')"),
    "np_ctypes": fn("return np.ctypeslib"),
    "relative_import": "from . import x\n" + GOOD,
    "private_attr": fn("return ctx._cosine"),
    "no_attention": "import numpy as np\nx = 1\n",
    "syntax": "def attention(ctx:\n",
    "numpy_io_submodule": "import numpy.lib.npyio as io\n" + GOOD,
    "numpy_from_lib": "from numpy.lib import npyio\n" + GOOD,
    "numpy_testing": "from numpy import testing\n" + GOOD,
    "programs_other_module": "from surgery.lang import library\n" + GOOD,
    "programs_package": "import surgery.lang\n" + GOOD,
    "class": "class A:\n    pass\n" + GOOD,
}


@pytest.mark.parametrize("name", sorted(STATIC))
def test_static_check_rejects(name, pool):
    with pytest.raises(ProgramError):
        check_source(STATIC[name])
    with pytest.raises(ProgramError):
        pool.run(STATIC[name], CTXS, FAST)


RUNTIME = {  # pass the static check, fail while running: (source, reason fragment)
    "infinite_loop_cpu": (fn("while True:\n    pass"), "CPU limit"),
    "memory_bomb": (fn("return np.ones((40000, 40000))"), "memory limit"),
    "list_bomb": (fn("x = [1] * (10 ** 10)\nreturn x"), "memory limit"),
    "wrong_shape": (fn("return np.ones((3, 3))"), "wrong shape"),
    "not_an_array": (fn("return 'abc'"), "not an array"),
    "nan": (fn("return np.full((ctx.n, ctx.n), np.nan)"), "NaN or inf"),
    "inf": (fn("return np.full((ctx.n, ctx.n), np.inf)"), "NaN or inf"),
    "negative": (fn("return -np.ones((ctx.n, ctx.n))"), "negative"),
    "exception": (fn("return 1 / 0"), "ZeroDivisionError"),
    "nondeterministic": (fn("return np.random.rand(ctx.n, ctx.n)"), "nondeterministic"),
    "stateful": ("import numpy as np\nSEEN = []\ndef attention(ctx):\n    SEEN.append(1)\n"
                 "    return np.ones((ctx.n, ctx.n)) * len(SEEN)\n", "nondeterministic"),
}


@pytest.mark.parametrize("name", sorted(RUNTIME))
def test_runtime_failures_are_reasons(name, pool):
    source, reason = RUNTIME[name]
    with pytest.raises(ProgramError, match=reason):
        pool.run(source, CTXS, FAST)
    good = pool.run(GOOD, CTXS, FAST)  # the pool carries on after every failure
    assert np.allclose(normalize(good[0]), normalize(P.previous(CTXS[0])))


def test_wall_time_limit_kills(pool):
    with pytest.raises(ProgramError, match="wall-time"):
        pool.run(fn("while True:\n    pass"), CTXS, Limits(wall_s=0.5, cpu_s=30, mem_mb=256))
    assert len(pool.run(GOOD, CTXS, FAST)) == 2


def test_good_program_batch_and_state_does_not_leak(pool):
    poison = "from surgery.lang import primitives as P\ndef attention(ctx):\n    P.previous = P.first\n    return P.first(ctx)\n"
    pool.run(poison, CTXS, FAST)  # monkeypatching happens in a throwaway child
    out = pool.run(GOOD, CTXS * 5, FAST)
    assert len(out) == 10 and all(o.dtype == np.float32 for o in out)
    assert np.allclose(out[3], P.previous(CTXS[0]))


def test_restricted_builtins_layer():
    env = worker._restricted_globals()
    for src in ("open('/tmp/x')", "import os", "__import__('subprocess')", "eval('1')"):
        with pytest.raises((NameError, ImportError)):
            exec(src, dict(env))
    exec("import numpy as np\nfrom surgery.lang import primitives as P\nimport math", dict(env))


def test_os_limits_alone_contain_file_and_process_access(tmp_path, monkeypatch):
    """With the AST check and the restricted builtins switched off, the child's OS limits still hold."""
    import builtins

    monkeypatch.setattr(worker, "check_source", lambda s: None)
    monkeypatch.setattr(worker, "_restricted_globals", lambda: {"__builtins__": builtins, "__name__": "x"})
    target = tmp_path / "written"
    for body in (
        f"open({str(target)!r}, 'w').write('x')",
        f"import os\nos.system('touch {target}')\nreturn np.ones((ctx.n, ctx.n)) / 0",
        "import socket\nsocket.socket()",
        f"import subprocess\nsubprocess.run(['touch', {str(target)!r}])",
    ):
        status, reason = worker._run_in_child(fn(body), CTXS, FAST)
        assert status == "error", body
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", sorted(worker.NUMPY_CALLS))
def test_common_numpy_calls_work_in_the_sandbox(name, pool):
    """Each common array method or numpy function runs inside the sandbox as outside it (numpy's
    lazily imported modules are loaded before the child is confined)."""
    expr = worker.NUMPY_CALLS[name]
    src = ("import numpy as np\ndef attention(ctx):\n    a = np.arange(1.0, 13.0).reshape(3, 4) + 0 * ctx.ids.sum()\n"
           f"    x = {expr}\n    return np.ones((ctx.n, ctx.n))\n")
    assert len(pool.run(src, CTXS, FAST)) == 2


def test_array_methods_on_context_arrays(pool):
    src = fn("s = ctx.ids.sum() + ctx.ids.max() + ctx.ids.mean() + ctx.ids.std() + np.argsort(ctx.ids)[0]\n"
             "return np.ones((ctx.n, ctx.n)) * (1.0 + 0 * s)")
    assert np.allclose(pool.run(src, CTXS, FAST)[0], 1.0)
