"""Fitting log-linear attention programs to many heads at once.

A head's pattern is modelled as ``softmax_k(logit[q, k])`` over the causal row with

    logit = PAIR[class q, class k] + PREV_PAIR[class q, class of token k-1] + QOFF[class q, q - k]
            + KOFF[class k, q - k] + OFFSET[q - k] + KEY[token k] + w_same * same_token + w_ind * induction
            + w_sent * same_sentence + w_cos * embedding_cosine + w_logd * log(1 + q - k)

(classes and distances as in ``surgery/lang/classes.py``; ``KEY`` is a bias per key token string for
the ``N_KEY_TOKENS`` most frequent tokens of the training windows, other tokens share one).
Parameters are fit by cross-entropy
against the recorded attention on training windows (soft targets), for a chunk of heads in one
batched torch computation; the tables are gathered by index, never materialized as dense features.
Each head's fit is then rescaled for soft IoU (:func:`calibrate`: a temperature and a BOS shift).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch

from surgery.lang import classes as C
from surgery.io.records import keep_freed_memory
from surgery.score import differentiable_iou

SCALARS = ("same", "ind", "sent", "cos", "logd")
N_KEY_TOKENS = 100  # key-token biases per head: the most frequent token strings of the training windows


@dataclass(frozen=True)
class FitConfig:
    """Optimizer settings of the log-linear fit."""

    steps: int = 150  # Adam steps per chunk of heads
    lr: float = 0.15
    l2: float = 3e-5  # penalty on table entries (keeps unseen pairs near 0; larger values cost held-out IoU)
    heads_per_chunk: int = 30
    calibrate_steps: int = 30  # Adam steps of :func:`calibrate` after the fit (0: none)


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

    def subset(self, rows: torch.Tensor) -> "Features":
        """The features of windows ``rows`` (int64 [b])."""
        return Features(onehot=self.onehot[rows], prev_onehot=self.prev_onehot[rows], key_index=self.key_index[rows],
                        vocab=self.vocab, off=self.off, scalars=self.scalars[:, rows], causal=self.causal)


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
    off = np.array(C.distance_index(n))  # a writable copy for torch
    vocab = key_vocab(ctxs) if vocab is None else vocab
    index = {t: i for i, t in enumerate(vocab)}
    keys = np.array([[index.get(t, len(vocab)) for t in c.tokens] for c in ctxs])  # [w, n]
    cls = np.stack([C.token_class(c) for c in ctxs])  # [w, n]
    onehot = np.eye(C.N_CLASSES, dtype=np.float32)[cls]  # [w, n, N_CLASSES]
    prev = np.eye(C.N_CLASSES, dtype=np.float32)[np.stack([C.previous_class(c) for c in cls])]
    scal = np.stack([
        np.stack([C.same_token_feature(c) for c in ctxs]),
        np.stack([C.induction_feature(c) for c in ctxs]),
        np.stack([C.same_sentence_feature(c) for c in ctxs]),
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
    return calibrate(p, real, f, cfg.calibrate_steps) if cfg.calibrate_steps else p


def calibrate(p: Params, real: torch.Tensor, f: Features, steps: int = 30, lr: float = 0.05) -> Params:
    """Rescale each head's fit to the soft IoU it is scored by: all logits x ``t``, BOS's key bias + ``b``.

    Cross-entropy against soft targets gives patterns that are too flat for IoU (which rewards the
    right mass on few keys) and a sink weight that is right on average but not for IoU. Two numbers
    per head, fit by Adam on the soft IoU of the training windows, mend both; the result is still
    a set of tables (scaled ones), so programs keep their form.
    """
    with torch.no_grad():
        base = logits(p, f).masked_fill(~f.causal, 0.0)  # [H, w, n, n], finite for the gradient
    log_t = torch.zeros(base.shape[0], requires_grad=True)
    shift = torch.zeros(base.shape[0], requires_grad=True)
    bos = (f.key_index == 0).float()[None, :, None, :]  # [1, w, 1, n] keys whose string is BOS's
    opt = torch.optim.Adam([log_t, shift], lr=lr)
    for _ in range(steps):
        opt.zero_grad()
        lg = base * log_t.exp()[:, None, None, None] + shift[:, None, None, None] * bos
        pred = torch.softmax(lg.masked_fill(~f.causal, float("-inf")), dim=-1)
        (-differentiable_iou(pred, real).mean()).backward()
        opt.step()
    scale = log_t.detach().exp()
    out = Params(*(t * scale.view(-1, *[1] * (t.dim() - 1)) for t in p.tensors()))
    out.key[:, 0] += shift.detach()  # BOS is the first key-token string (``key_vocab``)
    return out


def predict(p: Params, f: Features) -> torch.Tensor:
    """[H, w, n, n] row-stochastic predicted patterns."""
    with torch.no_grad():
        return torch.softmax(logits(p, f), dim=-1)


# --- parameters <-> the literal tables of a program (surgery.forms.table writes and reads them) ---


def _centered(table: np.ndarray) -> np.ndarray:
    """Subtract each row's median: a per-query constant does not change a softmax row."""
    return table - np.median(table, axis=1, keepdims=True)


def program_tables(p: Params, i: int, vocab: tuple[str, ...], prune: float, center: bool = True) -> dict:
    """Head ``i`` of ``p`` as the literal tables of a program: entries with ``|v| < prune`` dropped.

    ``center`` subtracts per-query constants first (row medians, the smallest distance bias), which
    changes no softmax row and leaves fewer, smaller entries; without it entries are kept as they are.
    """
    pair, prev, qoff = (t[i].numpy() for t in (p.pair, p.prev, p.qoff))
    off = p.off[i].numpy()
    if center:
        pair, prev, qoff, off = _centered(pair), _centered(prev), _centered(qoff), off - off.min()
    key = p.key[i].numpy()[:-1] - p.key[i].numpy()[-1]  # relative to tokens not listed
    return {
        "PAIR": _class_pairs(pair, prune), "PREVIOUS_PAIR": _class_pairs(prev, prune),
        "KEY_TOKEN": {vocab[j]: round(float(key[j]), 2) for j in np.flatnonzero(np.abs(key) >= prune)},
        "QUERY_OFFSET": _class_distances(qoff, prune), "KEY_OFFSET": _class_distances(p.koff[i].numpy(), prune),
        "OFFSET": {int(d): round(float(v), 2) for d, v in enumerate(off) if abs(v) >= prune},
        "SCALARS": tuple(round(float(v), 2) for v in p.scalars[i]),
    }


def _class_distances(table: np.ndarray, prune: float) -> dict[tuple[str, int], float]:
    return {(C.CLASSES[a], int(d)): round(float(table[a, d]), 2) for a, d in zip(*np.nonzero(np.abs(table) >= prune))}


def _class_pairs(table: np.ndarray, prune: float) -> dict[tuple[str, str], float]:
    return {(C.CLASSES[a], C.CLASSES[b]): round(float(table[a, b]), 2)
            for a, b in zip(*np.nonzero(np.abs(table) >= prune))}


def params_from_tables(tables: list[dict], vocab: tuple[str, ...]) -> Params:
    """Parameters of ``len(tables)`` heads; ``vocab`` must hold every listed key token.

    A ValueError names an entry that is not a known class or distance.
    """
    p = Params.zeros(len(tables), len(vocab))
    index = {t: j for j, t in enumerate(vocab)}
    try:
        for i, t in enumerate(tables):
            for (a, b), v in t["PAIR"].items():
                p.pair[i, C.CLASS_ID[a], C.CLASS_ID[b]] = float(v)
            for (a, b), v in t["PREVIOUS_PAIR"].items():
                p.prev[i, C.CLASS_ID[a], C.CLASS_ID[b]] = float(v)
            for tok, v in t["KEY_TOKEN"].items():
                p.key[i, index[tok]] = float(v)
            for (a, d), v in t["QUERY_OFFSET"].items():
                p.qoff[i, C.CLASS_ID[a], _distance(d)] = float(v)
            for (a, d), v in t["KEY_OFFSET"].items():
                p.koff[i, C.CLASS_ID[a], _distance(d)] = float(v)
            for d, v in t["OFFSET"].items():
                p.off[i, _distance(d)] = float(v)
            p.scalars[i] = torch.tensor(t["SCALARS"], dtype=torch.float32)
    except (KeyError, TypeError, ValueError) as err:
        raise ValueError(f"table entry not understood: {err}") from None
    return p


def _distance(d) -> int:
    if not (isinstance(d, int) and 0 <= d <= C.MAX_OFFSET):
        raise ValueError(f"distance {d!r} outside 0..{C.MAX_OFFSET}")
    return d
