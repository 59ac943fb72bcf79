"""Term fitting, part 1: the tensors of every candidate term, and head weights <-> term lists.

A head's weights are one flat vector over every candidate of ``surgery/lang/terms.py``, grouped by
family (``shapes``, ``offsets``); ``logits`` computes what ``surgery.lang.terms.logits`` computes, for
many heads and windows at once in torch. ``surgery.synthesize.termselect`` chooses and fits the few terms
of each head's program.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np
import torch

from surgery.lang import classes as C
from surgery.lang import terms as T

SCALAR_TERMS = ("first", "log_distance", "same_token", "induction", "same_sentence", "same_word", "word_start",
                "embed_cosine", "long_induction")
REAL_VALUED = ("log_distance", "embed_cosine")  # scalar terms that are not 0/1
N_KEY_TOKENS = 100  # candidate key tokens: the most frequent token strings of the fitting windows
ND = T.MAX_DISTANCE + 1  # distance slots; the last one of the index (``ND``) holds every farther key
FAMILIES = ("scalar", "key_class", "last", "distance", "pair", "after", "key_token", "query_distance", "key_distance")


def shapes(n_vocab: int) -> dict[str, tuple[int, ...]]:
    """Shape of each family's weights for one head."""
    c = C.N_CLASSES
    return {"scalar": (len(SCALAR_TERMS),), "key_class": (c,), "last": (c,), "distance": (ND + 1,), "pair": (c, c),
            "after": (c, c), "key_token": (n_vocab + 1,), "query_distance": (c, ND + 1), "key_distance": (c, ND + 1)}


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

    onehot: torch.Tensor  # float32 [w, n, C] class of each token
    prev_onehot: torch.Tensor  # float32 [w, n, C] class of the token before each token
    last: torch.Tensor  # float32 [w, n, n] key is the most recent of its class up to the query
    key_index: torch.Tensor  # int64 [w, n] index of each token's string in ``vocab`` (len(vocab): others)
    vocab: tuple[str, ...]
    off: torch.Tensor  # int64 [n, n] distance q - k clipped to 0..ND
    scalars: torch.Tensor  # float32 [len(SCALAR_TERMS), w, n, n]; scalars[0] is the first-token term
    causal: torch.Tensor  # bool [n, n]

    @property
    def n_weights(self) -> int:
        return offsets(len(self.vocab))["total"]

    @property
    def rows(self) -> int:
        return self.onehot.shape[0] * self.onehot.shape[1]

    def subset(self, rows: torch.Tensor) -> "Features":
        """The features of windows ``rows`` (int64 [b])."""
        return Features(onehot=self.onehot[rows], prev_onehot=self.prev_onehot[rows], last=self.last[rows],
                        key_index=self.key_index[rows], vocab=self.vocab, off=self.off,
                        scalars=self.scalars[:, rows], causal=self.causal)


def key_vocab(ctxs, size: int = N_KEY_TOKENS) -> tuple[str, ...]:
    """The ``size`` most frequent token strings after BOS (ties by string)."""
    counts = Counter(t for c in ctxs for t in c.tokens[1:])
    return tuple(t for t, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:size])


def features(ctxs, vocab: tuple[str, ...] | None = None) -> Features:
    """Features of TokenContexts of one length (``vocab`` defaults to their own)."""
    n = ctxs[0].n
    vocab = key_vocab(ctxs) if vocab is None else vocab
    index = {t: i for i, t in enumerate(vocab)}
    cls = np.stack([C.token_class(c) for c in ctxs])  # [w, n]
    eye = np.eye(C.N_CLASSES, dtype=np.float32)
    q, k = np.indices((n, n))
    scal = np.stack([np.stack([T.feature(c, (name,)) for c in ctxs]) for name in SCALAR_TERMS])
    return Features(
        onehot=torch.as_tensor(eye[cls]), prev_onehot=torch.as_tensor(eye[np.stack([C.previous_class(c) for c in cls])]),
        last=torch.as_tensor(np.stack([T.last_mask(c) for c in cls]).astype(np.float32)),
        key_index=torch.as_tensor([[index.get(t, len(vocab)) for t in c.tokens] for c in ctxs], dtype=torch.long),
        vocab=tuple(vocab), off=torch.as_tensor(np.clip(q - k, 0, ND)), scalars=torch.as_tensor(scal),
        causal=torch.tril(torch.ones(n, n, dtype=torch.bool)))


def families(theta: torch.Tensor, n_vocab: int) -> dict[str, torch.Tensor]:
    """Views of flat weights [H, total] as each family's table [H, *shape]."""
    at = offsets(n_vocab)
    return {name: theta[:, at[name]:at[name] + int(np.prod(s))].reshape(theta.shape[0], *s)
            for name, s in shapes(n_vocab).items()}


def allowed(n_vocab: int) -> torch.Tensor:
    """bool [total]: the weights that are terms (BOS is reached by ``first``; no term beyond ND - 1)."""
    at, bos = offsets(n_vocab), C.CLASS_ID["BOS"]
    ok = torch.ones(at["total"], dtype=torch.bool)
    view = {name: ok[at[name]:at[name] + int(np.prod(s))].view(s) for name, s in shapes(n_vocab).items()}
    view["key_class"][bos] = view["last"][bos] = False
    view["distance"][ND] = False
    view["pair"][bos] = False
    view["after"][bos] = view["after"][:, bos] = False
    view["key_token"][n_vocab] = False
    for name in ("query_distance", "key_distance"):
        view[name][bos] = view[name][:, ND] = False
    view["key_distance"][:, 0] = False  # at distance 0 the key is the query: query_distance's term
    return ok


def logits(theta: torch.Tensor, f: Features) -> torch.Tensor:
    """[H, w, n, n] logits of heads' flat weights ``theta`` [H, total], -inf above the diagonal."""
    p = families(theta, len(f.vocab))
    oh = f.onehot  # [w, n, c]
    out = torch.einsum("hs,swqk->hwqk", p["scalar"], f.scalars)
    key = torch.einsum("wkc,hc->hwk", oh, p["key_class"]) + p["key_token"][:, f.key_index]  # [H, w, n]
    out = out + key[:, :, None, :] + torch.einsum("wkc,hc->hwk", oh, p["last"])[:, :, None, :] * f.last
    out = out + p["distance"][:, f.off][:, None]
    out = out + torch.einsum("wqc,hcd,wkd->hwqk", oh, p["pair"], oh)
    out = out + torch.einsum("wqc,hcd,wkd->hwqk", oh, p["after"], f.prev_onehot)
    qd = torch.einsum("wqc,hco->hwqo", oh, p["query_distance"])  # [H, w, n, ND+1]
    out = out + torch.gather(qd, 3, f.off.expand(*qd.shape[:2], -1, -1))
    kd = torch.einsum("wkc,hco->hwok", oh, p["key_distance"])  # [H, w, ND+1, n]
    out = out + torch.gather(kd, 2, f.off.expand(*kd.shape[:2], -1, -1))
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
    cls = C.CLASSES
    if family == "scalar":
        return (SCALAR_TERMS[index[0]],)
    if family in ("key_class", "last"):
        return (family, cls[index[0]])
    if family == "distance":
        return ("distance", int(index[0]))
    if family in ("pair", "after"):
        return (family, cls[index[0]], cls[index[1]])
    if family == "key_token":
        return ("key_token", vocab[index[0]])
    return (family, cls[index[0]], int(index[1]))  # query_distance, key_distance


def entry_of(term: tuple, vocab_index: dict[str, int]) -> tuple[str, tuple[int, ...]]:
    """Inverse of :func:`term_of` (a KeyError for a key token outside the vocabulary)."""
    name, args = term[0], term[1:]
    cid = C.CLASS_ID
    if name in SCALAR_TERMS:
        return "scalar", (SCALAR_TERMS.index(name),)
    if name in ("key_class", "last"):
        return name, (cid[args[0]],)
    if name == "distance":
        return name, (args[0],)
    if name in ("pair", "after"):
        return name, (cid[args[0]], cid[args[1]])
    if name == "key_token":
        return name, (vocab_index[args[0]],)
    return name, (cid[args[0]], args[1])


def head_terms(theta: torch.Tensor, i: int, vocab: tuple[str, ...]) -> list[tuple[float, tuple]]:
    """Head ``i``'s non-zero weights as ``(weight, term)``, largest magnitude first."""
    w = theta[i]
    out = [(float(w[j]), term_of(*_locate(int(j), len(vocab)), vocab)) for j in torch.nonzero(w).flatten()]
    return sorted(out, key=lambda wt: -abs(wt[0]))


def params_from_terms(heads: list[list[tuple[float, tuple]]], vocab: tuple[str, ...]) -> torch.Tensor:
    """Flat weights [H, total] of several heads' term lists (``vocab`` must hold every key token listed)."""
    at = offsets(len(vocab))
    theta = torch.zeros(len(heads), at["total"])
    index = {t: j for j, t in enumerate(vocab)}
    shape = shapes(len(vocab))
    for i, terms in enumerate(heads):
        for weight, term in terms:
            family, idx = entry_of(T.check(tuple(term)), index)
            theta[i, at[family] + int(np.ravel_multi_index(idx, shape[family]))] += float(weight)
    return theta
