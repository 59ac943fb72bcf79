import json

import numpy as np
import pytest
from click.testing import CliRunner

from conftest_programs import KNOWN, make_store
from surgery.cli import cli
from surgery.runtime.program import library_dir, load_programs, normalize
from surgery.score import batch_iou, pack, packed_iou, score_programs, soft_iou, soft_iou_no_bos
from surgery.io.store import AttentionStore


def rand_patterns(shape, seed=0):
    return normalize(np.random.default_rng(seed).random(shape))


def test_identical_is_one_and_disjoint_is_zero():
    a = rand_patterns((5, 5))
    assert soft_iou(a, a) == pytest.approx(1.0)
    assert soft_iou_no_bos(a, a) == pytest.approx(1.0)
    first, diag = normalize(np.tril(np.ones((4, 4)))[:, :1] * np.eye(4)[:1]), np.eye(4)
    first = np.zeros((4, 4)); first[1:, 0] = 1
    diag = np.eye(4); diag[0, 0] = 0
    assert soft_iou(first, diag) == 0.0


def test_hand_computed_3x3():
    real = np.array([[1, 0, 0], [0.5, 0.5, 0], [0.2, 0.3, 0.5]])
    pred = np.array([[1, 0, 0], [1.0, 0.0, 0], [0.0, 0.5, 0.5]])
    # min: 1 + 0.5 + 0 + 0.3 + 0.5 = 2.3 ; max: 1 + 1 + 0.5 + 0.2 + 0.5 + 0.5 = 3.7
    assert soft_iou(real, pred) == pytest.approx(2.3 / 3.7)
    # no BOS: rows 1.. over keys 1..; real -> [[1, 0], [0.375, 0.625]], pred -> [[0, 0], [0.5, 0.5]]
    # min = 0 + 0.375 + 0.5 = 0.875 ; max = 1 + 0.5 + 0.625 = 2.125
    assert soft_iou_no_bos(real, pred) == pytest.approx(0.875 / 2.125)


def test_upper_triangle_is_ignored():
    a = np.array([[1.0, 5.0], [0.5, 0.5]])
    assert soft_iou(a, np.array([[1.0, 0.0], [0.5, 0.5]])) == pytest.approx(1.0)


def test_batch_iou_broadcasts():
    real = rand_patterns((3, 1, 4, 6, 6), 1)  # [heads, 1, windows, n, n]
    pred = rand_patterns((1, 2, 4, 6, 6), 2)  # [1, programs, windows, n, n]
    out = batch_iou(real, pred)
    assert out.shape == (3, 2, 4)
    assert out[2, 1, 3] == pytest.approx(soft_iou(real[2, 0, 3], pred[0, 1, 3]))


@pytest.mark.parametrize("drop_bos", [False, True])
def test_packed_iou_matches_batch_iou(drop_bos):
    real = rand_patterns((5, 4, 7, 7), 3)  # [H, W, n, n]
    pred = rand_patterns((3, 4, 7, 7), 4)  # [P, W, n, n]
    pred[0] = real[1]
    got = packed_iou(pack(real, drop_bos), pack(pred, drop_bos))  # [H, P]
    want = batch_iou(real[:, None], pred[None], drop_bos=drop_bos).mean(-1)
    assert np.allclose(got, want, atol=1e-5)
    assert got[1, 0] == pytest.approx(1.0)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return AttentionStore(make_store(tmp_path_factory.mktemp("s") / "attn"))


def test_score_programs_recovers_known_heads(store):
    progs, _ = load_programs([library_dir()])
    res = score_programs(store, progs, progress=False)
    names = {"previous": "previous", "first": "first", "self_token": "self", "induction": "induction",
             "uniform": "uniform", "last_punct": "last_punct"}
    for i, row in enumerate(res.head_rows()):
        assert row["program"] == names[KNOWN[i % len(KNOWN)].__name__]
        assert row["iou"] == pytest.approx(1.0, abs=1e-3)
        assert row["runner_up"]["iou"] < row["iou"]
    s = res.summary()
    assert s["n_heads"] == 6 and s["n_windows"] == 3 and s["n_distinct_best"] == 6 and s["errors"] == {}


def write_progs(d):
    d.mkdir()
    (d / "prev.py").write_text('"""Prev.\n\nname: my_prev\n"""\nfrom surgery.lang import primitives as P\n\n\ndef attention(ctx):\n    return P.previous(ctx)\n')
    (d / "loop.py").write_text("def attention(ctx):\n    while True:\n        pass\n")
    (d / "evil.py").write_text("import os\ndef attention(ctx):\n    os.remove('/x')\n")
    (d / "nan.py").write_text("import numpy as np\ndef attention(ctx):\n    return np.full((ctx.n, ctx.n), np.nan)\n")


def test_cli_score_writes_everything(store, tmp_path):
    write_progs(tmp_path / "mine")
    out = tmp_path / "run" / "score.json"
    before = sorted(p.name for p in tmp_path.iterdir())
    r = CliRunner().invoke(cli, ["score", "--attn", str(store.path), "--programs",
                                 f"{library_dir()},{tmp_path / 'mine'}", "--out", str(out),
                                 "--time-limit", "1", "--mem-limit", "256"])
    assert r.exit_code == 0, r.output
    assert sorted(p.name for p in tmp_path.iterdir()) == before + ["run"]
    assert sorted(p.name for p in out.parent.iterdir()) == ["config.json", "heads.json", "score.csv", "score.json"]
    data = json.loads(out.read_text())
    s = data["summary"]
    assert s["n_programs_scored"] == len(load_programs([library_dir()])[0]) + 1
    assert set(s["errors"]) == {"loop", "nan", str(tmp_path / "mine" / "evil.py")}
    # the endless loop is stopped by the CPU limit, or on a loaded machine (a second of CPU taking
    # more than the 3 s of wall time) by the wall-time limit: either way a limit, named
    assert ("CPU limit" in s["errors"]["loop"] or "wall-time" in s["errors"]["loop"]) and "NaN" in s["errors"]["nan"]
    assert data["heads"][0]["head"] == "L0H0" and data["heads"][0]["iou"] == pytest.approx(1.0, abs=1e-3)
    heads = json.loads((out.parent / "heads.json").read_text())["heads"]
    assert heads["L0H0"]["program"].endswith("previous.py")
    assert "L0H0" in r.output and "mean IoU" in r.output


@pytest.mark.parametrize("case", ["missing_store", "incomplete_store", "missing_programs", "no_programs"])
def test_cli_errors_are_one_line(case, store, tmp_path):
    attn, progs = str(store.path), str(library_dir())
    if case == "missing_store":
        attn = str(tmp_path / "nope")
    elif case == "incomplete_store":
        (tmp_path / "half").mkdir()
        attn = str(tmp_path / "half")
    elif case == "missing_programs":
        progs = str(tmp_path / "nope")
    else:
        (tmp_path / "empty").mkdir()
        progs = str(tmp_path / "empty")
    r = CliRunner().invoke(cli, ["score", "--attn", attn, "--programs", progs, "--out", str(tmp_path / "o.json")])
    assert r.exit_code == 1 and r.output.startswith("Error:") and len(r.output.strip().splitlines()) == 1


def test_all_rejected_programs_print_each_reason(store, tmp_path):
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "broken.py").write_text("def attention(ctx:\n    return 1\n")
    r = CliRunner().invoke(cli, ["score", "--attn", str(store.path), "--programs", str(bad), "--out", str(tmp_path / "o.json")])
    assert r.exit_code == 1
    lines = r.output.strip().splitlines()
    assert lines[0] == f"Error: no programs loaded from {bad}: all 1 program files were rejected"
    assert lines[1].startswith(f"  {bad / 'broken.py'}: ") and len(lines) == 2


def test_many_rejected_programs_show_twenty_then_a_count(store, tmp_path):
    bad = tmp_path / "bad"
    bad.mkdir()
    for i in range(25):
        (bad / f"p{i:02d}.py").write_text("import os\n\ndef attention(ctx):\n    return os.getcwd()\n")
    r = CliRunner().invoke(cli, ["score", "--attn", str(store.path), "--programs", str(bad), "--out", str(tmp_path / "o.json")])
    assert r.exit_code == 1
    lines = r.output.strip().splitlines()
    assert "all 25 program files were rejected" in lines[0]
    assert len(lines) == 22 and lines[-1] == "  ... and 5 more"
    assert all(l.startswith(f"  {bad}/p") and "os" in l for l in lines[1:21])


def test_iou_by_length_is_the_iou_of_shorter_windows(tiny_llama, tmp_path, sample_docs):
    """The IoU on each window's first L tokens equals the IoU measured on real windows of L tokens:
    the head's attention from a forward over those L tokens alone, the program run on them alone."""
    from surgery.extract import ExtractConfig, batch_patterns, extract
    from surgery.lang.context import store_contexts

    store = extract(ExtractConfig(out=str(tmp_path / "attn"), n_windows=8, window=16, probes="none"), model=tiny_llama,
                    docs=sample_docs, progress=False)
    progs, _ = load_programs([library_dir()])
    res = score_programs(store, progs, progress=False, lengths=(5, 16, 9))
    assert sorted(res.by_length) == [5, 9]  # the window's own length is the whole-window figure
    held = store.heldout_windows()
    ctxs = store_contexts(store, held)
    for m in (5, 9):
        real = batch_patterns(tiny_llama, store.tokens[held, :m])  # [w, layer, head, m, m], a forward of m tokens
        for j in (0, len(res.programs) // 2, len(res.programs) - 1):
            pats = np.stack(res.programs[j].patterns([c.prefix(m) for c in ctxs]))  # [w, m, m]
            for i, (l, h) in enumerate(store.heads):
                want = batch_iou(real[:, l, h], pats).mean()
                want_nb = batch_iou(real[:, l, h], pats, drop_bos=True).mean()
                assert res.by_length[m][0][i, j] == pytest.approx(want, abs=1e-4)
                assert res.by_length[m][1][i, j] == pytest.approx(want_nb, abs=1e-4)
    whole = score_programs(store, progs, progress=False)
    assert np.allclose(whole.iou, res.iou) and np.allclose(whole.iou_no_bos, res.iou_no_bos)
    s = res.summary()["by_length"]
    best = res.best
    assert s["5"]["mean_iou"] == pytest.approx(res.by_length[5][0][np.arange(len(best)), best].mean())
    assert res.head_rows()[0]["iou_at"]["9"][0] == pytest.approx(res.by_length[9][0][0, best[0]])
    with pytest.raises(ValueError, match="not within 2..16"):
        score_programs(store, progs, progress=False, lengths=(32,))


def test_score_cli_reports_lengths(store, tmp_path):
    out = tmp_path / "r" / "score.json"
    r = CliRunner().invoke(cli, ["score", "--attn", store.path, "--programs", str(library_dir()), "--out", str(out),
                                 "--lengths", "6,8"])
    assert r.exit_code == 0, r.output
    assert "by length (each window's first L tokens" in r.output and "6: " in r.output
    summary = json.loads(out.read_text())["summary"]
    assert set(summary["by_length"]) == {"6", "8"}
    r = CliRunner().invoke(cli, ["score", "--attn", store.path, "--programs", str(library_dir()), "--out", str(out),
                                 "--lengths", "40"])
    assert r.exit_code == 2 and "not within 2..12" in r.output
