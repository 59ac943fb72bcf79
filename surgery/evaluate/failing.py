"""Heads whose programs fail: found before a long evaluation, named in one line, or skipped.

A program can pass scoring (short store windows) and fail on the evaluation's longer contexts.
:func:`failing_heads` runs every planned program once on the evaluation's own windows, in seconds,
before minutes of forward passes; :func:`drop_failing` refuses the run naming the program and the
head, or, with ``--skip-failing-heads``, leaves those heads unreplaced and says so in results.json.
A program that fails later anyway (on a QA context, say) is named by :func:`failure_line`, or,
with ``--skip-failing-heads``, taken out with its heads by :func:`without_failed` and the run redone.
"""
from __future__ import annotations

import numpy as np

from surgery.io.headmap import head_name
from surgery.runtime.program import Program, ProgramError
from surgery.substitute.plan import model_context_factory

PROBE_WINDOWS = 2  # evaluation windows each planned program runs on first


def failing_heads(model, plan: dict, tokens: np.ndarray | None) -> dict[tuple[int, int], str]:
    """(layer, head) -> reason, for each planned program that fails on the first windows of ``tokens``
    (int [n, window]); a program shared by several heads runs once. Empty without tokens."""
    if tokens is None or not len(tokens):
        return {}
    make = model_context_factory(model)
    ctxs = [make(np.asarray(row, dtype=np.int64)) for row in tokens[:PROBE_WINDOWS]]
    reasons: dict[int, str | None] = {}
    for src in plan.values():
        if isinstance(src, Program) and id(src) not in reasons:
            try:
                src.patterns(ctxs)
                reasons[id(src)] = None
            except ProgramError as e:
                reasons[id(src)] = str(e)
    return {head: reasons[id(src)] for head, src in plan.items() if reasons.get(id(src))}


def drop_failing(model, heads: list, plan: dict, tokens: np.ndarray | None, skip: bool) -> tuple[list, dict, dict]:
    """(heads, plan, skipped): without ``skip``, :class:`ProgramError` naming the first failing
    program and head; with it, the heads left out and ``{head: {program, reason}}`` of those skipped."""
    failing = failing_heads(model, plan, tokens)
    if failing and not skip:
        head = min(failing)
        more = f" (and {len(failing) - 1} more heads)" if len(failing) > 1 else ""
        raise ProgramError(f"program {plan[head].name} of head {head_name(*head)} fails on the evaluation's "
                           f"{tokens.shape[1]}-token windows: {failing[head]}{more}; "
                           "pass --skip-failing-heads to evaluate without those heads")
    kept = [h for h in heads if h not in failing]
    skipped = {head_name(*h): {"program": plan[h].name, "reason": r} for h, r in sorted(failing.items())}
    return kept, {h: plan[h] for h in kept}, skipped


def failure_line(err: ProgramError, plan: dict) -> str:
    """One line for a program that failed during the evaluation: the program, its heads, the reason."""
    name = getattr(err, "program", None)
    heads = [head_name(*h) for h, src in sorted(plan.items()) if getattr(src, "name", None) == name]
    where = f"program {name} of head {', '.join(heads)}" if heads else "a program"
    return f"{where} failed during the evaluation: {err}; pass --skip-failing-heads to leave such heads out"


def without_failed(err: ProgramError, heads: list, plan: dict) -> tuple[list, dict, dict]:
    """(heads, plan) less the heads of the program that raised ``err``, and those skipped as
    ``{head: {program, reason}}`` (none when ``err`` names no planned program)."""
    name = getattr(err, "program", None)
    gone = sorted(h for h, src in plan.items() if name is not None and getattr(src, "name", None) == name)
    kept = [h for h in heads if h not in gone]
    return kept, {h: plan[h] for h in kept}, {head_name(*h): {"program": name, "reason": str(err)} for h in gone}
