"""Tuning programs to the model's loss: KL goes down through the ordinary substitution path, only
weights a program already has move, other programs are left alone, retired forms are refused."""
from __future__ import annotations

import numpy as np
import pytest
import torch

from surgery import forms
from surgery.forms import terms as termcode
from surgery.synthesize import termfit
from surgery.lang.context import build_context
from surgery.io.headmap import HeadEntry, HeadMap
from surgery.runtime.program import library_dir, load_program
from surgery.substitute.plan import substituted
from surgery.substitute.tune import TuneConfig, Teacher, kl, teacher, tune, tunable, write_tuned
from test_substitute import tiny_model

WORDS = [" the", " cat", " sat", ".", " on", " a", " mat", ",", " and", " Tom", " ran", "\n"]


def word_contexts(model):
    """Contexts of the tiny model's ids: id i reads as WORDS[i % len(WORDS)] (id 0 is BOS)."""
    w_e = model.W_E.detach()

    def make(ids):
        strs = ["<s>"] + [WORDS[int(i) % len(WORDS)] for i in ids[1:]]
        return build_context(np.asarray(ids), strs, embed=lambda x: w_e[torch.as_tensor(x)].numpy())

    return make


def windows(n: int = 12, pos: int = 16, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    out = rng.integers(1, 40, size=(n, pos))
    out[:, 0] = 0
    return out


def random_terms(h: int, vocab: tuple[str, ...], seed: int = 0) -> list[list[tuple[float, tuple]]]:
    """Term lists of ``h`` heads: about a third of every candidate, random weights."""
    g = torch.Generator().manual_seed(seed)
    at = termfit.offsets(len(vocab))["total"]
    theta = torch.randn(h, at, generator=g) * termfit.allowed(len(vocab)) * (torch.rand(h, at, generator=g) < 0.35)
    return [termfit.head_terms(theta.round(decimals=2), i, vocab) for i in range(h)]


def write_programs(tmp_path, model, heads, vocab=(" cat", " mat", ".")) -> dict:
    progs = {}
    for (layer, head), terms in zip(heads, random_terms(len(heads), vocab)):
        path = tmp_path / "progs" / f"L{layer}H{head}.py"
        path.parent.mkdir(exist_ok=True)
        path.write_text(termcode.program_source(f"L{layer}H{head}", terms, np.ones(len(terms)) / len(terms)))
        progs[(layer, head)] = load_program(path, trusted=True)
    return progs


TABLE_PROGRAM = '''"""Log-linear fit: strongest class pairs DET->CONTENT.

name: L0H0
origin: synthesized (search/loglinear)
target: L0H0
"""
from surgery.lang import classes as C

PAIR = {('DET', 'CONTENT'): 1.0}


def attention(ctx):
    return C.softmax_scores(C.loglinear_logits(ctx, PAIR, {}, {}))
'''


def test_a_retired_table_program_is_refused_in_one_line_saying_how_to_regenerate(tmp_path):
    from surgery.runtime.sandbox import ProgramError

    path = tmp_path / "L0H0.py"
    path.write_text(TABLE_PROGRAM)
    old = load_program(path, trusted=True)
    with pytest.raises(forms.FormError, match="regenerate it with `surgery synthesize --form table`"):
        tunable({(0, 0): old})
    with pytest.raises(ProgramError, match="no longer supported: regenerate it with `surgery synthesize --form table`"):
        old.pattern(build_context(np.arange(4), ["<s>", " the", " cat", "."]))
    library = load_program(library_dir() / "previous.py", trusted=True)
    assert tunable({(0, 0): library}) == {}


def test_teacher_kl_is_zero_for_the_teacher_and_matches_full_kl_when_k_is_vocab():
    model = tiny_model()
    toks = windows(4, 10)
    full = teacher(model, toks, top_k=model.cfg.d_vocab, batch_size=3)
    rows = torch.arange(4)
    with torch.no_grad():
        logits = model(torch.as_tensor(toks))
        assert float(kl(full, rows, logits)) == pytest.approx(0.0, abs=1e-5)
        other = logits + torch.randn_like(logits)
        exact = torch.nn.functional.kl_div(torch.log_softmax(other, -1), torch.log_softmax(logits, -1),
                                           log_target=True, reduction="none").sum(-1).mean()
        assert float(kl(full, rows, other)) == pytest.approx(float(exact), rel=1e-3)
        short = teacher(model, toks, top_k=5, batch_size=4)
        assert isinstance(short, Teacher) and short.index.shape == (4, 10, 5)
        assert float(kl(short, rows, other)) > 0


def test_tuning_lowers_kl_through_the_substitution_path(tmp_path, monkeypatch):
    torch.manual_seed(0)
    model = tiny_model()
    monkeypatch.setattr("surgery.substitute.tune.model_context_factory", word_contexts)
    heads = [(0, 1), (1, 2), (1, 3)]
    progs = write_programs(tmp_path, model, heads)
    progs[(0, 0)] = load_program(library_dir() / "previous.py", trusted=True)
    toks = windows(12, 16)
    cfg = TuneConfig(steps=25, lr=0.1, batch_size=6, top_k=40)
    result = tune(model, progs, heads + [(0, 0)], toks, cfg, progress=False)
    assert result.heads == heads and result.skipped == [(0, 0)]
    assert result.kl_after < 0.85 * result.kl_before  # this model: 0.83 after 25 steps, 0.82 after 40
    assert all(q.requires_grad for q in model.parameters())  # the model's own flags are given back

    headmap = HeadMap(model="tiny", heads={f"L{l}H{h}": HeadEntry(program=str(progs[(l, h)].path), iou=0.5)
                                           for l, h in progs})
    tuned_map = write_tuned(result, headmap, tmp_path / "progs", tmp_path / "tuned", note="test")
    assert tuned_map.heads["L0H0"].method is None and tuned_map.heads["L0H1"].method == "search/terms+tuned"
    tuned = {h: load_program(tuned_map.program_path(f"L{h[0]}H{h[1]}", tmp_path / "tuned"), trusted=True) for h in heads}

    # the tuned program files compute what the tuned numbers predict, up to rounding to 0.01
    make = word_contexts(model)
    ctxs = [make(row) for row in toks[:3]]
    (group,) = result.groups
    assert group.form == "terms"
    predicted = termfit.predict(group.params, termfit.features(ctxs, group.vocab)).numpy()
    for i, h in enumerate(heads):
        np.testing.assert_allclose(np.stack(tuned[h].patterns(ctxs)), predicted[i], atol=0.02)
        before, after = termcode.read_terms(progs[h].source), termcode.read_terms(tuned[h].source)
        assert {t for _, t in after} <= {t for _, t in before}  # no new terms
        assert sorted(after) != sorted(before)

    # measured the ordinary way: substituted forward with the program files
    target = teacher(model, toks, top_k=40, batch_size=6)

    def kl_with(plan) -> float:
        with torch.no_grad(), substituted(model, plan, contexts=make):
            return float(kl(target, torch.arange(len(toks)), model(torch.as_tensor(toks))))

    assert kl_with(tuned) < 0.8 * kl_with({h: progs[h] for h in heads})
    assert kl_with(tuned) == pytest.approx(result.kl_after, rel=0.1, abs=1e-3)


def test_nothing_to_tune_returns_at_once():
    model = tiny_model()
    library = load_program(library_dir() / "previous.py", trusted=True)
    result = tune(model, {(0, 0): library}, [(0, 0)], windows(2, 8), TuneConfig(steps=5), progress=False)
    assert result.heads == [] and result.skipped == [(0, 0)] and result.kl_before == result.kl_after == 0.0


def test_terms_programs_are_tuned_together_and_keep_their_terms(tmp_path, monkeypatch):

    torch.manual_seed(0)
    model = tiny_model()
    monkeypatch.setattr("surgery.substitute.tune.model_context_factory", word_contexts)
    progs = write_programs(tmp_path, model, [(1, 2)])
    terms = [[(2.0, ("first",)), (1.0, ("distance", 1)), (-0.5, ("key_token", " cat"))],
             [(1.5, ("last", "PERIOD")), (0.5, ("pair", "CONTENT", "DET")), (-1.0, ("log_distance",))]]
    for (layer, head), listed in zip([(0, 1), (1, 3)], terms):
        path = tmp_path / "progs" / f"L{layer}H{head}.py"
        path.write_text(termcode.program_source(f"L{layer}H{head}", listed, np.ones(len(listed)) / 10))
        progs[(layer, head)] = load_program(path, trusted=True)
    toks = windows(12, 16)
    result = tune(model, progs, [(0, 1), (1, 2), (1, 3)], toks, TuneConfig(steps=25, lr=0.1, batch_size=6, top_k=40),
                  progress=False)
    assert [g.form for g in result.groups] == ["terms"] and result.heads == [(0, 1), (1, 2), (1, 3)]
    assert result.kl_after < 0.85 * result.kl_before  # this model: 0.83 after 25 steps, 0.82 after 40
    headmap = HeadMap(model="tiny", heads={f"L{l}H{h}": HeadEntry(program=str(progs[(l, h)].path)) for l, h in progs})
    tuned_map = write_tuned(result, headmap, tmp_path / "progs", tmp_path / "tuned", note="test")
    assert tuned_map.heads["L0H1"].method == "search/terms+tuned"
    make = word_contexts(model)
    ctxs = [make(row) for row in toks[:3]]
    group = result.groups[0]
    predicted = termfit.predict(group.params, termfit.features(ctxs, group.vocab)).numpy()
    for i, (head, listed) in zip([0, 2], zip(["L0H1", "L1H3"], terms)):
        tuned = load_program(tuned_map.program_path(head, tmp_path / "tuned"), trusted=True)
        after = termcode.read_terms(tuned.source)
        assert {t for _, t in after} == {t for _, t in listed}  # the same terms, new weights
        assert sorted(after) != sorted(listed)
        np.testing.assert_allclose(np.stack(tuned.patterns(ctxs)), predicted[i], atol=0.02)


def test_forwards_from_the_lowest_selected_layer_give_the_full_forward_kl(tmp_path, monkeypatch):
    """Tuning records the stream entering the lowest selected layer and starts there: its KL before any
    step equals that of ordinary substituted forwards, on the first ``kl_windows`` windows."""
    model = tiny_model()
    monkeypatch.setattr("surgery.substitute.tune.model_context_factory", word_contexts)
    heads = [(1, 0), (1, 2)]  # layer 0 untouched: the tuning's forwards skip it
    progs = write_programs(tmp_path, model, heads)
    toks = windows(10, 16)
    make = word_contexts(model)
    for kl_windows in (4, 10):
        result = tune(model, progs, heads, toks, TuneConfig(steps=0, batch_size=3, top_k=40, kl_windows=kl_windows),
                      progress=False)
        target = teacher(model, toks[:kl_windows], top_k=40, batch_size=3)
        with torch.no_grad(), substituted(model, progs, contexts=make):
            full = float(kl(target, torch.arange(kl_windows), model(torch.as_tensor(toks[:kl_windows]))))
        assert full > 1e-3
        assert result.kl_before == pytest.approx(full, rel=1e-4)
        assert result.kl_after == pytest.approx(result.kl_before, rel=1e-6)  # no step, no change


def test_tuning_never_writes_into_its_input_programs(tmp_path):
    """The output directory may not be the input programs directory, nor hold a program file the
    input's heads.json points at: refused in one line, before anything is written."""
    from surgery.substitute.tune import TuneResult, check_out_dir

    model = tiny_model()
    progs = write_programs(tmp_path, model, [(0, 1), (1, 2)])
    headmap = HeadMap(model="tiny", heads={f"L{l}H{h}": HeadEntry(program=p.path.name, iou=0.5) for (l, h), p in progs.items()})
    before = {p.name: p.read_text() for p in (tmp_path / "progs").iterdir()}
    with pytest.raises(ValueError, match="holds the input programs") as err:
        write_tuned(TuneResult([], 0.0, 0.0, 0.0), headmap, tmp_path / "progs", tmp_path / "progs" / ".", note="test")
    assert "\n" not in str(err.value)
    assert {p.name: p.read_text() for p in (tmp_path / "progs").iterdir()} == before
    elsewhere = HeadMap(model="tiny", heads={"L0H1": HeadEntry(program=str(tmp_path / "tuned" / "L0H1.py"))})
    with pytest.raises(ValueError, match="holds the input programs"):
        check_out_dir(tmp_path / "progs", tmp_path / "tuned", elsewhere)  # heads.json points into the output
    check_out_dir(tmp_path / "progs", tmp_path / "tuned", headmap)  # a directory of its own is fine
