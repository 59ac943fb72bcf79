"""A head's measured mechanism profile: how much of its real attention lands on each kind of key.

A *mechanism* is a boolean causal mask over (query, key) pairs of one window, computed from the
window's tokens alone (never from a program); only tokens at positions up to the query are used:

==================  ===================================================================
``first``           key 0 (BOS, the attention sink)
``self``            key == query
``previous``        key == query - 1
``induction``       the token after an earlier copy of the query token: 2 <= key < query and
                    ``ids[key - 1] == ids[query]``
``earlier_copies``  an earlier copy of the query token: 1 <= key < query and ``ids[key] == ids[query]``
``punctuation``     a punctuation or newline token, 1 <= key <= query
``recent``          query - RECENT <= key <= query - 2, key >= 1 (near, but not self or previous)
``rest``            every causal key in none of the above
==================  ===================================================================

Overlaps: masks may overlap (at query 1 the previous token is BOS; a punctuation query is its
own punctuation key). With ``overlap="each"`` (default) each mechanism's mass is the attention on
*all* its keys, so overlapping mass counts in every mechanism it belongs to and the masses may sum
to more than 1 (``rest`` is the mass on keys in no mechanism). With ``overlap="split"`` the mass
on a key is divided equally among the mechanisms that hold there, and the masses sum to the
row's total mass (1 for a softmaxed pattern).

Pooling: a window's mass per mechanism is the **mean over its query rows** (row 0 skipped by
default: its only key is BOS, it says nothing); a profile is the mean over windows of equal
length, i.e. the mean over all the selected rows of all windows.

>>> import numpy as np
>>> from surgery.lang.context import build_context
>>> ctx = build_context(np.array([0, 7, 8, 7, 8]), ["<s>", " a", " b", " a", " b"])
>>> prev = np.eye(5, k=-1); prev[0, 0] = 1          # every row on its previous token
>>> p = profile(prev[None], [ctx])
>>> p["previous"], p["first"], p["induction"]
(1.0, 0.25, 0.5)
>>> round(sum(profile(prev[None], [ctx], overlap="split").values()), 6)
1.0
"""
from __future__ import annotations

import numpy as np

from surgery.lang.context import TokenContext

MECHANISMS = ("first", "self", "previous", "induction", "earlier_copies", "punctuation", "recent", "rest")
RECENT = 4  # `recent` covers distances 2 .. RECENT
OVERLAPS = ("each", "split")


def mechanism_masks(ctx: TokenContext) -> dict[str, np.ndarray]:
    """bool [n, n] causal mask of every mechanism in ``MECHANISMS`` order, for one window."""
    n = ctx.n
    q = np.arange(n)[:, None]  # [n, 1] query position
    k = np.arange(n)[None, :]  # [1, n] key position
    ids = np.asarray(ctx.ids)
    causal = k <= q
    before = ids[np.maximum(np.arange(n) - 1, 0)]  # [n] token before each key (key 0: itself)
    boundary = (np.asarray(ctx.is_punct) | np.asarray(ctx.is_newline))[None, :]
    masks = {
        "first": np.broadcast_to(k == 0, (n, n)),
        "self": (k == q),
        "previous": (k == q - 1),
        "induction": (k >= 2) & (k < q) & (before[None, :] == ids[:, None]),
        "earlier_copies": (k >= 1) & (k < q) & (ids[None, :] == ids[:, None]),
        "punctuation": (k >= 1) & causal & boundary,
        "recent": (k >= 1) & (k >= q - RECENT) & (k <= q - 2),
    }
    covered = np.zeros((n, n), dtype=bool)
    for m in masks.values():
        covered |= m
    masks["rest"] = causal & ~covered
    return {name: np.array(masks[name], dtype=bool) for name in MECHANISMS}


def stack_masks(ctxs: list[TokenContext]) -> np.ndarray:
    """bool [window, mechanism, query_pos, key_pos] masks of equal-length windows (``MECHANISMS`` order)."""
    return np.stack([np.stack(list(mechanism_masks(c).values())) for c in ctxs])


def row_masses(patterns: np.ndarray, masks: np.ndarray, overlap: str = "each") -> np.ndarray:
    """float [window, mechanism, query_pos]: each row's attention mass on each mechanism's keys.

    ``patterns`` [window, query_pos, key_pos]; ``masks`` from :func:`stack_masks`."""
    if overlap not in OVERLAPS:
        raise ValueError(f"overlap must be one of {OVERLAPS}, got {overlap!r}")
    a = np.asarray(patterns, dtype=np.float64)  # [w, q, k]
    m = masks.astype(np.float64)  # [w, M, q, k]
    if overlap == "split":
        m = m / np.maximum(m.sum(axis=1, keepdims=True), 1.0)
    return np.einsum("wqk,wmqk->wmq", a, m)


def profile(patterns, ctxs, rows=None, overlap: str = "each") -> dict[str, float]:
    """Mean attention mass of a head on each mechanism's keys (see the module docstring).

    ``patterns``: float [window, query_pos, key_pos], a head's (real or program) attention on the
    windows of ``ctxs`` (a list of TokenContexts, or their :func:`stack_masks`). ``rows``: the
    query positions to pool (default: all but row 0).
    """
    masks = ctxs if isinstance(ctxs, np.ndarray) else stack_masks(ctxs)
    per_row = row_masses(patterns, masks, overlap)  # [w, M, q]
    rows = np.arange(1, per_row.shape[-1]) if rows is None else np.asarray(rows)
    mean = per_row[:, :, rows].mean(axis=(0, 2))  # [M]
    return {name: round(float(v), 6) for name, v in zip(MECHANISMS, mean)}


def window_profiles(patterns, masks: np.ndarray, overlap: str = "each") -> np.ndarray:
    """float [window, mechanism]: each window's profile (rows 1.. pooled), for per-subset means."""
    return row_masses(patterns, masks, overlap)[:, :, 1:].mean(axis=2)


def largest(prof: dict[str, float], exclude: tuple[str, ...] = ("rest",)) -> str:
    """The mechanism with the most mass (``rest`` excluded by default; ties go to the earlier one).

    >>> largest({"first": 0.2, "self": 0.5, "rest": 0.6})
    'self'
    """
    names = [m for m in MECHANISMS if m in prof and m not in exclude]
    return max(names, key=lambda m: (prof[m], -names.index(m)))


def head_profile(store, layer: int, head: int, windows, overlap: str = "each", masks=None) -> dict[str, float]:
    """Profile of one head of an :class:`~surgery.io.store.AttentionStore` on ``windows``, from its
    stored attention (``masks``: :func:`stack_masks` of those windows, when already computed)."""
    from surgery.lang.context import store_contexts

    windows = np.asarray(windows)
    masks = stack_masks(store_contexts(store, windows)) if masks is None else masks
    return profile(store.head_attention(layer, head, windows), masks, overlap=overlap)
