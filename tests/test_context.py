import pickle

import numpy as np
import pytest

from surgery.lang.context import build_context, store_contexts

TOKS = ["<s>", "The", " cat", " said", ",", ' "', "Hello", '!"', "\n", "Bob", " didn", "'t", " go", "."]


def ctx(embed=None):
    return build_context(np.arange(len(TOKS)), TOKS, embed=embed)


def test_word_and_sentence_indices():
    c = ctx()
    assert c.n == len(TOKS)
    assert c.word_index.tolist() == [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 10, 11, 12]
    assert c.sentence_index.tolist() == [0, 1, 1, 1, 1, 1, 1, 1, 2, 3, 3, 3, 3, 3]
    assert c.words[10] == "didn't"


def test_flags():
    c = ctx()
    assert np.flatnonzero(c.is_punct).tolist() == [4, 5, 7, 13]
    assert np.flatnonzero(c.is_capitalized).tolist() == [1, 6, 9]
    assert np.flatnonzero(c.is_newline).tolist() == [8]
    assert np.flatnonzero(c.is_quote).tolist() == [5, 7]  # the apostrophe of didn't is no quote
    assert np.flatnonzero(c.is_function_word).tolist() == [1]
    assert not c.is_word_start[11] and c.is_word_start[10]


def test_char_offsets_index_the_text():
    c = ctx()
    assert all(c.text[s:e] == t for s, e, t in zip(c.char_start[1:], c.char_end[1:], TOKS[1:]))
    assert c.char_start[0] == c.char_end[0] == 0


def test_embed_cosine_lazy_and_picklable():
    rng = np.random.default_rng(0)
    table = rng.normal(size=(len(TOKS), 5))
    c = ctx(embed=lambda ids: table[ids])
    assert c._cosine is None
    cos = c.embed_cosine
    assert cos.shape == (c.n, c.n) and np.allclose(np.diag(cos), 1, atol=1e-5)
    back = pickle.loads(pickle.dumps(c))
    assert np.allclose(back.embed_cosine, cos)


def test_cosine_without_embeddings_is_same_id():
    c = build_context(np.array([0, 7, 8, 7]), ["<s>", "a", "b", "a"])
    assert c.embed_cosine[3].tolist() == [0, 1, 0, 1]


def test_bad_input():
    with pytest.raises(ValueError):
        build_context(np.arange(3), ["<s>", "a"])


def test_store_contexts(tmp_path):
    from conftest_programs import make_store
    from surgery.io.store import AttentionStore

    store = AttentionStore(make_store(tmp_path / "s"))
    cs = store_contexts(store, store.heldout_windows())
    assert len(cs) == 3 and cs[0].embed.shape == (12, 8) and cs[0].tokens[0] == "<s>"
