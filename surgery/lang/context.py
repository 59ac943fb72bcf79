"""The one place that builds the token context programs see.

A :class:`TokenContext` is built from the model's own tokens (BOS first), so programs never
tokenize and token, word and sentence indices cannot drift apart. Conventions:

- position 0 is BOS: its own word (word 0) and its own sentence (sentence 0), empty text;
- ``text`` is the concatenation of ``tokens[1:]``; ``char_start``/``char_end`` index into it;
- a token starts a word when it begins with whitespace, is punctuation or a newline, follows
  punctuation or a newline, or is the first token after BOS;
- a sentence ends after a punctuation token ending in ``.``, ``!`` or ``?`` (quotes allowed after)
  or after a newline token; the next token starts the next sentence;
- every per-token field is strictly causal: it depends on that token and the tokens before it,
  never on later ones. Word-level flags (``is_function_word``, and the token classes of
  ``surgery.lang.classes``) read ``word_so_far``, the token's word up to and including the token,
  so `` the`` of `` the|ory`` is a function word at `` the`` and ``ory`` is not. ``words`` holds
  whole words (a word can end after a query): a program that reads it for the query's own word
  looks ahead.

A context is picklable (the sandbox ships it to worker processes): the embedding rows are
computed eagerly when an ``embed`` function is given, their cosine similarities lazily.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Callable

import numpy as np

FUNCTION_WORDS = frozenset(
    """a an the this that these those some any each every no all both either neither
    i me my mine we us our ours you your yours he him his she her hers it its they them their theirs
    who whom whose which what where when why how there here then than
    and or but nor so yet if because although though while whereas unless until since as
    of in on at by for with about against between into through during before after above below
    to from up down over under again further off out onto upon within without toward towards
    is am are was were be been being have has had having do does did doing will would shall
    should can could may might must not 's n't 're 've 'll 'd 'm too very just also only""".split()
)
QUOTE_CHARS = frozenset("\"“”«»")  # always quotation marks
APOSTROPHES = frozenset("'‘’`")  # quotation marks only in a punctuation token (not in "don't")
_SENTENCE_END = frozenset(".!?")


@dataclass(eq=False)
class TokenContext:
    """Everything a program may look at for one window of ``n`` tokens (BOS at position 0)."""

    ids: np.ndarray  # int64 [n] token ids
    tokens: list[str]  # decoded text of each token, BOS first
    n: int
    word_index: np.ndarray  # int64 [n] word of each token (BOS = 0), non-decreasing
    sentence_index: np.ndarray  # int64 [n] sentence of each token (BOS = 0), non-decreasing
    char_start: np.ndarray  # int64 [n] offset of each token in ``text``
    char_end: np.ndarray  # int64 [n]
    is_punct: np.ndarray  # bool [n] only punctuation/symbols (after stripping whitespace)
    is_capitalized: np.ndarray  # bool [n] first visible character is upper case
    is_newline: np.ndarray  # bool [n] contains a newline
    is_word_start: np.ndarray  # bool [n] first token of a word
    is_function_word: np.ndarray  # bool [n] belongs to a function word (the, of, and, ...)
    is_sentence_end: np.ndarray  # bool [n] last token of a sentence
    is_quote: np.ndarray  # bool [n] contains a quotation mark
    words: list[str]  # lower-cased, stripped text of each whole word, indexed by word_index
    word_so_far: list[str]  # [n] lower-cased, stripped text of each token's word up to and including it
    embed: np.ndarray | None = None  # float32 [n, d_model] input embeddings, when known
    _cosine: np.ndarray | None = field(default=None, repr=False)

    @property
    def text(self) -> str:
        return "".join(self.tokens[1:])

    @property
    def embed_cosine(self) -> np.ndarray:
        """float32 [n, n] cosine similarity of the input embeddings (1.0 for equal ids without them)."""
        if self._cosine is None:
            self._cosine = _cosine(self.embed) if self.embed is not None else _same_id(self.ids)
        return self._cosine

    @property
    def word_of_token(self) -> list[str]:
        """The (lower-cased, stripped) whole word each token belongs to (looks ahead: see ``word_so_far``)."""
        return [self.words[w] for w in self.word_index]

    def prefix(self, m: int) -> "TokenContext":
        """The context of the first ``m`` tokens alone, as the model sees them when it reads token ``m - 1``.

        >>> build_context(np.arange(4), ["<s>", " the", "ory", "."]).prefix(2).is_function_word.tolist()
        [False, True]
        """
        if not 1 <= m <= self.n:
            raise ValueError(f"a prefix of 1..{self.n} tokens, not {m}")
        embed = None if self.embed is None else self.embed[:m]
        out = build_context(self.ids[:m], self.tokens[:m], embed=None if embed is None else (lambda ids: embed))
        out._cosine = self.embed_cosine[:m, :m].copy()  # the same numbers, not a BLAS product of another shape
        return out


def computed(ctxs: list[TokenContext]) -> list[TokenContext]:
    """The contexts with their lazy extras (``embed_cosine``) computed now, here.

    Call it before contexts travel to other processes (Ray workers): the cosine is a BLAS product
    whose last bits depend on the thread count, and a program that takes its argmax
    (``most_similar``) would otherwise see other ties there than in this process."""
    for ctx in ctxs:
        ctx.embed_cosine  # noqa: B018 - computed and kept on the context
    return ctxs


def _cosine(embed: np.ndarray) -> np.ndarray:
    e = np.asarray(embed, dtype=np.float32)
    e = e / np.maximum(np.linalg.norm(e, axis=1, keepdims=True), 1e-8)
    return np.clip(e @ e.T, -1.0, 1.0).astype(np.float32)  # [n, n]


def _same_id(ids: np.ndarray) -> np.ndarray:
    return (ids[:, None] == ids[None, :]).astype(np.float32)


def _is_punct(s: str) -> bool:
    s = s.strip()
    return bool(s) and all(unicodedata.category(c)[0] in "PS" for c in s)


def _flags(tokens: list[str]) -> dict[str, np.ndarray]:
    strip = [t.strip() for t in tokens]
    flags = {
        "is_punct": [_is_punct(t) for t in tokens],
        "is_capitalized": [bool(s) and s[0].isupper() for s in strip],
        "is_newline": ["\n" in t for t in tokens],
    }
    flags["is_quote"] = [
        any(c in QUOTE_CHARS for c in t) or (p and any(c in APOSTROPHES for c in t))
        for t, p in zip(tokens, flags["is_punct"])
    ]
    out = {k: np.array(v, dtype=bool) for k, v in flags.items()}
    out["is_punct"][0] = out["is_capitalized"][0] = out["is_newline"][0] = out["is_quote"][0] = False
    return out


def _word_starts(tokens: list[str], punct: np.ndarray, newline: np.ndarray) -> np.ndarray:
    n = len(tokens)
    starts = np.zeros(n, dtype=bool)
    starts[: min(n, 2)] = True
    for i in range(2, n):
        t = tokens[i]
        starts[i] = (not t) or t[0].isspace() or punct[i] or newline[i] or punct[i - 1] or newline[i - 1]
    return starts


def _sentence_ends(tokens: list[str], punct: np.ndarray, newline: np.ndarray) -> np.ndarray:
    stripped = [t.strip().rstrip("".join(QUOTE_CHARS | APOSTROPHES) + ")") for t in tokens]
    ends = np.array([bool(s) and s[-1] in _SENTENCE_END for s in stripped], dtype=bool) & punct
    ends = ends | newline
    ends[0] = True  # BOS is a sentence of its own
    return ends


def _words(tokens: list[str], word_index: np.ndarray) -> list[str]:
    pieces: list[list[str]] = [[] for _ in range(int(word_index[-1]) + 1)]
    for tok, w in zip(tokens[1:], word_index[1:]):
        pieces[w].append(tok)
    return ["".join(p).strip().lower() for p in pieces]


def _words_so_far(tokens: list[str], word_start: np.ndarray) -> list[str]:
    """Each token's word up to and including the token, lower-cased and stripped (BOS: empty)."""
    out, current = [""], ""
    for tok, start in zip(tokens[1:], word_start[1:]):
        current = tok if start else current + tok
        out.append(current.strip().lower())
    return out


def build_context(
    ids: np.ndarray, token_strs: list[str], embed: Callable[[np.ndarray], np.ndarray] | None = None
) -> TokenContext:
    """Build the context of one window from token ids and their decoded strings (BOS first).

    >>> ctx = build_context(np.array([0, 5, 6, 7]), ["<s>", "Hi", ",", " you"])
    >>> ctx.word_index.tolist(), ctx.is_punct.tolist()
    ([0, 1, 2, 3], [False, False, True, False])
    """
    ids = np.asarray(ids, dtype=np.int64)
    tokens = [str(t) for t in token_strs]
    if ids.ndim != 1 or len(ids) != len(tokens) or len(ids) == 0:
        raise ValueError(f"ids {ids.shape} and {len(tokens)} token strings must be one non-empty window")
    flags = _flags(tokens)
    word_start = _word_starts(tokens, flags["is_punct"], flags["is_newline"])
    word_index = np.cumsum(word_start) - 1  # [n]
    sent_end = _sentence_ends(tokens, flags["is_punct"], flags["is_newline"])
    sentence_index = np.concatenate([[0], np.cumsum(sent_end[:-1])]).astype(np.int64)  # [n]
    lengths = np.array([0] + [len(t) for t in tokens[1:]], dtype=np.int64)
    char_end = np.cumsum(lengths)
    words = _words(tokens, word_index)
    so_far = _words_so_far(tokens, word_start)
    function = np.array([w in FUNCTION_WORDS for w in so_far], dtype=bool)
    return TokenContext(
        ids=ids, tokens=tokens, n=len(ids), word_index=word_index.astype(np.int64), sentence_index=sentence_index,
        char_start=char_end - lengths, char_end=char_end, is_word_start=word_start, is_function_word=function,
        is_sentence_end=sent_end, words=words, word_so_far=so_far,
        embed=None if embed is None else np.asarray(embed(ids), dtype=np.float32), **flags,
    )


def store_contexts(store, windows: np.ndarray) -> list[TokenContext]:
    """Contexts of the given windows of an :class:`~surgery.io.store.AttentionStore`, with embeddings."""
    return [build_context(store.tokens[w], store.token_strs[w], embed=store.embeddings) for w in windows]
