"""Stage 4 — substitute: swap chosen heads' attention patterns for their programs' patterns.

    plan = {(3, 7): program, (5, 0): other_program}   # (layer, query head) -> PatternSource
    with substituted(model, plan):
        logits = model(tokens, attention_mask=mask)   # any forward: run_with_cache, loss, ...

Inside the block, the softmaxed pattern of every planned head (``hook_pattern``, before the value
mix) is replaced by its source's pattern; W_V and W_O are kept. For grouped-query models the
heads are query heads (``hook_pattern`` has one pattern per query head).

How a forward is substituted:

- the tokens and the attention mask are read where the model receives them
  (:func:`surgery.io.hooks.input_module`), so ``model(tokens)``, ``run_with_cache``
  and ``return_type="loss"`` all work unchanged;
- each sequence's own tokens (mask 1; right or left padding, or none) get one context and each
  distinct source is computed once per sequence, however many heads use it; patterns are cached
  by ``(source, token ids)`` on the model's device and dtype (see :class:`PatternCache`), so
  repeated passes over the same text never recompute or re-copy them; a program is named by its
  code (:func:`source_key`), so a file rewritten in place is a new source; terms-form programs, whose
  term lists are data, are computed together per sequence (:class:`surgery.forms.source.TermTables`),
  every other source by its own ``patterns``;
- each layer's hook writes all its planned heads in one indexed assignment; padded positions
  neither give nor receive attention (their rows and columns are zero);
- with a key-value cache (queries are the last positions of the keys), name the tokens and mask
  of every key position first (:meth:`Substitution.begin`); the queries then get their rows of
  the pattern of the whole sequence. Programs are strictly causal (row q never depends on later
  tokens: ``tests/test_causal.py``, and scoring refuses any that is not), so those rows are the
  rows the new tokens would get in one forward over the whole sequence, and a cached forward
  equals the uncached one to float rounding. The mask may have gaps (e.g. a right-padded cached
  prefix followed by new tokens);
- a forward that does not start from tokens (:func:`surgery.io.hooks.stream_from`) must be
  named by :meth:`Substitution.begin`; one that is neither raises instead of reusing the
  previous forward's patterns;
- in a sliding-window layer (Mistral, Gemma 2/3, ...) a source's pattern is masked to the
  layer's window and renormalized (:func:`mask_to_window`, as ``program.normalize`` does), so a
  program never reads keys the real head cannot see.

Every hook is removed on leaving the block, also on error.
"""
from __future__ import annotations

import contextlib
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Callable, Iterator, Mapping, Protocol

import numpy as np
import torch

from surgery.io import hooks
from surgery.forms.source import TermTables, read_terms
from surgery.io.models import layer_windows
from surgery.runtime.program import code_key

Head = tuple[int, int]  # (layer, query head)


class PatternSource(Protocol):
    """Anything that turns a token context into an attention pattern: a Program, a control."""

    name: str

    def pattern(self, ctx) -> np.ndarray:  # [n, n] row-stochastic, causal
        ...


Plan = Mapping[Head, PatternSource]
ContextFactory = Callable[[np.ndarray], object]  # token ids [n] (BOS first) -> TokenContext


def source_key(source: PatternSource, text: str | None = None) -> tuple[str, str, str, str]:
    """Cache identity of a source: its type, name, file path (when it has one) and code.

    The code of a program is the ``code_key`` of the code it runs (:attr:`Program.code_key`: its
    syntax tree less the docstring), so two files with the same code share patterns and a file
    rewritten with other code (a tuned program written over its input) is never served the old
    patterns. ``text``: the source text its patterns are computed from, when that is read here
    (terms programs). A source without a program's code (a control) is its type and name.
    """
    code = code_key(text) if text is not None else getattr(source, "code_key", None)
    code = "" if code is None else str(code)
    return (type(source).__qualname__, str(source.name), str(getattr(source, "path", "") or ""), code)


class PatternCache:
    """LRU cache of computed patterns, ``(source_key, token ids as int64 bytes) -> tensor [n, n]``.

    Tensors are stored on the device and in the dtype of the pattern they replace. ``max_bytes``
    bounds the memory held; the least recently used entries are dropped first.
    """

    def __init__(self, max_bytes: int = 2 << 30):
        self.max_bytes = max_bytes
        self.bytes = 0
        self.hits = 0
        self.misses = 0
        self._entries: OrderedDict[tuple, torch.Tensor] = OrderedDict()

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, key: tuple) -> torch.Tensor | None:
        value = self._entries.get(key)
        if value is None:
            self.misses += 1
            return None
        self.hits += 1
        self._entries.move_to_end(key)
        return value

    def put(self, key: tuple, value: torch.Tensor) -> None:
        if key in self._entries:
            return
        self._entries[key] = value
        self.bytes += value.numel() * value.element_size()
        while self.bytes > self.max_bytes and len(self._entries) > 1:
            _, old = self._entries.popitem(last=False)
            self.bytes -= old.numel() * old.element_size()


def model_context_factory(model) -> ContextFactory:
    """Contexts from the model's own tokenizer and input embeddings (``W_E`` rows).

    Token strings are decoded once per distinct id and remembered.
    """
    from surgery.lang.context import build_context
    from surgery.io.models import token_strings

    strings: dict[int, str] = {}
    w_e = model.W_E.detach()

    def embed(ids: np.ndarray) -> np.ndarray:
        return w_e[torch.as_tensor(ids, device=w_e.device)].float().cpu().numpy()  # [n, d_model]

    def make(ids: np.ndarray):
        missing = [int(i) for i in set(ids.tolist()) if i not in strings]
        if missing:
            strings.update(zip(missing, token_strings(model.tokenizer, missing)))
        return build_context(ids, [strings[int(i)] for i in ids], embed=embed)

    return make


def mask_to_window(pattern: torch.Tensor, window: int, rows: torch.Tensor | None = None) -> torch.Tensor:
    """``[..., r, n]`` causal patterns masked to a sliding window of ``window`` tokens, rows renormalized;
    an emptied row goes to its first visible key. ``rows`` (int64 [r]) are the query positions of
    the rows (default all n). The torch twin of ``program.normalize(p, window)``."""
    n = pattern.shape[-1]
    pos = torch.arange(n, device=pattern.device)
    query = pos if rows is None else rows.to(pattern.device)
    dist = query[:, None] - pos[None, :]  # [r, k] query minus key position
    p = pattern * ((dist >= 0) & (dist < window)).to(pattern.dtype)
    total = p.sum(-1, keepdim=True)
    first = (query - window + 1).clamp_min(0)  # [r]
    fallback = (pos[None, :] == first[:, None]).to(pattern.dtype)  # [r, k]
    return torch.where(total > 0, p / torch.where(total > 0, total, torch.ones_like(total)), fallback)


@dataclass
class LayerPlan:
    """The planned heads of one layer, as index tensors for one indexed assignment."""

    heads: torch.Tensor  # int64 [k] query head indices
    slots: list[int]  # [k] index of each head's source in the distinct-source list


def layer_plans(plan: Plan, sources: list[PatternSource]) -> dict[int, LayerPlan]:
    slot_of = {id(s): i for i, s in enumerate(sources)}
    by_layer: dict[int, list[tuple[int, int]]] = {}
    for (layer, head), src in sorted(plan.items(), key=lambda kv: kv[0]):
        by_layer.setdefault(layer, []).append((head, slot_of[id(src)]))
    return {
        layer: LayerPlan(heads=torch.tensor([h for h, _ in hs], dtype=torch.long), slots=[s for _, s in hs])
        for layer, hs in by_layer.items()
    }


def distinct_sources(plan: Plan) -> list[PatternSource]:
    """Each source object once, in the order of the heads that use it."""
    seen: dict[int, PatternSource] = {}
    for head in sorted(plan):
        seen.setdefault(id(plan[head]), plan[head])
    return list(seen.values())


def valid_spans(tokens: torch.Tensor, mask: torch.Tensor | None) -> list[tuple[int, int]]:
    """(start, length) of each sequence's own tokens; padding must be a contiguous prefix or suffix."""
    batch, pos = tokens.shape
    if mask is None:
        return [(0, pos)] * batch
    mask = mask.bool().cpu()
    lengths = mask.sum(dim=1).tolist()
    starts = mask.int().argmax(dim=1).tolist()
    for b, (s, n) in enumerate(zip(starts, lengths)):
        if n == 0 or not bool(mask[b, s:s + n].all()):
            raise ValueError(f"sequence {b}: attention mask must mark one contiguous, non-empty span")
    return list(zip(starts, lengths))


@dataclass
class Rows:
    """Where one sequence's tokens sit in a forward whose queries are the last ``q`` key positions."""

    keys: torch.Tensor  # int64 [n] key positions of the sequence's tokens (mask 1), in order
    queries: torch.Tensor  # int64 [t] query positions (0..q-1) of its new tokens
    ranks: torch.Tensor  # int64 [t] index of each of those tokens in the sequence (its pattern row)


def token_rows(mask: torch.Tensor, q: int) -> list[Rows]:
    """:class:`Rows` of every sequence from the ``[batch, key_pos]`` mask of all key positions."""
    mask = mask.bool().cpu()
    k = mask.shape[1]
    rank = mask.long().cumsum(dim=1) - 1  # [batch, key_pos]
    out = []
    for b in range(mask.shape[0]):
        if not bool(mask[b].any()):
            raise ValueError(f"sequence {b}: attention mask marks no token")
        new = mask[b, k - q:]
        out.append(Rows(keys=torch.nonzero(mask[b]).flatten(), queries=torch.nonzero(new).flatten(),
                        ranks=rank[b, k - q:][new]))
    return out


@dataclass
class _Forward:
    """What one forward pass needs: its sequences and the looked-up patterns."""

    tokens: torch.Tensor | None = None  # int [batch, pos]
    mask: torch.Tensor | None = None  # [batch, pos] 1 = real token
    pinned: bool = False  # named by begin(): the next forward on its last tokens keeps it
    claimed: bool = False  # a forward has started on what begin() named (the next one may not)
    spans: list[tuple[int, int]] | None = None  # contiguous rows, no cache; else rows is set
    rows: list[Rows] | None = None
    ids: list[np.ndarray] = field(default_factory=list)  # int64 token ids of each sequence
    keys: list[bytes] = field(default_factory=list)  # the same as bytes: cache keys that hash once
    patterns: dict[tuple[int, int], torch.Tensor] = field(default_factory=dict)  # (slot, b) -> [n, n]; [t, n] (new rows) with rows


class Substitution:
    """The hooks of one ``substituted`` block; see the module docstring."""

    def __init__(self, model, plan: Plan, contexts: ContextFactory, cache: PatternCache):
        self.model = model
        self.plan = dict(plan)
        self.cache = cache
        self.contexts = contexts
        self.sources = distinct_sources(self.plan)
        texts = [_terms_text(s) for s in self.sources]  # a terms program's source, else None
        terms = [None if t is None else read_terms(t) for t in texts]  # its list, else None
        self._keys = [source_key(s, t if ts is not None else None) for s, t, ts in zip(self.sources, texts, terms)]
        self._terms_slot = {slot: i for i, slot in enumerate(i for i, t in enumerate(terms) if t is not None)}
        self._tables = TermTables([t for t in terms if t is not None], [s.name for s, t in zip(self.sources, terms) if t is not None])
        self.layers = layer_plans(self.plan, self.sources)
        self.windows = layer_windows(model)  # [n_layers] sliding window or None
        self._fwd = _Forward()
        self._last_block = len(model.blocks)  # the last block run (a forward's first block starts it)

    # -- capturing the inputs of a forward ---------------------------------------------------
    def begin(self, tokens: torch.Tensor, mask: torch.Tensor | None = None) -> None:
        """Name the tokens ``[batch, key_pos]`` (and mask) of the next forward yourself.

        Needed when the forward starts between blocks (:func:`surgery.io.hooks.stream_from`), and with
        a key-value cache: then ``tokens`` and ``mask`` cover every key position, cached ones
        first. A forward from tokens otherwise names them by itself. It names the next forward
        only: a later forward that skips the embedding needs its own ``begin``.
        """
        self._fwd = _Forward(tokens=tokens, mask=mask, pinned=True)

    def _on_input(self, module, args, kwargs) -> None:
        """A forward from tokens starts here: it gets what begin() named, once, when its tokens end
        that sequence (a key-value cache), else its own tokens and mask."""
        self._last_block = -1  # its blocks start nothing
        tokens = args[0] if args else kwargs.get("input_ids")
        fwd = self._fwd
        if (fwd.pinned and not fwd.claimed and fwd.tokens is not None and tokens is not None
                and _ends_with(fwd.tokens, tokens)):
            fwd.claimed = True  # this is the forward begin() named
            return
        self._fwd = _Forward(tokens=tokens, mask=kwargs.get("attention_mask"))

    def _on_block(self, layer: int):
        """A block's pre-hook: a block that runs at or below the last one run starts a forward that
        did not come from tokens (:func:`surgery.io.hooks.stream_from`): it gets what begin() named,
        once, else nothing (it raises at the first pattern instead of reusing the last forward's)."""
        def pre(module, args, kwargs) -> None:
            if layer <= self._last_block:
                fwd = self._fwd
                if fwd.pinned and not fwd.claimed:
                    fwd.claimed = True
                else:
                    self._fwd = _Forward()
            self._last_block = layer
        return pre

    # -- computing patterns ------------------------------------------------------------------
    def _prepare(self, like: torch.Tensor) -> None:
        fwd = self._fwd
        if fwd.tokens is None:
            raise RuntimeError("substitution needs the tokens of this forward: it neither started from tokens "
                               "nor was named by Substitution.begin(tokens) (needed when it starts at a block)")
        batch, _, q, k = like.shape
        if fwd.tokens.shape != (batch, k):
            raise RuntimeError(f"tokens of shape {tuple(fwd.tokens.shape)} for {k} key positions: with a "
                               "key-value cache, begin() must name the tokens of every key position")
        rows = fwd.tokens.detach().cpu().numpy()
        if q == k:
            fwd.spans = valid_spans(fwd.tokens, fwd.mask)
            fwd.ids = [rows[b, s:s + n].astype(np.int64) for b, (s, n) in enumerate(fwd.spans)]
        else:
            mask = torch.ones(batch, k, dtype=torch.bool) if fwd.mask is None else fwd.mask
            fwd.rows = token_rows(mask, q)
            fwd.ids = [rows[b, r.keys.numpy()].astype(np.int64) for b, r in enumerate(fwd.rows)]
        fwd.keys = [ids.tobytes() for ids in fwd.ids]
        contexts: dict[int, object] = {}
        batched: dict[int, list[int]] = {}  # sequence -> terms-form slots it misses
        rows_only = fwd.rows is not None and bool(self._terms_slot)  # a continuation's rows: computed, never cached
        if rows_only:
            batched = {b: list(self._terms_slot) for b in range(len(fwd.keys))}
        for slot, src in enumerate(self.sources):
            if rows_only and slot in self._terms_slot:
                continue
            missing = []
            for b, key in enumerate(fwd.keys):
                hit = self.cache.get((self._keys[slot], key))
                if hit is None:
                    missing.append(b)
                else:
                    fwd.patterns[slot, b] = hit if fwd.rows is None else hit[fwd.rows[b].ranks]
            if missing and slot in self._terms_slot:
                for b in missing:
                    batched.setdefault(b, []).append(slot)
            elif missing:
                self._compute(slot, src, missing, contexts, like)
        for b, slots in batched.items():  # terms programs: a sequence's all at once (their lists are data)
            ranks = None if fwd.rows is None else fwd.rows[b].ranks.numpy()
            which = None if len(slots) == len(self._terms_slot) else [self._terms_slot[i] for i in slots]
            arrays = self._tables.patterns(self._context(b, contexts), ranks, which)
            tensor = torch.from_numpy(arrays).to(like.device, like.dtype)  # [slots, r, n]
            for slot, pattern in zip(slots, tensor):
                if ranks is None:  # only whole patterns are cached: a continuation's rows are seen once
                    self.cache.put((self._keys[slot], fwd.keys[b]), pattern)
                fwd.patterns[slot, b] = pattern

    def _context(self, b: int, contexts: dict):
        if b not in contexts:
            contexts[b] = self.contexts(self._fwd.ids[b])
        return contexts[b]

    def _keep(self, slot: int, b: int, arr: np.ndarray, like: torch.Tensor) -> None:
        """Cache a computed whole pattern; keep it (its new tokens' rows, with a key-value cache) for this forward."""
        tensor = torch.from_numpy(np.ascontiguousarray(arr, dtype=np.float32)).to(like.device, like.dtype)
        self.cache.put((self._keys[slot], self._fwd.keys[b]), tensor)
        self._fwd.patterns[slot, b] = tensor if self._fwd.rows is None else tensor[self._fwd.rows[b].ranks]

    def _compute(self, slot: int, src, batch_idx: list[int], contexts: dict, like: torch.Tensor) -> None:
        fwd = self._fwd
        ctxs = [self._context(b, contexts) for b in batch_idx]
        arrays = src.patterns(ctxs) if hasattr(src, "patterns") else [src.pattern(c) for c in ctxs]
        for b, arr in zip(batch_idx, arrays):
            n = len(fwd.ids[b])
            if arr.shape != (n, n):
                raise ValueError(f"{src.name}: pattern of shape {arr.shape} for a sequence of {n} tokens")
            self._keep(slot, b, arr, like)

    # -- the pattern hook --------------------------------------------------------------------
    def replacement(self, layer: int, like: torch.Tensor) -> torch.Tensor:
        """[batch, k, query_pos, key_pos] patterns of the layer's planned heads."""
        fwd = self._fwd
        lp = self.layers[layer]
        batch, _, q, k = like.shape
        stacks = [torch.stack([fwd.patterns[slot, b] for slot in lp.slots]) for b in range(batch)]  # [k, n, n]
        window = self.windows[layer]
        if fwd.rows is not None:  # key-value cache: the new tokens' rows of each sequence, [k, t, n]
            out = like.new_zeros(batch, len(lp.slots), q, k)
            for b, r in enumerate(fwd.rows):
                rows = stacks[b] if window is None else mask_to_window(stacks[b], window, r.ranks)
                out[b][:, r.queries[:, None], r.keys[None, :]] = rows
            return out
        if window is not None:
            stacks = [mask_to_window(st, window) for st in stacks]
        if all(n == q for _, n in fwd.spans):
            return torch.stack(stacks)  # [batch, k, q, k]
        out = like.new_zeros(batch, len(lp.slots), q, k)
        for b, (s, n) in enumerate(fwd.spans):
            out[b, :, s:s + n, s:s + n] = stacks[b]
        return out

    def hook(self, pattern: torch.Tensor, hook) -> torch.Tensor:
        # pattern: [batch, head_index, query_pos, key_pos]
        if self._fwd.spans is None and self._fwd.rows is None:
            self._prepare(pattern)
        layer = hooks.layer_of(hook.name)
        lp = self.layers[layer]
        if lp.heads.device != pattern.device:
            lp.heads = lp.heads.to(pattern.device)
        out = pattern.clone() if pattern.requires_grad else pattern  # in place unless autograd needs the original
        out[:, lp.heads] = self.replacement(layer, pattern)
        return out


def _terms_text(source: PatternSource) -> str | None:
    """The source text of a program file, read once (a terms-form program is computed from the
    list in it: see :class:`surgery.forms.source.TermTables`), None for any other source."""
    try:
        text = getattr(source, "source", None) if getattr(source, "path", None) else None
    except OSError:  # the file is gone: its own loading reports that
        return None
    return text if isinstance(text, str) else None


def _ends_with(tokens: torch.Tensor, last: torch.Tensor) -> bool:
    """Whether ``last`` [batch, q] is the last q columns of ``tokens`` [batch, k]."""
    q = last.shape[-1]
    return (tokens.shape[0] == last.shape[0] and tokens.shape[1] >= q
            and bool(torch.equal(tokens[:, tokens.shape[1] - q:].to(last.device), last)))


def planned_patterns(model, plan: Plan, tokens: torch.Tensor, cache: PatternCache | None = None,
                     contexts: ContextFactory | None = None) -> dict[int, tuple[torch.Tensor, torch.Tensor]]:
    """Per layer of ``plan``: (query head indices int64 [k], their patterns [batch, k, pos, pos]) for
    unpadded ``tokens`` [batch, pos], exactly as a substituted forward would write them; no forward runs."""
    _check_plan(model, plan)
    sub = Substitution(model, plan, contexts or model_context_factory(model), PatternCache() if cache is None else cache)
    batch, pos = tokens.shape
    like = torch.empty(batch, 1, pos, pos, device=tokens.device, dtype=model.cfg.dtype)
    sub.begin(tokens)
    sub._prepare(like)
    return {layer: (lp.heads, sub.replacement(layer, like)) for layer, lp in sub.layers.items()}


@contextlib.contextmanager
def substituted(
    model,
    plan: Plan,
    cache: PatternCache | None = None,
    contexts: ContextFactory | None = None,
) -> Iterator[Substitution]:
    """Within the block, the planned heads of ``model`` attend as their sources say.

    ``cache`` may be shared between blocks (e.g. a sweep over fractions reuses patterns);
    ``contexts`` builds a TokenContext from token ids (default: the model's tokenizer and W_E).
    An empty plan installs nothing.
    """
    _check_plan(model, plan)
    cache = PatternCache() if cache is None else cache
    if not plan:
        yield Substitution(model, {}, contexts or (lambda ids: None), cache)
        return
    sub = Substitution(model, plan, contexts or model_context_factory(model), cache)
    with contextlib.ExitStack() as stack:
        stack.enter_context(hooks.module_pre_hook(hooks.input_module(model), sub._on_input))
        for layer in range(len(model.blocks)):
            stack.enter_context(hooks.module_pre_hook(hooks.block_module(model, layer), sub._on_block(layer)))
        fwd_hooks = [(hooks.pattern_hook(layer), sub.hook) for layer in sorted(sub.layers)]
        stack.enter_context(model.hooks(fwd_hooks=fwd_hooks))
        yield sub


def _check_plan(model, plan: Plan) -> None:
    n_layers, n_heads = model.cfg.n_layers, model.cfg.n_heads
    for layer, head in plan:
        if not (0 <= layer < n_layers and 0 <= head < n_heads):
            raise ValueError(f"head L{layer}H{head} is outside the model ({n_layers} layers × {n_heads} heads)")
