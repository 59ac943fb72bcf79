"""Tuning programs to the model's loss: KL goes down through the ordinary substitution path, only
weights a program already has move, other programs are left alone, retired forms are refused."""
from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
import torch

from surgery import forms
from surgery.forms import source as termcode
from surgery.synthesize import tensors
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
    at = tensors.offsets(len(vocab))["total"]
    theta = torch.randn(h, at, generator=g) * tensors.allowed(len(vocab)) * (torch.rand(h, at, generator=g) < 0.35)
    return [tensors.head_terms(theta.round(decimals=2), i, vocab) for i in range(h)]


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
    predicted = tensors.predict(group.params, tensors.features(ctxs, group.vocab)).numpy()
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
    predicted = tensors.predict(group.params, tensors.features(ctxs, group.vocab)).numpy()
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


def vocab_windows(n: int, pos: int, lo: int, hi: int, seed: int) -> np.ndarray:
    """Windows of ids in [lo, hi) after BOS (word_contexts: ids lo..hi-1 read as some of WORDS)."""
    out = np.random.default_rng(seed).integers(lo, hi, size=(n, pos))
    out[:, 0] = 0
    return out


def test_early_stopping_keeps_the_best_validation_step(tmp_path, monkeypatch):
    """Four training windows over ids 1-12, validation windows over ids 13-39: the training KL falls
    at every measurement while the validation KL falls until step 6, then rises. Tuning stops
    ``patience`` measurements later and returns the numbers of step 6, which the tuned program
    files reproduce through the ordinary substitution path."""
    torch.manual_seed(0)
    model = tiny_model()
    monkeypatch.setattr("surgery.substitute.tune.model_context_factory", word_contexts)
    heads = [(0, 1), (1, 2), (1, 3)]
    progs = write_programs(tmp_path, model, heads)
    toks, val = vocab_windows(4, 16, 1, 13, seed=1), vocab_windows(8, 16, 13, 40, seed=2)
    cfg = TuneConfig(steps=40, batch_size=4, top_k=40, eval_every=2, patience=3)
    full = tune(model, progs, heads, toks, replace(cfg, patience=0), progress=False, valid=[val])
    steps, train_kl, valid_kl = zip(*full.history)
    assert steps == tuple(range(0, 41, 2)) and full.steps_run == 40
    assert all(b < a for a, b in zip(train_kl[1:], train_kl[2:]))  # training KL falls throughout
    assert full.best_step == 6 == steps[int(np.argmin(valid_kl))]
    assert valid_kl[-1] > valid_kl[0] > min(valid_kl)  # validation rises past where it started

    stopped = tune(model, progs, heads, toks, cfg, progress=False, valid=[val])
    assert stopped.steps_run == 12 and stopped.best_step == 6  # 3 measurements (8, 10, 12) without gain
    assert [(st, v) for st, _, v in stopped.history] == list(zip(steps, valid_kl))[:7]
    assert stopped.valid_best == min(valid_kl)
    assert torch.equal(stopped.groups[0].params, full.groups[0].params)  # both keep step 6's numbers
    assert stopped.kl_after == pytest.approx(full.kl_after, rel=1e-6)

    headmap = HeadMap(model="tiny", heads={f"L{l}H{h}": HeadEntry(program=str(progs[(l, h)].path)) for l, h in heads})
    tuned_map = write_tuned(stopped, headmap, tmp_path / "progs", tmp_path / "tuned", note="test")
    tuned = {h: load_program(tuned_map.program_path(f"L{h[0]}H{h[1]}", tmp_path / "tuned"), trusted=True) for h in heads}
    target = teacher(model, val, top_k=40, batch_size=8)
    with torch.no_grad(), substituted(model, tuned, contexts=word_contexts(model)):
        measured = float(kl(target, torch.arange(len(val)), model(torch.as_tensor(val))))
    assert measured == pytest.approx(stopped.valid_best, rel=0.01)
    assert abs(measured - valid_kl[6]) > 5 * abs(measured - stopped.valid_best)  # not the last step's numbers


def test_tuning_takes_the_lengths_in_turn_with_the_same_tokens_per_step(tmp_path, monkeypatch):
    """Windows of 12 and 48 tokens: steps alternate between them, 8 windows of 12 tokens or 2 of 48."""
    import surgery.substitute.tune as tune_module

    model = tiny_model()
    monkeypatch.setattr("surgery.substitute.tune.model_context_factory", word_contexts)
    heads = [(0, 1), (1, 2)]
    progs = write_programs(tmp_path, model, heads)
    seen = []
    stream_from = tune_module.hooks.stream_from

    def record(model, resid, layer, inputs=None):
        seen.append(tuple(resid.shape[:2]))
        return stream_from(model, resid, layer, inputs)

    monkeypatch.setattr(tune_module.hooks, "stream_from", record)
    cfg = TuneConfig(steps=4, batch_size=8, top_k=40, kl_windows=1)
    result = tune(model, progs, heads, [windows(10, 12), windows(4, 48, seed=1)], cfg, progress=False)
    kl_of_one = [(1, 12), (1, 48)]  # the KL before and after: the first window of each length
    assert seen == kl_of_one + [(8, 12), (2, 48), (8, 12), (2, 48)] + kl_of_one
    assert result.steps_run == 4 and result.best_step is None and result.history == []


def test_tuning_windows_split_the_tokens_across_lengths_and_keep_validation_documents_apart(tiny_gpt2, sample_docs):
    """--tune-lengths 8,32: windows of both lengths, the tokens of --tune-windows 8-token windows split
    in halves; validation windows come from other training documents, and neither side from held-out ones."""
    from surgery.evaluate.evaluate import EvalConfig
    from surgery.evaluate.tuning import tune_and_valid_windows as tuning_windows
    from surgery.evaluate.windows import side_documents
    from surgery.evaluate.tuning import budget_split

    docs = [f"Story {i}. {d}" for i, d in enumerate(sample_docs * 3)]  # distinct, enough for a validation share
    cfg = EvalConfig(programs="-", out="-", window=16, tune_windows=16, tune_lengths="8,32", tune_valid_windows=8)
    tune_w, valid_w = tuning_windows(cfg, tiny_gpt2, docs)
    assert [w.shape for w in tune_w] == [(8, 8), (2, 32)] and budget_split(16, [8, 32]) == [8, 2]
    assert [w.shape for w in valid_w] == [(4, 8), (1, 32)]
    assert all((w[:, 0] == tiny_gpt2.tokenizer.bos_token_id).all() for w in tune_w + valid_w)

    def text(ws):
        return " ".join(tiny_gpt2.tokenizer.decode(row[1:]) for w in ws for row in w)

    train = side_documents(docs, cfg.heldout_frac, cfg.split_seed, heldout=False)
    held = [d for d in docs if d not in train]
    tuned_text, valid_text = text(tune_w), text(valid_w)
    n_valid = max(1, round(0.2 * len(train)))
    assert all(d[:20] not in tuned_text for d in train[-n_valid:] + held)
    assert all(d[:20] not in valid_text for d in held)
    assert tuning_windows(EvalConfig(programs="-", out="-", window=16, tune_windows=5), tiny_gpt2, docs)[0][0].shape == (5, 16)
    assert tuning_windows(EvalConfig(programs="-", out="-", window=16, tune_windows=5), tiny_gpt2, docs)[1] == []
