"""Programs are strictly causal, tested as a property: row q of a pattern on a context equals the
last row of the pattern on the context's first q + 1 tokens (and so every prefix's pattern is the
whole pattern's top-left corner), for every primitive, term family, batched term table, library
program and reference program, on random and real token contexts.

Random contexts draw tokens from pieces that split words (`` the|ory``, `` walk|ed``, `` didn|'t``)
so word-level features are exercised where they could look ahead.
"""
from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import pytest

from surgery.forms.source import TermTables, read_terms
from surgery.lang import classes as C
from surgery.lang import primitives as P
from surgery.lang import terms as T
from surgery.lang.context import FUNCTION_WORDS, build_context
from surgery.runtime.program import causality_error, library_dir, load_program, load_programs, normalize

PIECES = ["The", " the", "ory", " walk", "ed", " Bob", "by", " in", "to", " a", "n", " didn", "'t", " he", "'s",
          ".", ",", ' "', '!"', "\n", " They", " run", "ning", " quick", "ly", " 12", "3", " and", "y", " of",
          "ten", " Tom", " said", "?", " on", "e", " Sam", " then", " is", "land"]
REFERENCE = Path(__file__).resolve().parents[1] / "programs" / "smollm2-135m"
SOME_CLASSES = ("DET", "PREP", "CONTENT", "VERB_ED", "NAME", "PERIOD", "ADV_LY")


def _embed_table(vocab: int, seed: int = 0) -> np.ndarray:
    return np.random.default_rng(seed).normal(size=(vocab, 8)).astype(np.float32)


def random_context(rng: np.random.Generator, n: int):
    ids = np.r_[0, rng.integers(1, len(PIECES) + 1, n - 1)]
    table = _embed_table(len(PIECES) + 1)
    return build_context(ids, ["<s>"] + [PIECES[i - 1] for i in ids[1:]], embed=lambda x: table[x])


def tokenized_contexts(tokenizer, docs: list[str], n: int, bos: int = 0) -> list:
    """Contexts of the first ``n`` tokens (BOS first) of each document, token strings as the models decode them."""
    out = []
    for doc in docs:
        ids = np.r_[bos, tokenizer.encode(doc)[: n - 1]].astype(np.int64)
        table = _embed_table(int(ids.max()) + 1, seed=1)
        out.append(build_context(ids, [tokenizer.decode([int(i)]) for i in ids], embed=lambda x, t=table: t[x]))
    return out


def _smollm2_tokenizer():
    """The default model's tokenizer when its converted copy is cached here (tests never download)."""
    from surgery.io.models import cache_dir

    files = sorted(cache_dir().glob("smollm2-135m-*/tokenizer/tokenizer.json"))
    if not files:
        return None
    from transformers import PreTrainedTokenizerFast

    return PreTrainedTokenizerFast(tokenizer_file=str(files[0]))


@pytest.fixture(scope="module")
def contexts(tiny_tokenizer, sample_docs):
    rng = np.random.default_rng(0)
    ctxs = [random_context(rng, 40) for _ in range(4)]
    ctxs += tokenized_contexts(tiny_tokenizer, sample_docs[:4], 40)
    smollm2 = _smollm2_tokenizer()
    if smollm2 is not None:
        ctxs += tokenized_contexts(smollm2, sample_docs[4:6], 40, bos=smollm2.bos_token_id or 0)
    assert any(not c.is_word_start[1:].all() for c in ctxs), "no context splits a word: nothing would be tested"
    return ctxs


def leak(fn, ctx) -> str | None:
    """None when ``fn(prefix)`` is the top-left corner of ``fn(ctx)`` for every prefix of ``ctx``."""
    full = fn(ctx)
    return causality_error(full, [fn(ctx.prefix(m)) for m in range(1, ctx.n)])


def assert_causal(fn, ctxs, what: str) -> None:
    for i, ctx in enumerate(ctxs):
        reason = leak(fn, ctx)
        assert reason is None, f"{what}, context {i}: {reason}"


# ---------------------------------------------------------------- the context itself


PER_TOKEN = ("ids", "word_index", "sentence_index", "char_start", "char_end", "is_punct", "is_capitalized",
             "is_newline", "is_word_start", "is_function_word", "is_sentence_end", "is_quote", "word_so_far")


def test_context_fields_and_classes_are_causal(contexts):
    for ctx in contexts:
        cls = C.token_class(ctx)
        for m in range(1, ctx.n + 1):
            pre = ctx.prefix(m)
            for name in PER_TOKEN:
                assert list(getattr(pre, name)) == list(getattr(ctx, name))[:m], (name, m)
            assert C.token_class(pre).tolist() == cls[:m].tolist(), m


def test_word_features_read_the_word_so_far():
    ctx = build_context(np.arange(5), ["<s>", " the", "ory", " walk", "ed"])
    assert ctx.word_so_far == ["", "the", "theory", "walk", "walked"]
    assert ctx.is_function_word.tolist() == [False, True, False, False, False]
    assert [C.CLASSES[c] for c in C.token_class(ctx)] == ["BOS", "DET", "CONTENT", "CONTENT", "VERB_ED"]


# ---------------------------------------------------------------- primitives and term families


@pytest.mark.parametrize("name", sorted(P.PRIMITIVES))
def test_primitive_is_causal(name, contexts):
    assert_causal(lambda c: normalize(P.PRIMITIVES[name](c)), contexts, name)


def family_terms(family: str, tokens: list[str]) -> list[tuple]:
    """Instances of a term family: every distance, several classes and pairs, a few key tokens."""
    values = {"d": range(T.MAX_DISTANCE + 1), "token": tokens[:3]}
    args = T.FAMILIES[family].args
    pools = []
    for arg in args:
        if "class" in arg:
            pools.append(SOME_CLASSES if len(args) > 1 else C.CLASSES)
        else:
            assert arg in values, f"family {family}: no test values for its argument {arg!r}"
            pools.append(values[arg])
    return [(family, *combo) for combo in itertools.product(*pools)]


def _triangle(a: np.ndarray) -> np.ndarray:
    return np.where(C.causal_mask(a.shape[-1]), a, 0)  # keys after the query are masked by the framework


@pytest.mark.parametrize("family", sorted(T.FAMILIES))
def test_term_family_is_causal(family, contexts):
    for i, ctx in enumerate(contexts):
        for term in family_terms(family, ctx.tokens[1:]):
            reason = leak(lambda c: _triangle(T.feature(c, term)), ctx)
            assert reason is None, f"{term}, context {i}: {reason}"


def everything_program(rng: np.random.Generator, tokens: list[str]) -> list[tuple]:
    """One terms program holding every sampled instance of every family, with random weights."""
    terms = [t for family in T.FAMILIES for t in family_terms(family, tokens)]
    return [(float(rng.normal()), *t) for t in terms]


def test_term_tables_are_causal(contexts, tiny_tokenizer, sample_docs):
    rng = np.random.default_rng(1)
    long = tokenized_contexts(tiny_tokenizer, [" ".join(sample_docs)], 100)  # past one block of rows
    for ctx in contexts[:3] + long:
        program = everything_program(rng, ctx.tokens[1:])
        tables = TermTables([[(w, tuple(t)) for w, *t in program]])
        assert_causal(lambda c: tables.patterns(c)[0], [ctx], "TermTables")
        some = [program[j] for j in rng.choice(len(program), 40, replace=False)]
        assert_causal(lambda c: normalize(T.scores(c, some)), [ctx], "terms.scores")


# ---------------------------------------------------------------- shipped programs


@pytest.mark.parametrize("path", sorted(library_dir().glob("*.py")), ids=lambda p: p.stem)
def test_library_program_is_causal(path, contexts):
    program = load_program(path)
    assert_causal(program.pattern, contexts, path.stem)


def test_reference_programs_are_causal(contexts):
    programs, errors = load_programs(REFERENCE, trusted=True)
    assert programs and not errors
    terms = {p.name: read_terms(p.source) for p in programs}
    listed = [p for p in programs if terms[p.name] is not None]
    tables = TermTables([terms[p.name] for p in listed], [p.name for p in listed])
    for i, ctx in enumerate(contexts):
        full = tables.patterns(ctx)  # [S, n, n], every terms program at once
        for m in range(1, ctx.n):
            pre = tables.patterns(ctx.prefix(m))
            for s, p in enumerate(listed):
                reason = causality_error(full[s], [pre[s]])
                assert reason is None, f"{p.name}, context {i}: {reason}"
    others = [p for p in programs if terms[p.name] is None] + listed[::40]  # and a few through their own code
    for p in others:
        assert_causal(p.pattern, contexts[:4], p.name)


# ---------------------------------------------------------------- the check has teeth


def whole_word_function_flag(ctx) -> np.ndarray:
    """The old, leaking flag: the whole word (tokens after the query included) is a function word."""
    whole = np.array([ctx.words[w] in FUNCTION_WORDS for w in ctx.word_index])
    return normalize(P.key_mask(ctx, whole))


def test_the_property_catches_a_program_that_reads_ahead(contexts):
    caught = [leak(whole_word_function_flag, ctx) for ctx in contexts]
    assert any(reason is not None for reason in caught)
    assert leak(lambda c: normalize(np.eye(c.n, k=1) + np.eye(c.n)), contexts[0]) is None  # masked: harmless
    assert "not causal" in leak(lambda c: normalize(np.tile(c.ids[::-1].astype(float), (c.n, 1))), contexts[0])


LEAKY = '''"""Attends to keys whose next token is the query's (reads the token after each key, and after the query)."""
import numpy as np


def attention(ctx):
    nxt = np.r_[ctx.ids[1:], -1]  # [n] the token after each position
    return (nxt[None, :] == nxt[:, None]).astype(float) + 0.01
'''


@pytest.mark.parametrize("trusted", [True, False], ids=["in-process", "sandboxed"])
def test_scoring_refuses_a_program_that_reads_ahead(tmp_path, contexts, trusted):
    from surgery.score import program_patterns

    (tmp_path / "leaky.py").write_text(LEAKY)
    fine = load_program(library_dir() / "previous.py")
    good, pats, errors = program_patterns([load_program(tmp_path / "leaky.py", trusted=trusted), fine],
                                          contexts[:2], progress=False)
    assert [p.name for p in good] == ["previous"] and pats.shape[:2] == (1, 2)
    assert "not causal" in errors["leaky"]
