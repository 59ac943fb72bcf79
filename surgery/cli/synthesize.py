"""``surgery synthesize``: the best program found for every head, written as readable files."""
from __future__ import annotations

import time
from pathlib import Path

import click
import numpy as np

from surgery.analyse.compress import in_sample_writer
from surgery.cli import one_line
from surgery.cli.fields import field_option
from surgery.cli.preflight import writable_out
from surgery.io.headmap import parse_head
from surgery.synthesize.llm import ChatClient, LLMError
from surgery.io.records import read_json, seed_everything
from surgery.io.store import StoreError
from surgery.synthesize.synthesize import FORMS, METHODS, SynthConfig, synthesize
from surgery.cli.options import executor_options, open_executor
from surgery.runtime.executor import ExecutorError


def _heads(value: str | None) -> tuple[str, ...]:
    """``"L5H3, L6H0"`` -> ``("L5H3", "L6H0")``; ClickException for a bad name."""
    names = tuple(h.strip() for h in (value or "").split(",") if h.strip())
    try:
        for h in names:
            parse_head(h)
    except ValueError as e:
        raise click.ClickException(f"--heads: {e}") from None
    return names


def _client(cfg: SynthConfig, api_key: str | None) -> ChatClient | None:
    if cfg.method == "search":
        return None
    if not cfg.llm_base_url:
        raise click.ClickException(
            f"--method {cfg.method} needs an OpenAI-compatible server: pass --llm-base-url "
            "(or set SURGERY_LLM_BASE_URL / OPENAI_BASE_URL), e.g. http://127.0.0.1:8000/v1")
    return ChatClient(base_url=cfg.llm_base_url, model=cfg.llm_model, api_key=api_key, timeout=cfg.llm_timeout)


@click.command("synthesize")
@click.option("--attn", required=True, type=click.Path(), help="Attention store directory (from extract).")
@click.option("--out", required=True, type=click.Path(file_okay=False), callback=writable_out(),
              help="Programs directory to write.")
@field_option(SynthConfig, "method", type=click.Choice(METHODS),
              help="search: offline log-linear fit per head; llm: programs written by an LLM; both: fit and LLM. "
                   "The hand-written library always takes part in the held-out re-ranking.")
@field_option(SynthConfig, "form", type=click.Choice(FORMS),
              help="Form of the fitted programs. terms: a softmax over a few named terms (first-token sink, "
                   "previous token, last period, a class pair, a key token, ...), chosen by greedy forward "
                   "selection; a program reads as an explanation. table: every term of the all-terms fit (a dense "
                   "terms program, hundreds of lines), for maximum fidelity.")
@field_option(SynthConfig, "max_terms",
              help="terms form: most terms per head; each head takes the fewest of 1, 2, 4, ... terms that do "
                   "as well on selection windows (training documents held apart from the fit).")
@field_option(SynthConfig, "select_tolerance",
              help="terms form: selection-window IoU a head may give up for fewer terms.")
@field_option(SynthConfig, "min_gain",
              help="terms form: cross-entropy per query row a term must gain to be added (0.01: about half the terms, steadier across seeds).")
@field_option(SynthConfig, "refit_steps",
              help="terms form: optimizer steps after each addition of terms.")
@field_option(SynthConfig, "full_steps",
              help="terms form: steps of the all-terms fit, the far end of the fidelity/size front (0: skip).")
@field_option(SynthConfig, "max_train_windows",
              help="Training windows the fit uses (terms form: three quarters fit, a quarter select).")
@field_option(SynthConfig, "fit_lengths",
              help="terms form: comma-separated window lengths the fit weighs alike, e.g. 64,256 on a store of "
                   "256-token windows (the first L tokens of a window are a window of L tokens): the rows of "
                   "shorter contexts weigh more, as if windows of each length held the same share of tokens. "
                   "Default: every row alike.")
@field_option(SynthConfig, "steps", help="table form: Adam steps of the all-terms fit.")
@field_option(SynthConfig, "calibrate_steps", type=int,
              help="After each fit, steps rescaling each head's logits (a temperature and a first-token shift) for "
                   "the soft IoU it is scored by; 0 keeps the plain cross-entropy fit. Default: 12.")
@field_option(SynthConfig, "heads_per_chunk", help="Heads fit together in one batch.")
@field_option(SynthConfig, "overwrite",
              help="Discard candidates of an earlier run in --out (by default it resumes, and refuses to "
                   "resume over candidates fit on another store or with other settings).")
@field_option(SynthConfig, "seed",
              help="terms form: shuffles the training documents, which decides the fitting and selection windows.")
@field_option(SynthConfig, "heads",
              help="Only these heads, e.g. L5H3,L6H0 (default: all): fit anew on --attn (any store, e.g. examples "
                   "that show a head's failure) and merged into --out, whose heads.json is updated.")
@field_option(SynthConfig, "llm_base_url", envvar=["SURGERY_LLM_BASE_URL", "OPENAI_BASE_URL"],
              help="OpenAI-compatible API base, e.g. http://127.0.0.1:8000/v1 (vLLM, llama.cpp, Ollama, hosted). "
                   "Env: SURGERY_LLM_BASE_URL, then OPENAI_BASE_URL.")
@field_option(SynthConfig, "llm_model", envvar="SURGERY_LLM_MODEL",
              help="Model name. Env: SURGERY_LLM_MODEL. Default: the one model the server lists.")
@click.option("--llm-api-key", envvar=["SURGERY_LLM_API_KEY", "OPENAI_API_KEY"], default=None,
              help="API key (never written to config.json). Env: SURGERY_LLM_API_KEY, then OPENAI_API_KEY.")
@field_option(SynthConfig, "llm_rounds", help="Requests per head (1 + feedback rounds).")
@field_option(SynthConfig, "llm_programs", help="Programs asked for per request.")
@field_option(SynthConfig, "llm_timeout", help="Seconds per LLM request.")
@field_option(SynthConfig, "baseline", type=click.Path(exists=True, file_okay=False),
              help="Warm start from this programs directory (a baseline run's programs/, e.g. the programs committed "
                   "for the previous checkpoint): a head's program is kept byte for byte while it still fits within "
                   "--keep-tolerance, else refit, keeping its terms unless new ones gain a measured margin; "
                   "decisions in warm.json. terms form only.")
@field_option(SynthConfig, "keep_tolerance",
              help="Warm start: held-out IoU a baseline program may lose against its recorded IoU (or against a "
                   "refit's) and still be kept unchanged.")
@executor_options
def command(attn, out, method, form, max_terms, select_tolerance, min_gain, refit_steps, full_steps, max_train_windows, fit_lengths, steps, calibrate_steps, heads_per_chunk, overwrite, seed, heads, llm_base_url, llm_model,
            llm_api_key, llm_rounds, llm_programs, llm_timeout, baseline, keep_tolerance, executor):
    """Find a program for every head and keep each head's best held-out program.

    Writes L{l}H{h}.py per head (docstring: head, held-out IoU, what it attends to), the fitted
    candidates under fitted/, the LLM's under llm/ (with one L{l}H{h}.json conversation record
    per head), heads.json (head -> program, IoU, method) and front.json (each
    head's held-out IoU at 1, 2, 4, ... 32 terms and with all terms). Re-running with the same --out
    resumes: heads already fitted or asked are kept.
    """
    if min(max_train_windows, steps, heads_per_chunk, llm_rounds, llm_programs) < 1 or llm_timeout <= 0:
        raise click.ClickException("--max-train-windows, --steps, --heads-per-chunk, --llm-rounds and --llm-programs "
                                   "must be at least 1, --llm-timeout positive")
    if (calibrate_steps or 0) < 0 or refit_steps < 0 or full_steps < 0:
        raise click.ClickException("--calibrate-steps, --refit-steps and --full-steps must be 0 or more")
    if max_terms < 1 or select_tolerance < 0:
        raise click.ClickException("--max-terms must be at least 1, --select-tolerance 0 or more")
    cfg = SynthConfig(attn=attn, out=out, method=method, form=form, max_terms=max_terms,
                      select_tolerance=select_tolerance, min_gain=min_gain, refit_steps=refit_steps, full_steps=full_steps,
                      max_train_windows=max_train_windows, fit_lengths=fit_lengths, steps=steps,
                      calibrate_steps=calibrate_steps,
                      heads_per_chunk=heads_per_chunk, overwrite=overwrite, seed=seed, heads=_heads(heads),
                      llm_base_url=llm_base_url, llm_model=llm_model, llm_rounds=llm_rounds,
                      llm_programs=llm_programs, llm_timeout=llm_timeout, baseline=baseline,
                      keep_tolerance=keep_tolerance)
    client = _client(cfg, llm_api_key)
    seed_everything(seed)
    runner = open_executor(executor)
    start = time.perf_counter()
    try:
        headmap = synthesize(cfg, client=client, executor=runner, on_scored=in_sample_writer(Path(out)))
    except (StoreError, ValueError, ExecutorError) as err:
        raise one_line(err) from None
    except LLMError as err:
        raise click.ClickException(f"LLM request failed: {err} (re-run to resume; finished heads are kept)") from None
    _summary(headmap, time.perf_counter() - start, out)


def _summary(headmap, seconds: float, out: str) -> None:
    ious = np.array([e.iou for e in headmap.heads.values()])
    nb = np.array([e.iou_no_bos for e in headmap.heads.values()])
    kinds = [e.method.split("/")[0] for e in headmap.heads.values()]
    counts = ", ".join(f"{kinds.count(k)} {label}" for k, label in
                       (("search", "fitted"), ("llm", "LLM"), ("library", "library")) if k in kinds)
    click.echo(f"synthesized {len(ious)} heads in {seconds:.0f} s: held-out mean IoU {ious.mean():.3f} "
               f"(no-BOS {nb.mean():.3f}); {(ious >= 0.75).mean():.0%} of heads ≥ 0.75; programs: {counts}")
    front = Path(out) / "front.json"
    if front.exists():
        rec = read_json(front)
        points = ", ".join(f"{lv}: {v:.3f}" for lv, v in zip(rec["levels"], rec["mean_heldout"]))
        click.echo(f"fidelity/size front (terms: mean held-out IoU of the fit) {points}; "
                   f"median terms chosen {rec['median_chosen_terms']:g}")
    click.echo(f"programs: {out}/heads.json")
