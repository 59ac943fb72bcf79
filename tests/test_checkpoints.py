"""Checkpoint regression on a real (tiny) training run: baseline, fine-tune, extract, warm start, regress.

A tiny Llama (tests/tiny_hf.py) is saved as a Hugging Face checkpoint, then fine-tuned with a high
learning rate on a planted regularity (a random word sequence, repeated) with its first layer
frozen, and saved again. The whole per-checkpoint workflow runs through the command line on both.
What must hold: the frozen layer's heads attend exactly as before, so they are neither flagged
nor given new programs; the heads regress flags are heads whose *real* attention changed (soft
IoU of the two checkpoints' recorded patterns), and those heads are flagged (precision and recall
>= 0.9); a head whose real attention on the probe windows gained induction or copy mass is
flagged; the regress summary names every flagged head.
"""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from surgery.cli import cli
from surgery.io.store import AttentionStore
from tiny_hf import build

BENCH = Path(__file__).resolve().parent.parent / "bench" / "bench_checkpoints.py"
SMALL = ["--max-terms", "4", "--refit-steps", "8", "--full-steps", "0", "--calibrate-steps", "5"]
DOCS = [
    "The cat sat on the mat. The dog ran to the park, and the cat watched it go.",
    "Tom had a red ball. He threw the ball to Sam, and Sam threw it back to Tom.",
    "Mia wanted to bake a cake for her dad. She mixed flour, eggs and sugar in a bowl.",
    "The fox looked at the moon and began to count the stars, one by one, until he slept.",
] * 6


def bench():
    """bench/bench_checkpoints.py as a module: the training code the bench runs on the default model."""
    spec = importlib.util.spec_from_file_location("bench_checkpoints", BENCH)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def invoke(*args: str, ok=(0,)):
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code in ok, result.output
    return result


@pytest.mark.slow
def test_fine_tuned_checkpoint_flags_heads_whose_real_attention_moved(tiny_tokenizer, tmp_path):
    import transformers

    b = bench()
    corpus = tmp_path / "docs.txt"
    corpus.write_text("\n\n".join(DOCS))
    base_model = build("llama", tiny_tokenizer, tmp_path / "models" / "base")
    hf = transformers.AutoModelForCausalLM.from_pretrained(base_model)
    cfg = b.TrainConfig(kind="repeat", steps=30, lr=3e-2, batch=4, seq=32, repeat_len=6, train_from=1)
    b.finetune(hf, b.training_tokens(tiny_tokenizer, cfg, 64), cfg, log=lambda _: None)
    hf.save_pretrained(tmp_path / "models" / "tuned")
    tiny_tokenizer.save_pretrained(tmp_path / "models" / "tuned")

    runs = {}
    for name in ("base", "tuned"):
        run = tmp_path / name
        invoke("extract", "--model", str(tmp_path / "models" / name), "--corpus", str(corpus), "--n-windows", "32",
               "--window", "16", "--out", str(run / "attn"))
        runs[name] = run
    invoke("synthesize", "--attn", str(runs["base"] / "attn"), "--out", str(runs["base"] / "programs"), *SMALL)
    invoke("synthesize", "--attn", str(runs["tuned"] / "attn"), "--out", str(runs["tuned"] / "programs"), *SMALL,
           "--baseline", str(runs["base"] / "programs"))
    result = invoke("regress", "--baseline", str(runs["base"]), "--candidate", str(runs["tuned"]), "--trusted",
                    "--out", str(tmp_path / "regress"), "--ci", ok=(0, 1))
    report = json.loads((tmp_path / "regress" / "regress.json").read_text())

    base, tuned = AttentionStore(runs["base"] / "attn"), AttentionStore(runs["tuned"] / "attn")
    real = b.real_change(base, tuned, report["summary"]["n_windows"])
    frozen = [f"L0H{h}" for h in range(4)]
    assert all(real[h] > 0.999 for h in frozen)  # the frozen first layer attends as before
    assert not set(report["flagged"]) & set(frozen)
    for head in frozen:  # and keeps its programs byte for byte
        assert (runs["tuned"] / "programs" / f"{head}.py").read_bytes() == \
               (runs["base"] / "programs" / f"{head}.py").read_bytes()
    moved = {h for h, v in real.items() if v < 0.9}
    assert moved, real  # the fine-tune moved some heads of the trained layer
    precision, recall = b.precision_recall(set(report["flagged"]), moved)
    assert precision >= 0.9 and recall >= 0.9, (report["flagged"], real)
    gained = {h for l, k in base.heads if (h := f"L{l}H{k}") and b.copy_mass(tuned, h) - b.copy_mass(base, h) > 0.1}
    assert gained <= set(report["flagged"]), (gained, report["flagged"])  # measured on the real probe attention
    assert result.exit_code == (1 if report["flagged"] else 0)
    lines = result.stdout.splitlines()
    assert lines[0].startswith("surgery regress " + ("FAIL" if report["flagged"] else "PASS"))
    assert [line.split(":")[0] for line in lines[1:len(report["flagged"]) + 1]] == report["flagged"]
    warm = json.loads((runs["tuned"] / "programs" / "warm.json").read_text())["heads"]
    rows = {r["head"]: r for r in report["heads"]}
    for head in report["flagged"]:  # a head whose program's IoU dropped had its program reconsidered
        assert warm[head]["action"] != "kept" or not rows[head]["dropped"]
    assert np.mean([warm[h]["action"] == "kept" for h in frozen]) == 1.0
