"""Benchmark: score 300 programs x all heads x 64 held-out windows of 64 tokens (target <= 2 min, 2 cores).

Programs: the library plus parameter variants of it, written to a temporary directory. The store is
``runs/dev/attn`` when it exists (smollm2-135m: 30 layers x 9 heads), else a synthetic store of the
same shape built with ``StoreWriter``. ``--sandboxed`` runs the variants through the sandbox.

    OMP_NUM_THREADS=1 .venv/bin/python bench/bench_score.py [--attn DIR] [--sandboxed]
"""
from __future__ import annotations

import argparse
import itertools
import tempfile
import time
from pathlib import Path

import numpy as np

from surgery.runtime.program import library_dir, load_programs
from surgery.score import score_programs
from surgery.io.store import AttentionStore, StoreMeta, StoreWriter

REAL_STORE = Path(__file__).resolve().parent.parent / "runs" / "dev" / "attn"
SINGLE = ["previous(ctx, {k})", "previous_window(ctx, {k})", "recency(ctx, {d})", "embed_similarity(ctx, {p})",
          "fuzzy_induction(ctx, {t})"]
PARTNERS = ["previous(ctx)", "self_token(ctx)", "induction(ctx)", "same_token(ctx)", "last_punct(ctx)",
            "sentence_start(ctx)", "uniform(ctx)", "recency(ctx, 0.5)", "previous_word(ctx)", "last_period(ctx)",
            "content_words(ctx)", "embed_similarity(ctx, 2.0)"]


def variant_sources() -> list[str]:
    """Bodies ``return ...`` of parameter variants of the library programs."""
    out = [f"P.{s.format(k=k, d=k / 10, p=k, t=k / 10)}" for s in SINGLE for k in range(1, 10)]
    for w, partner in itertools.product((0.2, 0.3, 0.5, 0.7, 0.8, 0.9), PARTNERS):
        out.append(f"P.mix(({w}, P.first(ctx)), ({1 - w:.1f}, P.{partner}))")
    for a, b in itertools.combinations(PARTNERS, 2):
        out.append(f"P.mix((0.5, P.first(ctx)), (0.25, P.{a}), (0.25, P.{b}))")
        out.append(f"P.mix((0.5, P.{a}), (0.5, P.{b}))")
    return out


def write_variants(directory: Path, count: int) -> None:
    for i, body in enumerate(variant_sources()[:count]):
        (directory / f"variant_{i:03d}.py").write_text(
            f'"""Variant {i}.\n\nname: variant_{i:03d}\norigin: bench\n"""\n'
            f"from surgery.lang import primitives as P\n\n\ndef attention(ctx):\n    return {body}\n"
        )


def synthetic_store(path: Path, n_windows: int = 64, window: int = 64) -> AttentionStore:
    rng = np.random.default_rng(0)
    meta = StoreMeta(model="synthetic", n_layers=30, n_heads=9, window=window, n_windows=n_windows, corpus="synthetic", seed=0)
    vocab = [f" w{i}" for i in range(200)] + [".", ",", "\n"]
    ids = np.concatenate([np.zeros((n_windows, 1), int), rng.integers(1, len(vocab), (n_windows, window - 1))], 1)
    with StoreWriter(path, meta) as w:
        w.write_tokens(ids, [["<s>"] + [vocab[i] for i in row[1:]] for row in ids], np.arange(n_windows), np.ones(n_windows))
        w.write_embeddings(np.arange(len(vocab)), rng.normal(size=(len(vocab), 64)).astype(np.float32))
        logits = rng.normal(size=(n_windows, 30, 9, window, window)) * 3
        logits = np.where(np.tril(np.ones((window, window), bool)), logits, -np.inf)
        a = np.exp(logits - logits.max(-1, keepdims=True))
        w.attn[:] = (a / a.sum(-1, keepdims=True)).astype(np.float16)
    return AttentionStore(path)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--attn", type=Path, default=REAL_STORE)
    ap.add_argument("--programs", type=int, default=300)
    ap.add_argument("--windows", type=int, default=64)
    ap.add_argument("--sandboxed", action="store_true", help="run the variants in the sandbox")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        store = AttentionStore(args.attn) if (args.attn / "COMPLETE").exists() else synthetic_store(tmp / "attn", args.windows)
        library, _ = load_programs([library_dir()])
        (tmp / "variants").mkdir()
        write_variants(tmp / "variants", args.programs - len(library))
        variants, errors = load_programs([tmp / "variants"], trusted=not args.sandboxed)
        programs = (library + variants)[: args.programs]
        windows = store.heldout_windows()[: args.windows]
        t0 = time.perf_counter()
        res = score_programs(store, programs, windows=windows, progress=False)
        dt = time.perf_counter() - t0
    s = res.summary()
    print(f"store: {store.meta.model} ({store.path})  sandboxed variants: {args.sandboxed}  load errors: {len(errors)}")
    print(f"scored {s['n_programs_scored']} programs x {s['n_heads']} heads x {s['n_windows']} windows "
          f"of {store.meta.window} tokens in {dt:.1f} s (target <= 120 s); mean best IoU {s['mean_iou']:.3f}, "
          f"no BOS {s['mean_iou_no_bos']:.3f}, {s['n_distinct_best']} distinct best, {len(s['errors'])} failed")


if __name__ == "__main__":
    main()
