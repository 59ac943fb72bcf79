"""Planted heads: an attention-only model whose weights are set by hand so that each of five heads
does one known thing (self, previous-token, first-token sink, duplicate-token, induction) goes
through extract (with probes) -> synthesize -> roles, and every planted role comes back, measured
on the head and reproduced by its program, with a first docstring line that names it."""
from __future__ import annotations

import numpy as np
import pytest
import torch

from surgery.analyse.roles import RolesConfig, head_roles
from surgery.extract import ExtractConfig, extract
from surgery.runtime.program import read_meta
from surgery.synthesize.synthesize import SynthConfig, synthesize

WINDOW = 32  # tokens per window; also the model's context
C = 40.0  # query/key scale: score gaps of C**2 / sqrt(d_head) ~ 77 make every planted pattern sharp

# head -> (its role, words its program's first docstring line must contain, one of)
PLANTED = {
    "L0H0": ("self", ("itself",)),
    "L0H1": ("previous-token", ("previous",)),
    "L0H2": ("sink", ("first",)),
    "L0H3": ("duplicate-token", ("earlier cop", "same token")),
    "L1H0": ("induction", ("induction",)),
}
SINK = "L0H2"


def planted_model(tokenizer, d_token: int = 64):
    """Two attention-only layers of four heads; residual = [position one-hot | token | previous token].

    Tokens are random unit vectors of ``d_token`` dimensions (not one-hot: then the embedding
    cosine would equal token identity and tie with it). Layer 0: head 0 attends to its own
    position, head 1 to the previous one (and writes that token into the previous-token block),
    head 2 to position 0, head 3 to earlier copies of its token (else BOS). Layer 1 head 0 matches
    its token against each key's previous token: induction (else BOS). Heads 1-3 of layer 1 are
    zero (uniform attention).

    Built as a GPT-2 (``tests/tiny_hf.py``) on the bridge, whose weights are set by hand: the MLPs
    are zero, and the LayerNorms are the identity (an epsilon so large that the norm is a fixed
    scale, undone by its weight, and residual vectors whose entries sum to zero, so that centring
    moves nothing: token vectors have zero mean, and each position's one-hot carries a -1 in a
    spare dimension).
    """
    from surgery.io import convert
    from tiny_hf import hf_model

    P, V, D = WINDOW, len(tokenizer), d_token
    H = D + P  # d_head
    tok, prev, spare = P, P + D, P + 2 * D  # offsets of the token, previous-token and balancing dimensions
    eps = 1e12
    hf = hf_model("gpt2", V, n_embd=4 * H, n_head=4, n_layer=2, n_positions=P, layer_norm_epsilon=eps)
    pos, dims = torch.arange(P), torch.arange(D)
    vectors = torch.randn(V, D, generator=torch.Generator().manual_seed(0))
    vectors = vectors - vectors.mean(dim=1, keepdim=True)  # entries summing to zero (see below)
    vectors = vectors / vectors.norm(dim=1, keepdim=True)
    with torch.no_grad():
        for name, p in hf.named_parameters():
            p.fill_(eps ** 0.5 if "ln_" in name and name.endswith("weight") else 0.0)
        t = hf.transformer
        t.wte.weight[:, tok:tok + D] = vectors
        t.wpe.weight[pos, pos] = 1.0
        t.wpe.weight[pos, spare] = -1.0
        a0, a1 = _Heads(t.h[0].attn, H), _Heads(t.h[1].attn, H)
        a0.q(0, pos, pos, C)  # self: query position i meets key position i
        a0.k(0, pos, pos, C)
        a0.q(1, pos[1:], pos[:-1], C)  # previous: query position i meets key position i - 1
        a0.k(1, pos, pos, C)
        a0.v(1, tok + dims, dims, 1.0)  # ... and copies that key's token into the previous-token block
        a0.o(1, dims, prev + dims, 1.0)
        a0.q(2, pos, 0, C)  # sink: every query meets key position 0
        a0.k(2, 0, 0, C)
        _match(a0, 3, query_block=tok, key_block=tok, D=D, P=P)  # duplicate: same token, not itself
        a0.q(3, pos[1:], D + pos[1:], -C)
        a0.k(3, pos[1:], D + pos[1:], C)
        _match(a1, 0, query_block=tok, key_block=prev, D=D, P=P)  # induction: key's previous token == query's
    model, record = convert.boot(hf, tokenizer, "planted-heads")
    convert.check_parity(record, "planted-heads", allow_mismatch=False)
    return model


class _Heads:
    """Per-head views of a GPT-2 attention's weights in TransformerLens's layout: ``W_Q[head, d_model,
    d_head]`` is ``c_attn.weight[d_model, head * d_head + d]`` (keys and values after the queries),
    ``W_O[head, d_head, d_model]`` is ``c_proj.weight[head * d_head + d, d_model]``."""

    def __init__(self, attn, d_head: int):
        self.qkv, self.out, self.d_head = attn.c_attn.weight, attn.c_proj.weight, d_head
        self.width = attn.c_proj.weight.shape[0]

    def _set(self, block: int, head: int, rows, cols, value: float) -> None:
        self.qkv[rows, block * self.width + head * self.d_head + torch.as_tensor(cols)] = value

    def q(self, head, rows, cols, value):
        self._set(0, head, rows, cols, value)

    def k(self, head, rows, cols, value):
        self._set(1, head, rows, cols, value)

    def v(self, head, rows, cols, value):
        self._set(2, head, rows, cols, value)

    def o(self, head, rows, cols, value):
        self.out[head * self.d_head + torch.as_tensor(rows), cols] = value


def _match(attn: _Heads, head: int, query_block: int, key_block: int, D: int, P: int) -> None:
    """Head ``head`` attends where the key's ``key_block`` token equals the query's ``query_block``
    token (score C**2), else to BOS (score C**2 / 2, through position 0)."""
    dims = torch.arange(D)
    attn.q(head, query_block + dims, dims, C)
    attn.k(head, key_block + dims, dims, C)
    attn.q(head, torch.arange(1, P), D, C / 2)  # every query (but BOS's own) leans to ...
    attn.k(head, 0, D, C)  # ... key position 0


@pytest.fixture(scope="module")
def planted_run(tiny_tokenizer, sample_docs, tmp_path_factory):
    base = tmp_path_factory.mktemp("planted")
    store = extract(ExtractConfig(out=str(base / "attn"), n_windows=16, window=WINDOW, probe_frac=0.25),
                    model=planted_model(tiny_tokenizer), docs=sample_docs, progress=False)
    synthesize(SynthConfig(attn=str(base / "attn"), out=str(base / "programs"), levels=(1, 2, 4), max_terms=4,
                           refit_steps=8, full_steps=0, calibrate_steps=5), progress=False)
    record = head_roles(base / "programs", store, RolesConfig(run=str(base), trusted=True))
    return base, store, record


def test_the_planted_mechanisms_are_really_in_the_attention(planted_run):
    _, store, _ = planted_run
    probes = np.array(store.meta.probes["windows"])
    seq = store.meta.probes["seq_len"]
    a = np.asarray(store.attn[probes], dtype=np.float32)  # [w, layer, head, q, k]
    q = np.arange(seq + 1, 2 * seq + 1)  # rows of the second occurrence, one earlier copy each
    assert a[:, 0, 0, q, q].min() > 0.99 and a[:, 0, 1, q, q - 1].min() > 0.99 and a[:, 0, 2, q, 0].min() > 0.99
    assert a[:, 0, 3, q, q - seq].min() > 0.95  # the earlier copy, one sequence back
    assert a[:, 1, 0, q, q - seq + 1].min() > 0.95  # the token after it


@pytest.mark.parametrize("head", sorted(PLANTED))
def test_roles_recover_each_planted_head(planted_run, head):
    base, _, record = planted_run
    role, words = PLANTED[head]
    rec = record["heads"][head]
    assert rec["roles"][0] == role, rec
    assert rec["program"]["reproduces"][role], rec["program"]
    assert rec["detector"]["lead"] == role
    if head != SINK:
        assert _true_description(base, head, words)


def _true_description(base, head: str, words) -> bool:
    first_line = read_meta(base / "programs" / f"{head}.py").get("description", "").lower()
    return any(w in first_line for w in words)


@pytest.mark.xfail(strict=True, reason="synthesis picks library/capitalized for the pure sink head: on the held-out "
                   "windows no token is name-like, every row falls back to BOS and it ties library/first at IoU 1.0")
def test_the_sink_heads_description_names_the_first_token(planted_run):
    base, _, _ = planted_run
    assert _true_description(base, SINK, PLANTED[SINK][1])


def test_uniform_heads_are_not_given_a_planted_role(planted_run):
    _, _, record = planted_run
    for head in ("L1H1", "L1H2", "L1H3"):
        assert not set(record["heads"][head]["roles"]) & {"self", "previous-token", "induction", "duplicate-token"}
