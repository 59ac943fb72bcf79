"""Synthesis by search: fitted programs are readable files that reproduce the heads they target."""
from __future__ import annotations

import json

import numpy as np
import pytest
from click.testing import CliRunner

from surgery.cli import cli
from surgery.io.headmap import HeadMap
from surgery.runtime.program import load_program, read_meta
from surgery.synthesize.synthesize import SynthConfig, synthesize
from conftest_programs import make_store


def test_synthesize_recovers_known_heads_and_resumes(tmp_path):
    store = make_store(tmp_path / "attn", n_windows=16, n_layers=2, n_heads=3, window=12)
    out = tmp_path / "progs"
    headmap = synthesize(SynthConfig(attn=str(store), out=str(out), heads_per_chunk=6), progress=False)

    assert sorted(headmap.heads) == ["L0H0", "L0H1", "L0H2", "L1H0", "L1H1", "L1H2"]
    ious = {h: e.iou for h, e in headmap.heads.items()}
    assert min(ious.values()) > 0.9, ious  # every toy head is a known primitive
    fitted = load_program(out / "fitted" / "L0H0.py", trusted=False)
    meta = read_meta(out / "fitted" / "L0H0.py")
    assert meta["target"] == "L0H0" and meta["origin"].startswith("synthesized")
    saved = json.loads((out / "heads.json").read_text())
    assert saved["heads"]["L0H0"]["program"] == "L0H0.py"
    assert "heldout_iou:" in (out / "L0H0.py").read_text()

    before = (out / "fitted" / "L0H0.py").stat().st_mtime_ns
    synthesize(SynthConfig(attn=str(store), out=str(out), heads_per_chunk=6), progress=False)
    assert (out / "fitted" / "L0H0.py").stat().st_mtime_ns == before  # resumed, not refit
    assert HeadMap.load(out).heads.keys() == headmap.heads.keys()
    assert fitted.meta["target"] == "L0H0"


def test_fitted_program_runs_in_the_sandbox(tmp_path):
    from surgery.lang.context import build_context
    from conftest_programs import random_windows

    store = make_store(tmp_path / "attn", n_windows=8, n_layers=1, n_heads=2, window=10)
    synthesize(SynthConfig(attn=str(store), out=str(tmp_path / "p")), progress=False)
    ids, strs = random_windows(2, 10, seed=5)
    prog = load_program(tmp_path / "p" / "fitted" / "L0H1.py", trusted=False)
    pat = prog.pattern(build_context(ids[0], strs[0]))
    np.testing.assert_allclose(pat.sum(-1), 1.0, atol=1e-5)
    assert np.all(np.triu(pat, 1) == 0)


def test_synthesize_cli_reports_missing_store(tmp_path):
    result = CliRunner().invoke(cli, ["synthesize", "--attn", str(tmp_path / "none"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 1 and "no attention store" in result.output


def test_resume_refuses_candidates_of_another_store(tmp_path):
    first = make_store(tmp_path / "a", n_windows=8, n_layers=1, n_heads=2, window=10)
    other = make_store(tmp_path / "b", n_windows=8, n_layers=1, n_heads=2, window=10, seed=1)
    out = tmp_path / "progs"
    synthesize(SynthConfig(attn=str(first), out=str(out)), progress=False)
    with pytest.raises(ValueError, match="another store; pass --overwrite"):
        synthesize(SynthConfig(attn=str(other), out=str(out)), progress=False)
    with pytest.raises(ValueError, match="other settings"):
        synthesize(SynthConfig(attn=str(first), out=str(out), refit_steps=11), progress=False)
    before = (out / "fitted" / "L0H0.py").stat().st_mtime_ns
    synthesize(SynthConfig(attn=str(other), out=str(out), overwrite=True), progress=False)
    assert (out / "fitted" / "L0H0.py").stat().st_mtime_ns != before  # refit on the new store
    res = CliRunner().invoke(cli, ["synthesize", "--attn", str(first), "--out", str(out), "--refit-steps", "11"])
    assert res.exit_code == 1 and "--overwrite" in res.output


def test_table_form_writes_every_term_of_the_full_fit(tmp_path):
    """``--form table``: the all-terms fit as a dense terms program, which the front measures as written."""
    from surgery.forms.source import read_terms

    store = make_store(tmp_path / "attn", n_windows=8, n_layers=1, n_heads=2, window=10)
    quick = dict(levels=(1, 2), max_terms=2, refit_steps=4, full_steps=0, calibrate_steps=2)
    synthesize(SynthConfig(attn=str(store), out=str(tmp_path / "short"), **quick), progress=False)
    synthesize(SynthConfig(attn=str(store), out=str(tmp_path / "dense"), form="table", steps=30, **quick), progress=False)
    front = json.loads((tmp_path / "dense" / "front.json").read_text())["heads"]
    for head in ("L0H0", "L0H1"):
        source = (tmp_path / "dense" / "fitted" / f"{head}.py").read_text()
        dense, short = read_terms(source), read_terms((tmp_path / "short" / "fitted" / f"{head}.py").read_text())
        assert "dense: every term of the all-terms fit" in source and len(dense) > 10 * len(short)
        assert [abs(w) for w, _ in dense] == sorted((abs(w) for w, _ in dense), reverse=True)  # by weight
        assert front[head]["chosen"] == front[head]["written_terms"] == len(dense)
        assert front[head]["levels"] == ["all"] and abs(front[head]["written"] - front[head]["heldout"][0]) < 0.02


def test_reported_iou_and_front_come_from_report_windows_and_the_written_programs(tmp_path):
    """The held-out windows that choose a program are not those whose IoU is reported, and the
    front describes the program files as written (rounded weights), with an interval over documents."""
    from surgery.io.store import AttentionStore
    from surgery.score import heldout_halves, score_programs

    path = make_store(tmp_path / "attn", n_windows=16, n_layers=1, n_heads=3, window=12)
    out = tmp_path / "progs"
    headmap = synthesize(SynthConfig(attn=str(path), out=str(out), levels=(1, 2, 4), max_terms=4, refit_steps=8,
                                     full_steps=0, calibrate_steps=5), progress=False)
    store = AttentionStore(path)
    select, report = heldout_halves(store)
    assert len(select) and len(report) and not set(store.doc_ids[select]) & set(store.doc_ids[report])
    assert sorted([*select, *report]) == sorted(store.heldout_windows())
    front = json.loads((out / "front.json").read_text())
    for i, name in enumerate(["L0H0", "L0H1", "L0H2"]):
        chosen = load_program(out / f"{name}.py", trusted=True)
        on_report = score_programs(store, [chosen], windows=report, progress=False).iou[i, 0]
        assert headmap.heads[name].iou == on_report
        fitted = load_program(out / "fitted" / f"{name}.py", trusted=True)
        rec = front["heads"][name]
        written = score_programs(store, [fitted], windows=report, progress=False).iou[i, 0]
        assert abs(rec["written"] - written) < 2e-3 and len(rec["written_by_window"]) == len(report)
    lo, hi = front["mean_written_ci95_documents"]
    assert lo <= front["mean_written"] <= hi


def test_probe_documents_are_split_into_fitting_and_selection_like_natural_ones(tmp_path):
    from surgery.io.store import AttentionStore
    from surgery.synthesize.search import fitting_windows, probe_windows

    path = make_store(tmp_path / "attn", n_windows=32, n_layers=1, n_heads=1, window=8)
    meta = json.loads((path / "store.json").read_text())
    meta["probes"] = {"kind": "repeat", "seq_len": 3, "windows": [0, 2, 4, 6]}  # four training documents
    (path / "store.json").write_text(json.dumps(meta))
    store = AttentionStore(path)
    for seed in range(3):
        fit, sel = fitting_windows(store, 96, seed)
        assert probe_windows(store, sel).sum() == 1 and probe_windows(store, fit).sum() == 3
        assert not set(store.doc_ids[fit]) & set(store.doc_ids[sel])


def test_fit_lengths_weigh_short_contexts(tmp_path):
    """A head that looks at the previous token in the first 6 positions and at the token itself
    after them (no term knows a key's position): weighing lengths 6 and 24 alike fits the short windows better than every row
    alike, and the long ones worse, measured against the head on held-out windows of each length."""
    from conftest_programs import random_windows
    from surgery.io.store import AttentionStore, StoreMeta, StoreWriter
    from surgery.runtime.program import library_dir, load_programs
    from surgery.score import score_programs

    n, n_windows = 24, 16
    ids, strs = random_windows(n_windows, n, seed=3)
    pattern = np.zeros((n, n), dtype=np.float32)
    pattern[0, 0] = 1
    for q in range(1, n):
        pattern[q, q - 1 if q < 6 else q] = 1
    meta = StoreMeta(model="toy", n_layers=1, n_heads=1, window=n, n_windows=n_windows, corpus="toy", seed=0)
    with StoreWriter(tmp_path / "attn", meta) as w:
        w.write_tokens(ids, strs, doc_ids=np.arange(n_windows), split=(np.arange(n_windows) % 4 == 0).astype(np.uint8))
        w.write_embeddings(np.arange(ids.max() + 1), np.eye(ids.max() + 1, 8, dtype=np.float32))
        w.attn[:] = pattern
    store = AttentionStore(tmp_path / "attn")
    iou = {}
    for name, lengths in (("plain", ""), ("mixed", "6,24")):
        synthesize(SynthConfig(attn=str(tmp_path / "attn"), out=str(tmp_path / name), fit_lengths=lengths), progress=False)
        prog = load_program(tmp_path / name / "fitted" / "L0H0.py", trusted=True)
        res = score_programs(store, [prog], lengths=(6,), progress=False)
        iou[name] = (res.by_length[6][0][0, 0], res.iou[0, 0])
    assert iou["mixed"][0] > iou["plain"][0] + 0.1, iou  # the first 6 tokens: a 6-token window
    assert iou["mixed"][1] < iou["plain"][1], iou
    assert json.loads((tmp_path / "mixed" / "resume.json").read_text())["fit_lengths"] == "6,24"
    r = CliRunner().invoke(cli, ["synthesize", "--attn", str(tmp_path / "attn"), "--out", str(tmp_path / "bad"),
                                 "--fit-lengths", "6,48"])
    assert r.exit_code == 1 and "within 1..24" in r.output
