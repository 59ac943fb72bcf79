"""Stage 1 — extract: every head's attention pattern on windows of a corpus, into a store.

    from surgery.extract import ExtractConfig, extract
    store = extract(ExtractConfig(model="smollm2-135m", corpus="stories", n_windows=256, window=64, out="runs/attn"))
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Callable

import numpy as np
import torch

from surgery.io import hooks
from surgery.io.corpus import (CorpusError, DEFAULT_CORPUS, Windows, add_probes, load_documents, make_windows,
                                n_probe_windows, probe_seq_len, repeat_probes, word_token_ids)
from surgery.io.models import DEFAULT_MODEL, bos_id, context_length, layer_windows, load_model, token_strings
from surgery.io.records import write_config
from surgery.io.guards import check_not_being_written
from surgery.io.store import AttentionStore, StoreMeta, StoreWriter
from surgery.runtime.executor import Given, LocalExecutor, LocalModelPool


@dataclass(frozen=True)
class ExtractConfig:
    """Settings of one extraction; the CLI flags map one-to-one onto these fields."""

    out: str  # store directory to create
    model: str = DEFAULT_MODEL  # model name or path (see surgery.io.models)
    corpus: str = DEFAULT_CORPUS  # corpus name or path (see surgery.io.corpus)
    n_windows: int = 256  # windows to extract, train and held-out together
    window: int = 64  # tokens per window, BOS included
    heldout_frac: float = 0.25  # share of documents (and windows) held out for scoring
    batch_size: int = 16  # windows per forward pass
    seed: int = 0  # document shuffle for the train/held-out split
    overwrite: bool = False  # replace an existing store at `out`
    allow_mismatch: bool = False  # use a converted model whose loss differs from the HF model's (warns)
    probes: str = "repeat"  # probe windows next to the corpus: "repeat" (repeated random tokens) or "none"
    probe_frac: float = 0.125  # share of the n_windows that are probes (see surgery.io.corpus)
    join_documents: bool = False  # cut windows from each side's documents joined end to end (longer than most documents)


def extract(cfg: ExtractConfig, model=None, docs: list[str] | None = None, progress: bool = True,
            executor=None, model_factory: Callable[[], object] | None = None) -> AttentionStore:
    """Run the model over the corpus windows and write the store; returns it opened.

    ``model`` and ``docs`` may be passed in (tests, notebooks); otherwise they are loaded by name.
    Validation happens before the expensive forward passes. ``executor`` (default: local, in this
    process) runs the forward passes, one batch of windows per piece, where a model is loaded:
    with Ray, on actors that each load one (``model_factory``, default: the model by name). Every
    batch comes back here and is written into the store's partial directory, which is renamed
    into place only after the last one (see :mod:`surgery.io.store`).
    """
    if cfg.n_windows < 1:
        raise CorpusError(f"n-windows must be at least 1, got {cfg.n_windows}")
    n_probe_windows(cfg.n_windows, cfg.probe_frac, cfg.probes)  # validates both before any loading
    check_not_being_written(Path(cfg.out))  # a second writer of --out stops before loading anything
    docs = load_documents(cfg.corpus) if docs is None else docs
    executor = LocalExecutor() if executor is None else executor
    if model_factory is None:
        model_factory = Given(model) if model is not None else \
            partial(load_model, cfg.model, allow_mismatch=cfg.allow_mismatch or None)
    n_batches = -(-cfg.n_windows // cfg.batch_size)
    with executor.models(model_factory, n=min(executor.workers, n_batches)) as pool:
        prep = pool.call(_prepare, cfg, docs)
        meta = StoreMeta(model=cfg.model, n_layers=prep.n_layers, n_heads=prep.n_heads, window=cfg.window,
                         n_windows=len(prep.wins.tokens), corpus=cfg.corpus, seed=cfg.seed,
                         layer_windows=prep.layer_windows, heldout_frac=cfg.heldout_frac, joined=cfg.join_documents,
                         probes=prep.wins.probe_record(cfg.probes, probe_seq_len(cfg.window)))
        with StoreWriter(cfg.out, meta, overwrite=cfg.overwrite) as writer:
            writer.write_tokens(prep.wins.tokens, prep.token_strs, prep.wins.doc_ids, prep.wins.split)
            writer.write_embeddings(*prep.embeddings)
            _run_patterns(writer, pool, prep.wins.tokens, cfg.batch_size, progress)
            write_config(writer.tmp, "extract", cfg)
    return AttentionStore(cfg.out)


@dataclass(frozen=True)
class Prepared:
    """What extraction needs of the model besides the patterns, computed where the model is."""

    wins: Windows  # token ids, documents and split of every window
    token_strs: list  # decoded text of each token of each window
    embeddings: tuple  # (distinct token ids, their input embeddings float32 [k, d_model])
    n_layers: int
    n_heads: int
    layer_windows: list | None  # see StoreMeta


def _prepare(model, cfg: ExtractConfig, docs: list[str]) -> Prepared:
    if cfg.window > context_length(model):
        raise CorpusError(f"window {cfg.window} is longer than the model's context of {context_length(model)} tokens")
    wins = _windows_with_probes(model.tokenizer, docs, cfg, bos_id(model))
    strs = [token_strings(model.tokenizer, row) for row in wins.tokens]
    return Prepared(wins=wins, token_strs=strs, embeddings=_embeddings(model, wins.tokens), n_layers=model.cfg.n_layers,
                    n_heads=model.cfg.n_heads, layer_windows=_windows(model))


def _windows_with_probes(tokenizer, docs: list[str], cfg: ExtractConfig, bos: int) -> Windows:
    """The corpus windows and ``cfg.probes`` probe windows, ``cfg.n_windows`` in all."""
    n_probes = n_probe_windows(cfg.n_windows, cfg.probe_frac, cfg.probes)
    wins = make_windows(tokenizer, docs, cfg.window, cfg.n_windows - n_probes, cfg.heldout_frac, cfg.seed, bos,
                        joined=cfg.join_documents)
    if not n_probes:
        return wins
    pool = word_token_ids(tokenizer, exclude=(bos, *tokenizer.all_special_ids))
    rng = np.random.default_rng([cfg.seed, 0x9A0BE])  # its own stream: the corpus draw is unchanged
    probes = repeat_probes(pool, n_probes, cfg.window, bos, rng)
    return add_probes(wins, probes, cfg.heldout_frac, first_doc=len(docs))


def extract_windows(model, source: AttentionStore, windows: np.ndarray, out: str, model_name: str,
                    batch_size: int = 16, overwrite: bool = False, progress: bool = True) -> AttentionStore:
    """Another model's attention over given windows of an existing store, written as a new store.

    Token ids, token strings, document ids and the split are copied from ``source``, so both
    stores hold exactly the same windows (``windows`` of ``source``, in order); embeddings and
    patterns are the model's own. Used to compare checkpoints (``surgery regress``).
    """
    windows = np.asarray(windows, dtype=int)
    if source.meta.window > context_length(model):
        raise CorpusError(f"window {source.meta.window} is longer than the model's context of {context_length(model)} tokens")
    tokens = source.tokens[windows]  # [w, pos]
    meta = StoreMeta(model=model_name, n_layers=model.cfg.n_layers, n_heads=model.cfg.n_heads, window=source.meta.window,
                     n_windows=len(windows), corpus=source.meta.corpus, seed=source.meta.seed,
                     layer_windows=_windows(model), heldout_frac=source.meta.heldout_frac,
                     probes=_probes_of(source.meta.probes, windows), joined=source.meta.joined)
    with StoreWriter(out, meta, overwrite=overwrite) as writer:
        writer.write_tokens(tokens, [source.token_strs[w] for w in windows], source.doc_ids[windows], source.split[windows])
        writer.write_embeddings(*_embeddings(model, tokens))
        _run_patterns(writer, LocalModelPool(Given(model)), tokens, batch_size, progress)
    return AttentionStore(out)


def _probes_of(probes: dict | None, windows: np.ndarray) -> dict | None:
    """A store's probe record restricted to ``windows`` (renumbered as in the new store)."""
    if not probes:
        return None
    kept = [i for i, w in enumerate(windows.tolist()) if w in set(probes["windows"])]
    return {**probes, "windows": kept} if kept else None


def _windows(model) -> list | None:
    """Each layer's sliding window for store.json; None when every layer attends to the whole context."""
    windows = layer_windows(model)
    return windows if any(w is not None for w in windows) else None


def _embeddings(model, tokens: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct token ids of ``tokens`` and their input embeddings float32 [k, d_model]."""
    ids = np.unique(tokens)
    with torch.no_grad():
        embed = model.W_E[torch.as_tensor(ids)].float().cpu().numpy()  # [k, d_model]
    return ids, embed


def _run_patterns(writer: StoreWriter, pool, tokens: np.ndarray, batch_size: int, progress: bool) -> None:
    """Forward passes that keep only the hook_pattern activations, one batch per piece of ``pool``,
    each batch written into the store as it comes back."""
    starts = list(range(0, len(tokens), batch_size))
    batches = [tokens[start:start + batch_size] for start in starts]
    for i, patterns in pool.map(batch_patterns, batches, desc="extract", unit="win", weights=[len(b) for b in batches],
                                progress=progress):
        writer.attn[starts[i]:starts[i] + len(patterns)] = patterns


@torch.no_grad()
def batch_patterns(model, tokens: np.ndarray) -> np.ndarray:
    """float16 [batch, layer, head_index, query_pos, key_pos] attention of every head on ``tokens`` [batch, pos]."""
    names = [hooks.pattern_hook(l) for l in range(model.cfg.n_layers)]
    captured: dict[int, torch.Tensor] = {}

    def keep(pattern, hook):  # [batch, head_index, query_pos, key_pos]
        captured[hooks.layer_of(hook.name)] = pattern.detach()

    hooks.forward_until(model, torch.as_tensor(tokens), [(n, keep) for n in names], last=names[-1],
                        **hooks.forward_kwargs())  # the last MLP and the unembedding are not needed
    stacked = torch.stack([captured[l] for l in range(model.cfg.n_layers)], dim=1)  # [b, layer, head, q, k]
    return stacked.to(torch.float16).cpu().numpy()
