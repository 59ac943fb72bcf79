"""Tuning the selected programs for an evaluation run (``surgery eval --tune-steps``), on windows of
several lengths from the training documents only.

The training side of the document split (:func:`surgery.io.corpus.make_windows`: the same
permutation, its first ``round(frac × docs)`` documents held out) is cut once more: its last
``VALID_SHARE`` of documents give the validation windows that decide early stopping, the others the
tuning windows. Neither ever holds reported (held-out) text, and no document gives windows to both.

    >>> budget_split(96, [64, 256])
    [48, 12]
"""
from __future__ import annotations

from pathlib import Path

import numpy as np

from surgery.io.corpus import joined_rows, parse_lengths
from surgery.evaluate.evaluate import EvalConfig, EvalSetup, budget_split, calibration_windows
from surgery.evaluate.windows import MIN_DOCUMENT_WINDOWS, side_documents

VALID_SHARE = 0.2  # of the training documents: validation documents (at least one)


def tuning_windows(docs: list[str], heldout_frac: float, seed: int, tokenizer, bos_id: int, lengths: list[int],
                   n_tune: int, n_valid: int, min_inside: int) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """(tuning windows, validation windows) of the training documents of ``docs``: one int64 array
    [w, T] per length of ``lengths``. ``n_tune`` and ``n_valid`` count windows of the first length;
    their tokens are split equally across the lengths (:func:`budget_split`); no validation windows
    when ``n_valid`` is 0. ``min_inside``: see :func:`side_windows`."""
    train = side_documents(docs, heldout_frac, seed, heldout=False)
    held = max(1, round(VALID_SHARE * len(train))) if n_valid else 0
    tune_docs, valid_docs = train[:len(train) - held], train[len(train) - held:]
    tune = [side_windows(tokenizer, tune_docs, t, n, bos_id, min_inside) for t, n in zip(lengths, budget_split(n_tune, lengths))]
    valid = [side_windows(tokenizer, valid_docs, t, n, bos_id, min_inside)
             for t, n in zip(lengths, budget_split(n_valid, lengths))] if held else []
    return tune, valid


def side_windows(tokenizer, docs: list[str], window: int, n_windows: int, bos_id: int, min_inside: int) -> np.ndarray:
    """Up to ``n_windows`` windows int64 [m, window] of ``docs``: inside documents (the k-th window of
    every document before any (k+1)-th) while they serve ``min(min_inside, n_windows)``,
    else cut from the documents joined end to end, a blank line between two."""
    ids = [tokenizer(d, add_special_tokens=False)["input_ids"] for d in docs]
    step = window - 1
    inside = sorted(((k, i, [bos_id] + t[lo:lo + step]) for i, t in enumerate(ids)
                     for k, lo in enumerate(range(0, len(t) - step + 1, step))), key=lambda c: c[:2])
    rows = [r for _, _, r in inside]
    if len(rows) < min(min_inside, n_windows):
        rows, _ = joined_rows(tokenizer, ids, window, bos_id)
    if not rows:
        from surgery.io.corpus import CorpusError

        raise CorpusError(f"{len(docs)} training documents hold not one window of {window} tokens")
    return np.array(rows[:n_windows], dtype=np.int64)


# --- the evaluation run's tuning --------------------------------------------------------------


def tune_and_valid_windows(cfg: EvalConfig, model, docs: list[str] | None = None) -> tuple[list, list]:
    """Tuning and validation windows of ``cfg.tune_lengths`` (default: the store's window, else
    ``cfg.window``) from the training documents of the store's corpus and split (else ``cfg``'s):
    :func:`surgery.evaluate.tuning.tuning_windows`."""
    from surgery.io.corpus import load_documents
    from surgery.io.models import bos_id

    corpus, seed, frac, length = cfg.corpus, cfg.split_seed, cfg.heldout_frac, cfg.window
    if cfg.store:
        from surgery.io.store import AttentionStore

        store = AttentionStore(cfg.store)
        corpus, seed, frac = store.meta.corpus, store.meta.seed, store.meta.heldout_frac or cfg.heldout_frac
        length, docs = int(store.tokens.shape[1]), None if store.meta.corpus != cfg.corpus else docs
    docs = load_documents(corpus) if docs is None else docs
    return tuning_windows(docs, frac, seed, model.tokenizer, bos_id(model), parse_lengths(cfg.tune_lengths) or [length],
                          cfg.tune_windows, cfg.tune_valid_windows, MIN_DOCUMENT_WINDOWS)


def tune_plan(s: EvalSetup, cfg: EvalConfig, heads: list, progress: bool = True,
              docs: list[str] | None = None, out: Path | None = None) -> tuple[dict, dict]:
    """Fit the selected heads' log-linear programs to the model's loss (see :mod:`surgery.substitute.tune`).

    The tuned programs are written to ``out`` (default ``OUT/programs``; a full programs
    directory: untuned heads point at their original files) and loaded back like any program;
    returns the plan that uses them and a record of the tuning for results.json.
    """
    from surgery.io.headmap import HeadMap, head_name
    from surgery.substitute.selection import build_plan, load_head_programs
    from surgery.substitute.tune import TuneConfig, check_out_dir, heldout_ious, tune, write_tuned

    if cfg.control != "none":
        raise ValueError("tuning applies to programs: use it with --control none")
    out = Path(cfg.out) / "programs" if out is None else Path(out)
    check_out_dir(Path(cfg.programs), out, HeadMap.load(cfg.programs))  # before the tuning, not after it
    if cfg.tune_lengths or cfg.tune_valid_windows:
        tokens, valid = tune_and_valid_windows(cfg, s.model, docs)
    else:
        tokens, valid = [calibration_windows(cfg, s.model, docs, n=cfg.tune_windows)], []
    tcfg = TuneConfig(steps=cfg.tune_steps, seed=cfg.seed, eval_every=cfg.tune_every, patience=cfg.tune_patience)
    result = tune(s.model, s.programs, heads, tokens, tcfg, progress=progress, valid=valid)
    ious = None
    if cfg.store and result.heads:
        from surgery.io.store import AttentionStore

        ious = heldout_ious(result, AttentionStore(cfg.store))
    shapes = " + ".join(f"{len(t)} × {t.shape[1]}" for t in tokens)
    steps = f"{result.best_step} of {tcfg.steps} steps (best on validation windows)" if valid else f"{tcfg.steps} steps"
    note = f"KL to the unmodified model, {steps} on {shapes} tokens of training windows, with {len(heads)} heads replaced"
    headmap = write_tuned(result, HeadMap.load(cfg.programs), Path(cfg.programs), out, note, ious)
    tuned = load_head_programs(headmap, out, heads=result.heads, trusted=cfg.trusted)
    plan = build_plan(heads, {**s.programs, **tuned}, cfg.control, cfg.seed)
    record = {
        "steps": tcfg.steps, "lr": tcfg.lr, "batch_size": tcfg.batch_size, "l2": tcfg.l2,
        "top_k": tcfg.top_k, "windows": [list(t.shape) for t in tokens] if len(tokens) > 1 else list(tokens[0].shape),
        "kl_windows": min(len(tokens[0]), tcfg.kl_windows), "programs": str(out), "seconds": result.seconds,
        "kl_before": result.kl_before, "kl_after": result.kl_after, "steps_run": result.steps_run,
        "tuned_heads": [head_name(*h) for h in result.heads], "not_tuned": [head_name(*h) for h in result.skipped],
    }
    if valid:
        record["validation"] = {"windows": [list(v.shape) for v in valid], "every": tcfg.eval_every,
                                "patience": tcfg.patience, "best_step": result.best_step,
                                "kl_before": result.valid_before, "kl_best": result.valid_best,
                                "history": [list(h) for h in result.history]}
    if ious:
        record["heldout_iou"] = {head_name(*h): {"before": s.ious.get(h), "after": ious[h][0]} for h in result.heads}
    return plan, record
