"""Fitting log-linear attention programs to many heads at once.

A head's pattern is modelled as ``softmax_k(logit[q, k])`` over the causal row with

    logit = PAIR[class q, class k] + QOFF[class q, q - k] + OFFSET[q - k]
            + w_same * same_token + w_ind * induction + w_sent * same_sentence
            + w_cos * embedding_cosine + w_logd * log(1 + q - k)

(classes and distances as in ``programs/classes.py``). Parameters are fit by cross-entropy
against the recorded attention on training windows (soft targets), for a chunk of heads in one
batched torch computation; the tables are gathered by index, never materialized as dense features.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch

from programs import classes as C

SCALARS = ("same", "ind", "sent", "cos", "logd")


@dataclass(frozen=True)
class FitConfig:
    """Optimizer settings of the log-linear fit."""

    steps: int = 150  # Adam steps per chunk of heads
    lr: float = 0.15
    l2: float = 1e-3  # penalty on table entries (keeps unseen pairs near 0)
    heads_per_chunk: int = 30


@dataclass
class Features:
    """Index and value tensors of a set of windows of equal length n."""

    onehot: torch.Tensor  # float32 [w, n, N_CLASSES] class of each token
    off: torch.Tensor  # int64 [n, n] clipped distance
    scalars: torch.Tensor  # float32 [len(SCALARS), w, n, n]
    causal: torch.Tensor  # bool [n, n]


def features(ctxs) -> Features:
    """Features of a list of TokenContexts of one length."""
    n = ctxs[0].n
    off = C.offsets(n)
    cls = np.stack([C.token_class(c) for c in ctxs])  # [w, n]
    onehot = np.eye(C.N_CLASSES, dtype=np.float32)[cls]  # [w, n, N_CLASSES]
    scal = np.stack([
        np.stack([C.same_token(c) for c in ctxs]),
        np.stack([C.induction(c) for c in ctxs]),
        np.stack([C.same_sentence(c) for c in ctxs]),
        np.stack([c.embed_cosine for c in ctxs]),
        np.broadcast_to(C.log_distance(n), (len(ctxs), n, n)),
    ]).astype(np.float32)
    return Features(onehot=torch.as_tensor(onehot), off=torch.as_tensor(off),
                    scalars=torch.as_tensor(scal), causal=torch.tril(torch.ones(n, n, dtype=torch.bool)))


@dataclass
class Params:
    """Parameters of H heads."""

    pair: torch.Tensor  # [H, N_CLASSES, N_CLASSES]
    qoff: torch.Tensor  # [H, N_CLASSES, MAX_OFFSET + 1]
    off: torch.Tensor  # [H, MAX_OFFSET + 1]
    scalars: torch.Tensor  # [H, len(SCALARS)]

    @classmethod
    def zeros(cls, h: int) -> "Params":
        return cls(torch.zeros(h, C.N_CLASSES, C.N_CLASSES), torch.zeros(h, C.N_CLASSES, C.MAX_OFFSET + 1),
                   torch.zeros(h, C.MAX_OFFSET + 1), torch.zeros(h, len(SCALARS)))

    def tensors(self) -> list[torch.Tensor]:
        return [self.pair, self.qoff, self.off, self.scalars]


def logits(p: Params, f: Features) -> torch.Tensor:
    """[H, w, n, n] logits, -inf above the diagonal."""
    oh = f.onehot  # [w, n, c]
    pair = torch.einsum("wqc,hcd,wkd->hwqk", oh, p.pair, oh)  # class(q) x class(k) table
    qoff = torch.einsum("wqc,hco->hwqo", oh, p.qoff)  # [H, w, n, MAX_OFFSET+1]
    qoff = torch.gather(qoff, 3, f.off.expand(*qoff.shape[:2], -1, -1))  # pick distance q-k
    out = pair + qoff + p.off[:, f.off][:, None] + torch.einsum("hs,swqk->hwqk", p.scalars, f.scalars)
    return out.masked_fill(~f.causal, float("-inf"))


def fit(real: torch.Tensor, f: Features, cfg: FitConfig = FitConfig()) -> Params:
    """Fit H heads' parameters to ``real`` float32 [H, w, n, n] by soft-target cross-entropy."""
    p = Params.zeros(real.shape[0])
    params = [t.requires_grad_() for t in p.tensors()]
    opt = torch.optim.Adam(params, lr=cfg.lr)
    rows = real.shape[1] * real.shape[2]
    for _ in range(cfg.steps):
        opt.zero_grad()
        logp = torch.log_softmax(logits(p, f), dim=-1).masked_fill(~f.causal, 0.0)
        loss = -(real * logp).sum() / rows + cfg.l2 * (p.pair.square().sum() + p.qoff.square().sum())
        loss.backward()
        opt.step()
    for t in params:
        t.requires_grad_(False)
    return p


def predict(p: Params, f: Features) -> torch.Tensor:
    """[H, w, n, n] row-stochastic predicted patterns."""
    with torch.no_grad():
        return torch.softmax(logits(p, f), dim=-1)
