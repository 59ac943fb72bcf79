"""An attention-based head detector in the style of TransformerLens ``detect_head``.

Written here from its description, as an independent check of :mod:`surgery.analyse.roles`: each
detected role has a 0/1 detection pattern built from a window's token ids alone (sink: key 0;
previous-token: key = query - 1; self: key = query; duplicate-token: an earlier key with the
query's token; induction: the key after such a token), and a head's score is the attention on
the pattern over all its attention (the ``"mul"`` error measure), mean over windows.
"""
from __future__ import annotations

import numpy as np

DETECTED = ("sink", "previous-token", "self", "duplicate-token", "induction")  # the detector's patterns
PROBE_PATTERNS = ("duplicate-token", "induction")  # scored on probe windows (repeated random tokens)
OTHER = "other"



def detection_patterns(tokens: np.ndarray) -> dict[str, np.ndarray]:
    """0/1 [n, n] patterns of one window for each detected role, built from its token ids alone
    (duplicate: an equal token before the query; induction: the key after such a token).

    >>> p = detection_patterns(np.array([0, 4, 5, 4, 5]))
    >>> p["induction"][3].tolist(), p["duplicate-token"][3].tolist()
    ([0.0, 0.0, 1.0, 0.0, 0.0], [0.0, 1.0, 0.0, 0.0, 0.0])
    """
    n = len(tokens)
    same = (tokens[:, None] == tokens[None, :]).astype(float)
    duplicate = np.tril(same, k=-1)
    induction = np.zeros((n, n))
    induction[:, 1:] = duplicate[:, :-1]
    sink = np.zeros((n, n))
    sink[:, 0] = 1.0
    return {"sink": sink, "previous-token": np.eye(n, k=-1), "self": np.eye(n),
            "duplicate-token": duplicate, "induction": np.tril(induction)}


def detector_scores(views: dict[str, tuple[np.ndarray, np.ndarray]], exclude_bos: bool = True) -> dict[str, float]:
    """``detect_head``-style "mul" score of each detected role: per window, attention on the
    detection pattern over all attention (with ``exclude_bos``, the BOS column dropped for every
    pattern but the sink's); mean over windows. ``views``: ``natural`` and ``probe`` (patterns
    [window, query_pos, key_pos], tokens [window, pos]); duplicate and induction are scored on
    ``probe``, the others on ``natural``."""
    out = {}
    for role in DETECTED:
        patterns, tokens = views["probe" if role in PROBE_PATTERNS else "natural"]
        a = np.array(patterns, dtype=np.float64)
        if exclude_bos and role != "sink":
            a[:, :, 0] = 0.0
        per_window = [float((a[i] * detection_patterns(tokens[i])[role]).sum() / max(a[i].sum(), 1e-9))
                      for i in range(len(tokens))]
        out[role] = round(float(np.mean(per_window)), 4)
    return out


def detector_lead(scores: dict[str, float], raw: dict[str, float], threshold: float, min_mass: float) -> str:
    """The detector's leading role, chosen as :func:`passing` chooses: the largest non-sink score
    (BOS excluded) that reaches ``threshold`` with a plain score (BOS included) of at least
    ``min_mass``, else sink when its score reaches ``threshold``, else ``other``.

    >>> s = {"sink": 0.6, "previous-token": 0.1, "self": 0.0, "duplicate-token": 0.0, "induction": 0.8}
    >>> detector_lead(s, {**s, "induction": 0.3}, 0.3, 0.1), detector_lead(s, {**s, "induction": 0.05}, 0.3, 0.1)
    ('induction', 'sink')
    """
    eligible = [r for r in DETECTED[1:] if scores[r] >= threshold and raw[r] >= min_mass]
    if eligible:
        return max(eligible, key=lambda r: (scores[r], -DETECTED.index(r)))
    return "sink" if scores["sink"] >= threshold else OTHER


def comparable(roles: list[str]) -> str:
    """A head's leading role among those the detector has a pattern for (``other`` when none).

    >>> comparable(["lexical", "sink"]), comparable(["recent"])
    ('sink', 'other')
    """
    return next((r for r in roles if r in DETECTED), OTHER)
