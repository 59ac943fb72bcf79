"""Library compression: greedy facility location over a [heads, programs] IoU matrix, and the CLI."""
from __future__ import annotations

import json

import numpy as np
from click.testing import CliRunner

from surgery.cli import cli
from surgery.analyse.compress import (assign, assigned_curve, choose_k, compress, greedy, in_sample_record, in_sample_writer,
                              split_by_document, swap_pass)
from surgery.io.headmap import HeadMap
from surgery.runtime.program import code_key, library_dir
from surgery.score import ScoreResult
from surgery.synthesize.synthesize import SynthConfig, synthesize
from conftest_programs import make_store


def _clustered(n_clusters: int = 3, per: int = 10) -> np.ndarray:
    """Each head's own program fits it at 0.9; one shared program per cluster fits its heads at 0.89."""
    n = n_clusters * per
    own = np.eye(n) * 0.9  # [heads, own programs]
    shared = np.zeros((n, n_clusters))
    shared[np.arange(n), np.arange(n) // per] = 0.89
    return np.concatenate([own, shared], axis=1)


def test_greedy_gains_shrink_and_the_curve_climbs_to_the_per_head_best():
    iou = np.random.default_rng(0).uniform(size=(40, 25))
    order, gain, value = greedy(iou, max_k=100)
    assert set(np.argmax(iou, axis=1).tolist()) <= set(order.tolist()) and len(order) < 25  # stops when all have their best
    assert np.all(gain > 0) and greedy(iou, max_k=3)[0].tolist() == order[:3].tolist()
    assert np.all(np.diff(gain) <= 1e-12)  # submodular: gains never grow
    assert np.all(np.diff(value) >= -1e-12)
    np.testing.assert_allclose(np.cumsum(gain), value)
    assert value[-1] == iou.max(axis=1).mean()
    assert order[0] == int(np.argmax(iou.mean(axis=0)))


def test_greedy_breaks_ties_by_lower_column():
    iou = np.array([[0.2, 0.7, 0.1, 0.7], [0.2, 0.5, 0.9, 0.5]])  # columns 1 and 3 identical and best
    order, gain, _ = greedy(iou, max_k=4)
    assert order.tolist() == [1, 2]  # column 3 then adds nothing, nor does column 0: greedy stops
    assert greedy(iou[:, ::-1], 4)[0].tolist() == [0, 1]  # reversed: the copy at column 0 now wins the tie
    assert greedy(np.zeros((3, 4)), 4)[0].tolist() == [0]  # nothing fits: one program, the first


def test_choose_k_is_the_smallest_within_tolerance():
    curve = np.array([0.1, 0.5, 0.58, 0.59, 0.6])
    assert choose_k(curve, 0.6, 0.02) == 3
    assert choose_k(curve, 0.6, 0.0) == 5
    assert choose_k(curve, 0.6, 0.5) == 1
    assert choose_k(curve[:2], 0.6, 0.02) is None


def test_shared_programs_replace_per_head_ones_within_tolerance():
    iou = _clustered()
    c = compress(iou, iou, max_k=40, within=0.02)
    assert c.k == 3 and sorted(c.library) == [30, 31, 32]  # the three shared programs
    assert abs(c.best_evaluation - 0.9) < 1e-12 and c.best_selection == c.best_evaluation
    assert abs(c.evaluation[2] - 0.89) < 1e-12
    assert c.assignment.tolist() == [30 + i // 10 for i in range(30)]
    assert compress(iou, iou, max_k=40, within=0.0).k == 33  # exact: all 30 per-head programs on top


def test_assignment_is_made_on_selection_windows_and_scored_on_evaluation_windows():
    sel = np.array([[0.5, 0.6], [0.9, 0.1]])
    ev = np.array([[0.7, 0.1], [0.8, 0.2]])
    assert assign(sel, [1, 0]).tolist() == [1, 0]
    c = compress(sel, ev, max_k=2, within=0.0)
    assert c.order.tolist() == [0, 1]  # 0.7 vs 0.35 mean on selection
    np.testing.assert_allclose(c.evaluation, [0.75, 0.45])  # head 0 moves to program 1 on selection
    assert c.best_evaluation == 0.45 and c.best_evaluation_oracle == 0.75
    assert c.k == 1  # the honest reference is 0.45; K=1 already reaches it
    np.testing.assert_allclose(assigned_curve(sel, sel, c.order), c.selection)


def test_swap_pass_fixes_a_greedy_mistake_and_never_loses():
    iou = np.array([[0.6, 1.0, 0.0], [0.6, 0.0, 1.0]])
    order, _, value = greedy(iou, 2)
    assert order.tolist() == [0, 1] and value[1] == 0.8
    better = swap_pass(iou, order)
    assert sorted(better) == [1, 2] and iou[:, better].max(axis=1).mean() == 1.0
    rng = np.random.default_rng(3)
    for _ in range(5):
        m = rng.uniform(size=(20, 30))
        start = greedy(m, 5)[0]
        assert m[:, swap_pass(m, start)].max(axis=1).mean() >= m[:, start].max(axis=1).mean()


def test_split_by_document_keeps_documents_whole():
    docs = np.array([4, 4, 9, 1, 1, 1, 7, 9, 2])
    sel = split_by_document(docs)
    assert sel.any() and (~sel).any()
    for d in np.unique(docs):
        assert len(set(sel[docs == d])) == 1
    assert split_by_document(np.array([5, 5, 5, 5])).tolist() == [True, False, True, False]


def test_code_key_ignores_the_docstring_only():
    a = '"""Previous token.\n\nname: a\n"""\nimport numpy as np\n\ndef attention(ctx):\n    return np.eye(ctx.n)\n'
    b = a.replace("Previous token.", "head: L0H0\nheldout_iou: 0.9\nPrevious token.")
    assert code_key(a) == code_key(b)
    assert code_key(a) != code_key(a.replace("np.eye(ctx.n)", "np.ones((ctx.n, ctx.n))"))


def test_in_sample_record_labels_itself():
    iou = _clustered()
    result = ScoreResult(heads=[f"L0H{i}" for i in range(30)], programs=[_Named(f"p{j}") for j in range(33)],
                         iou=iou, iou_no_bos=iou, n_windows=4)
    record = in_sample_record(result, max_k=10)
    assert record["windows"].startswith("in-sample") and record["chosen_k"] == 3
    assert record["library"] == ["p30", "p31", "p32"] and len(record["curve"]) == 10


class _Named:
    def __init__(self, name: str):
        self.name = name


def test_compress_cli_writes_curve_and_a_library_eval_can_load(tmp_path):
    store = make_store(tmp_path / "attn", n_windows=8, n_layers=2, n_heads=3, window=10)
    progs = tmp_path / "progs"
    synthesize(SynthConfig(attn=str(store), out=str(progs)), progress=False, on_scored=in_sample_writer(progs))
    (progs / "llm").mkdir()  # a copy of a library program under another docstring: deduplicated
    code = (library_dir() / "previous.py").read_text().split('"""', 2)[2]
    (progs / "llm" / "L0H0_r0_0.py").write_text('"""An LLM wrote this.\n\ntarget: L0H0\n"""' + code)
    out = tmp_path / "compressed"
    result = CliRunner().invoke(cli, ["compress", "--attn", str(store), "--programs", str(progs), "--out", str(out),
                                      "--max-k", "20", "--trusted"])
    assert result.exit_code == 0, result.output
    record = json.loads((out / "compression.json").read_text())
    names = [s["program"] for s in record["curve"]]
    assert len(names) == len(set(names)) <= 20
    assert record["n_candidates"] == len(list(library_dir().glob("[!_]*.py"))) + 6  # + 6 fitted; copies dropped
    assert record["windows"]["selection"] + record["windows"]["evaluation"] == 4
    best = record["per_head_best"]["evaluation"]
    assert record["chosen_k"] <= 6 and record["library_scores"]["evaluation"] >= best - 0.02 - 1e-9
    assert record["curve"][-1]["selection"] >= record["curve"][0]["selection"]
    assert (out / "compression.png").stat().st_size > 0 and (out / "config.json").exists()

    from surgery.substitute.selection import load_head_programs

    headmap = HeadMap.load(out / "library")
    assert sorted(headmap.heads) == ["L0H0", "L0H1", "L0H2", "L1H0", "L1H1", "L1H2"]
    files = {p.name for p in (out / "library").glob("*.py")}
    instances = {f"instances/{h}" for h in record["tempering"]["heads"]}
    assert len(files) == len(record["library"]) and {e.program for e in headmap.heads.values()} <= files | instances
    loaded = load_head_programs(headmap, out / "library", trusted=False)  # as `surgery eval` loads them
    assert len(loaded) == 6 and all(p.meta is not None for p in loaded.values())
    assert json.loads((progs / "compression.json").read_text())["windows"].startswith("in-sample")


def test_compress_cli_reports_a_missing_programs_directory(tmp_path):
    store = make_store(tmp_path / "attn", n_windows=4, n_layers=1, n_heads=1, window=8)
    result = CliRunner().invoke(cli, ["compress", "--attn", str(store), "--programs", str(tmp_path / "none"),
                                      "--out", str(tmp_path / "o")])
    assert result.exit_code == 1 and "no programs directory" in result.output
    assert not (tmp_path / "o").exists()


TEMPLATE = [(1.2, ("pair", "CONTENT", "DET")), (0.8, ("pair", "PERIOD", "PERIOD")), (0.4, ("first",)),
            (0.9, ("key_token", " cat")), (1.5, ("distance", 1)), (0.6, ("distance", 2)), (0.5, ("same_token",)),
            (0.3, ("same_sentence",))]


def _template_store(tmp_path):
    """A store whose head L0H0 is a terms program's pattern and L0H1 the same program tempered."""
    from surgery.forms import source as termcode
    from surgery.analyse.compress import temper
    from surgery.lang.context import build_context
    from surgery.runtime.program import load_program
    from surgery.io.store import StoreMeta, StoreWriter
    from conftest_programs import random_windows

    ids, strs = random_windows(8, 10)
    progs = tmp_path / "progs"
    (progs / "fitted").mkdir(parents=True)
    (progs / "fitted" / "L0H0.py").write_text(termcode.program_source("L0H0", TEMPLATE, np.ones(len(TEMPLATE)) / 10))
    template = load_program(progs / "fitted" / "L0H0.py", trusted=True)
    ctxs = [build_context(ids[w], strs[w]) for w in range(8)]
    pats = np.stack(template.patterns(ctxs))  # [w, n, n]
    meta = StoreMeta(model="toy", n_layers=1, n_heads=2, window=10, n_windows=8, corpus="toy", seed=0)
    with StoreWriter(tmp_path / "attn", meta) as w:
        w.write_tokens(ids, strs, doc_ids=np.arange(8), split=np.arange(8) % 2)
        w.write_embeddings(np.arange(20), np.random.default_rng(1).normal(size=(20, 8)).astype(np.float32))
        w.attn[:, 0, 0] = pats
        w.attn[:, 0, 1] = temper(pats, 1.6, 1.0)
    return tmp_path / "attn", progs


def test_tempered_terms_compute_the_tempered_pattern(tmp_path):
    from surgery.cli.compress import tempered_terms
    from surgery.forms import source as termcode
    from surgery.analyse.compress import temper
    from surgery.lang.context import store_contexts
    from surgery.runtime.program import load_program
    from surgery.io.store import AttentionStore

    attn, progs = _template_store(tmp_path)
    ctxs = store_contexts(AttentionStore(attn), np.arange(8))
    template = np.stack(load_program(progs / "fitted" / "L0H0.py", trusted=True).patterns(ctxs))
    path = tmp_path / "instance.py"
    instance_terms = tempered_terms(TEMPLATE, 0.6, -1.0)
    path.write_text(termcode.program_source("L0H1", instance_terms, np.ones(len(instance_terms)) / 10))
    instance = np.stack(load_program(path, trusted=True).patterns(ctxs))
    np.testing.assert_allclose(instance, temper(template, 0.6, -1.0), atol=1e-2)  # weights rounded to 0.01
    assert not np.allclose(instance, template, atol=1e-2)


def test_compress_gives_a_tempered_head_its_instance_of_a_shared_template(tmp_path):
    attn, progs = _template_store(tmp_path)
    runs = {}
    for flag in ("--temper", "--no-temper"):
        out = tmp_path / flag
        result = CliRunner().invoke(cli, ["compress", "--attn", str(attn), "--programs", str(progs), "--out", str(out),
                                          "--max-k", "1", "--trusted", flag])
        assert result.exit_code == 0, result.output
        runs[flag] = (json.loads((out / "compression.json").read_text()), HeadMap.load(out / "library"))
    record, headmap = runs["--temper"]
    assert record["library"] == ["fitted/L0H0"]  # one template serves both heads
    assert record["tempering"]["heads"] == {"L0H1": {"template": "fitted/L0H0", "temperature": 1.6, "bos_shift": 1.0}}
    assert headmap.heads["L0H1"].program == "instances/L0H1.py" and headmap.heads["L0H0"].program == "fitted_L0H0.py"
    assert headmap.heads["L0H1"].iou > 0.97
    plain_record, plain = runs["--no-temper"]
    assert plain_record["tempering"]["heads"] == {}
    assert plain.heads["L0H1"].iou < headmap.heads["L0H1"].iou - 0.05

    from surgery.substitute.selection import load_head_programs

    loaded = load_head_programs(headmap, tmp_path / "--temper" / "library", trusted=False)  # as `surgery eval` does
    assert sorted(loaded) == [(0, 0), (0, 1)]


def test_compress_names_a_program_whose_claimed_form_is_not_recognised(tmp_path):
    """A fitted terms program edited by hand is scored as an ordinary program, with a warning and a record."""
    attn, progs = _template_store(tmp_path)
    path = progs / "fitted" / "L0H0.py"
    path.write_text(path.read_text().replace("return T.scores(ctx, TERMS)", "return T.scores(ctx, TERMS) + 0.0"))
    out = tmp_path / "o"
    result = CliRunner().invoke(cli, ["compress", "--attn", str(attn), "--programs", str(progs), "--out", str(out),
                                      "--max-k", "1", "--trusted"])
    assert result.exit_code == 0, result.output
    assert "warning:" in result.output and "L0H0.py" in result.output and "terms-form" in result.output
    record = json.loads((out / "compression.json").read_text())
    assert record["tempering"]["heads"] == {}  # not used as a template any more
    assert len(record["tempering"]["unrecognised_forms"]) == 1
