"""What a program's output must be before anything scores it, and what its error text may say.

Both checks run in the trusted process: on the scores a sandboxed child sent back (whatever that
child claims about them) and on the scores of an in-process (``--trusted``) program alike.
"""
from __future__ import annotations

import os
import re

import numpy as np

MAX_REASON = 300  # characters of a program's error kept in score.json and in LLM feedback
NUMERIC_KINDS = "biuf"  # bool, int, uint, float: anything else is not a score


class ProgramError(Exception):
    """A program failed, with a one-line reason: rejected by the AST check, crashed, exceeded a limit
    or returned bad scores (in the sandbox or in-process, ``surgery.runtime.program``)."""


def validate_scores(out, n: int, where: str = "") -> np.ndarray:
    """float32 ``[n, n]`` scores, or :class:`ProgramError` with the reason.

    Checked **after** the cast to float32 (``1e300`` is finite in float64 and inf in float32):
    shape, a numeric dtype, finite entries, no negative entry, and a finite float32 sum over the
    causal keys of every row (``3e38 + 3e38`` overflows). A row whose sum is 0 is allowed: the
    normalization sends it to the first visible key, the documented "do nothing" of a gated rule.

    >>> validate_scores(np.full((2, 2), 1e300), 2)
    Traceback (most recent call last):
    ...
    surgery.runtime.validate.ProgramError: returned NaN or inf in float32 (3 of 3 causal entries)
    """
    at = f" ({where})" if where else ""
    try:
        arr = np.asarray(out)
    except (TypeError, ValueError) as e:
        raise ProgramError(f"returned {type(out).__name__}, not an array{at}: {e}") from None
    if arr.dtype.kind not in NUMERIC_KINDS:
        raise ProgramError(f"returned {type(out).__name__} of dtype {arr.dtype}, not an array of numbers{at}")
    if arr.shape != (n, n):
        raise ProgramError(f"wrong shape {arr.shape}, expected ({n}, {n}){at}")
    with np.errstate(over="ignore", invalid="ignore"):
        s = arr.astype(np.float32, copy=False)
        if np.isfinite(s).all() and s.min(initial=0) >= 0 and np.isfinite(s.sum(axis=-1)).all():
            return s  # the common case: whole rows finite, so their causal parts are too
    return _reason(s, n, at)


def _reason(s: np.ndarray, n: int, at: str) -> np.ndarray:
    """The slow path of :func:`validate_scores`: non-finite entries above the diagonal are allowed
    (they are masked away); anything else raises with its reason."""
    tri = np.tril(np.ones((n, n), dtype=bool))  # [q, k] causal keys
    bad = ~np.isfinite(s) & tri
    if bad.any():
        raise ProgramError(f"returned NaN or inf in float32 ({int(bad.sum())} of {int(tri.sum())} causal entries){at}")
    if np.any(s < 0):
        raise ProgramError(f"returned negative scores (min {float(s.min()):.3g}){at}")
    with np.errstate(over="ignore"):
        mass = np.where(tri, s, np.float32(0)).sum(axis=-1)  # [q] float32, as the normalization sums
    if not np.all(np.isfinite(mass)):
        raise ProgramError(f"row sums overflow float32 (row {int(np.argmin(np.isfinite(mass)))}){at}")
    return np.where(np.isfinite(s), s, np.float32(0))


_PATH = re.compile(r"(?<![\w.)\]])(?:/[^\s/'\"():,]+)+/?")
_UNPRINTABLE = re.compile(r"[^\x20-\x7e]")


def scrub_message(text: str, limit: int = MAX_REASON, environ: dict | None = None) -> str:
    """A program's error text made safe to store or send: the values of this process's environment
    variables and any file path replaced, control characters dropped, one line, ``limit`` characters.

    >>> scrub_message("KeyError: /home/me/.ssh/id_rsa sk-123456", environ={"KEY": "sk-123456"})
    'KeyError: <path> <env>'
    """
    environ = os.environ if environ is None else environ
    for value in sorted((v for v in environ.values() if len(v) >= 6), key=len, reverse=True):
        text = text.replace(value, "<env>")
    text = _PATH.sub("<path>", text)
    text = _UNPRINTABLE.sub(" ", text.replace("\n", " ")).strip()
    return text if len(text) <= limit else text[: limit - 3] + "..."
