"""Warm-started synthesis: programs stay byte-identical unless their head moved; a changed one says why."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from conftest_programs import WORDS, make_store, random_windows
from surgery.io.store import StoreMeta, StoreWriter
from surgery.lang import primitives as P
from surgery.lang.context import build_context
from surgery.runtime.program import normalize
from surgery.cli import cli
from surgery.forms.source import read_terms
from surgery.runtime.program import read_meta
from surgery.synthesize.synthesize import SynthConfig, synthesize
from surgery.synthesize.warm import TERM_GAIN, Decision, decide, with_reason

SMALL = dict(levels=(1, 2, 4), max_terms=4, refit_steps=8, full_steps=0, calibrate_steps=5)
HEADS = ["L0H0", "L0H1", "L0H2"]  # previous token, first token, self (make_store's planted patterns)


@pytest.fixture(scope="module")
def baseline(tmp_path_factory):
    """A store of three planted heads and its programs synthesized from scratch."""
    root = tmp_path_factory.mktemp("warm")
    make_store(root / "attn", n_windows=16, n_layers=1, n_heads=3, window=12)
    synthesize(SynthConfig(attn=str(root / "attn"), out=str(root / "programs"), **SMALL), progress=False)
    return root


def moved_store(path: Path) -> Path:
    """make_store's store (the same windows) with head L0H0 (previous token) now attending to the first token."""
    ids, strs = random_windows(16, 12)
    meta = StoreMeta(model="toy", n_layers=1, n_heads=3, window=12, n_windows=16, corpus="toy", seed=0)
    with StoreWriter(path, meta) as w:
        w.write_tokens(ids, strs, doc_ids=np.arange(16), split=np.arange(16) % 2)
        w.write_embeddings(np.arange(len(WORDS) + 1), np.random.default_rng(1).normal(size=(len(WORDS) + 1, 8)).astype(np.float32))
        for wi in range(16):
            ctx = build_context(ids[wi], strs[wi])
            for h, planted in enumerate([P.first, P.first, P.self_token]):
                w.attn[wi, 0, h] = normalize(planted(ctx))
    return path


def test_unchanged_heads_keep_their_programs_byte_for_byte_under_another_seed(baseline, tmp_path):
    out = tmp_path / "warm"
    synthesize(SynthConfig(attn=str(baseline / "attn"), out=str(out), seed=1, baseline=str(baseline / "programs"),
                           **SMALL), progress=False)
    for head in HEADS:
        assert (out / f"{head}.py").read_bytes() == (baseline / "programs" / f"{head}.py").read_bytes()
    warm = json.loads((out / "warm.json").read_text())
    assert {h: d["action"] for h, d in warm["heads"].items()} == {h: "kept" for h in HEADS}
    recorded = json.loads((baseline / "programs" / "heads.json").read_text())["heads"]
    heads = json.loads((out / "heads.json").read_text())["heads"]
    assert all(heads[h]["iou"] == pytest.approx(recorded[h]["iou"], abs=1e-9) for h in HEADS)  # same windows


def test_a_moved_head_is_refit_and_says_why_the_others_stay(baseline, tmp_path):
    store = moved_store(tmp_path / "attn")
    out = tmp_path / "warm"
    result = CliRunner().invoke(cli, ["synthesize", "--attn", str(store), "--out", str(out),
                                      "--max-terms", "4", "--refit-steps", "8", "--full-steps", "0",
                                      "--calibrate-steps", "5", "--baseline", str(baseline / "programs")])
    assert result.exit_code == 0, result.output
    for head in ("L0H1", "L0H2"):
        assert (out / f"{head}.py").read_bytes() == (baseline / "programs" / f"{head}.py").read_bytes()
    warm = json.loads((out / "warm.json").read_text())["heads"]
    moved = warm["L0H0"]
    assert moved["action"] in ("refit", "terms-changed")
    assert moved["baseline_report"] < moved["recorded"] - 0.5  # a previous-token program on a first-token head
    source = (out / "L0H0.py").read_text()
    meta = read_meta(out / "L0H0.py")
    assert meta["warm_start"].startswith("the baseline program's IoU on this checkpoint")
    assert ("first" in {t[0] for _, t in read_terms(source)}) and json.loads((out / "heads.json").read_text())[
        "heads"]["L0H0"]["iou"] > 0.9  # the new program fits the head as it is now
    assert json.loads((out / "config.json").read_text())["config"]["baseline"] == str(baseline / "programs")


def test_refit_keeps_the_baseline_terms_unless_new_ones_gain():
    d = decide(Decision("L0H0", "moved", 0.8, 0.5, baseline_select=0.5, refit_select=0.7,
                        fresh_select=0.7 + TERM_GAIN / 2), tolerance=0.02)
    assert d.action == "refit" and "the baseline's terms with new weights" in d.reason
    d = decide(Decision("L0H0", "moved", 0.8, 0.5, baseline_select=0.5, refit_select=0.7,
                        fresh_select=0.7 + 2 * TERM_GAIN), tolerance=0.02)
    assert d.action == "terms-changed" and "new terms fit the head better" in d.reason
    d = decide(Decision("L0H0", "moved", 0.8, 0.5, baseline_select=0.69, refit_select=0.7, fresh_select=0.7),
               tolerance=0.02)
    assert d.action == "kept-best"  # the head moved, but no refit describes it better


def test_with_reason_is_a_metadata_line_after_the_summary():
    source = '"""Attends to the first token.\n\nname: L0H0\nform: terms\n"""\nTERMS = []\n'
    text = with_reason(source, "refit: terms kept")
    assert text.startswith('"""Attends to the first token.\n\nwarm_start: refit: terms kept\nname: L0H0')
    assert text.endswith("TERMS = []\n")


def test_a_head_whose_terms_still_hold_keeps_them_with_new_weights(baseline, tmp_path):
    """The baseline describes L0H0 (exactly previous-token) with a weak previous-token term, recorded
    as fitting well: on this store it falls short, and the refit of its own term restores the fit,
    so the program keeps that one term, sharper, and no fresh synthesis is needed."""
    from surgery.forms.source import program_source

    programs = Path(shutil.copytree(baseline / "programs", tmp_path / "base"))
    (programs / "L0H0.py").write_text(program_source("L0H0", [(1.0, ("distance", 1))], [0.5]))
    heads = json.loads((programs / "heads.json").read_text())
    heads["heads"]["L0H0"].update(iou=0.95, method="search/terms")
    (programs / "heads.json").write_text(json.dumps(heads))
    out = tmp_path / "warm"
    synthesize(SynthConfig(attn=str(baseline / "attn"), out=str(out), baseline=str(programs), **SMALL), progress=False)
    d = json.loads((out / "warm.json").read_text())["heads"]["L0H0"]
    assert d["action"] == "refit" and d["fresh_select"] is None and d["refit_select"] > 0.9 > d["baseline_select"]
    terms = read_terms((out / "L0H0.py").read_text())
    assert [t for _, t in terms] == [("distance", 1)] and terms[0][0] > 3.0
    assert "the baseline's terms with new weights" in read_meta(out / "L0H0.py")["warm_start"]
    assert not (out / "fitted" / "L0H0.py").exists()


PROBES = [0, 1, 6, 7, 12, 13, 18, 19]  # probe windows: held-out 1, 13 select, 7, 19 report; 0, 6, 12, 18 train


def probe_run(path: Path, learnt_induction: bool) -> Path:
    """A run directory's store of 24 windows, 8 of them probes (5 random words repeated): L0H0 attends
    to the first and the previous token (no library program does both), except that on the probes of
    a checkpoint that ``learnt_induction`` it attends mostly to the token after an earlier copy of
    the query (natural windows, 12 words of 16, repeat some too); L0H1 previous token, L0H2 self."""
    ids, strs = random_windows(24, 12)
    for i in PROBES:
        ids[i, 1:] = np.tile(ids[i, 1:6], 3)[:11]
        strs[i] = ["<s>"] + [WORDS[t - 1] for t in ids[i, 1:]]
    meta = StoreMeta(model="toy", n_layers=1, n_heads=3, window=12, n_windows=24, corpus="toy", seed=0,
                     probes={"kind": "repeat", "seq_len": 5, "windows": PROBES})
    with StoreWriter(path / "attn", meta) as w:
        w.write_tokens(ids, strs, doc_ids=np.arange(24), split=np.arange(24) % 2)
        w.write_embeddings(np.arange(len(WORDS) + 1), np.random.default_rng(1).normal(size=(len(WORDS) + 1, 8)).astype(np.float32))
        for wi in range(24):
            ctx = build_context(ids[wi], strs[wi])
            sink = P.first(ctx) + 0.5 * P.previous(ctx) + (6.0 * P.induction(ctx) if learnt_induction else 0.0)
            for h, planted in enumerate([sink, P.previous(ctx), P.self_token(ctx)]):
                w.attn[wi, 0, h] = normalize(planted)
    return path


def test_a_head_that_learnt_induction_on_probes_gets_an_induction_term_and_regress_names_it(tmp_path):
    """The baseline's L0H0 is a sink head; on the checkpoint it attends to the token after an earlier
    copy, which the probe windows exercise most. Warm start sees the move, a new term set with an
    induction term wins, and regress names the role change on probes. The real attention is what
    changed: the planted pattern."""
    cfg = dict(levels=(1, 2, 4), max_terms=4, refit_steps=30, full_steps=0, calibrate_steps=5)
    base, cand = probe_run(tmp_path / "base", False), probe_run(tmp_path / "cand", True)
    synthesize(SynthConfig(attn=str(base / "attn"), out=str(base / "programs"), **cfg), progress=False)
    assert "induction" not in {t[0] for _, t in read_terms((base / "programs" / "L0H0.py").read_text())}
    synthesize(SynthConfig(attn=str(cand / "attn"), out=str(cand / "programs"), baseline=str(base / "programs"), **cfg),
               progress=False)
    warm = json.loads((cand / "programs" / "warm.json").read_text())["heads"]
    assert warm["L0H0"]["action"] == "terms-changed", warm["L0H0"]
    assert "probe" in warm["L0H0"]["parts"]["recorded"] and "probe windows" in warm["L0H0"]["reason"]
    assert "induction" in {t[0] for _, t in read_terms((cand / "programs" / "L0H0.py").read_text())}
    for head in ("L0H1", "L0H2"):  # untouched heads keep their bytes
        assert (cand / "programs" / f"{head}.py").read_bytes() == (base / "programs" / f"{head}.py").read_bytes()
    result = CliRunner().invoke(cli, ["regress", "--baseline", str(base), "--candidate", str(cand), "--trusted", "--ci"])
    assert result.exit_code == 1, result.output
    line = next(x for x in result.stdout.splitlines() if x.startswith("L0H0: FAIL"))
    assert "role on probes sink -> induction" in line, line  # the program's roles
    assert "; head " in line and " on probes" in line.split("; head ")[1] and "induction 0.0" in line, line  # the head's


def test_keep_check_holds_on_each_kind_of_window():
    from surgery.synthesize.warm import within

    recorded = {"all": 0.80, "natural": 0.82, "probe": 0.70}
    assert within({"all": 0.80, "natural": 0.82, "probe": 0.69}, recorded, 0.02)
    assert not within({"all": 0.79, "natural": 0.83, "probe": 0.60}, recorded, 0.02)  # the mean hides the probes
    assert within({"all": 0.79}, {"all": 0.80}, 0.02) and not within(None, recorded, 0.02)


def test_probe_refit_adds_only_the_probe_terms_a_program_lacks_and_weighs_probes_half():
    import torch
    from surgery.synthesize.warm import ADDED_WEIGHT, PROBE_TERMS, part_weights, with_added

    terms = [(3.0, ("first",)), (1.0, ("induction",))]
    assert with_added(terms, PROBE_TERMS) == terms + [(ADDED_WEIGHT, ("same_token",))]
    assert with_added(terms + [(1.0, ("same_token",))], PROBE_TERMS) is None  # nothing to add: no probe refit
    assert with_added(terms, ()) == terms and with_added(None, PROBE_TERMS) is None

    class Store:  # four windows, the last one a probe
        class meta:
            probes = {"windows": [3]}
    w = part_weights(Store(), np.arange(4))
    assert w.tolist() == pytest.approx([2 / 3, 2 / 3, 2 / 3, 2.0]) and float(w.mean()) == pytest.approx(1.0)
    assert torch.equal(part_weights(Store(), np.arange(3)), torch.ones(3))


def test_a_term_change_may_not_cost_the_natural_windows_more_than_the_tolerance():
    """New terms that gain on the balanced select score only by fitting the probes, while the
    natural windows lose more than the tolerance to the refit, do not replace the baseline's terms."""
    parts = {"refit_select": {"natural": 0.70, "probe": 0.40}, "fresh_select": {"natural": 0.66, "probe": 0.60}}
    d = decide(Decision("L0H0", "moved", 0.8, 0.5, baseline_select=0.5, refit_select=0.55, fresh_select=0.63,
                        parts=parts), tolerance=0.02)
    assert d.action == "refit"
    parts["fresh_select"]["natural"] = 0.69
    d = decide(Decision("L0H0", "moved", 0.8, 0.5, baseline_select=0.5, refit_select=0.55, fresh_select=0.645,
                        parts=parts), tolerance=0.02)
    assert d.action == "terms-changed"
