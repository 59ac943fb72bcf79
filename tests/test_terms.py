"""Short (terms form) programs: features, fit, written source, descriptions, roles, targeted re-synthesis."""
from __future__ import annotations

import json

import numpy as np
import pytest
import torch

from conftest_programs import make_store, random_windows
from surgery.lang import terms as T
from surgery.forms import source as termcode
from surgery.synthesize import tensors as TF
from surgery.lang.context import build_context, store_contexts
from surgery.io.headmap import HeadMap
from surgery.runtime.program import load_program
from surgery.analyse.roles import RolesConfig, head_roles
from surgery.io.store import AttentionStore
from surgery.runtime.program import with_scores
from surgery.synthesize.synthesize import SynthConfig, synthesize

QUICK = dict(levels=(1, 2, 4), max_terms=4, refit_steps=8, full_steps=0, calibrate_steps=5)


def _contexts(n_windows=5, window=14, seed=0):
    ids, strs = random_windows(n_windows, window, seed)
    return [build_context(i, s) for i, s in zip(ids, strs)]


def test_every_term_family_computes_in_numpy_what_the_fit_computes_in_torch():
    ctxs = _contexts()
    f = TF.features(ctxs)
    theta = torch.randn(2, f.n_weights, generator=torch.Generator().manual_seed(0)) * TF.allowed(len(f.vocab))
    pred = TF.predict(theta, f).numpy()
    for i in range(2):
        terms = TF.head_terms(theta, i, f.vocab)
        assert {t[0] for _, t in terms} == set(T.FAMILIES)  # every family took part
        program = [(w, *t) for w, t in terms]
        pats = np.stack([T.scores(c, program) for c in ctxs])
        np.testing.assert_allclose(pats / pats.sum(-1, keepdims=True), pred[i], atol=1e-5)
        np.testing.assert_allclose(TF.params_from_terms([terms], f.vocab)[0], theta[i], atol=1e-6)


@pytest.mark.parametrize("family", list(T.FAMILIES))
def test_each_family_is_one_definition_on_every_path(family):
    """Terms of one family (every candidate of the fit, random weights of both signs): the numpy
    program, the batched tables and the torch fit give one pattern; each term reads back, has a
    phrase and a role. Iterates over the specification, so a new family is covered when added."""
    ctxs = _contexts(n_windows=3, window=16, seed=3)
    f = TF.features(ctxs)
    at, size = TF.offsets(len(f.vocab)), int(np.prod(TF.shapes(len(f.vocab))[family]))
    theta = torch.zeros(1, f.n_weights)
    block = slice(at[family], at[family] + size)
    theta[0, block] = torch.randn(size, generator=torch.Generator().manual_seed(4)) * TF.allowed(len(f.vocab))[block]
    terms = TF.head_terms(theta, 0, f.vocab)
    assert terms and {t[0] for _, t in terms} == {family}
    program = [(w, *t) for w, t in terms]
    torch_patterns = TF.predict(theta, f)[0].numpy()
    tables = termcode.TermTables([terms])
    for i, ctx in enumerate(ctxs):
        numpy_pattern = T.scores(ctx, program)
        numpy_pattern /= numpy_pattern.sum(-1, keepdims=True)
        np.testing.assert_allclose(numpy_pattern, torch_patterns[i], atol=1e-5)
        np.testing.assert_allclose(tables.patterns(ctx)[0], numpy_pattern, atol=1e-5)
        rows = np.array([2, ctx.n - 1])
        np.testing.assert_allclose(tables.patterns(ctx, rows)[0], numpy_pattern[rows], atol=1e-5)
    np.testing.assert_allclose(TF.params_from_terms([terms], f.vocab), theta, atol=1e-6)
    for w, term in terms:
        assert T.check(term) == term and T.phrase(term, w) and T.role(term)


def test_sentence_start_is_where_the_querys_own_sentence_began():
    ctx = build_context(np.arange(9), ["<s>", "Tom", " ran", ".", " He", " sat", ".\n", "She", " ran"])
    start = T.feature(ctx, ("sentence_start",))
    assert [int(np.argmax(row)) if row.any() else None for row in start] == [None, 1, 1, 1, 4, 4, 4, 7, 7]
    assert start.sum(-1).max() == 1 and not np.triu(start, 1).any()  # one key per row, never a later one
    assert T.phrase(("sentence_start",), -1.0) == "away from the first token of the query's sentence"
    assert T.role(("sentence_start",)) == "boundary"


def test_last_mask_and_bad_terms():
    ctx = build_context(np.arange(6), ["<s>", "A", ".", " b", ".", " c"])
    last_period = T.feature(ctx, ("last", "PERIOD"))
    assert last_period[3].tolist() == [0, 0, 1, 0, 0, 0] and last_period[5].tolist() == [0, 0, 0, 0, 1, 0]
    for bad in [("nope",), ("distance", 9), ("pair", "NAME"), ("key_class", "VERB")]:
        with pytest.raises(ValueError):
            T.check(bad)


def test_source_round_trip_and_rejections():
    terms = [(4.0, ("first",)), (1.5, ("distance", 1)), (-0.5, ("key_token", " the")), (0.7, ("pair", "PRON_SUBJ", "NAME"))]
    src = termcode.program_source("L2H3", terms, np.array([0.4, 0.2, 0.01, 0.05]))
    assert src.splitlines()[0] == ('"""Mainly the first token (40% of the program\'s attention); otherwise the previous token '
                                   'and subject pronoun -> name.')  # negative terms are never in the sentence
    assert "# away from the token ' the': 1%" in src and "# other keys: 34%" in src
    back = termcode.read_terms(src)
    assert back == [(4.0, ("first",)), (1.5, ("distance", 1)), (0.7, ("pair", "PRON_SUBJ", "NAME")),
                    (-0.5, ("key_token", " the"))]  # ordered by mass moved
    assert 15 <= len(src.splitlines()) <= 30
    assert termcode.read_terms(src.replace("T.scores(ctx, TERMS)", "T.scores(ctx, TERMS) * 2")) is None
    assert termcode.read_terms(src.replace("'distance', 1", "'distance', 99")) is None
    assert termcode.read_terms("def attention(ctx):\n    return 1\n") is None
    # anything beside the template's statements could change what the list computes: not a terms program
    assert termcode.read_terms(src.replace("\n\n\ndef attention", "\nTERMS = TERMS[:1]\n\n\ndef attention")) is None
    assert termcode.read_terms(src.replace("from surgery.lang import terms as T", "from surgery.lang import classes as T")) is None


def test_term_tables_equal_each_programs_own_pattern(tmp_path):
    """Many terms programs on one context at once: what each program's attention + normalize gives."""
    ctxs = _contexts(n_windows=3, window=16)
    f = TF.features(ctxs)
    theta = torch.randn(4, f.n_weights, generator=torch.Generator().manual_seed(1)) * TF.allowed(len(f.vocab))
    theta *= torch.rand(theta.shape, generator=torch.Generator().manual_seed(2)) < 0.01  # a few terms each
    dense = torch.randn(1, f.n_weights, generator=torch.Generator().manual_seed(3)) * TF.allowed(len(f.vocab))
    lists = [TF.head_terms(theta, i, f.vocab) for i in range(4)] + [[], TF.head_terms(dense, 0, f.vocab)]
    assert {t[0] for _, t in lists[-1]} == set(T.FAMILIES)  # every family; the empty list: uniform rows
    programs = []
    for i, terms in enumerate(lists):
        path = tmp_path / f"L0H{i}.py"
        path.write_text(termcode.program_source(f"L0H{i}", terms, np.ones(len(terms))))
        programs.append(load_program(path, trusted=True))
    for ctx in ctxs:
        got = termcode.TermTables([termcode.read_terms(p.source) for p in programs]).patterns(ctx)
        rows = np.array([3, 7, ctx.n - 1])
        some = termcode.TermTables([termcode.read_terms(p.source) for p in programs]).patterns(ctx, rows)
        for prog, pattern, part in zip(programs, got, some):
            np.testing.assert_allclose(pattern, prog.pattern(ctx), rtol=1e-5, atol=1e-6)
            np.testing.assert_allclose(part, pattern[rows], rtol=1e-6, atol=1e-7)  # rows alone: the same rows
    tables = termcode.TermTables([termcode.read_terms(p.source) for p in programs])
    np.testing.assert_allclose(tables.patterns(ctxs[0], which=[5, 1]), tables.patterns(ctxs[0])[[5, 1]],
                               rtol=1e-6, atol=1e-7)  # some programs only
    blocked = termcode.TermTables([termcode.read_terms(p.source) for p in programs])
    blocked.BLOCK = 5  # a whole pattern in blocks of 5 rows, each over the keys up to its last row
    for ctx in ctxs:
        np.testing.assert_allclose(blocked.patterns(ctx), tables.patterns(ctx), rtol=1e-6, atol=1e-7)
    assert all(len(lst) >= 2 for lst in lists[:4])
    with pytest.raises(Exception, match="L0H9: returned NaN or inf"):
        termcode.TermTables([[(float("inf"), ("first",))]], ["L0H9"]).patterns(ctxs[0])


def test_with_scores_keeps_the_summary_first(tmp_path):
    src = termcode.program_source("L0H0", [(3.0, ("first",))], np.array([0.6]))
    scored = with_scores(src, "L0H0", 0.81, 0.5)
    path = tmp_path / "L0H0.py"
    path.write_text(scored)
    meta = load_program(path, trusted=True).meta
    assert meta["description"] == "Mostly the first token (60% of the program's attention)." and meta["heldout_iou"] == "0.810"


@pytest.fixture(scope="module")
def toy_run(tmp_path_factory):
    base = tmp_path_factory.mktemp("terms")
    make_store(base / "attn", n_windows=16, window=12)
    synthesize(SynthConfig(attn=str(base / "attn"), out=str(base / "programs"), **QUICK), progress=False)
    return base


def test_synthesis_writes_short_programs_with_a_front(toy_run):
    front = json.loads((toy_run / "programs" / "front.json").read_text())
    assert front["levels"] == [1, 2, 4] and len(front["heads"]) == 6
    for name, rec in front["heads"].items():
        src = (toy_run / "programs" / "fitted" / f"{name}.py").read_text()
        terms = termcode.read_terms(src)
        assert terms is not None and len(terms) <= 4 and len(src.splitlines()) <= 40
        assert rec["chosen"] in (1, 2, 4)
    # the previous-token and first-token heads are led by their one term; the induction head
    # (which falls back to the first token where nothing matches) holds induction and first
    def top_terms(name):
        return [t for _, t in termcode.read_terms((toy_run / "programs" / "fitted" / f"{name}.py").read_text())]

    assert top_terms("L0H0")[0] == ("distance", 1)
    assert top_terms("L0H1")[0] == ("first",)
    assert {("induction",), ("first",)} <= set(top_terms("L1H0")[:2])


def test_targeted_resynthesis_merges_only_the_named_heads(toy_run, tmp_path):
    import shutil

    progs = tmp_path / "programs"
    shutil.copytree(toy_run / "programs", progs)
    before = HeadMap.load(progs)
    other = make_store(tmp_path / "examples", n_windows=16, window=12, seed=5)
    untouched = {p.name: p.read_text() for p in progs.glob("L*H*.py") if p.name != "L1H1.py"}
    after = synthesize(SynthConfig(attn=str(other), out=str(progs), heads=("L1H1",), **QUICK), progress=False)
    assert set(after.heads) == set(before.heads)
    assert {p.name: p.read_text() for p in progs.glob("L*H*.py") if p.name != "L1H1.py"} == untouched
    assert HeadMap.load(progs).heads["L0H0"] == before.heads["L0H0"]
    assert after.heads["L1H1"].iou is not None


def _planted_model(tokenizer):
    """A one-layer GPT-2 whose head 0 is a pure previous-token head and head 1 a first-token sink
    (positions only: token embeddings and the MLP are zero)."""
    from surgery.io import convert
    from tiny_hf import hf_model

    n = 24
    hf = hf_model("gpt2", len(tokenizer), n_embd=2 * n, n_head=2, n_layer=1, n_positions=n)
    with torch.no_grad():
        for name, p in hf.named_parameters():
            p.fill_(1.0 if name.endswith("ln_1.weight") or name.endswith("ln_2.weight") or name.endswith("ln_f.weight") else 0.0)
        hf.transformer.wpe.weight[:, :n] = torch.eye(n)  # position i -> e_i (LayerNorm keeps the one-hot shape)
        w, b = hf.transformer.h[0].attn.c_attn.weight, hf.transformer.h[0].attn.c_attn.bias  # [d_model, 3 d_model]
        for a in range(n):
            w[a, (a - 1) % n] = 80.0  # head 0: query i -> e_{i-1}: attends to the previous token
            for h in range(2):
                w[a, 2 * n + h * n + a] = 1.0  # keys e_j
                w[a, 4 * n + h * n + a] = 0.1  # values
        b[n] = 80.0  # head 1: every query -> e_0: attends to the first token
    model, record = convert.boot(hf, tokenizer, "planted")
    convert.check_parity(record, "planted", allow_mismatch=False)
    return model


def test_roles_recover_planted_heads(tiny_tokenizer, sample_docs, tmp_path):
    from surgery.extract import ExtractConfig, extract

    model = _planted_model(tiny_tokenizer)
    store = extract(ExtractConfig(out=str(tmp_path / "attn"), n_windows=12, window=16), model=model,
                    docs=sample_docs, progress=False)
    real = store.head_attention(0, 0, store.heldout_windows())
    assert real[:, 5, 4].min() > 0.99  # the planted mechanism is really there
    synthesize(SynthConfig(attn=str(tmp_path / "attn"), out=str(tmp_path / "programs"), **QUICK), progress=False)
    record = head_roles(tmp_path / "programs", store, RolesConfig(run=str(tmp_path)))
    assert record["heads"]["L0H0"]["roles"][0] == "previous-token"
    assert record["heads"]["L0H1"]["roles"][0] == "sink"
    assert record["counts"] == {"sink": 1, "previous-token": 1}


def test_roles_command_and_report_show_roles_and_the_front(toy_run):
    from click.testing import CliRunner

    from surgery.cli import cli

    result = CliRunner().invoke(cli, ["roles", "--run", str(toy_run)])
    assert result.exit_code == 0, result.output
    record = json.loads((toy_run / "roles" / "roles.json").read_text())
    assert record["heads"]["L0H0"]["roles"][0] == "previous-token" and record["heads"]["L0H1"]["roles"][0] == "sink"
    assert "previous-token" in result.output.splitlines()[0] and (toy_run / "roles" / "config.json").exists()
    result = CliRunner().invoke(cli, ["report", "--run", str(toy_run), "--trusted", "--windows", "1"])
    assert result.exit_code == 0, result.output
    html = (toy_run / "report.html").read_text()
    assert 'id="front"' in html and "Fidelity and size" in html
    assert f"previous-token ({record['counts']['previous-token']})" in html


def test_another_seed_fits_other_windows_and_keeps_the_known_heads_leading_terms(toy_run, tmp_path):
    from surgery.synthesize.search import fitting_windows

    store = AttentionStore(toy_run / "attn")
    assert set(fitting_windows(store, 96, 0)[0]) != set(fitting_windows(store, 96, 1)[0])
    synthesize(SynthConfig(attn=str(toy_run / "attn"), out=str(tmp_path / "seed1"), seed=1, **QUICK), progress=False)
    leading = {"L0H0": 1, "L0H1": 1, "L1H0": 2}  # previous token; first token; induction, and first where none
    for name, k in leading.items():
        seeds = [termcode.read_terms((d / "fitted" / f"{name}.py").read_text()) for d in (toy_run / "programs", tmp_path / "seed1")]
        assert {t for _, t in seeds[0][:k]} == {t for _, t in seeds[1][:k]}, (name, seeds)  # listed by mass moved


@pytest.mark.parametrize("term, expected", [
    (("distance", 0), "self"), (("distance", 1), "previous-token"), (("distance", 3), "positional"),
    (("first",), "sink"), (("same_token",), "duplicate-token"), (("induction",), "induction"),
    (("key_class", "PERIOD"), "boundary"), (("key_token", " the"), "lexical"),
])
def test_each_term_has_the_role_of_what_it_points_at(term, expected):
    assert T.role(term) == expected
