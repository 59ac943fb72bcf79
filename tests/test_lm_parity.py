"""HookedLM equals lm-eval's HFLM request by request on the real default model (slow)."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from surgery.evaluate import parity
from surgery.evaluate.lm import HookedLM
from surgery.io import models

pytestmark = pytest.mark.slow
TOLERANCE = 1e-3  # max |Δ log-prob| per continuation token (fp32; batching and padding change the rounding)


@pytest.fixture(scope="module")
def pair():
    hf_model, tokenizer = models._load_hf_gguf(models.smollm2_gguf_path())
    return hf_model.eval(), models.load_model("smollm2-135m"), tokenizer


@pytest.mark.parametrize("task_name, limit", [("hs_arc_easy", 6), ("hs_piqa", 4)])
def test_loglikelihood_equals_hflm(pair, task_name, limit):
    hf_model, tl_model, tokenizer = pair
    task, insts = parity.task_instances(task_name, limit)
    ref = parity.reference_hflm(hf_model, tokenizer, batch_size=4)
    assert all(ref.tok_encode(i.args[0])[0] == tokenizer.bos_token_id for i in insts)
    r_ref = ref.loglikelihood(insts, disable_tqdm=True)
    for share_prefix in (True, False):  # each context once (the default) and whole rows as HFLM
        ours = HookedLM(tl_model, batch_size=3, share_prefix=share_prefix)  # a different batching on purpose
        r_ours = ours.loglikelihood(insts, disable_tqdm=True)
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


def test_substituted_shared_context_equals_whole_rows(pair):
    """With a quarter of the heads replaced by the reference programs, scoring each context once
    (key-value cache) gives what whole rows give: the programs are causal (a prefix's rows of a
    row's pattern are the prefix's own pattern), which the shared path relies on."""
    import numpy as np

    from surgery.io.headmap import HeadMap
    from surgery.substitute.selection import load_head_programs
    from surgery.substitute.plan import PatternCache, model_context_factory

    _, tl_model, _ = pair
    programs = load_head_programs(HeadMap.load("programs/smollm2-135m"), "programs/smollm2-135m", trusted=True)
    plan = {head: programs[head] for head in sorted(programs)[::4]}
    task, insts = parity.task_instances("hs_arc_easy", 3)
    lm = HookedLM(tl_model, plan=plan, batch_size=4)
    make = model_context_factory(tl_model)
    for inst in insts[:4]:
        context, continuation = lm._encode_pair(*inst.args)
        row = np.array(context + continuation[:-1])
        whole, prefix = make(row), make(row[:len(context)])
        for src in {id(s): s for s in plan.values()}.values():
            np.testing.assert_allclose(src.pattern(whole)[:len(context), :len(context)], src.pattern(prefix),
                                       atol=1e-6)
    shared = lm.loglikelihood(insts, disable_tqdm=True)
    rows = HookedLM(tl_model, plan=plan, batch_size=4, share_prefix=False, cache=PatternCache())
    whole_rows = rows.loglikelihood(insts, disable_tqdm=True)
    base = HookedLM(tl_model, batch_size=4).loglikelihood(insts, disable_tqdm=True)
    n = parity.continuation_lengths(lm, insts)
    assert parity.compare(insts, whole_rows, shared, n)["max_delta_per_token"] <= 1e-4
    assert parity.compare(insts, base, shared, n)["max_delta_per_token"] > 1e-2  # the plan is in effect
