"""Bridge fidelity per architecture, on the tests' tiny random models (tests/tiny_hf.py).

    python bench/bench_architectures.py

For each architecture: its layers' sliding windows, the parity figure recorded at load
(max |HF logit - bridge logit| on the fixed text), |HF loss - bridge loss| on the 6 extracted
windows of 24 tokens, the largest |TL pattern - HF attention weight| (fp32 hook_pattern vs
``output_attentions``) and |stored float16 pattern - HF|, and the loss change when every head is
replaced by its own recorded pattern (identity substitution).
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import torch

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from conftest import SAMPLE_DOCS  # noqa: E402
from tiny_hf import ARCH_CONFIGS, build, train_tokenizer  # noqa: E402

from surgery.io import hooks, models  # noqa: E402
from surgery.extract import ExtractConfig, extract  # noqa: E402
from surgery.substitute.plan import substituted  # noqa: E402


class Recorded:
    def __init__(self, store, layer, head):
        self.name, self.store, self.layer, self.head = f"L{layer}H{head}", store, layer, head
        self.rows = {tuple(t.tolist()): w for w, t in enumerate(store.tokens)}

    def pattern(self, ctx):
        return np.asarray(self.store.attn[self.rows[tuple(ctx.ids.tolist())], self.layer, self.head], dtype=np.float32)


@torch.no_grad()
def measure(arch: str, tokenizer, tmp: Path) -> dict:
    from transformers import AutoModelForCausalLM

    path = build(arch, tokenizer, tmp / arch)
    model = models.load_model(str(path))
    hf = AutoModelForCausalLM.from_pretrained(path, dtype=torch.float32, attn_implementation="eager").eval()
    store = extract(ExtractConfig(out=str(tmp / f"{arch}-attn"), model=str(path), n_windows=6, window=24),
                    model=model, docs=SAMPLE_DOCS, progress=False)
    tokens = torch.as_tensor(store.tokens, dtype=torch.long)
    hf_out = hf(tokens, labels=tokens, output_attentions=True)
    hf_attn = torch.stack(hf_out.attentions, dim=1)
    tl_loss, cache = model.run_with_cache(tokens, return_type="loss", names_filter=hooks.is_pattern_hook)
    tl_attn = torch.stack([cache[hooks.pattern_hook(l)] for l in range(model.cfg.n_layers)], dim=1)
    plan = {(l, h): Recorded(store, l, h) for l, h in store.heads}
    with substituted(model, plan, contexts=lambda ids: SimpleNamespace(ids=ids, n=len(ids))):
        sub_loss = model(tokens, return_type="loss").item()
    return {"arch": arch, "windows": store.meta.layer_windows, "kv": model.cfg.n_key_value_heads or model.cfg.n_heads,
            "parity": models.conversion_records()[str(path)]["logit_diff"],
            "loss_diff": abs(hf_out.loss.item() - tl_loss.item()),
            "pattern_fp32": (tl_attn - hf_attn).abs().max().item(),
            "pattern_store": (torch.from_numpy(np.asarray(store.attn, dtype=np.float32)) - hf_attn).abs().max().item(),
            "identity": abs(sub_loss - tl_loss.item()), "loss": tl_loss.item()}


def main() -> None:
    torch.set_num_threads(2)
    with tempfile.TemporaryDirectory() as tmp:
        tokenizer = train_tokenizer(SAMPLE_DOCS, Path(tmp) / "tokenizer")
        rows = [measure(arch, tokenizer, Path(tmp)) for arch in sorted(ARCH_CONFIGS)]
    print(f"{'architecture':12s} {'kv':>2s} {'windows':14s} {'parity':>9s} {'loss diff':>9s} "
          f"{'pat fp32':>9s} {'pat fp16':>9s} {'identity':>9s} {'loss':>6s}")
    for r in rows:
        print(f"{r['arch']:12s} {r['kv']:2d} {str(r['windows']):14s} {r['parity']:9.2e} {r['loss_diff']:9.2e} "
              f"{r['pattern_fp32']:9.2e} {r['pattern_store']:9.2e} {r['identity']:9.2e} {r['loss']:6.3f}")


if __name__ == "__main__":
    main()
