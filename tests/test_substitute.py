"""Substitution: identity with a head's own pattern, downstream visibility, padding, hook hygiene."""
from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest
import torch

from surgery.io import hooks
from surgery.substitute.plan import PatternCache, substituted
from tiny_hf import bridge, shared_tokenizer

torch.set_num_threads(1)


def tiny_model(n_kv: int | None = None, pos: str = "standard"):
    """A tiny GPT-2 (learned positions), or with ``n_kv`` a tiny Llama (rotary, grouped-query)."""
    return bridge("llama" if n_kv else "gpt2", shared_tokenizer())


def stub_contexts(ids: np.ndarray):
    return SimpleNamespace(ids=np.asarray(ids), n=len(ids))


class PrevToken:
    """Attend to the previous token (BOS to itself); counts its calls."""

    name = "prev"

    def __init__(self):
        self.calls = 0

    def pattern(self, ctx) -> np.ndarray:
        self.calls += 1
        n = ctx.n
        p = np.zeros((n, n), dtype=np.float32)
        p[0, 0] = 1.0
        p[np.arange(1, n), np.arange(n - 1)] = 1.0
        return p


class Recorded:
    """The pattern a head really produced, looked up by token ids."""

    def __init__(self, name: str, table: dict[tuple[int, ...], np.ndarray]):
        self.name, self.table = name, table

    def pattern(self, ctx) -> np.ndarray:
        return self.table[tuple(ctx.ids.tolist())]


def tokens(batch: int = 3, pos: int = 10, seed: int = 0) -> torch.Tensor:
    g = torch.Generator().manual_seed(seed)
    return torch.randint(1, 40, (batch, pos), generator=g)


def hook_counts(model) -> list[int]:
    """Hooks on every hook point and forward pre-hooks on every module (the bridge has its own)."""
    return ([len(hp.fwd_hooks) for hp in model.hook_dict.values()]
            + [len(m._forward_pre_hooks) for m in model.modules()])


@torch.no_grad()
def test_empty_plan_gives_identical_logits():
    model, toks = tiny_model(), tokens()
    ref = model(toks)
    with substituted(model, {}, contexts=stub_contexts):
        out = model(toks)
    assert torch.equal(ref, out)


@pytest.mark.parametrize("n_kv", [None, 2])
@torch.no_grad()
def test_own_recorded_pattern_reproduces_logits(n_kv):
    model, toks = tiny_model(n_kv=n_kv, pos="rotary" if n_kv else "standard"), tokens()
    ref, cache = model.run_with_cache(toks)
    plan = {}
    for layer, head in [(0, 1), (1, 0), (1, 3)]:
        pat = cache[hooks.pattern_hook(layer)][:, head].numpy()  # [batch, query_pos, key_pos]
        table = {tuple(row.tolist()): pat[b] for b, row in enumerate(toks)}
        plan[layer, head] = Recorded(f"L{layer}H{head}", table)
    with substituted(model, plan, contexts=stub_contexts):
        out = model(toks)
    torch.testing.assert_close(out, ref, atol=1e-5, rtol=1e-5)


@torch.no_grad()
def test_downstream_sees_program_pattern_and_logits_change():
    model, toks = tiny_model(), tokens()
    src = PrevToken()
    with substituted(model, {(0, 2): src, (1, 1): src}, contexts=stub_contexts):
        out, cache = model.run_with_cache(toks)
    expected = torch.from_numpy(src.pattern(stub_contexts(np.arange(toks.shape[1]))))
    for layer, head in [(0, 2), (1, 1)]:
        seen = cache[hooks.pattern_hook(layer)][:, head]  # [batch, query_pos, key_pos]
        torch.testing.assert_close(seen, expected.expand_as(seen))
    assert not torch.allclose(out, model(toks))


@torch.no_grad()
def test_source_computed_once_per_sequence_and_cached():
    model, toks = tiny_model(), tokens(batch=3)
    src, cache = PrevToken(), PatternCache()
    plan = {(0, 0): src, (0, 3): src, (1, 2): src}
    with substituted(model, plan, cache=cache, contexts=stub_contexts):
        model(toks)
        assert src.calls == 3  # one per sequence, not per head
        model(toks)
    with substituted(model, plan, cache=cache, contexts=stub_contexts):
        model(toks)
    assert src.calls == 3 and len(cache) == 3


@torch.no_grad()
def test_hooks_removed_after_block_and_after_error():
    model, toks = tiny_model(), tokens()
    bare = hook_counts(model)
    with substituted(model, {(1, 1): PrevToken()}, contexts=stub_contexts):
        assert hook_counts(model) != bare
        model(toks)
    assert hook_counts(model) == bare
    with pytest.raises(RuntimeError, match="boom"):
        with substituted(model, {(0, 1): PrevToken()}, contexts=stub_contexts):
            raise RuntimeError("boom")
    assert hook_counts(model) == bare
    ref = model(toks)
    assert torch.equal(ref, tiny_model()(toks))


@pytest.mark.parametrize("side", ["right", "left"])
@torch.no_grad()
def test_padding_never_leaks(side):
    model = tiny_model()
    plan = {(0, 1): PrevToken(), (1, 3): PrevToken()}
    seqs = [tokens(1, 10, seed=1)[0], tokens(1, 6, seed=2)[0]]
    singles = []
    with substituted(model, plan, contexts=stub_contexts):
        for s in seqs:
            singles.append(model(s[None])[0])  # [pos, d_vocab]
    for pad_id in (0, 7):
        batch = torch.full((2, 10), pad_id)
        mask = torch.zeros(2, 10, dtype=torch.long)
        for b, s in enumerate(seqs):
            sl = slice(0, len(s)) if side == "right" else slice(10 - len(s), 10)
            batch[b, sl], mask[b, sl] = s, 1
        with substituted(model, plan, contexts=stub_contexts):
            logits, cache = model.run_with_cache(batch, attention_mask=mask)
        short = slice(0, 6) if side == "right" else slice(4, 10)
        torch.testing.assert_close(logits[0], singles[0], atol=1e-4, rtol=1e-4)
        torch.testing.assert_close(logits[1, short], singles[1], atol=1e-4, rtol=1e-4)
        pat = cache[hooks.pattern_hook(0)][1, 1]  # [query_pos, key_pos]
        pad = mask[1] == 0
        assert pat[pad].abs().sum() == 0 and pat[:, pad].abs().sum() == 0


def test_plan_outside_model_is_rejected():
    with pytest.raises(ValueError, match="outside the model"):
        with substituted(tiny_model(), {(5, 0): PrevToken()}, contexts=stub_contexts):
            pass


@torch.no_grad()
def test_key_value_cache_forward_equals_whole_rows():
    """Rows split into a right-padded cached prefix and new tokens (a gap in the mask) read the
    same substituted pattern rows, and give the same logits, as the whole rows."""
    model = tiny_model(n_kv=2, pos="rotary")
    plan = {(0, 1): PrevToken(), (1, 3): PrevToken()}
    seqs = [tokens(1, 9, seed=3)[0], tokens(1, 7, seed=4)[0]]
    split = [6, 3]  # prefix lengths: the second prefix is padded to 6
    with substituted(model, plan, contexts=stub_contexts):
        whole = [model(s[None])[0] for s in seqs]  # [pos, d_vocab]
    prefix = torch.zeros(2, 6, dtype=torch.long)
    pmask = torch.zeros(2, 6, dtype=torch.long)
    tail = torch.zeros(2, 4, dtype=torch.long)
    tmask = torch.zeros(2, 4, dtype=torch.long)
    for b, (s, p) in enumerate(zip(seqs, split)):
        prefix[b, :p], pmask[b, :p] = s[:p], 1
        tail[b, :len(s) - p], tmask[b, :len(s) - p] = s[p:], 1
    keys = torch.cat([pmask, tmask], dim=1)  # every key position, cached ones first
    positions = (keys.cumsum(1) - 1).clamp_min(0)[:, 6:]
    kv = hooks.new_kv_cache(model)
    with substituted(model, plan, contexts=stub_contexts) as sub:
        first = model(prefix, **hooks.forward_kwargs(pmask, kv))
        sub.begin(torch.cat([prefix, tail], dim=1), keys)
        logits, cache = model.run_with_cache(tail, **hooks.forward_kwargs(keys, kv, positions))
    for b, (s, p) in enumerate(zip(seqs, split)):
        torch.testing.assert_close(first[b, :p], whole[b][:p], atol=1e-5, rtol=1e-5)
        torch.testing.assert_close(logits[b, :len(s) - p], whole[b][p:], atol=1e-5, rtol=1e-5)
    pat = cache[hooks.pattern_hook(0)][1, 1]  # [query_pos, key_pos] of the short row
    assert pat[0, 2] == 1.0 and pat[1, 6] == 1.0 and pat[:, 3:6].abs().sum() == 0  # across the gap
    with substituted(model, plan, contexts=stub_contexts):
        kv = hooks.new_kv_cache(model)
        model(prefix, **hooks.forward_kwargs(pmask, kv))
        with pytest.raises(RuntimeError, match="begin"):
            model(tail, **hooks.forward_kwargs(keys, kv, positions))  # tokens of the cached keys not named


def test_mask_to_window_of_some_rows_equals_those_rows_of_the_whole():
    """A key-value-cache forward windows only its new rows: the same numbers as windowing the whole pattern."""
    from surgery.lang.classes import causal_mask
    from surgery.runtime.program import normalize
    from surgery.substitute.plan import mask_to_window

    g = torch.Generator().manual_seed(0)
    n = 9
    pattern = torch.rand(3, n, n, generator=g) * torch.tensor(causal_mask(n))
    pattern = pattern / pattern.sum(-1, keepdim=True)
    pattern[1, 7, :] = 0
    pattern[1, 7, 0] = 1.0  # a row whose mass leaves the window entirely: it falls back to its first visible key
    rows = torch.tensor([0, 4, 7, 8])
    for window in (1, 3, 20):
        whole = mask_to_window(pattern, window)
        np.testing.assert_allclose(mask_to_window(pattern[:, rows], window, rows).numpy(), whole[:, rows].numpy(),
                                   rtol=1e-6, atol=1e-7)
        np.testing.assert_allclose(whole.numpy(), normalize(pattern.numpy(), window), rtol=1e-5, atol=1e-6)


PIECES = ["<s>", " the", "ory", " walk", "ed", " in", "to", " Bob", "by", " he", "'s", ".", " They", " run", "ning", " a"]


def piece_contexts(ids: np.ndarray):
    """Contexts whose tokens split words (`` the|ory``): word-level features see only the word so far."""
    from surgery.lang.context import build_context

    return build_context(np.asarray(ids), [PIECES[int(i) % len(PIECES)] for i in ids])


def terms_file(path, terms) -> None:
    from surgery.forms.source import program_source

    path.write_text(program_source(path.stem, [(w, tuple(t)) for w, *t in terms], [0.1] * len(terms)))


WORDY = [(3.0, "first"), (2.0, "pair", "CONTENT", "DET"), (1.5, "key_class", "VERB_ED"), (1.0, "same_word"),
         (0.8, "distance", 1), (-1.0, "last", "PREP"), (1.2, "pair", "DET", "CONTENT")]


@pytest.mark.parametrize("form", ["terms", "code"])
@torch.no_grad()
def test_cache_is_keyed_by_program_content(tmp_path, form):
    """A program file rewritten in place with other code is a new source: a shared cache never
    serves it the old patterns."""
    from surgery.runtime.program import load_program

    path = tmp_path / "L0H1.py"
    before, after = ([(4.0, "first")], [(4.0, "distance", 1)]) if form == "terms" else ("first", "previous")
    write = (lambda body: terms_file(path, body)) if form == "terms" else (lambda name: path.write_text(
        f'"""A test program."""\nfrom surgery.lang import primitives as P\n\n\ndef attention(ctx):\n    return P.{name}(ctx)\n'))
    toks = torch.tensor([[0, 1, 2, 3, 4, 5, 6, 7]])
    model, cache = tiny_model(), PatternCache()
    write(before)
    with substituted(model, {(0, 1): load_program(path, trusted=True)}, cache=cache, contexts=piece_contexts):
        old = model(toks)
    write(after)
    plan = {(0, 1): load_program(path, trusted=True)}
    with substituted(model, plan, cache=cache, contexts=piece_contexts):
        shared = model(toks)
    with substituted(model, plan, cache=PatternCache(), contexts=piece_contexts):
        fresh = model(toks)
    torch.testing.assert_close(shared, fresh)
    assert not torch.allclose(shared, old, atol=1e-3)


@torch.no_grad()
def test_a_forward_from_a_layer_needs_begin():
    """A forward that skips the embedding raises unless begin() named its tokens; named, it
    equals the whole forward."""
    model, toks = tiny_model(), tokens()
    plan = {(1, 2): PrevToken()}
    other = tokens(seed=5)
    with substituted(model, plan, contexts=stub_contexts) as sub:
        whole = model(toks)
        resid = model(toks, stop_at_layer=1)  # [batch, pos, d_model] entering layer 1
        inputs = hooks.block_inputs(model, toks.shape[1])

        def from_layer():
            return hooks.unembed(model, hooks.stream_from(model, resid, 1, inputs))

        model(other)  # another text: its patterns must not serve the next forward
        with pytest.raises(RuntimeError, match="begin"):
            from_layer()
        sub.begin(toks)
        torch.testing.assert_close(from_layer(), whole, atol=1e-5, rtol=1e-5)
        with pytest.raises(RuntimeError, match="begin"):  # begin() names one forward, not the next
            from_layer()


@torch.no_grad()
def test_cached_continuation_equals_whole_forward_with_word_programs(tmp_path):
    """Real programs that read word classes, function words and same_word: a key-value-cache
    continuation split inside a word gives the logits of one forward over the whole sequence."""
    from surgery.runtime.program import library_dir, load_program

    terms_file(tmp_path / "wordy.py", WORDY)
    plan = {(0, 1): load_program(tmp_path / "wordy.py", trusted=True),
            (1, 3): load_program(library_dir() / "same_word.py"),
            (1, 0): load_program(library_dir() / "previous_from_function.py")}
    model = tiny_model(n_kv=2, pos="rotary")
    seq = torch.tensor([[0, 1, 2, 3, 4, 5, 6, 1, 2, 7, 8, 11, 12, 13, 14, 1, 2]])  # " the|ory", " walk|ed", " in|to"
    for split in (2, 4, 14):  # the prefix ends inside a word
        with substituted(model, plan, contexts=piece_contexts) as sub:
            whole = model(seq)
            kv = hooks.new_kv_cache(model)
            ones = torch.ones_like(seq)
            first = model(seq[:, :split], **hooks.forward_kwargs(ones[:, :split], kv))
            sub.begin(seq, ones)
            rest = model(seq[:, split:], **hooks.forward_kwargs(ones, kv, torch.arange(split, seq.shape[1])[None]))
        torch.testing.assert_close(torch.cat([first, rest], dim=1), whole, atol=1e-5, rtol=1e-5)
