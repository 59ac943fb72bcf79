"""Term fitting, part 1: the tensors of every candidate term, and head weights <-> term lists.

A head's weights are one flat vector over every candidate of ``surgery/lang/terms.py``, a block
per family in ``terms.FAMILIES`` order (``shapes``, ``offsets``): one weight for a scalar family,
a table over its axes' slots for a table family. ``logits`` computes what
``surgery.lang.terms.logits`` computes, for many heads and windows at once in torch, derived from
the family records alone: the scalar families' features stacked, each table family an einsum over
one-hot class axes and a gather along its distance or token axis. ``surgery.synthesize.termselect``
chooses and fits the few terms of each head's program.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np
import torch

from surgery.lang import terms
from surgery.lang.terms import AXES, FAMILIES

N_KEY_TOKENS = 100  # candidate key tokens: the most frequent token strings of the fitting windows
SCALARS = tuple(name for name, f in FAMILIES.items() if not f.args)  # scalar families, their order in ``Features.scalars``


def shapes(n_vocab: int) -> dict[str, tuple[int, ...]]:
    """Shape of each family's weights for one head (``()`` for a scalar family)."""
    return {name: tuple(AXES[a].size(n_vocab) for a in f.args) for name, f in FAMILIES.items()}


def offsets(n_vocab: int) -> dict[str, int]:
    """Where each family starts in a head's flat weight vector (families in ``FAMILIES`` order)."""
    out, at = {}, 0
    for name, shape in shapes(n_vocab).items():
        out[name] = at
        at += int(np.prod(shape))
    out["total"] = at
    return out


@dataclass
class Features:
    """Tensors of a set of windows of equal length n (see ``surgery/lang/terms.py`` for their meaning)."""

    slots: dict[str, torch.Tensor]  # per axis: float32 one-hot [w, n, slots] (class axes), int64 [w, n] (token), [n, n] (distance)
    gates: dict[str, torch.Tensor]  # per gated family: float32 [w, n, n]
    vocab: tuple[str, ...]  # key tokens with a slot of their own
    scalars: torch.Tensor  # float32 [len(SCALARS), w, n, n]
    causal: torch.Tensor  # bool [n, n]
    row_weight: torch.Tensor | None = None  # float32 [n]: weight of each query position (None: all 1), see length_weights

    @property
    def n_weights(self) -> int:
        return offsets(len(self.vocab))["total"]

    @property
    def rows(self) -> float:
        """Query rows of these windows (their summed weights)."""
        per_window = self.scalars.shape[2] if self.row_weight is None else float(self.row_weight.sum())
        return self.scalars.shape[1] * per_window

    def weigh(self, x: torch.Tensor) -> torch.Tensor:
        """``x`` [..., n, k] (query rows second to last) with each row times its weight (unchanged without weights)."""
        return x if self.row_weight is None else x * self.row_weight[:, None]

    def subset(self, rows: torch.Tensor) -> "Features":
        """The features of windows ``rows`` (int64 [b])."""
        return Features(slots={a: t if AXES[a].on == "pair" else t[rows] for a, t in self.slots.items()},
                        gates={name: g[rows] for name, g in self.gates.items()}, vocab=self.vocab,
                        scalars=self.scalars[:, rows], causal=self.causal, row_weight=self.row_weight)


def length_weights(lengths, n: int) -> torch.Tensor:
    """float32 [n]: query-row weights that make windows of ``n`` tokens stand for windows of each of
    ``lengths`` (at most ``n``) in equal shares of tokens. Rows are causal, so the first ``L`` rows
    of a window are a window of ``L`` tokens; equal tokens of ``L``-token windows put ``1 / L`` on
    each of their positions, so row ``q`` weighs the sum of ``1 / L`` over the lengths above ``q``
    (mean weight 1).

    >>> length_weights([2, 4], 4).tolist()
    [1.5, 1.5, 0.5, 0.5]
    """
    if not lengths or any(not 1 <= m <= n for m in lengths):
        raise ValueError(f"fit lengths {list(lengths)} must be within 1..{n}, the store's window")
    q = torch.arange(n)
    w = sum((q < m).float() / m for m in lengths)
    return w / w.mean()


def key_vocab(ctxs, size: int = N_KEY_TOKENS) -> tuple[str, ...]:
    """The ``size`` most frequent token strings after BOS (ties by string)."""
    counts = Counter(t for c in ctxs for t in c.tokens[1:])
    return tuple(t for t, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:size])


def features(ctxs, vocab: tuple[str, ...] | None = None) -> Features:
    """Features of TokenContexts of one length (``vocab`` defaults to their own)."""
    n = ctxs[0].n
    vocab = key_vocab(ctxs) if vocab is None else tuple(vocab)
    slots = {}
    for name, axis in AXES.items():
        if axis.on == "pair":
            slots[name] = torch.as_tensor(axis.slots(n, slice(None)))
            continue
        per_token = np.stack([axis.slots(c, vocab) for c in ctxs])  # [w, n]
        slots[name] = (torch.as_tensor(np.eye(axis.size(len(vocab)), dtype=np.float32)[per_token]) if axis.onehot
                       else torch.as_tensor(per_token, dtype=torch.long))
    gates = {name: torch.as_tensor(np.stack([f.gate(c, slice(None)) for c in ctxs]).astype(np.float32))
             for name, f in FAMILIES.items() if f.gate is not None}
    scal = np.stack([np.stack([terms.feature(c, (name,)) for c in ctxs]) for name in SCALARS])
    return Features(slots=slots, gates=gates, vocab=vocab, scalars=torch.as_tensor(scal),
                    causal=torch.tril(torch.ones(n, n, dtype=torch.bool)))


def families(theta: torch.Tensor, n_vocab: int) -> dict[str, torch.Tensor]:
    """Views of flat weights [H, total] as each family's table [H, *shape]."""
    at = offsets(n_vocab)
    return {name: theta[:, at[name]:at[name] + int(np.prod(s))].reshape(theta.shape[0], *s)
            for name, s in shapes(n_vocab).items()}


def allowed(n_vocab: int) -> torch.Tensor:
    """bool [total]: the weights that are terms: no "none" slot (farther keys, other tokens) and
    nothing a family excludes (``Family.excluded``: BOS is reached by ``first``, ...)."""
    ok = torch.ones(offsets(n_vocab)["total"], dtype=torch.bool)
    view = families(ok[None], n_vocab)
    for name, f in FAMILIES.items():
        table = view[name][0]
        for i, a in enumerate(f.args):
            if AXES[a].nothing:
                table.select(i, table.shape[i] - 1).fill_(False)
        for i, value in f.excluded:
            table.select(i, AXES[f.args[i]].slot(value, ())).fill_(False)
    return ok


def _table_logits(f, table: torch.Tensor, feats: Features) -> torch.Tensor:
    """[H, w | 1, n | 1, n | 1] logits of table family ``f`` with weights ``table`` [H, *slots]:
    one-hot class axes contracted by einsum, then the one gathered axis (distance, token) looked up."""
    axes = [AXES[a] for a in f.args]
    letters = "abcdefg"[:len(axes)]
    hot = [i for i, a in enumerate(axes) if a.onehot]
    gathered = [i for i, a in enumerate(axes) if not a.onehot]
    if not hot:  # every axis gathered: index the table at the pairs' slots
        index = [feats.slots[f.args[i]] for i in gathered]
        index = [t[:, None, :] if AXES[f.args[i]].on == "key" else t[None] for i, t in zip(gathered, index)]
        return table[(slice(None), *index)]
    has_q = any(axes[i].on == "query" for i in hot)
    has_k = any(axes[i].on == "key" for i in hot)
    ops = [(feats.slots[f.args[i]], "w" + ("q" if axes[i].on == "query" else "k") + letters[i]) for i in hot]
    ops.insert(1, (table, "h" + letters))  # one-hot, table, the other one-hots
    out = "hw" + "q" * has_q + "".join(letters[i] for i in gathered) + "k" * has_k
    x = torch.einsum(",".join(s for _, s in ops) + "->" + out, *[t for t, _ in ops])
    if not gathered:
        return x if has_q and has_k else x[:, :, :, None] if has_q else x[:, :, None, :]
    (g,) = gathered  # a family has at most one gathered axis beside one-hot ones
    index = feats.slots[f.args[g]]
    index = index[:, None, :] if axes[g].on == "key" else index  # [w | 1?, n, n] slot of each (q, k)
    n = feats.causal.shape[0]
    index = index.expand(x.shape[0], x.shape[1], n, n)
    if has_q and has_k:
        return torch.gather(x, 3, index.unsqueeze(3)).squeeze(3)  # x [H, w, q, slots, k]
    return torch.gather(x, 3 if has_q else 2, index)  # x [H, w, q, slots] or [H, w, slots, k]


def logits(theta: torch.Tensor, f: Features) -> torch.Tensor:
    """[H, w, n, n] logits of heads' flat weights ``theta`` [H, total], -inf above the diagonal."""
    at, p = offsets(len(f.vocab)), families(theta, len(f.vocab))
    scalar = theta[:, [at[name] for name in SCALARS]]  # [H, len(SCALARS)]
    out = torch.einsum("hs,swqk->hwqk", scalar, f.scalars)
    key, rest = [], []  # table families of the key alone, ungated, are summed over keys first
    for name, fam in FAMILIES.items():
        if fam.args:
            alone = fam.gate is None and all(AXES[a].on == "key" for a in fam.args)
            (key if alone else rest).append(name)
    if key:
        out = out + sum(_table_logits(FAMILIES[name], p[name], f)[:, :, 0] for name in key)[:, :, None, :]
    for name in rest:
        term = _table_logits(FAMILIES[name], p[name], f)
        out = out + (term if name not in f.gates else term * f.gates[name])
    return out.masked_fill(~f.causal, float("-inf"))


def predict(theta: torch.Tensor, f: Features) -> torch.Tensor:
    """[H, w, n, n] row-stochastic patterns."""
    with torch.no_grad():
        return torch.softmax(logits(theta, f), dim=-1)


def _locate(flat_index: int, n_vocab: int) -> tuple[str, tuple[int, ...]]:
    at = offsets(n_vocab)
    for name, shape in shapes(n_vocab).items():
        size = int(np.prod(shape))
        if at[name] <= flat_index < at[name] + size:
            return name, tuple(int(x) for x in np.unravel_index(flat_index - at[name], shape))
    raise IndexError(flat_index)


def term_of(family: str, index: tuple[int, ...], vocab: tuple[str, ...]) -> tuple:
    """The ``surgery.lang.terms`` term of one entry of a family's weights."""
    return (family, *(AXES[a].value(s, vocab) for a, s in zip(FAMILIES[family].args, index)))


def entry_of(term: tuple, vocab: tuple[str, ...]) -> tuple[str, tuple[int, ...]]:
    """Inverse of :func:`term_of` (a KeyError for a key token outside the vocabulary)."""
    return term[0], tuple(AXES[a].slot(v, vocab) for a, v in zip(FAMILIES[term[0]].args, term[1:]))


def head_terms(theta: torch.Tensor, i: int, vocab: tuple[str, ...]) -> list[tuple[float, tuple]]:
    """Head ``i``'s non-zero weights as ``(weight, term)``, largest magnitude first."""
    w = theta[i]
    out = [(float(w[j]), term_of(*_locate(int(j), len(vocab)), vocab)) for j in torch.nonzero(w).flatten()]
    return sorted(out, key=lambda wt: -abs(wt[0]))


def params_from_terms(heads: list[list[tuple[float, tuple]]], vocab: tuple[str, ...]) -> torch.Tensor:
    """Flat weights [H, total] of several heads' term lists (``vocab`` must hold every key token listed)."""
    at = offsets(len(vocab))
    theta = torch.zeros(len(heads), at["total"])
    shape = shapes(len(vocab))
    for i, listed in enumerate(heads):
        for weight, term in listed:
            family, idx = entry_of(terms.check(tuple(term)), tuple(vocab))
            theta[i, at[family] + int(np.ravel_multi_index(idx, shape[family]))] += float(weight)
    return theta
