"""``surgery extract``: attention of every head on corpus windows, into a store directory."""
from __future__ import annotations

import time

import click

from surgery.cli import one_line
from surgery.cli.fields import field_option
from surgery.cli.preflight import writable_out
from surgery.io.corpus import CorpusError
from surgery.cli.options import executor_options, open_executor
from surgery.runtime.executor import ExecutorError
from surgery.extract import ExtractConfig, extract
from surgery.io.models import ModelLoadError
from surgery.io.records import seed_everything
from surgery.io.store import StoreError


def preflight(model: str, corpus: str, window: int, n_windows: int, batch_size: int, heldout_frac: float, out: str,
              overwrite: bool) -> None:
    """Every check that needs no weights, before the model loads."""
    from surgery.cli.preflight import (PreflightError, check_corpus, check_heldout_frac, check_new_output, check_positive,
                                   check_window)

    try:
        check_positive(n_windows=n_windows, batch_size=batch_size)
        check_heldout_frac(heldout_frac)
        check_window(model, window)
        check_corpus(corpus)
        check_new_output(out, overwrite)
    except PreflightError as e:
        raise click.ClickException(str(e)) from None


@click.command("extract")
@field_option(ExtractConfig, "model",
              help="smollm2-135m (embedded), a Hugging Face model name, a local HF directory or a .gguf file.")
@field_option(ExtractConfig, "corpus",
              help="stories (embedded), lambada, tinystories, or a local .txt/.jsonl file.")
@field_option(ExtractConfig, "n_windows", help="Windows to extract (train + held-out).")
@field_option(ExtractConfig, "window", help="Tokens per window, BOS included.")
@field_option(ExtractConfig, "heldout_frac", help="Share of documents held out for scoring.")
@field_option(ExtractConfig, "batch_size", help="Windows per forward pass.")
@field_option(ExtractConfig, "seed", help="Seed of the train/held-out document split.")
@click.option("--out", required=True, type=click.Path(file_okay=False), callback=writable_out("aside"),
              help="Store directory to create.")
@field_option(ExtractConfig, "overwrite", help="Replace an existing store at --out.")
@field_option(ExtractConfig, "allow_mismatch",
              help="Use a converted model whose loss differs from the HF model's by > 1e-3 nats/token (warns).")
@field_option(ExtractConfig, "probes", type=click.Choice(["repeat", "none"]),
              help="Probe windows next to the corpus: repeated random word tokens (induction, duplicate-token), or none.")
@field_option(ExtractConfig, "probe_frac", help="Share of the windows that are probes.")
@field_option(ExtractConfig, "join_documents",
              help="Cut windows from each side's documents joined end to end (a blank line between two), for "
                   "windows longer than most documents, up to the model's context; held-out and training "
                   "documents are still never joined.")
@executor_options
def command(model, corpus, n_windows, window, heldout_frac, batch_size, seed, out, overwrite, allow_mismatch, probes,
            probe_frac, join_documents, executor):
    """Store every head's attention pattern on N windows of T tokens.

    The store (see surgery/io/store.py) holds float16 patterns [window, layer, head, query, key],
    token ids and strings, and the train/held-out split by document. It is written under a
    temporary name and renamed only when complete. With --executor ray, batches of windows run
    on Ray actors that each load the model; the store is written here, as with the local executor.
    """
    preflight(model, corpus, window, n_windows, batch_size, heldout_frac, out, overwrite)
    cfg = ExtractConfig(out=out, model=model, corpus=corpus, n_windows=n_windows, window=window,
                        heldout_frac=heldout_frac, batch_size=batch_size, seed=seed, overwrite=overwrite,
                        allow_mismatch=allow_mismatch, probes=probes, probe_frac=probe_frac,
                        join_documents=join_documents)
    seed_everything(seed)
    start = time.perf_counter()
    runner = open_executor(executor)
    try:
        store = extract(cfg, executor=runner)
    except (ModelLoadError, CorpusError, StoreError, ExecutorError) as err:
        raise one_line(err) from None
    m = store.meta
    n_held = len(store.heldout_windows())
    n_probes = len((m.probes or {}).get("windows", []))
    click.echo(f"extracted {m.n_windows} windows × {m.window} tokens ({n_held} held out, {n_probes} probes"
               + (", documents joined" if m.joined else "") + ") "
               f"from {m.n_layers} layers × {m.n_heads} heads of {m.model} in {time.perf_counter() - start:.1f} s")
    click.echo(f"store: {store.path}")
