"""HookedLM equals lm-eval's HFLM request by request on the real default model (slow)."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from evals import parity
from evals.lm import HookedLM
from surgery.io import models

pytestmark = pytest.mark.slow
TOLERANCE = 1e-3  # max |Δ log-prob| per continuation token (TL vs HF kernels, fp32)


@pytest.fixture(scope="module")
def pair():
    hf_model, tokenizer = models._load_hf_gguf(models.smollm2_gguf_path())
    return hf_model.eval(), models.load_model("smollm2-135m"), tokenizer


@pytest.mark.parametrize("task_name, limit", [("hs_arc_easy", 6), ("hs_piqa", 4)])
def test_loglikelihood_equals_hflm(pair, task_name, limit):
    hf_model, tl_model, tokenizer = pair
    task, insts = parity.task_instances(task_name, limit)
    ref = parity.reference_hflm(hf_model, tokenizer, batch_size=4)
    ours = HookedLM(tl_model, batch_size=3)  # a different batching on purpose
    assert all(ref.tok_encode(i.args[0])[0] == tokenizer.bos_token_id for i in insts)
    r_ref, r_ours = ref.loglikelihood(insts, disable_tqdm=True), ours.loglikelihood(insts, disable_tqdm=True)
    row = parity.compare(insts, r_ref, r_ours, parity.continuation_lengths(ref, insts), task)
    assert row["requests"] == len(insts) >= 2 * limit
    assert row["max_delta_per_token"] <= TOLERANCE, row
    assert row["greedy_mismatches"] == 0
    assert row["ref"] == row["ours"] and set(row["ref"]) >= {"acc"}


def test_without_bos_equals_hflm_defaults_and_differs_from_bos(pair):
    hf_model, tl_model, tokenizer = pair
    task, insts = parity.task_instances("hs_arc_easy", 3)
    ref = parity.reference_hflm(hf_model, tokenizer, batch_size=8, add_bos=False)
    r_ref = ref.loglikelihood(insts, disable_tqdm=True)
    n = parity.continuation_lengths(ref, insts)
    plain = HookedLM(tl_model, add_bos=False).loglikelihood(insts, disable_tqdm=True)
    assert parity.compare(insts, r_ref, plain, n)["max_delta_per_token"] <= TOLERANCE
    with_bos = HookedLM(tl_model).loglikelihood(insts, disable_tqdm=True)
    assert parity.compare(insts, r_ref, with_bos, n)["max_delta_per_token"] > 10 * TOLERANCE  # BOS matters


def test_rolling_equals_hflm_across_windows(pair):
    from surgery.io.corpus import load_documents

    hf_model, tl_model, tokenizer = pair
    docs = load_documents("stories")[:2]
    reqs = [SimpleNamespace(args=(d,)) for d in docs]
    ref = parity.reference_hflm(hf_model, tokenizer, batch_size=4, add_bos=False, max_length=64)
    ours = HookedLM(tl_model, batch_size=4, max_length=64)
    n_tok = [len(tokenizer.encode(d)) for d in docs]
    assert min(n_tok) > 2 * 64  # several windows per story
    for a, b, n in zip(ref.loglikelihood_rolling(reqs, disable_tqdm=True),
                       ours.loglikelihood_rolling(reqs, disable_tqdm=True), n_tok):
        assert abs(a - b) <= TOLERANCE * n and a < 0
