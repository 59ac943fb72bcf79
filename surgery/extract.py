"""Stage 1 — extract: every head's attention pattern on windows of a corpus, into a store.

    from surgery.extract import ExtractConfig, extract
    store = extract(ExtractConfig(model="smollm2-135m", corpus="stories", n_windows=256, window=64, out="runs/attn"))
"""
from __future__ import annotations

from dataclasses import dataclass
import numpy as np
import torch
from tqdm.auto import tqdm

from surgery.io import hooks
from surgery.io.corpus import DEFAULT_CORPUS, CorpusError, Windows, load_documents, make_windows
from surgery.io.models import DEFAULT_MODEL, bos_id, context_length, layer_windows, load_model, token_strings
from surgery.io.records import write_config
from surgery.io.store import AttentionStore, StoreMeta, StoreWriter


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


def extract(cfg: ExtractConfig, model=None, docs: list[str] | None = None, progress: bool = True) -> AttentionStore:
    """Run the model over the corpus windows and write the store; returns it opened.

    ``model`` and ``docs`` may be passed in (tests, notebooks); otherwise they are loaded by name.
    Validation happens before the expensive forward passes.
    """
    if cfg.n_windows < 1:
        raise CorpusError(f"n-windows must be at least 1, got {cfg.n_windows}")
    docs = load_documents(cfg.corpus) if docs is None else docs
    model = load_model(cfg.model, allow_mismatch=cfg.allow_mismatch or None) if model is None else model
    if cfg.window > context_length(model):
        raise CorpusError(f"window {cfg.window} is longer than the model's context of {context_length(model)} tokens")
    wins = make_windows(model.tokenizer, docs, cfg.window, cfg.n_windows, cfg.heldout_frac, cfg.seed, bos_id(model))
    meta = StoreMeta(model=cfg.model, n_layers=model.cfg.n_layers, n_heads=model.cfg.n_heads, window=cfg.window,
                     n_windows=len(wins.tokens), corpus=cfg.corpus, seed=cfg.seed, layer_windows=_windows(model),
                     heldout_frac=cfg.heldout_frac)
    with StoreWriter(cfg.out, meta, overwrite=cfg.overwrite) as writer:
        _write_windows(writer, model, wins)
        _run_patterns(writer, model, wins.tokens, cfg.batch_size, progress)
        write_config(writer.tmp, "extract", cfg)
    return AttentionStore(cfg.out)


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
                     layer_windows=_windows(model), heldout_frac=source.meta.heldout_frac)
    with StoreWriter(out, meta, overwrite=overwrite) as writer:
        writer.write_tokens(tokens, [source.token_strs[w] for w in windows], source.doc_ids[windows], source.split[windows])
        _write_embeddings(writer, model, tokens)
        _run_patterns(writer, model, tokens, batch_size, progress)
    return AttentionStore(out)


def _windows(model) -> list | None:
    """Each layer's sliding window for store.json; None when every layer attends to the whole context."""
    windows = layer_windows(model)
    return windows if any(w is not None for w in windows) else None


def _write_windows(writer: StoreWriter, model, wins: Windows) -> None:
    strs = [token_strings(model.tokenizer, row) for row in wins.tokens]
    writer.write_tokens(wins.tokens, strs, wins.doc_ids, wins.split)
    _write_embeddings(writer, model, wins.tokens)


def _write_embeddings(writer: StoreWriter, model, tokens: np.ndarray) -> None:
    ids = np.unique(tokens)
    with torch.no_grad():
        embed = model.W_E[torch.as_tensor(ids)].float().cpu().numpy()  # [k, d_model]
    writer.write_embeddings(ids, embed)


@torch.no_grad()
def _run_patterns(writer: StoreWriter, model, tokens: np.ndarray, batch_size: int, progress: bool) -> None:
    """Forward passes that keep only the hook_pattern activations, written batch by batch."""
    names = [hooks.pattern_hook(l) for l in range(model.cfg.n_layers)]
    bar = tqdm(total=len(tokens), desc="extract", unit="win", disable=not progress)
    for start in range(0, len(tokens), batch_size):
        batch = torch.as_tensor(tokens[start:start + batch_size])
        captured: dict[int, torch.Tensor] = {}

        def keep(pattern, hook):  # [batch, head_index, query_pos, key_pos]
            captured[hooks.layer_of(hook.name)] = pattern.detach()

        model.run_with_hooks(batch, return_type=None, fwd_hooks=[(n, keep) for n in names])
        stacked = torch.stack([captured[l] for l in range(model.cfg.n_layers)], dim=1)  # [b, layer, head, q, k]
        writer.attn[start:start + len(batch)] = stacked.to(torch.float16).cpu().numpy()
        bar.update(len(batch))
    bar.close()
