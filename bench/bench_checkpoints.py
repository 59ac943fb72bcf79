"""Checkpoint regression on real training: does ``surgery regress`` flag the heads whose attention moved?

    python bench/bench_checkpoints.py --out runs/checkpoints [--steps 120] [--lr 3e-4] [--heads L0-29:every3]
        [--n-windows 64] [--window 64] [--threshold 0.9] [--tolerance 0.05]

1. **train** — the default model (SmolLM2-135M-Instruct, from its GGUF as a Hugging Face model) is
   fine-tuned on CPU twice from the same weights: ``finetune`` on LAMBADA passages (another kind
   of English than the stories the programs were fit on), ``repeat`` on text with a planted
   regularity (a random sequence of word tokens, repeated to fill each training sequence: what
   induction and copy heads predict). Each is saved as a Hugging Face checkpoint directory.
2. **baseline** — ``surgery extract`` of the unmodified model on the stories corpus, and
   ``surgery synthesize`` of the heads studied (``--heads``) from scratch: the programs to commit.
3. **per checkpoint** — ``extract --model CHECKPOINT`` on the same windows, ``synthesize
   --baseline`` (warm start from the baseline's programs), ``regress`` baseline vs that run.
4. **truth** — a head's *real* attention changed when the soft IoU of the two checkpoints' real
   patterns (from the stores' ``attn.npy``, on the held-out windows regress scores) is below
   ``--threshold``; the heads regress flags are compared with those: precision and recall. A second
   truth, kinder to diffuse heads (whose soft IoU falls for small moves spread over many keys):
   the head's mechanism profile (:mod:`surgery.score.profile`, masses split so they sum to 1) moved
   by a total variation distance above ``--profile-threshold`` on natural or on probe windows, i.e.
   that share of its attention went to another kind of key. Precision and recall are also given
   for regress's two flags alone (IoU drop, row move) and along a sweep of ``--row-tolerance``
   (from the one report: each head's row move is in it), to choose the default on one checkpoint
   and check it on the other.
5. **planted regularity** — heads whose real attention on the store's probe windows (repeated
   random tokens) gained induction + earlier-copy mass above ``--copy-gain``: flagged or not, and the
   roles their candidate program has on probes (induction / duplicate-token named or not).

Every command's wall time is printed and written with the figures to ``OUT/bench.json``.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
import torch

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from surgery.analyse.regress import change_line  # noqa: E402
from surgery.io.corpus import load_documents, word_token_ids  # noqa: E402
from surgery.io.headmap import head_name, parse_head  # noqa: E402
from surgery.io.store import AttentionStore  # noqa: E402
from surgery.score import batch_iou  # noqa: E402

SURGERY = str(Path(sys.executable).parent / "surgery")


@dataclass(frozen=True)
class TrainConfig:
    """One fine-tuning run of a causal LM on CPU."""

    kind: str  # "finetune" (LAMBADA passages) or "repeat" (a random word sequence, repeated)
    steps: int = 120  # optimizer steps
    lr: float = 3e-4  # Adam learning rate: high for a fine-tune, so that some heads move
    batch: int = 4  # sequences per step
    seq: int = 64  # tokens per sequence, BOS included
    repeat_len: int = 12  # "repeat": length of the random word sequence that is repeated
    train_from: int = 12  # layers below this one stay frozen (as does the embedding): a cheaper backward
    seed: int = 0


def default_hf_model():
    """(HF model, tokenizer) of the default model: the GGUF dequantized to fp32, a plain checkpoint."""
    from surgery.io import models

    hf, tokenizer = models._load_hf_gguf(models.smollm2_gguf_path())
    if getattr(hf.config, "quantization_config", None) is not None:
        del hf.config.quantization_config  # dequantized on load: saved as a plain fp32 checkpoint
    hf.hf_quantizer = None
    return hf, tokenizer


def training_tokens(tokenizer, cfg: TrainConfig, n: int) -> torch.Tensor:
    """int64 [n, cfg.seq] training sequences, each starting with BOS.

    ``finetune``: consecutive pieces of the LAMBADA passages; ``repeat``: a fresh random sequence of
    ``cfg.repeat_len`` word tokens per row, tiled to fill it (each row its own sequence)."""
    bos = tokenizer.bos_token_id if tokenizer.bos_token_id is not None else tokenizer.eos_token_id
    rng = np.random.default_rng(cfg.seed)
    body = cfg.seq - 1
    if cfg.kind == "repeat":
        pool = word_token_ids(tokenizer, tuple(tokenizer.all_special_ids))
        rows = [np.tile(rng.choice(pool, cfg.repeat_len), -(-body // cfg.repeat_len))[:body] for _ in range(n)]
    elif cfg.kind == "finetune":
        docs = load_documents("lambada")
        stream = np.concatenate([tokenizer(d)["input_ids"] for d in docs[: max(50, n)]])
        starts = rng.integers(0, len(stream) - body, n)
        rows = [stream[s:s + body] for s in starts]
    else:
        raise ValueError(f"unknown training kind {cfg.kind!r}")
    return torch.as_tensor(np.concatenate([np.full((n, 1), bos), np.stack(rows)], axis=1), dtype=torch.long)


def finetune(hf_model, tokens: torch.Tensor, cfg: TrainConfig, log=print) -> list[float]:
    """Train ``hf_model`` in place on ``tokens`` [N, seq] (batches in order, wrapping) with Adam:
    every weight of layers ``cfg.train_from`` and up and the final norm; the input embedding (tied to
    the output in SmolLM2) and the lower layers stay frozen. Returns the loss per step."""
    torch.manual_seed(cfg.seed)
    for p in hf_model.parameters():
        p.requires_grad_(False)
    trained = [*hf_model.model.layers[cfg.train_from:], hf_model.model.norm]
    params = [p for module in trained for p in module.parameters()]
    for p in params:
        p.requires_grad_(True)
    opt = torch.optim.Adam(params, lr=cfg.lr)
    hf_model.train()
    losses = []
    for step in range(cfg.steps):
        rows = torch.arange(step * cfg.batch, (step + 1) * cfg.batch) % len(tokens)
        batch = tokens[rows]
        loss = hf_model(input_ids=batch, labels=batch).loss
        opt.zero_grad()
        loss.backward()
        opt.step()
        losses.append(float(loss.detach()))
        if step % 10 == 0 or step == cfg.steps - 1:
            log(f"  {cfg.kind} step {step}: loss {losses[-1]:.3f} ({time.strftime('%H:%M:%S')})")
    hf_model.eval()
    return losses


def train_checkpoint(cfg: TrainConfig, path: Path, log=print) -> dict:
    """Fine-tune the default model per ``cfg`` and save it at ``path`` (model and tokenizer)."""
    hf, tokenizer = default_hf_model()
    tokens = training_tokens(tokenizer, cfg, cfg.steps * cfg.batch)
    start = time.perf_counter()
    losses = finetune(hf, tokens, cfg, log)
    hf.save_pretrained(path)
    tokenizer.save_pretrained(path)
    return {"config": asdict(cfg), "seconds": round(time.perf_counter() - start, 1),
            "loss_first": losses[0], "loss_last": float(np.mean(losses[-10:]))}


# ---------------------------------------------------------------- the truth: real attention


def real_change(base: AttentionStore, cand: AttentionStore, windows: int | None = None) -> dict[str, float]:
    """head -> soft IoU of the two stores' real patterns, mean over the held-out windows they share
    (the same token ids, window for window, as regress requires)."""
    wb, wc = base.heldout_windows()[:windows], cand.heldout_windows()[:windows]
    n = min(len(wb), len(wc))
    assert all(np.array_equal(base.tokens[a], cand.tokens[b]) for a, b in zip(wb[:n], wc[:n])), "windows differ"
    out = {}
    for layer, head in base.heads:
        a, b = base.head_attention(layer, head, wb[:n]), cand.head_attention(layer, head, wc[:n])
        out[head_name(layer, head)] = float(batch_iou(a, b).mean())
    return out


def profile_change(base: AttentionStore, cand: AttentionStore, windows: int | None = None) -> dict[str, dict]:
    """head -> {"natural", "probe": total variation distance of its real mechanism profiles (split
    masses, summing to 1), and "copy_gain": the induction + earlier-copy mass it gained (each masses)}
    on the held-out windows regress scores, natural and probe apart."""
    from surgery.lang.context import store_contexts
    from surgery.score.profile import MECHANISMS, stack_masks, window_profiles

    held = base.heldout_windows()[:windows]
    probe = np.isin(held, (base.meta.probes or {}).get("windows", []))
    masks = stack_masks(store_contexts(base, held))
    copy = [MECHANISMS.index("induction"), MECHANISMS.index("earlier_copies")]
    out = {}
    for layer, head in base.heads:
        a = base.head_attention(layer, head, held)
        b = cand.head_attention(layer, head, cand.heldout_windows()[:len(held)])
        pa, pb = window_profiles(a, masks, "split"), window_profiles(b, masks, "split")  # [w, mechanism]
        rec = {part: float(0.5 * np.abs(pa[sel].mean(0) - pb[sel].mean(0)).sum())
               for part, sel in (("natural", ~probe), ("probe", probe)) if sel.any()}
        out[head_name(layer, head)] = rec
    return out


def precision_recall(flagged: set[str], changed: set[str]) -> tuple[float, float]:
    """(precision, recall) of ``flagged`` against ``changed``; 1.0 where the denominator is empty.

    >>> precision_recall({"L0H0", "L0H1"}, {"L0H0", "L1H1"})
    (0.5, 0.5)
    """
    hit = len(flagged & changed)
    return (hit / len(flagged) if flagged else 1.0, hit / len(changed) if changed else 1.0)


def add_train_args(ap: argparse.ArgumentParser) -> None:
    """The fine-tuning flags, their defaults those of :class:`TrainConfig`."""
    ap.add_argument("--kinds", default="finetune,repeat")
    ap.add_argument("--steps", type=int, default=TrainConfig.steps)
    ap.add_argument("--lr", type=float, default=TrainConfig.lr)
    ap.add_argument("--batch", type=int, default=TrainConfig.batch)
    ap.add_argument("--seq", type=int, default=TrainConfig.seq)
    ap.add_argument("--train-from", type=int, default=TrainConfig.train_from)


def train_main(argv=None) -> None:
    """``python bench/bench_checkpoints.py train --out DIR``: the two checkpoints only."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    add_train_args(ap)
    args = ap.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for kind in args.kinds.split(","):
        cfg = TrainConfig(kind=kind, steps=args.steps, lr=args.lr, batch=args.batch, seq=args.seq,
                          train_from=args.train_from)
        record = train_checkpoint(cfg, out / kind)
        (out / kind / "training.json").write_text(json.dumps(record, indent=1))
        print(f"{kind}: {record}", flush=True)



# ---------------------------------------------------------------- the pipeline, as a user runs it


def run(cmd: list[str], log: Path, ok=(0,)) -> float:
    """Run one ``surgery`` command (output appended to ``log``); its wall time in seconds."""
    start = time.perf_counter()
    with open(log, "a") as f:
        f.write("$ " + " ".join(cmd) + "\n")
        f.flush()
        rc = subprocess.run(cmd, stdout=f, stderr=subprocess.STDOUT).returncode
    if rc not in ok:
        raise SystemExit(f"{' '.join(cmd[:2])} failed with exit status {rc}: see {log}")
    return round(time.perf_counter() - start, 1)


def extract(model: str, out: Path, args, log: Path) -> float:
    if (out / "COMPLETE").exists():
        return 0.0
    return run([SURGERY, "extract", "--model", model, "--corpus", "stories", "--n-windows", str(args.n_windows),
                "--window", str(args.window), "--out", str(out)], log)


def synthesize(attn: Path, out: Path, heads: str, log: Path, *extra: str) -> float:
    if (out / "heads.json").exists():
        return 0.0
    return run([SURGERY, "synthesize", "--attn", str(attn), "--out", str(out), "--heads", heads, *extra], log)


def studied_heads(spec: str, n_layers: int = 30, n_heads: int = 9) -> list[str]:
    """``"16-29"`` -> every head of layers 16 to 29; ``"L5H3,L6H0"`` -> those heads.

    >>> studied_heads("28-29", n_heads=2)
    ['L28H0', 'L28H1', 'L29H0', 'L29H1']
    """
    if spec.startswith("L"):
        return [h.strip() for h in spec.split(",")]
    lo, hi = (int(x) for x in spec.split("-"))
    return [head_name(l, h) for l in range(lo, hi + 1) for h in range(n_heads)]


def byte_identical(a: Path, b: Path, heads: list[str]) -> float:
    """Share of ``heads`` whose program files in ``a`` and ``b`` are the same bytes."""
    return float(np.mean([(a / f"{h}.py").read_bytes() == (b / f"{h}.py").read_bytes() for h in heads]))


def mean_iou(programs: Path, heads: list[str]) -> float:
    rec = json.loads((programs / "heads.json").read_text())["heads"]
    return float(np.mean([rec[h]["iou"] for h in heads]))


def copy_mass(store: AttentionStore, head: str) -> float:
    """Real attention on induction and earlier-copy keys, on the store's probe windows (repeated random words)."""
    from surgery.score.profile import head_profile

    probes = np.asarray((store.meta.probes or {}).get("windows", []), dtype=int)
    prof = head_profile(store, *parse_head(head), probes)
    return prof["induction"] + prof["earlier_copies"]


def checkpoint_figures(base: AttentionStore, cand: AttentionStore, report: dict, heads: list[str], args) -> dict:
    """Precision and recall of the flagged heads against the heads whose real attention changed,
    at the chosen threshold and a few others; for the planted-regularity run, the heads that gained
    induction or copy attention, flagged or not, and the role their new program is given."""
    truth = real_change(base, cand, report["summary"]["n_windows"])
    prof = profile_change(base, cand, report["summary"]["n_windows"])
    flagged = set(report["flagged"])
    rows = {r["head"]: r for r in report["heads"]}
    out = {"real_iou": {h: round(truth[h], 4) for h in heads}, "profile_tv": {h: prof[h] for h in heads},
           "flagged": sorted(flagged), "by_threshold": {}}
    for threshold in sorted({args.threshold, 0.8, 0.85, 0.9, 0.95}):
        changed = {h for h in heads if truth[h] < threshold}
        p, r = precision_recall(flagged, changed)
        out["by_threshold"][str(threshold)] = {"changed": sorted(changed), "precision": round(p, 3), "recall": round(r, 3)}
    truths = {f"real IoU < {args.threshold}": {h for h in heads if truth[h] < args.threshold},
              f"profile TV > {args.profile_threshold}": {h for h in heads if max(prof[h].values()) > args.profile_threshold}}
    flags = {"regress": flagged, "IoU drop only": {h for h in heads if rows[h].get("dropped", rows[h]["flagged"])},
             "row move only": {h for h in heads if rows[h].get("rows_moved")}}
    flags.update({f"drop or row move > {t}": {h for h in heads if rows[h].get("dropped", rows[h]["flagged"])
                                              or (rows[h].get("row_move") or 0) > t}
                  for t in (0.03, 0.035, 0.04, 0.045, 0.05, 0.055, 0.06)})
    out["truths"] = {name: sorted(t) for name, t in truths.items()}
    out["flag_rules"] = {rule: {name: dict(zip(("precision", "recall"), map(lambda x: round(x, 3), precision_recall(f, t))))
                                for name, t in truths.items()} | {"n": len(f)} for rule, f in flags.items()}
    changes = {c["head"]: c for c in report["program_changes"]}
    gained = {h: round(copy_mass(cand, h) - copy_mass(base, h), 3) for h in heads}
    out["copy_gained"] = {h: {"gain": g, "flagged": h in flagged, "roles": (changes.get(h) or {}).get("roles"),
                              "role_named": _copy_role_named(changes.get(h)),
                              "line": change_line(changes[h]) if h in changes else None}
                          for h, g in gained.items() if g > args.copy_gain}
    out["copy_role_claimed"] = {h: gained[h] for h in heads if _copy_role_named(changes.get(h))}  # and the real gain
    return out


def _copy_role_named(change: dict | None) -> bool:
    """Whether a candidate program has induction or duplicate-token among its dominant roles on probes
    that its baseline program had not (regress then names the change: "role on probes a -> b")."""
    roles = (change or {}).get("roles") or {}
    new = set(roles.get("probe_candidate") or roles.get("candidate") or [])
    old = set(roles.get("probe_baseline") or roles.get("baseline") or [])
    return bool({"induction", "duplicate-token"} & (new - old))


def main(argv=None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="runs/checkpoints")
    add_train_args(ap)
    ap.add_argument("--layers", default=None, help="heads studied: layers A-B (default: the trained ones), or L5H3,...")
    ap.add_argument("--n-windows", type=int, default=48)
    ap.add_argument("--window", type=int, default=48)
    ap.add_argument("--tolerance", type=float, default=0.05, help="regress --tolerance")
    ap.add_argument("--threshold", type=float, default=0.9, help="a head's real attention changed below this soft IoU")
    ap.add_argument("--copy-gain", type=float, default=0.1, help="induction + copy mass a head must gain on probes")
    ap.add_argument("--profile-threshold", type=float, default=0.05,
                    help="a head's real attention changed when this share of it moved to another kind of key")
    ap.add_argument("--row-tolerance", type=float, default=None, help="regress --row-tolerance (default: regress's)")
    ap.add_argument("--fresh", action="store_true", help="also synthesize each checkpoint from scratch (IoU comparison)")
    ap.add_argument("--seed-check", action="store_true", help="warm-start the baseline's own store with seed 1")
    args = ap.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    log = out / "commands.log"
    heads = studied_heads(args.layers or f"{args.train_from}-29")
    spec = ",".join(heads)
    record = {"args": vars(args), "times": {}, "checkpoints": {}}
    times = record["times"]
    for kind in args.kinds.split(","):
        if not (out / "models" / kind / "config.json").exists():
            cfg = TrainConfig(kind=kind, steps=args.steps, lr=args.lr, batch=args.batch, seq=args.seq,
                              train_from=args.train_from)
            (out / "models").mkdir(exist_ok=True)
            rec = train_checkpoint(cfg, out / "models" / kind)
            (out / "models" / kind / "training.json").write_text(json.dumps(rec, indent=1))
    times["base extract"] = extract("smollm2-135m", out / "base" / "attn", args, log)
    times["base synthesize"] = synthesize(out / "base" / "attn", out / "base" / "programs", spec, log)
    base = AttentionStore(out / "base" / "attn")
    if args.seed_check:
        times["seed-1 warm synthesize"] = synthesize(out / "base" / "attn", out / "seed1" / "programs", spec, log,
                                                     "--seed", "1", "--baseline", str(out / "base" / "programs"))
        record["seed_byte_identical"] = byte_identical(out / "base" / "programs", out / "seed1" / "programs", heads)
    for kind in args.kinds.split(","):
        run_dir = out / kind
        t = {"extract": extract(str(out / "models" / kind), run_dir / "attn", args, log),
             "warm synthesize": synthesize(run_dir / "attn", run_dir / "programs", spec, log,
                                           "--baseline", str(out / "base" / "programs"))}
        rows = [] if args.row_tolerance is None else ["--row-tolerance", str(args.row_tolerance)]
        t["regress"] = run([SURGERY, "regress", "--baseline", str(out / "base"), "--candidate", str(run_dir), "--trusted",
                            "--tolerance", str(args.tolerance), *rows, "--out", str(run_dir / "regress"),
                            "--junit-xml", str(run_dir / "regress" / "junit.xml"), "--ci"], log, ok=(0, 1))
        t["regress --two-sided"] = run([SURGERY, "regress", "--baseline", str(out / "base"), "--candidate", str(run_dir),
                                        "--trusted", "--tolerance", str(args.tolerance), *rows, "--two-sided",
                                        "--out", str(run_dir / "regress-two-sided"), "--ci"], log, ok=(0, 1))
        if args.fresh:
            t["fresh synthesize"] = synthesize(run_dir / "attn", run_dir / "fresh", spec, log)
        times[kind] = t
        report = json.loads((run_dir / "regress" / "regress.json").read_text())
        fig = checkpoint_figures(base, AttentionStore(run_dir / "attn"), report, heads, args)
        two = json.loads((run_dir / "regress-two-sided" / "regress.json").read_text())
        fig["two_sided"] = checkpoint_figures(base, AttentionStore(run_dir / "attn"), two, heads, args)["by_threshold"]
        fig["byte_identical"] = byte_identical(out / "base" / "programs", run_dir / "programs", heads)
        fig["warm_iou"] = mean_iou(run_dir / "programs", heads)
        if args.fresh:
            fig["fresh_iou"] = mean_iou(run_dir / "fresh", heads)
        fig["summary"] = (run_dir / "regress" / "summary.txt").read_text()
        record["checkpoints"][kind] = fig
        print_checkpoint(kind, fig, t, args.threshold)
    (out / "bench.json").write_text(json.dumps(record, indent=1))
    print(f"figures: {out / 'bench.json'}")


def print_checkpoint(kind: str, fig: dict, times: dict, threshold: float) -> None:
    at = fig["by_threshold"][str(threshold)]
    print(f"== {kind}: {len(fig['flagged'])} flagged, {len(at['changed'])} heads whose real attention changed "
          f"(soft IoU < {threshold}); precision {at['precision']}, recall {at['recall']}")
    print("   other thresholds: " + ", ".join(f"{k}: P {v['precision']} R {v['recall']} ({len(v['changed'])} changed)"
                                         for k, v in fig["by_threshold"].items()))
    print("   two-sided flags: " + ", ".join(f"{k}: P {v['precision']} R {v['recall']}" for k, v in fig["two_sided"].items()))
    for rule, by in fig["flag_rules"].items():
        print(f"   {rule} ({by['n']} flagged): " + ", ".join(f"{t}: P {v['precision']} R {v['recall']}"
                                                           for t, v in by.items() if t != "n"))
    print(f"   programs byte-identical to the baseline's: {fig['byte_identical']:.1%}; mean IoU warm {fig['warm_iou']:.4f}"
          + (f", fresh {fig['fresh_iou']:.4f}" if "fresh_iou" in fig else ""))
    print("   times: " + ", ".join(f"{k} {v} s" for k, v in times.items()))
    print("   heads whose program gained a copy role on probes (real copy gain): "
          + (", ".join(f"{h} ({g:+.3f})" for h, g in fig["copy_role_claimed"].items()) or "none"))
    if fig["copy_gained"]:
        print(f"   heads that gained induction/copy attention on probes: " + ", ".join(
            f"{h} (+{v['gain']}, {'flagged' if v['flagged'] else 'NOT flagged'}, "
            f"{'role named' if v['role_named'] else 'role NOT named'}, roles {v['roles']})"
            for h, v in fig["copy_gained"].items()))
    print(fig["summary"])


if __name__ == "__main__":
    if sys.argv[1:2] == ["train"]:
        train_main(sys.argv[2:])
    else:
        main()
