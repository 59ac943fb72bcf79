"""Checks of command-line flags that need no model weights, run before anything heavy loads.

Each ``check_*`` raises :class:`PreflightError` with a one-line message naming the flag; the
commands run them first, so a bad ``--window`` or ``--tasks`` fails in about a second instead of
after the model has loaded. The checks after loading stay in place for the Python API.
"""
from __future__ import annotations

from pathlib import Path


class PreflightError(ValueError):
    """A flag that is wrong whatever the weights say."""


def check_window(model: str, window: int, flag: str = "--window") -> None:
    """At least 2 tokens (BOS and one more) and no longer than the context the model's config declares."""
    from surgery.model_config import context_length

    if window < 2:
        raise PreflightError(f"{flag} must be at least 2 (BOS and one token), got {window}")
    n_ctx = context_length(model)
    if n_ctx is not None and window > n_ctx:
        raise PreflightError(f"window {window} is longer than the model's context of {n_ctx} tokens "
                             f"({model}, from its config; {flag} at most {n_ctx})")


def check_positive(**flags: int | None) -> None:
    """``check_positive(n_windows=0)`` -> ``--n-windows must be at least 1, got 0``; None passes."""
    for name, value in flags.items():
        if value is not None and value < 1:
            raise PreflightError(f"--{name.replace('_', '-')} must be at least 1, got {value}")


def check_heldout_frac(frac: float) -> None:
    if not 0.0 < frac < 1.0:
        raise PreflightError(f"--heldout-frac must be between 0 and 1 (exclusive), got {frac}")


def check_new_output(out: str, overwrite: bool) -> None:
    if Path(out).exists() and not overwrite:
        raise PreflightError(f"{out} exists: pass --overwrite to replace it")


def check_tasks(tasks: str, source: str) -> list[str]:
    """Comma-separated task names, resolved against the local tasks and lm-eval's registry."""
    from evals.tasks import UnknownTaskError, resolve_tasks

    try:
        return resolve_tasks([t.strip() for t in tasks.split(",") if t.strip()], source)
    except UnknownTaskError as e:
        raise PreflightError(f"--tasks: {e}") from None


def check_store(path: str | None, flag: str = "--store") -> None:
    """The store opens (complete, undamaged); its own errors name the file."""
    if path is None:
        return
    from surgery.store import AttentionStore

    AttentionStore(path)
