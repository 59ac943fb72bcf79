"""Every architecture of tests/tiny_hf.py, as a tiny random HF model directory loaded onto the bridge:
logit and loss parity with an independently loaded HF model, extracted patterns equal to HF's
attention weights, sliding windows in the store, identity substitution, and extract -> synthesize ->
substitute end to end (the substituted heads attend as their programs say)."""
from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest
import torch
from transformers import AutoModelForCausalLM

from surgery.io import convert, models
from surgery.io import hooks
from surgery.io.headmap import HeadMap
from surgery.extract import ExtractConfig, extract
from surgery.runtime.program import normalize
from surgery.score import batch_iou, iou_matrices
from surgery.substitute.plan import planned_patterns, substituted
from surgery.substitute.selection import load_head_programs
from surgery.synthesize.synthesize import SynthConfig, synthesize
from tiny_hf import ARCH_CONFIGS, WINDOW, build

SEQ = 24  # tokens per window: three sliding windows long
EXPECTED_WINDOWS = {"mistral": [WINDOW, WINDOW], "phi3": [WINDOW, WINDOW], "qwen2": [None, WINDOW],
                    "gemma2": [WINDOW, None], "gemma3_text": [WINDOW, None]}


_BUILT: dict[str, SimpleNamespace] = {}


@pytest.fixture(scope="module", params=sorted(ARCH_CONFIGS))
def arch(request, tmp_path_factory, tiny_tokenizer, sample_docs):
    return _built(request.param, tmp_path_factory, tiny_tokenizer, sample_docs)


@pytest.fixture(scope="module")
def gemma2(tmp_path_factory, tiny_tokenizer, sample_docs):
    return _built("gemma2", tmp_path_factory, tiny_tokenizer, sample_docs)


def _built(name, tmp_path_factory, tiny_tokenizer, sample_docs) -> SimpleNamespace:
    """The architecture's tiny model: HF directory, HF model (eager attention), converted model, a store."""
    if name in _BUILT:
        return _BUILT[name]
    root = tmp_path_factory.mktemp(name)
    path = build(name, tiny_tokenizer, root / name)
    model = models.load_model(str(path))
    hf = AutoModelForCausalLM.from_pretrained(path, dtype=torch.float32, attn_implementation="eager").eval()
    store = extract(ExtractConfig(out=str(root / "attn"), model=str(path), n_windows=6, window=SEQ),
                    model=model, docs=sample_docs, progress=False)
    _BUILT[name] = SimpleNamespace(name=name, path=path, model=model, hf=hf, store=store,
                                   tokens=torch.as_tensor(store.tokens, dtype=torch.long))
    return _BUILT[name]


def test_loss_matches_hf(arch):
    record = models.conversion_records()[str(arch.path)]
    assert record["architecture"] == arch.name and record["accepted"] == "parity"
    assert record["loss_diff"] <= convert.PARITY_TOLERANCE and record["logit_diff"] <= convert.LOGIT_TOLERANCE
    with torch.no_grad():  # and on other text, against an HF model loaded apart: the store's windows
        hf = arch.hf(arch.tokens, labels=arch.tokens)
        tl_logits, tl_loss = arch.model(arch.tokens, return_type="both")
    assert abs(hf.loss.item() - tl_loss.item()) < 1e-4
    assert (tl_logits - hf.logits).abs().max().item() < 1e-4
    tl_loss = tl_loss.item()
    assert 3.0 < tl_loss < 30.0  # a real loss of a random model, not a degenerate one


def test_extracted_patterns_equal_hf_attention(arch):
    with torch.no_grad():
        hf_attn = torch.stack(arch.hf(arch.tokens, output_attentions=True).attentions, dim=1)  # [w, layer, head, q, k]
        _, cache = arch.model.run_with_cache(arch.tokens, names_filter=hooks.is_pattern_hook)
    tl_attn = torch.stack([cache[hooks.pattern_hook(l)] for l in range(arch.model.cfg.n_layers)], dim=1)
    assert (tl_attn - hf_attn).abs().max().item() < 1e-4
    stored = torch.from_numpy(np.asarray(arch.store.attn, dtype=np.float32))
    assert (stored - hf_attn).abs().max().item() < 3e-4  # the store keeps float16: half a step at 1.0 is 2.4e-4
    assert hf_attn.amax(-1).mean() > 0.3  # sharp enough that a wrong conversion would show


def test_store_records_each_layers_sliding_window(arch):
    expected = EXPECTED_WINDOWS.get(arch.name)
    assert arch.store.meta.layer_windows == expected
    assert convert.hf_layer_windows(arch.hf.config) == (expected or [None, None])
    for layer, window in enumerate(expected or []):
        if window is not None:  # nothing outside the window in the real pattern
            attn = arch.store.head_attention(layer, 0)
            far = np.tril(np.ones((SEQ, SEQ), dtype=bool), -window)
            assert np.abs(attn[:, far]).max() == 0


class Recorded:
    """A head's own recorded pattern, looked up by the window's tokens: the identity program."""

    def __init__(self, store, layer, head):
        self.name = f"recorded-L{layer}H{head}"
        self.rows = {tuple(t.tolist()): w for w, t in enumerate(store.tokens)}
        self.store, self.layer, self.head = store, layer, head

    def pattern(self, ctx) -> np.ndarray:
        w = self.rows[tuple(ctx.ids.tolist())]
        return np.asarray(self.store.attn[w, self.layer, self.head], dtype=np.float32)


def test_identity_substitution_leaves_loss_unchanged(arch):
    plan = {(l, h): Recorded(arch.store, l, h) for l, h in arch.store.heads}
    with torch.no_grad():
        before = arch.model(arch.tokens, return_type="loss").item()
        with substituted(arch.model, plan, contexts=lambda ids: SimpleNamespace(ids=ids, n=len(ids))):
            after = arch.model(arch.tokens, return_type="loss").item()
    assert abs(after - before) < 2e-4  # float16 patterns: measured 4e-6 to 5e-5


def _uniform(n_windows: int) -> np.ndarray:
    return np.broadcast_to(normalize(np.ones((SEQ, SEQ), dtype=np.float32)), (n_windows, SEQ, SEQ))


def test_programs_are_masked_to_the_window_in_substitution_and_scoring(gemma2):
    arch, layer = gemma2, 0  # layer 0 of the Gemma 2 model is a sliding-window layer
    plan = {(layer, h): SimpleNamespace(name="uniform", pattern=lambda ctx: normalize(np.ones((ctx.n, ctx.n))))
            for h in range(arch.model.cfg.n_heads)}
    seen = {}
    with torch.no_grad(), substituted(arch.model, plan, contexts=lambda ids: SimpleNamespace(ids=ids, n=len(ids))):
        with arch.model.hooks(fwd_hooks=[(hooks.pattern_hook(layer), lambda p, hook: seen.setdefault("p", p.clone()))]):
            arch.model(arch.tokens[:2], return_type=None)
    expected = torch.from_numpy(normalize(np.ones((SEQ, SEQ)), window=WINDOW))
    torch.testing.assert_close(seen["p"][0, 0], expected)
    held = arch.store.heldout_windows()
    iou, _ = iou_matrices(arch.store, held, _uniform(len(held)), progress=False)
    real = arch.store.head_attention(layer, 1, held)
    assert iou[1, 0] == pytest.approx(batch_iou(real, normalize(_uniform(len(held)), WINDOW)).mean(), abs=1e-6)
    assert iou[1, 0] > batch_iou(real, _uniform(len(held))).mean()  # the unmasked program scores lower


def test_extract_synthesize_substitute_end_to_end(arch, tmp_path):
    """Programs synthesized from the store replace a quarter of the heads: each replaced head's pattern
    in the forward is its program's (masked to a sliding window), and the loss moves but stays a loss."""
    out = tmp_path / "programs"
    synthesize(SynthConfig(attn=str(arch.store.path), out=str(out), levels=(1, 2, 4), max_terms=4, refit_steps=8,
                           full_steps=0, calibrate_steps=5), progress=False)
    headmap = HeadMap.load(out)
    programs = load_head_programs(headmap, out, trusted=True)
    heads = sorted(programs)[:: 4]  # a quarter of the heads, across both layers
    plan = {h: programs[h] for h in heads}
    tokens = arch.tokens[:3]
    expected = planned_patterns(arch.model, plan, tokens)
    seen = {}

    def keep(pattern, hook):
        seen[hooks.layer_of(hook.name)] = pattern.clone()

    with torch.no_grad():
        before = arch.model(tokens, return_type="loss").item()
        with substituted(arch.model, plan):
            with arch.model.hooks(fwd_hooks=[(hooks.pattern_hook(l), keep) for l in {l for l, _ in heads}]):
                after = arch.model(tokens, return_type="loss").item()
    for layer, (index, patterns) in expected.items():
        torch.testing.assert_close(seen[layer][:, index], patterns)
        window = arch.store.meta.layer_windows[layer] if arch.store.meta.layer_windows else None
        if window is not None:
            far = torch.ones(SEQ, SEQ, dtype=torch.bool).tril(-window)
            assert patterns[..., far].abs().max() == 0
    assert before != after and 0.0 < after < 40.0
