"""Corpora: built-in offline sources, local files, deterministic document-level split."""
from __future__ import annotations

import json

import numpy as np
import pytest

from surgery.io.corpus import CorpusError, load_documents, make_windows


def test_stories_are_the_hundred_mctest_stories():
    docs = load_documents("stories")
    assert len(docs) == 100
    assert all(len(d.split()) > 50 for d in docs)


def test_lambada_passages_include_the_target_word():
    docs = load_documents("lambada")
    assert len(docs) > 1000
    assert all(d == d.strip() for d in docs[:50])


def test_local_txt_and_jsonl(tmp_path):
    txt = tmp_path / "c.txt"
    txt.write_text("First doc line one.\nline two.\n\n\nSecond doc.\n")
    assert load_documents(str(txt)) == ["First doc line one.\nline two.", "Second doc."]
    jl = tmp_path / "c.jsonl"
    jl.write_text(json.dumps({"text": "a b c"}) + "\n\n" + json.dumps({"text": "d e"}) + "\n")
    assert load_documents(str(jl)) == ["a b c", "d e"]
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"body": "x"}\n')
    with pytest.raises(CorpusError, match="bad.jsonl:1"):
        load_documents(str(bad))


@pytest.mark.parametrize("name, message", [("missing.txt", "not found"), ("nonsense", "unknown corpus")])
def test_bad_corpus_names(name, message):
    with pytest.raises(CorpusError, match=message):
        load_documents(name)


def test_windows_are_deterministic_and_split_by_document(tiny_tokenizer, sample_docs):
    a = make_windows(tiny_tokenizer, sample_docs, window=10, n_windows=12, heldout_frac=0.25, seed=3, bos_id=0)
    b = make_windows(tiny_tokenizer, sample_docs, window=10, n_windows=12, heldout_frac=0.25, seed=3, bos_id=0)
    c = make_windows(tiny_tokenizer, sample_docs, window=10, n_windows=12, heldout_frac=0.25, seed=4, bos_id=0)
    assert np.array_equal(a.tokens, b.tokens) and np.array_equal(a.split, b.split)
    assert not np.array_equal(a.tokens, c.tokens)
    assert a.tokens.shape == (12, 10) and np.all(a.tokens[:, 0] == 0)
    assert a.split.sum() == 3  # round(0.25 * 12) held out
    assert not set(a.doc_ids[a.split == 1]) & set(a.doc_ids[a.split == 0])


def test_too_many_windows_is_a_clear_error(tiny_tokenizer, sample_docs):
    with pytest.raises(CorpusError, match="ask for fewer"):
        make_windows(tiny_tokenizer, sample_docs, window=64, n_windows=10_000, heldout_frac=0.25, seed=0, bos_id=0)
    with pytest.raises(CorpusError, match="at least 1"):
        make_windows(tiny_tokenizer, sample_docs, window=8, n_windows=0, heldout_frac=0.25, seed=0, bos_id=0)


def test_joined_windows_span_documents_of_one_side(tiny_tokenizer, sample_docs):
    from surgery.evaluate.windows import packed_windows, side_documents

    lengths = [len(tiny_tokenizer(d, add_special_tokens=False)["input_ids"]) for d in sample_docs]
    window = max(lengths) + 8  # longer than every document: no window fits inside one
    with pytest.raises(CorpusError, match="ask for fewer"):
        make_windows(tiny_tokenizer, sample_docs, window=window, n_windows=4, heldout_frac=0.25, seed=1, bos_id=0)
    w = make_windows(tiny_tokenizer, sample_docs, window=window, n_windows=4, heldout_frac=0.25, seed=1, bos_id=0,
                     joined=True)
    assert w.tokens.shape == (4, window) and np.all(w.tokens[:, 0] == 0) and w.split.sum() == 1
    for side, heldout in ((0, False), (1, True)):  # each side's windows are cut from its own documents only
        ids = [tiny_tokenizer(d, add_special_tokens=False)["input_ids"] for d in side_documents(sample_docs, 0.25, 1, heldout)]
        gap = tiny_tokenizer("\n\n", add_special_tokens=False)["input_ids"]
        stream = [t for doc in ids for t in doc + gap]
        rows = w.tokens[w.split == side]
        for k, row in enumerate(rows):
            assert row[1:].tolist() == stream[k * (window - 1):(k + 1) * (window - 1)]
        assert w.doc_ids[w.split == side][0] == sample_docs.index(side_documents(sample_docs, 0.25, 1, heldout)[0])
    held = packed_windows(tiny_tokenizer, sample_docs, window, 1, 0.25, 1, 0, heldout=True)
    assert np.array_equal(held, w.tokens[w.split == 1])  # the held-out windows eval measures perplexity on
