import numpy as np
import pytest

from surgery.lang import primitives as P
from surgery.runtime.program import ProgramError, library_dir, load_program, load_programs, normalize, read_meta
from surgery.runtime.sandbox import check_source

PREV = '''"""Previous token.

name: prev_prog
origin: test
target: L3H7
"""
from surgery.lang import primitives as P


def attention(ctx):
    return P.previous(ctx)
'''


def test_normalize_causal_and_rows():
    s = np.arange(16, dtype=float).reshape(4, 4)
    a = normalize(s)
    assert a.dtype == np.float32 and not np.any(np.triu(a, 1))
    assert np.allclose(a.sum(-1), 1)
    assert np.allclose(a[1], [4 / 9, 5 / 9, 0, 0])


def test_normalize_empty_rows_fall_back_to_bos():
    s = np.zeros((3, 3))
    s[2, 1] = 2.0
    s[1, 2] = 5.0  # future only: masked, row becomes empty
    a = normalize(s)
    assert a.tolist() == [[1, 0, 0], [1, 0, 0], [0, 1, 0]]


def test_normalize_batched():
    a = normalize(np.ones((2, 5, 3, 3)))
    assert a.shape == (2, 5, 3, 3) and np.allclose(a.sum(-1), 1)
    with pytest.raises(ValueError):
        normalize(np.ones((3, 4)))


def test_read_meta_docstring_without_executing(tmp_path):
    f = tmp_path / "p.py"
    f.write_text(PREV + "\nraise SystemExit('must not run')\n")
    meta = read_meta(f)
    assert meta["name"] == "prev_prog" and meta["target"] == "L3H7" and meta["origin"] == "test"
    assert meta["description"] == "Previous token."


def test_read_meta_dict_literal(tmp_path):
    f = tmp_path / "q.py"
    f.write_text('__meta__ = {"name": "q1", "origin": "llm", "target": "L0H1"}\ndef attention(ctx):\n    return 1\n')
    assert read_meta(f)["name"] == "q1" and read_meta(f)["origin"] == "llm"
    g = tmp_path / "bare.py"
    g.write_text("def attention(ctx):\n    return 1\n")
    assert read_meta(g)["name"] == "bare" and read_meta(g)["target"] is None


def test_trusted_program_pattern(tmp_path):
    f = tmp_path / "p.py"
    f.write_text(PREV)
    prog = load_program(f, trusted=True)
    ctx = P.example()
    assert prog.trusted and prog.name == "prev_prog"
    a = prog.pattern(ctx)
    assert np.allclose(a, normalize(P.previous(ctx)))
    assert a[0].tolist()[0] == 1.0  # row 0 is empty for previous -> BOS


def test_untrusted_program_runs_in_sandbox(tmp_path):
    f = tmp_path / "p.py"
    f.write_text(PREV)
    prog = load_program(f)
    assert not prog.trusted
    ctxs = [P.example()] * 3
    pats = prog.patterns(ctxs)
    assert len(pats) == 3 and np.allclose(pats[1], normalize(P.previous(ctxs[1])))


def test_trusted_program_errors_are_reasons(tmp_path):
    f = tmp_path / "bad.py"
    f.write_text("import numpy as np\ndef attention(ctx):\n    return -np.ones((ctx.n, ctx.n))\n")
    with pytest.raises(ProgramError, match="negative"):
        load_program(f, trusted=True).pattern(P.example())


def test_library_is_trusted_and_passes_static_check():
    progs, errors = load_programs([library_dir()])
    assert not errors and len(progs) >= 30
    assert all(p.trusted for p in progs)
    assert len({p.name for p in progs}) == len(progs)
    for p in progs:
        check_source(p.source)  # library programs would also pass the sandbox
        assert p.meta["description"] and p.meta["origin"] == "hand-written"


def test_library_programs_all_produce_patterns():
    ctxs = [P.example()]
    for prog in load_programs([library_dir()])[0]:
        a = prog.pattern(ctxs[0])
        assert np.allclose(a.sum(-1), 1, atol=1e-5), prog.name


def test_load_programs_collects_errors_and_dedups(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "x.py").write_text(PREV)
    (tmp_path / "b" / "x.py").write_text(PREV)
    (tmp_path / "b" / "evil.py").write_text("import os\ndef attention(ctx):\n    return 0\n")
    (tmp_path / "b" / "broken.py").write_text("def attention(ctx:\n")
    (tmp_path / "b" / "_helper.py").write_text("x = 1\n")
    progs, errors = load_programs([tmp_path / "a", tmp_path / "b"])
    assert [p.name for p in progs] == ["prev_prog", "b/prev_prog"]
    assert set(map(lambda k: k.split("/")[-1], errors)) == {"evil.py", "broken.py"}
    assert "import of 'os'" in errors[str(tmp_path / "b" / "evil.py")]
