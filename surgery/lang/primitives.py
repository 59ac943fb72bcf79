"""Primitives that programs compose: vectorized numpy functions of a TokenContext.

Every primitive returns float32 ``[n, n]`` (query_pos, key_pos) non-negative scores and puts no
mass above the diagonal; rows may be empty (``surgery.runtime.program.normalize`` then falls back to BOS).
Scores are unnormalized: use :func:`mix` to combine primitives by share of attention mass.

The examples use :func:`example`, the context of ``<s> The cat sat. The cat ran, "Bob!" he said.``
whose positions are::

    0 <s>  1 The  2 ' cat'  3 ' sat'  4 .  5 ' The'  6 ' cat'  7 ' ran'  8 ,  9 ' "'
    10 Bob  11 '!"'  12 ' he'  13 ' said'  14 .
"""
from __future__ import annotations

import numpy as np

from surgery.lang.context import TokenContext, build_context

_EXAMPLE = ["<s>", "The", " cat", " sat", ".", " The", " cat", " ran", ",", ' "', "Bob", '!"', " he", " said", "."]


def example() -> TokenContext:
    """The example context of the docstrings (ids: equal strings share an id)."""
    vocab = {t: i for i, t in enumerate(dict.fromkeys(_EXAMPLE))}
    return build_context(np.array([vocab[t] for t in _EXAMPLE]), _EXAMPLE)


def targets(scores: np.ndarray, i: int) -> list[int]:
    """Keys with mass in row ``i`` (for examples and debugging)."""
    return np.flatnonzero(scores[i] > 0).tolist()


# ---------------------------------------------------------------- helpers


def _causal(n: int, strict: bool = False) -> np.ndarray:
    return np.tril(np.ones((n, n), dtype=bool), k=-1 if strict else 0)  # [q, k]


def _onehot(idx: np.ndarray) -> np.ndarray:
    """[n, n] with a 1 at (i, idx[i]) wherever idx[i] >= 0."""
    n = len(idx)
    out = np.zeros((n, n), dtype=np.float32)
    rows = np.flatnonzero(idx >= 0)
    out[rows, idx[rows]] = 1.0
    return out


def _last_index(mask: np.ndarray, strict: bool = True) -> np.ndarray:
    """idx[i] = the last j < i (j <= i if not strict) with mask[j], else -1."""
    pos = np.maximum.accumulate(np.where(mask, np.arange(len(mask)), -1))  # [n]
    return np.concatenate([[-1], pos[:-1]]) if strict else pos


def _first_of_group(group: np.ndarray) -> np.ndarray:
    """idx[i] = first position of i's group (groups contiguous, non-decreasing)."""
    return np.searchsorted(group, group, side="left")


def key_mask(ctx: TokenContext, mask: np.ndarray, strict: bool = False) -> np.ndarray:
    """Every causal key where ``mask`` holds: ``[q, k] = mask[k]``.

    >>> targets(key_mask(example(), example().is_punct), 9)
    [4, 8, 9]
    """
    return (_causal(ctx.n, strict) & np.asarray(mask, dtype=bool)[None, :]).astype(np.float32)


# ---------------------------------------------------------------- positional


def first(ctx: TokenContext) -> np.ndarray:
    """The first token (BOS, the attention sink).

    >>> targets(first(example()), 5)
    [0]
    """
    return _onehot(np.zeros(ctx.n, dtype=np.int64))


def self_token(ctx: TokenContext) -> np.ndarray:
    """The query token itself.

    >>> targets(self_token(example()), 5)
    [5]
    """
    return np.eye(ctx.n, dtype=np.float32)


def previous(ctx: TokenContext, k: int = 1) -> np.ndarray:
    """The token ``k`` positions back (rows ``i < k`` are empty).

    >>> targets(previous(example(), 2), 5)
    [3]
    """
    return np.eye(ctx.n, k=-k, dtype=np.float32)


def offsets(ctx: TokenContext, ks=(1, 2)) -> np.ndarray:
    """Equal scores on fixed offsets back (0 = self).

    >>> targets(offsets(example(), (0, 3)), 5)
    [2, 5]
    """
    return sum(np.eye(ctx.n, k=-k, dtype=np.float32) for k in ks)


def previous_window(ctx: TokenContext, k: int = 3) -> np.ndarray:
    """Uniform over the ``k`` tokens before the query.

    >>> targets(previous_window(example(), 3), 5)
    [2, 3, 4]
    """
    d = np.subtract.outer(np.arange(ctx.n), np.arange(ctx.n))  # [q, k] distance
    return ((d >= 1) & (d <= k)).astype(np.float32)


def recency(ctx: TokenContext, decay: float = 0.5) -> np.ndarray:
    """``decay ** distance`` over all causal keys (self included).

    >>> recency(example(), 0.5)[2, :3].tolist()
    [0.25, 0.5, 1.0]
    """
    d = np.subtract.outer(np.arange(ctx.n), np.arange(ctx.n))  # [q, k]
    return np.where(d >= 0, np.float32(decay) ** np.maximum(d, 0), 0).astype(np.float32)


def uniform(ctx: TokenContext) -> np.ndarray:
    """Every causal key equally (self included).

    >>> targets(uniform(example()), 2)
    [0, 1, 2]
    """
    return _causal(ctx.n).astype(np.float32)


def same_sentence(ctx: TokenContext) -> np.ndarray:
    """Causal keys in the query's sentence (self included).

    >>> targets(same_sentence(example()), 7)
    [5, 6, 7]
    """
    s = ctx.sentence_index
    return (_causal(ctx.n) & (s[:, None] == s[None, :])).astype(np.float32)


def sentence_start(ctx: TokenContext) -> np.ndarray:
    """The first token of the query's sentence.

    >>> targets(sentence_start(example()), 7)
    [5]
    """
    return _onehot(_first_of_group(ctx.sentence_index))


def previous_sentence(ctx: TokenContext) -> np.ndarray:
    """Every token of the previous sentence.

    >>> targets(previous_sentence(example()), 7)
    [1, 2, 3, 4]
    """
    s = ctx.sentence_index
    return (_causal(ctx.n) & (s[None, :] == s[:, None] - 1) & (s[None, :] > 0)).astype(np.float32)


# ---------------------------------------------------------------- lexical


def same_token(ctx: TokenContext) -> np.ndarray:
    """Earlier occurrences of the query's token id.

    >>> targets(same_token(example()), 6)
    [2]
    """
    return (_causal(ctx.n, strict=True) & (ctx.ids[:, None] == ctx.ids[None, :])).astype(np.float32)


def same_word(ctx: TokenContext) -> np.ndarray:
    """Tokens of earlier words equal (case-insensitively) to the query's word as read so far.

    An earlier word ends before the query's word starts, so it is whole; the query's own word is
    taken up to the query (``ctx.word_so_far``): the row never depends on later tokens.

    >>> targets(same_word(example()), 5)
    [1]
    """
    key_word = [ctx.words[w] for w in ctx.word_index]  # [n] whole word of each key
    codes = np.unique(np.array(key_word + list(ctx.word_so_far), dtype=str), return_inverse=True)[1]
    key_code, query_code = codes[: ctx.n], codes[ctx.n:]
    earlier = ctx.word_index[None, :] < ctx.word_index[:, None]
    real = (ctx.word_index > 0)[None, :]
    return (_causal(ctx.n) & earlier & real & (query_code[:, None] == key_code[None, :])).astype(np.float32)


def induction(ctx: TokenContext) -> np.ndarray:
    """The token after an earlier occurrence of the query's token (``A B ... A -> B``).

    >>> targets(induction(example()), 5)
    []
    >>> targets(induction(example()), 6)
    [3]
    """
    prev_ids = np.concatenate([[-1], ctx.ids[:-1]])  # [k] id before each key
    return (_causal(ctx.n, strict=True) & (prev_ids[None, :] == ctx.ids[:, None])).astype(np.float32)


def fuzzy_induction(ctx: TokenContext, threshold: float = 0.6) -> np.ndarray:
    """Like :func:`induction`, matching tokens by embedding cosine ``>= threshold``.

    >>> targets(fuzzy_induction(example()), 6)
    [3]
    """
    cos = ctx.embed_cosine  # [q, k]
    prev_cos = np.concatenate([np.zeros((ctx.n, 1), np.float32), cos[:, :-1]], axis=1)  # cos(q, k-1)
    prev_cos[:, 1:2] = 0  # BOS as the "previous" token never matches (a one-token context has no column 1)
    return np.where(_causal(ctx.n, strict=True) & (prev_cos >= threshold), prev_cos, 0).astype(np.float32)


def punctuation(ctx: TokenContext) -> np.ndarray:
    """Punctuation keys (self included)."""
    return key_mask(ctx, ctx.is_punct)


def boundaries(ctx: TokenContext) -> np.ndarray:
    """Punctuation, newline and sentence-end keys.

    >>> targets(boundaries(example()), 10)
    [4, 8, 9]
    """
    return key_mask(ctx, ctx.is_punct | ctx.is_newline | ctx.is_sentence_end & (np.arange(ctx.n) > 0))


def capitalized(ctx: TokenContext) -> np.ndarray:
    """Name-like keys: capitalized tokens that do not start a sentence.

    >>> targets(capitalized(example()), 12)
    [10]
    """
    return key_mask(ctx, name_like_mask(ctx))


def name_like_mask(ctx: TokenContext) -> np.ndarray:
    """bool [n]: capitalized and not the first word of its sentence."""
    first_word = ctx.word_index == ctx.word_index[_first_of_group(ctx.sentence_index)]
    return ctx.is_capitalized & ~first_word


def content_mask(ctx: TokenContext) -> np.ndarray:
    """bool [n]: tokens of content words (not function words, punctuation, newlines or BOS)."""
    return ~ctx.is_function_word & ~ctx.is_punct & ~ctx.is_newline & (np.arange(ctx.n) > 0)


def function_words(ctx: TokenContext) -> np.ndarray:
    """Function-word keys (the, of, and, he, ...).

    >>> targets(function_words(example()), 13)
    [1, 5, 12]
    """
    return key_mask(ctx, ctx.is_function_word)


def content_words(ctx: TokenContext) -> np.ndarray:
    """Content-word keys.

    >>> targets(content_words(example()), 4)
    [2, 3]
    """
    return key_mask(ctx, content_mask(ctx))


# ---------------------------------------------------------------- structural


def word_start(ctx: TokenContext) -> np.ndarray:
    """The first token of the query's word (the query itself for one-token words)."""
    return _onehot(_first_of_group(ctx.word_index))


def previous_word(ctx: TokenContext) -> np.ndarray:
    """Every token of the previous word.

    >>> targets(previous_word(example()), 3)
    [2]
    """
    w = ctx.word_index
    return (_causal(ctx.n) & (w[None, :] == w[:, None] - 1) & (w[None, :] > 0)).astype(np.float32)


def last_of(ctx: TokenContext, mask: np.ndarray, strict: bool = True) -> np.ndarray:
    """The most recent key where ``mask`` holds (before the query; at or before if not strict).

    >>> targets(last_of(example(), example().is_capitalized), 14)
    [10]
    """
    return _onehot(_last_index(np.asarray(mask, dtype=bool), strict))


def last_punct(ctx: TokenContext) -> np.ndarray:
    """The most recent punctuation token before the query.

    >>> targets(last_punct(example()), 8)
    [4]
    """
    return last_of(ctx, ctx.is_punct)


def _has(ctx: TokenContext, chars: str) -> np.ndarray:
    return np.array([any(c in t for c in chars) for t in ctx.tokens], dtype=bool) & ctx.is_punct


def last_comma(ctx: TokenContext) -> np.ndarray:
    """The most recent comma (or ; :) before the query.

    >>> targets(last_comma(example()), 12)
    [8]
    """
    return last_of(ctx, _has(ctx, ",;:"))


def last_period(ctx: TokenContext) -> np.ndarray:
    """The end of the previous sentence (most recent sentence end before the query; BOS at first).

    >>> targets(last_period(example()), 7)
    [4]
    """
    return last_of(ctx, ctx.is_sentence_end)


def quote_marks(ctx: TokenContext) -> np.ndarray:
    """Keys holding a quotation mark.

    >>> targets(quote_marks(example()), 14)
    [9, 11]
    """
    return key_mask(ctx, ctx.is_quote)


def quote_open(ctx: TokenContext) -> np.ndarray:
    """Inside a quotation, the opening quote mark; empty outside quotations.

    >>> targets(quote_open(example()), 10), targets(quote_open(example()), 13)
    ([9], [])
    """
    inside = (np.cumsum(ctx.is_quote) % 2 == 1) & ~ctx.is_quote  # [q] after an odd number of marks
    idx = np.where(inside, _last_index(ctx.is_quote), -1)
    return _onehot(idx)


def last_name(ctx: TokenContext) -> np.ndarray:
    """The most recent name-like (capitalized, not sentence-initial) token before the query."""
    return last_of(ctx, name_like_mask(ctx))


def last_content_word(ctx: TokenContext) -> np.ndarray:
    """The start of the most recent content word before the query's word.

    >>> targets(last_content_word(example()), 8)
    [7]
    """
    starts = content_mask(ctx) & ctx.is_word_start
    idx = _last_index(starts, strict=False)[_first_of_group(ctx.word_index) - 1]  # before the word
    idx[0] = -1
    return _onehot(idx)


# ---------------------------------------------------------------- similarity


def embed_similarity(ctx: TokenContext, power: float = 2.0, exclude_self: bool = True) -> np.ndarray:
    """``max(cos, 0) ** power`` of the model's input embeddings, over causal keys.

    Without embeddings in the context, cosine is 1 between equal ids and 0 otherwise.

    >>> targets(embed_similarity(example()), 6)
    [2]
    """
    mask = _causal(ctx.n, strict=exclude_self)
    return np.where(mask, np.maximum(ctx.embed_cosine, 0) ** power, 0).astype(np.float32)


def most_similar(ctx: TokenContext, exclude_self: bool = True) -> np.ndarray:
    """The single earlier key whose embedding is most similar to the query's (BOS excluded)."""
    mask = _causal(ctx.n, strict=exclude_self)
    mask[:, 0] = False
    cos = np.where(mask, ctx.embed_cosine, -np.inf)  # [q, k]
    idx = np.where(mask.any(axis=1), np.argmax(cos, axis=1), -1)
    return _onehot(idx)


# ---------------------------------------------------------------- combinators


def rownorm(scores: np.ndarray) -> np.ndarray:
    """Rows scaled to sum 1 (empty rows stay empty)."""
    total = scores.sum(axis=-1, keepdims=True)
    return (scores / np.where(total > 0, total, 1)).astype(np.float32)


def mix(*parts) -> np.ndarray:
    """Weighted sum of row-normalized scores: ``mix((0.6, first(ctx)), (0.4, previous(ctx)))``.

    >>> mix((0.6, first(example())), (0.4, previous(example())))[2, :3].tolist()
    [0.6000000238418579, 0.4000000059604645, 0.0]
    """
    return sum(np.float32(w) * rownorm(s) for w, s in parts).astype(np.float32)


def gate_queries(scores: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """Keep only rows whose query satisfies ``mask`` (others become empty)."""
    return np.where(np.asarray(mask, dtype=bool)[:, None], scores, 0).astype(np.float32)


def gate_keys(scores: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """Keep only columns whose key satisfies ``mask``."""
    return np.where(np.asarray(mask, dtype=bool)[None, :], scores, 0).astype(np.float32)


def fallback(primary: np.ndarray, secondary: np.ndarray) -> np.ndarray:
    """``primary``, with its empty rows taken from ``secondary``.

    >>> targets(fallback(same_token(example()), previous(example())), 3)
    [2]
    """
    empty = primary.sum(axis=-1, keepdims=True) <= 0
    return np.where(empty, secondary, primary).astype(np.float32)


PRIMITIVES = {
    f.__name__: f
    for f in (
        first, self_token, previous, offsets, previous_window, recency, uniform, same_sentence, sentence_start,
        previous_sentence, same_token, same_word, induction, fuzzy_induction, punctuation, boundaries,
        capitalized, function_words, content_words, word_start, previous_word, last_punct, last_comma,
        last_period, quote_marks, quote_open, last_name, last_content_word, embed_similarity, most_similar,
    )
}
"""Every primitive of signature ``(ctx, **defaults) -> [n, n]`` by name (for search and tests)."""
