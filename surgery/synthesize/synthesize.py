"""Stage 2 — synthesize: the best program we can find for every head.

Method ``search`` (offline, deterministic) fits a terms program to each head on training windows
(``surgery.synthesize.search``): a softmax over named terms, in one of two forms: ``terms``
(default), a few terms chosen by greedy forward selection, a short program that reads as an
explanation; ``table``, every term of the all-terms fit (a dense terms program, hundreds of
lines), for maximum fidelity. The fitted program then competes with every hand-written library program on the
held-out windows; each head keeps whichever is best. Method ``llm``: programs written by an LLM
(``surgery.synthesize.llm_synth``, under ``llm/``) instead of the fit; ``both``: fitted and LLM programs.
Output: ``L{l}H{h}.py`` per head plus ``heads.json`` (and ``front.json`` for the terms form).
Heads whose fitted file or LLM record already exists are kept (resume after interruption);
``heads`` re-synthesizes only those heads, on any store, and merges them into ``out``.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import torch

from surgery.io.corpus import parse_lengths
from surgery.io.headmap import HeadEntry, HeadMap, head_name, parse_head
from surgery.synthesize.llm import ChatClient
from surgery.synthesize.llm_synth import LLMSynthConfig, llm_candidates
from surgery.runtime.program import library_dir, load_program, load_programs, with_scores
from surgery.io.records import read_json, write_config, write_json
from surgery.score import ScoreResult, heldout_halves, score_programs
from surgery.io.store import AttentionStore
from surgery.lang.terms import FAMILIES
from surgery.synthesize.search import fit_term_heads, gather_front
from surgery.synthesize.tensors import length_weights
from surgery.synthesize.warm import warm_start


@dataclass(frozen=True)
class SynthConfig:
    """Settings of one synthesis run; CLI flags map one-to-one onto these fields."""

    attn: str  # attention store directory (from extract)
    out: str  # programs directory to write
    method: str = "search"  # search: fit + library; llm: LLM programs + library; both: all three
    form: str = "terms"  # fitted program form: terms (a few named terms) or table (every term of the all-terms fit)
    max_terms: int = 16  # terms form: most terms per head (each head takes the fewest that do as well)
    levels: tuple[int, ...] = (1, 2, 4, 8, 16, 32)  # terms form: budgets recorded on the fidelity/size front
    select_tolerance: float = 0.005  # terms form: selection-window IoU a smaller program may give up
    min_gain: float = 1e-4  # terms form: cross-entropy (nats per query row) a term must gain to be added (front too)
    refit_steps: int = 10  # terms form: Adam steps after each level's additions
    full_steps: int = 20  # terms form: steps of the all-terms fit (the front's far end; 0: skip it)
    max_train_windows: int = 96  # training windows used by the fit (terms: fitting + selection windows)
    fit_lengths: str = ""  # terms form: comma-separated lengths the fit weighs alike on a store of longer windows, e.g. 64,256 ("": every row alike)
    steps: int = 150  # table form: Adam steps of the all-terms fit
    calibrate_steps: int | None = None  # temperature/first-token rescaling steps for IoU (0: none; None: 12)
    heads_per_chunk: int = 30
    overwrite: bool = False  # discard candidates of an earlier run in ``out`` instead of resuming
    seed: int = 0
    heads: tuple[str, ...] = ()  # only these heads, such as ("L5H3",), merged into ``out``; empty: all
    llm_base_url: str | None = None  # OpenAI-compatible server (the API key is never saved)
    llm_model: str | None = None  # None: the one model the server lists
    llm_rounds: int = 2  # requests per head: the first prompt, then feedback rounds
    llm_programs: int = 3  # programs asked for per request
    llm_timeout: float = 120.0  # seconds per request
    baseline: str | None = None  # programs directory to warm-start from (surgery.synthesize.warm); None: from scratch
    keep_tolerance: float = 0.02  # warm start: IoU a baseline program may lose and still be kept byte for byte


METHODS = ("search", "llm", "both")
FORMS = ("terms", "table")


def synthesize(cfg: SynthConfig, progress: bool = True, client: ChatClient | None = None, executor=None,
               on_scored: Callable[[ScoreResult], None] | None = None) -> HeadMap:
    """Candidates per ``cfg.method``, then :func:`choose_best`; ``client`` is needed for llm/both.
    ``on_scored`` receives the score of every candidate on every head when all heads were chosen
    (the command line writes the in-sample compression curve from it).

    ``executor`` (default: local) runs the fit's chunks of heads and the re-ranking's shards of
    programs (see :mod:`surgery.runtime.executor`); LLM requests are made from here."""
    if cfg.method not in METHODS:
        raise ValueError(f"unknown method {cfg.method!r}: expected one of {', '.join(METHODS)}")
    if cfg.form not in FORMS:
        raise ValueError(f"unknown form {cfg.form!r}: expected one of {', '.join(FORMS)}")
    if cfg.method != "search" and client is None:
        raise ValueError(f"method {cfg.method} needs an LLM client")
    store = AttentionStore(cfg.attn)
    heads = target_heads(store, cfg.heads)
    if cfg.fit_lengths:  # a bad length fails here, before any fit
        length_weights(parse_lengths(cfg.fit_lengths), store.meta.window)
    out = Path(cfg.out)
    out.mkdir(parents=True, exist_ok=True)
    if cfg.heads:
        forget(out, heads)  # targeted: these heads are fit anew on this store, the others are kept
    else:
        check_resume(store, out, cfg)
    write_config(out, "synthesize", cfg)
    torch.manual_seed(cfg.seed)
    if cfg.baseline:
        return warm_start(store, out, heads, cfg, progress, executor)
    if cfg.method != "llm":
        fit_term_heads(store, out, heads, cfg, progress, executor)
    if cfg.method != "search":
        llm_candidates(client, store, heads, out, LLMSynthConfig(rounds=cfg.llm_rounds, n_programs=cfg.llm_programs),
                       progress)
    headmap = choose_best(store, out, progress, fitted=cfg.method != "llm", llm=cfg.method != "search", heads=heads,
                          executor=executor, on_scored=on_scored)
    gather_front(out, list(headmap.heads), store)
    return headmap


def target_heads(store: AttentionStore, names: tuple[str, ...]) -> list[tuple[int, int]]:
    """The heads named (all of the store's when none are), or a ValueError naming those it lacks."""
    heads = [parse_head(h) for h in names] or store.heads
    unknown = [head_name(*hd) for hd in heads if hd not in store.heads]
    if unknown:
        raise ValueError(f"heads {', '.join(unknown)} are not in the store "
                         f"({store.n_layers} layers x {store.n_heads} heads)")
    return heads


def forget(out: Path, heads: list[tuple[int, int]]) -> None:
    """Remove the candidates of ``heads`` from ``out`` (fitted program and front, LLM programs)."""
    for l, h in heads:
        name = head_name(l, h)
        for path in [out / "fitted" / f"{name}.py", out / "fitted" / f"{name}.json", out / "llm" / f"{name}.json",
                     *(out / "llm").glob(f"{name}_r*.py")]:
            path.unlink(missing_ok=True)


FIT_FORMAT = 10  # version of the fitted programs (2: key-token and previous-class tables, 3: key offsets, 4: calibrated, 5: terms form, 6: terms one by one, 7: 10 soft-IoU steps, 8: same_token strictly earlier, shares, rounded front, 9: long_induction, 10: table form = dense terms)


def check_resume(store: AttentionStore, out: Path, cfg: SynthConfig) -> None:
    """Resume only over candidates fit on this very store with these settings.

    ``out/resume.json`` records what the candidates depend on (settings, the term families that
    were candidates); a mismatch is an error unless
    ``cfg.overwrite``, which removes the earlier candidates (``fitted/``, ``llm/``) first.
    """
    import shutil

    sig = {"store": store.fingerprint(), "format": FIT_FORMAT, "form": cfg.form, "max_train_windows": cfg.max_train_windows,
           "steps": cfg.steps, "calibrate_steps": cfg.calibrate_steps, "seed": cfg.seed,
           "max_terms": cfg.max_terms, "min_gain": cfg.min_gain, "levels": list(cfg.levels), "select_tolerance": cfg.select_tolerance,
           "refit_steps": cfg.refit_steps, "full_steps": cfg.full_steps, "families": list(FAMILIES)}
    if cfg.fit_lengths:  # absent otherwise, so earlier candidates still resume
        sig["fit_lengths"] = cfg.fit_lengths
    path = out / "resume.json"
    earlier = read_json(path) if path.exists() else None
    if isinstance(earlier, dict):
        earlier.pop("format_version", None)  # the file's, not a setting
    has_candidates = (out / "fitted").exists() or (out / "llm").exists()
    if cfg.overwrite or (earlier is None and not has_candidates):
        for sub in ("fitted", "llm"):
            shutil.rmtree(out / sub, ignore_errors=True)
    elif earlier != sig:
        what = "another store" if earlier is None or earlier.get("store") != sig["store"] else "other settings"
        raise ValueError(f"{out} holds candidates fit on {what}; pass --overwrite to discard them, "
                         f"or use another --out")
    write_json(path, sig)


def choose_best(store: AttentionStore, out: Path, progress: bool, fitted: bool = True, llm: bool = False,
                heads: list[tuple[int, int]] | None = None, executor=None,
                on_scored: Callable[[ScoreResult], None] | None = None) -> HeadMap:
    """Score candidates on the *select* half of the held-out windows; each head's winner becomes
    L{l}H{h}.py, with its IoU on the *report* half (``surgery.score.heldout_halves``), so the
    figure written and recorded is not the one that chose it.

    Candidates: the head's fitted program (``fitted``), every LLM program under ``llm/`` (``llm``;
    untrusted, sandboxed; the head's own listed first) and the library. Ties go to the earlier.
    With ``heads`` (default: all of the store's), only those are chosen, and merged into an
    existing ``heads.json``.
    """
    heads = store.heads if heads is None else heads
    fit = [load_program(out / "fitted" / f"{head_name(l, h)}.py", trusted=True) if fitted else None
           for l, h in heads]
    llm_progs, _ = load_programs(sorted((out / "llm").glob("L*H*_r*.py")), trusted=False) if llm else ([], {})
    library, _ = load_programs([library_dir()], trusted=True)
    select, report = heldout_halves(store)
    result = score_programs(store, [p for p in fit if p is not None] + llm_progs + library, progress=progress,
                            executor=executor, windows=select if len(report) else None)
    if on_scored is not None and len(heads) == len(store.heads):
        on_scored(result)
    column = {id(p): j for j, p in enumerate(result.programs)}  # programs that failed have no column
    shared = [column[id(p)] for p in llm_progs + library if id(p) in column]
    from_llm = {id(p) for p in llm_progs}
    row = {hd: i for i, hd in enumerate(store.heads)}
    headmap = HeadMap.load(out) if (out / "heads.json").exists() and len(heads) < len(store.heads) else HeadMap()
    headmap.model = store.meta.model
    picks = {}
    for f, (l, h) in zip(fit, heads):
        name, i = head_name(l, h), row[(l, h)]
        own = [column[id(p)] for p in [f] + [q for q in llm_progs if q.meta["target"] == name] if id(p) in column]
        picks[(l, h)] = (f, max(own + shared, key=lambda j: result.iou[i, j]))  # the head's own programs win ties
    reported = _reported(store, result, picks, report, progress, executor)
    for (l, h), (f, pick) in picks.items():
        name, prog = head_name(l, h), result.programs[pick]
        iou, iou_no_bos = reported[(l, h)]
        (out / f"{name}.py").write_text(with_scores(prog.source, name, iou, iou_no_bos))
        method = "search/terms" if prog is f else f"{'llm' if id(prog) in from_llm else 'library'}/{prog.name}"
        headmap.heads[name] = HeadEntry(program=f"{name}.py", iou=iou, iou_no_bos=iou_no_bos, method=method)
    headmap.save(out)
    return headmap


def _reported(store: AttentionStore, result, picks: dict, report, progress: bool, executor) -> dict:
    """head -> (IoU, no-BOS IoU) of its chosen program on the ``report`` windows (the choosing
    scores themselves when the store has too few held-out documents to split)."""
    row = {hd: i for i, hd in enumerate(store.heads)}
    if not len(report):
        return {hd: (float(result.iou[row[hd], j]), float(result.iou_no_bos[row[hd], j])) for hd, (_, j) in picks.items()}
    chosen = list(dict.fromkeys(j for _, j in picks.values()))
    again = score_programs(store, [result.programs[j] for j in chosen], windows=report, progress=progress,
                           executor=executor)
    column = {id(p): c for c, p in enumerate(again.programs)}
    return {hd: (float(again.iou[row[hd], column[id(result.programs[j])]]),
                 float(again.iou_no_bos[row[hd], column[id(result.programs[j])]])) for hd, (_, j) in picks.items()}
