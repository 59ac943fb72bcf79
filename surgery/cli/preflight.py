"""Checks of command-line flags that need no model weights, run before anything heavy loads.

Each ``check_*`` raises :class:`PreflightError` with a one-line message naming the flag; the
commands run them first, so a bad ``--window`` or ``--tasks`` fails in about a second instead of
after the model has loaded. The checks after loading stay in place for the Python API.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path


class PreflightError(ValueError):
    """A flag that is wrong whatever the weights say."""


def check_window(model: str, window: int, flag: str = "--window") -> None:
    """At least 2 tokens (BOS and one more) and no longer than the context the model's config declares."""
    from surgery.io.model_config import context_length

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


def check_corpus(name: str) -> None:
    """A built-in corpus name or an existing .txt / .jsonl file (the messages of surgery.io.corpus)."""
    from surgery.io.corpus import BUILTIN

    path = Path(name)
    if name in BUILTIN:
        return
    if path.suffix not in (".txt", ".jsonl"):
        raise PreflightError(f"unknown corpus '{name}': use {', '.join(BUILTIN)}, or a local .txt/.jsonl file")
    if not path.is_file():
        raise PreflightError(f"corpus file not found: {name}")


def check_new_output(out: str, overwrite: bool) -> None:
    if Path(out).exists() and not overwrite:
        raise PreflightError(f"{out} exists: pass --overwrite to replace it")


def unwritable(path: str, where: str = "inside") -> str | None:
    """Why nothing can be written at ``path``, or None. ``where``: ``"inside"``, a directory the command
    writes into; ``"file"``, a file written in ``path``'s parent; ``"aside"``, a directory built beside
    ``path`` and renamed into place (an attention store).

    The nearest existing folder is tried with a real file (made and removed at once), so a read-only
    file system, an ACL or a missing permission all count, for root as for anyone else.
    """
    target = Path(path)  # os.path's tests below: False, not an exception, behind a folder we may not enter
    if where == "inside" and os.path.exists(target) and not os.path.isdir(target):
        return f"{path} is a file, not a directory"
    if where == "file" and os.path.isdir(target):
        return f"{path} is a directory, not a file"
    folder = target if where == "inside" else target.parent
    while not os.path.exists(folder) and folder != folder.parent:
        folder = folder.parent
    if not os.path.isdir(folder):
        return f"{folder} is a file, so nothing can be made under it"
    try:
        fd, probe = tempfile.mkstemp(dir=folder, prefix=".surgery-write-check-")
    except OSError as err:
        return f"{folder} is not writable ({err.strerror or err})"
    os.close(fd)
    os.unlink(probe)
    return None


def check_writable(path: str | None, flag: str = "--out", where: str = "inside") -> None:
    """:func:`unwritable` as a PreflightError naming the flag; None (a default chosen later) passes."""
    why = unwritable(path, where) if path is not None else None
    if why:
        raise PreflightError(f"{flag} {path}: {why}")


def writable_out(where: str = "inside", error: type | None = None):
    """A click callback for ``--out``: the check runs while the flags are parsed, before any work,
    and fails as one line (``error``: the command's one-line exception, click's by default)."""
    import click

    def callback(ctx, param, value):
        try:
            check_writable(value, "--out", where)
        except PreflightError as err:
            raise (error or click.ClickException)(str(err)) from None
        return value

    return callback


def check_device(device: str) -> None:
    """A torch device string that names an available device (``cpu``, ``cuda``, ``cuda:1``, ``mps``)."""
    import torch

    try:
        dev = torch.device(device)
    except (RuntimeError, ValueError):
        raise PreflightError(f"--device: '{device}' is not a torch device (cpu, cuda, cuda:0, mps)") from None
    if dev.type == "cuda" and not torch.cuda.is_available():
        raise PreflightError(f"--device {device}: no CUDA device is available here")
    if dev.type == "cuda" and dev.index is not None and dev.index >= torch.cuda.device_count():
        raise PreflightError(f"--device {device}: only {torch.cuda.device_count()} CUDA devices")
    if dev.type == "mps" and not torch.backends.mps.is_available():
        raise PreflightError(f"--device {device}: MPS is not available here")


def unmentioned_lm_eval_names(names: list[str]) -> list[str]:
    """The names that no YAML file of lm-eval's task folder contains at all: surely not lm-eval tasks.

    Every task, group and tag name of lm-eval is written in one of its YAMLs, so a plain byte search
    rules a name out in about a second, where lm-eval's own index parses all ~14,000 files (tens of
    seconds on a busy machine). A name that does appear still goes through the index.
    """
    import importlib.util

    spec = importlib.util.find_spec("lm_eval")
    if spec is None or not spec.submodule_search_locations:
        return []
    missing = {n.encode() for n in names}
    for path in (Path(list(spec.submodule_search_locations)[0]) / "tasks").rglob("*.yaml"):
        text = path.read_bytes()
        missing = {n for n in missing if n not in text}
        if not missing:
            break
    return [n for n in names if n.encode() in missing]


def check_tasks(tasks: str, source: str) -> list[str]:
    """Comma-separated task names, resolved against the local tasks and lm-eval's registry, whose
    data are on this machine or on a Hub that answers (:func:`surgery.evaluate.tasks.check_task_data`)."""
    from surgery.evaluate.tasks import (LOCAL_TASKS, PREFIX, TaskDataError, UnknownTaskError, check_task_data,
                                        local_names, resolve_tasks)

    names = [t.strip() for t in tasks.split(",") if t.strip()]
    local = set(local_names())
    standard = [n for n in names if not n.startswith(PREFIX) and not (source == "local" and PREFIX + n in local)]
    unknown = unmentioned_lm_eval_names(standard) if standard else []
    if unknown:
        raise PreflightError(f"--tasks: unknown task(s) {', '.join(unknown)}: offline tasks are {', '.join(LOCAL_TASKS)}")
    try:
        resolved = resolve_tasks(names, source)
        check_task_data(resolved)
    except (UnknownTaskError, TaskDataError) as e:
        raise PreflightError(f"--tasks: {e}") from None
    return resolved


def check_store(path: str | None, flag: str = "--store") -> None:
    """The store opens (complete, undamaged); its own errors name the file."""
    if path is None:
        return
    from surgery.io.store import AttentionStore

    AttentionStore(path)
