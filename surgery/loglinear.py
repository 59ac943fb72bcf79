"""Fitting log-linear attention programs to many heads at once.

A head's pattern is modelled as ``softmax_k(logit[q, k])`` over the causal row with

    logit = PAIR[class q, class k] + PREV_PAIR[class q, class of token k-1] + QOFF[class q, q - k]
            + KOFF[class k, q - k] + OFFSET[q - k] + KEY[token k] + w_same * same_token + w_ind * induction
            + w_sent * same_sentence + w_cos * embedding_cosine + w_logd * log(1 + q - k)

(classes and distances as in ``programs/classes.py``; ``KEY`` is a bias per key token string for
the ``N_KEY_TOKENS`` most frequent tokens of the training windows, other tokens share one).
Parameters are fit by cross-entropy
against the recorded attention on training windows (soft targets), for a chunk of heads in one
batched torch computation; the tables are gathered by index, never materialized as dense features.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch

from programs import classes as C
from surgery.runinfo import keep_freed_memory

SCALARS = ("same", "ind", "sent", "cos", "logd")
N_KEY_TOKENS = 100  # key-token biases per head: the most frequent token strings of the training windows


@dataclass(frozen=True)
class FitConfig:
    """Optimizer settings of the log-linear fit."""

    steps: int = 150  # Adam steps per chunk of heads
    lr: float = 0.15
    l2: float = 3e-5  # penalty on table entries (keeps unseen pairs near 0; larger values cost held-out IoU)
    heads_per_chunk: int = 30


@dataclass
class Features:
    """Index and value tensors of a set of windows of equal length n."""

    onehot: torch.Tensor  # float32 [w, n, N_CLASSES] class of each token
    prev_onehot: torch.Tensor  # float32 [w, n, N_CLASSES] class of the token before each token
    key_index: torch.Tensor  # int64 [w, n] index of each token's string in ``vocab``; len(vocab) = other
    vocab: tuple[str, ...]  # token strings with a key bias of their own
    off: torch.Tensor  # int64 [n, n] clipped distance
    scalars: torch.Tensor  # float32 [len(SCALARS), w, n, n]
    causal: torch.Tensor  # bool [n, n]


def key_vocab(ctxs, size: int = N_KEY_TOKENS) -> tuple[str, ...]:
    """BOS's string, then the ``size - 1`` most frequent other token strings (ties by string).

    BOS gets a bias of its own: one shared "attention sink" weight, instead of one per query
    class in ``PAIR`` (which the L2 penalty makes expensive for sink-heavy heads).
    """
    from collections import Counter

    bos = ctxs[0].tokens[0]
    counts = Counter(t for c in ctxs for t in c.tokens[1:] if t != bos)
    return (bos,) + tuple(t for t, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[: size - 1])


def features(ctxs, vocab: tuple[str, ...] | None = None) -> Features:
    """Features of a list of TokenContexts of one length (``vocab`` defaults to their own)."""
    n = ctxs[0].n
    off = np.array(C.offsets(n))  # a writable copy for torch
    vocab = key_vocab(ctxs) if vocab is None else vocab
    index = {t: i for i, t in enumerate(vocab)}
    keys = np.array([[index.get(t, len(vocab)) for t in c.tokens] for c in ctxs])  # [w, n]
    cls = np.stack([C.token_class(c) for c in ctxs])  # [w, n]
    onehot = np.eye(C.N_CLASSES, dtype=np.float32)[cls]  # [w, n, N_CLASSES]
    prev = np.eye(C.N_CLASSES, dtype=np.float32)[np.stack([C.previous_class(c) for c in cls])]
    scal = np.stack([
        np.stack([C.same_token(c) for c in ctxs]),
        np.stack([C.induction(c) for c in ctxs]),
        np.stack([C.same_sentence(c) for c in ctxs]),
        np.stack([c.embed_cosine for c in ctxs]),
        np.broadcast_to(C.log_distance(n), (len(ctxs), n, n)),
    ]).astype(np.float32)
    return Features(onehot=torch.as_tensor(onehot), prev_onehot=torch.as_tensor(prev),
                    key_index=torch.as_tensor(keys, dtype=torch.long), vocab=tuple(vocab), off=torch.as_tensor(off),
                    scalars=torch.as_tensor(scal), causal=torch.tril(torch.ones(n, n, dtype=torch.bool)))


@dataclass
class Params:
    """Parameters of H heads."""

    pair: torch.Tensor  # [H, N_CLASSES, N_CLASSES]
    prev: torch.Tensor  # [H, N_CLASSES, N_CLASSES] class of q x class of the token before k
    key: torch.Tensor  # [H, len(vocab) + 1] bias per key token string, the last for all others
    qoff: torch.Tensor  # [H, N_CLASSES, MAX_OFFSET + 1]
    koff: torch.Tensor  # [H, N_CLASSES, MAX_OFFSET + 1] class of k x distance
    off: torch.Tensor  # [H, MAX_OFFSET + 1]
    scalars: torch.Tensor  # [H, len(SCALARS)]

    @classmethod
    def zeros(cls, h: int, n_vocab: int) -> "Params":
        return cls(torch.zeros(h, C.N_CLASSES, C.N_CLASSES), torch.zeros(h, C.N_CLASSES, C.N_CLASSES),
                   torch.zeros(h, n_vocab + 1), torch.zeros(h, C.N_CLASSES, C.MAX_OFFSET + 1),
                   torch.zeros(h, C.N_CLASSES, C.MAX_OFFSET + 1), torch.zeros(h, C.MAX_OFFSET + 1),
                   torch.zeros(h, len(SCALARS)))

    def tensors(self) -> list[torch.Tensor]:
        return [self.pair, self.prev, self.key, self.qoff, self.koff, self.off, self.scalars]

    def tables(self) -> list[torch.Tensor]:
        """The tables the L2 penalty applies to."""
        return [self.pair, self.prev, self.key, self.qoff, self.koff]


def logits(p: Params, f: Features) -> torch.Tensor:
    """[H, w, n, n] logits, -inf above the diagonal."""
    oh = f.onehot  # [w, n, c]
    pair = torch.einsum("wqc,hcd,wkd->hwqk", oh, p.pair, oh)  # class(q) x class(k) table
    pair = pair + torch.einsum("wqc,hcd,wkd->hwqk", oh, p.prev, f.prev_onehot)  # class(q) x class(k-1)
    pair = pair + p.key[:, f.key_index][:, :, None, :]  # [H, w, 1, n] bias of each key token
    qoff = torch.einsum("wqc,hco->hwqo", oh, p.qoff)  # [H, w, n, MAX_OFFSET+1]
    qoff = torch.gather(qoff, 3, f.off.expand(*qoff.shape[:2], -1, -1))  # pick distance q-k
    koff = torch.einsum("wkc,hco->hwok", oh, p.koff)  # [H, w, MAX_OFFSET+1, n]
    qoff = qoff + torch.gather(koff, 2, f.off.expand(*koff.shape[:2], -1, -1))  # [H, w, n, n] distance q-k
    out = pair + qoff + p.off[:, f.off][:, None] + torch.einsum("hs,swqk->hwqk", p.scalars, f.scalars)
    return out.masked_fill(~f.causal, float("-inf"))


def fit(real: torch.Tensor, f: Features, cfg: FitConfig = FitConfig()) -> Params:
    """Fit H heads' parameters to ``real`` float32 [H, w, n, n] by soft-target cross-entropy."""
    keep_freed_memory()  # large tensors freed and re-allocated every step (also in worker processes)
    p = Params.zeros(real.shape[0], len(f.vocab))
    params = [t.requires_grad_() for t in p.tensors()]
    opt = torch.optim.Adam(params, lr=cfg.lr)
    rows = real.shape[1] * real.shape[2]
    for _ in range(cfg.steps):
        opt.zero_grad()
        logp = torch.log_softmax(logits(p, f), dim=-1).masked_fill(~f.causal, 0.0)
        loss = -(real * logp).sum() / rows + cfg.l2 * sum(t.square().sum() for t in p.tables())
        loss.backward()
        opt.step()
    for t in params:
        t.requires_grad_(False)
    return p


def predict(p: Params, f: Features) -> torch.Tensor:
    """[H, w, n, n] row-stochastic predicted patterns."""
    with torch.no_grad():
        return torch.softmax(logits(p, f), dim=-1)
