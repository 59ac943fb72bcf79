"""Token classes, and the per-context features and softmax the term families build on.

Each token gets one of ``CLASSES`` (a function word's kind, punctuation, names, -ed/-ing/-ly
words, other content words), read from its word as far as it goes up to the token; the term
families of ``surgery/lang/terms.py`` look up weights by class.

    >>> from surgery.lang.context import build_context
    >>> ctx = build_context(np.array([1, 7, 8, 9]), ["<s>", "The", " cat", "."])
    >>> [CLASSES[c] for c in token_class(ctx)]
    ['BOS', 'DET', 'CONTENT', 'PERIOD']
"""
from __future__ import annotations

import functools

import numpy as np

CLASSES = (
    "BOS", "NEWLINE", "PERIOD", "COMMA", "QUOTE", "PUNCT", "DET", "PRON_SUBJ", "PRON_OBJ", "PREP", "TO",
    "CONJ", "WH", "AUX", "NEG", "NUMBER", "NAME", "VERB_ED", "VERB_ING", "ADV_LY", "CONTENT",
)
CLASS_ID = {name: i for i, name in enumerate(CLASSES)}
N_CLASSES = len(CLASSES)

_LEXICON = {
    "DET": "a an the this these those some any each every all both another such",
    "PRON_SUBJ": "i we you he she it they",
    "PRON_OBJ": "me us him her them my our your his its their mine ours yours hers theirs myself himself herself itself themselves",
    "PREP": "of in on at by for with about against between into through during before after above below from up down over under off out onto upon within without toward towards around near behind",
    "TO": "to",
    "CONJ": "and or but nor so yet then",
    "WH": "who whom whose which what where when why how that if because although though while unless until since as than",
    "AUX": "is am are was were be been being have has had having do does did will would shall should can could may might must 's 're 've 'll 'd 'm",
    "NEG": "not n't no never",
    "NUMBER": "one two three four five six seven eight nine ten eleven twelve hundred first second third",
}
_WORD_CLASS = {w: CLASS_ID[c] for c, words in _LEXICON.items() for w in words.split()}


def _word_class(word: str, capitalized: bool, sentence_initial: bool) -> int:
    if word in _WORD_CLASS:
        return _WORD_CLASS[word]
    if word[:1].isdigit():
        return CLASS_ID["NUMBER"]
    if capitalized and not sentence_initial:
        return CLASS_ID["NAME"]
    for suffix, name in (("ed", "VERB_ED"), ("ing", "VERB_ING"), ("ly", "ADV_LY")):
        if len(word) > len(suffix) + 2 and word.endswith(suffix):
            return CLASS_ID[name]
    return CLASS_ID["CONTENT"]


def _punct_class(tok: str) -> int:
    s = tok.strip()
    if any(c in s for c in "\"“”'‘’"):
        return CLASS_ID["QUOTE"]
    if s and s[-1] in ".!?":
        return CLASS_ID["PERIOD"]
    if s and s[-1] in ",;:":
        return CLASS_ID["COMMA"]
    return CLASS_ID["PUNCT"]


def token_class(ctx) -> np.ndarray:
    """int64 [n] class of each token (an index into ``CLASSES``), from its word as read up to the
    token (``ctx.word_so_far``): strictly causal, so the tokens of one word may differ
    (`` walk|ed``: CONTENT, then VERB_ED).

    >>> from surgery.lang.context import build_context
    >>> ctx = build_context(np.array([1, 2, 3]), ["<s>", "Tom", " ran"])
    >>> [CLASSES[c] for c in token_class(ctx)]
    ['BOS', 'CONTENT', 'CONTENT']

    Computed once per context (remembered on it, read-only): every terms program of a
    substitution looks at the same contexts.
    """
    cached = getattr(ctx, "_token_class", None)
    if cached is None:
        cached = _token_class(ctx)
        cached.flags.writeable = False
        try:
            ctx._token_class = cached
        except AttributeError:  # a context that takes no attributes: just recompute next time
            pass
    return cached


def _token_class(ctx) -> np.ndarray:
    out = np.empty(ctx.n, dtype=np.int64)
    out[0] = CLASS_ID["BOS"]
    first_of_sentence = np.r_[True, ctx.sentence_index[1:] != ctx.sentence_index[:-1]]
    sentence_initial_word = {int(ctx.word_index[i]) for i in np.flatnonzero(first_of_sentence)}
    for i in range(1, ctx.n):
        if ctx.is_newline[i]:
            out[i] = CLASS_ID["NEWLINE"]
        elif ctx.is_punct[i]:
            out[i] = _punct_class(ctx.tokens[i])
        else:
            w = int(ctx.word_index[i])  # the word as read so far: a class never depends on later tokens
            out[i] = _word_class(ctx.word_so_far[i], bool(ctx.is_capitalized[i]) or _capital_word(ctx, w),
                                 w in sentence_initial_word)
    return out


def _capital_word(ctx, w: int) -> bool:
    first = int(np.argmax(ctx.word_index == w))
    return bool(ctx.is_capitalized[first])


def previous_class(cls: np.ndarray) -> np.ndarray:
    """int64 [n]: class of the token before each position (BOS keeps its own).

    >>> [CLASSES[c] for c in previous_class(np.array([0, 6, 20]))]
    ['BOS', 'BOS', 'DET']
    """
    return np.r_[cls[:1], cls[:-1]]


def induction_feature(ctx) -> np.ndarray:
    """float [n, n]: 1 where the token before ``k`` equals the token at ``q`` (k ≥ 1)."""
    m = np.zeros((ctx.n, ctx.n))
    m[:, 1:] = ctx.ids[:, None] == ctx.ids[None, :-1]
    return m


def same_token_feature(ctx) -> np.ndarray:
    """float [n, n]: 1 where ``k`` holds the same token id as ``q``."""
    return (ctx.ids[:, None] == ctx.ids[None, :]).astype(float)


def same_sentence_feature(ctx) -> np.ndarray:
    """float [n, n]: 1 where ``q`` and ``k`` are in one sentence."""
    return (ctx.sentence_index[:, None] == ctx.sentence_index[None, :]).astype(float)


def loglinear_logits(*args, **kwargs):
    """Table-form programs (``C.loglinear_logits(ctx, PAIR, ...)``) are no longer computed: their
    tables are the terms families, and ``--form table`` now writes a dense terms program."""
    raise ValueError("a table-form program, a form no longer supported: regenerate it with "
                     "`surgery synthesize --form table` (now a dense terms program)")


@functools.lru_cache(maxsize=64)
def causal_mask(n: int) -> np.ndarray:
    """bool [n, n], True where key ``k <= q``; one read-only array per ``n``, shared by every caller.

    >>> causal_mask(3).astype(int).tolist()
    [[1, 0, 0], [1, 1, 0], [1, 1, 1]]
    """
    out = np.tril(np.ones((n, n), dtype=bool))
    out.flags.writeable = False
    return out


def softmax_scores(logits: np.ndarray) -> np.ndarray:
    """Non-negative scores ``exp(logits - max)``; the framework's row normalization makes them a softmax."""
    causal = causal_mask(logits.shape[-1])
    top = np.where(causal, logits, -np.inf).max(axis=1, keepdims=True)
    return np.where(causal, np.exp(np.minimum(logits - top, 0.0)), 0.0)
