"""Token classes and table lookups for log-linear attention programs.

A log-linear program scores key ``k`` for query ``q`` as ``exp(logit[q, k])`` with the logit a sum
of small readable tables: a query-class × key-class table (``PAIR``), a bias per distance
``q - k`` (``OFFSET``), a query-class × distance table, and a few lexical weights. The framework's
row-normalization turns the scores into a softmax over the causal row.

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
MAX_OFFSET = 8  # distances 0..7 have their own bias; 8 and beyond share the last one

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

    Computed once per context (remembered on it, read-only): every log-linear program of a
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


def distance_index(n: int) -> np.ndarray:
    """int64 [n, n] distance ``q - k`` clipped to ``[0, MAX_OFFSET]`` (negative = future, clipped to 0).

    >>> distance_index(3).tolist()
    [[0, 0, 0], [1, 0, 0], [2, 1, 0]]
    """
    return _distance_index(n)


@functools.lru_cache(maxsize=64)
def _distance_index(n: int) -> np.ndarray:
    q, k = np.indices((n, n))
    out = np.clip(q - k, 0, MAX_OFFSET)
    out.flags.writeable = False
    return out


_DENSE: dict[int, tuple[dict, np.ndarray]] = {}  # id(table) -> (table, dense array); see _dense


def _dense(table: dict, shape: tuple[int, ...], index) -> np.ndarray:
    """A program's table dict as a dense array, built once per dict (programs keep their tables
    for the whole run; the dict is held so its id stays unique)."""
    hit = _DENSE.get(id(table))
    if hit is not None and hit[0] is table:
        return hit[1]
    dense = np.zeros(shape, dtype=np.float32)  # float32 like the patterns: half the memory traffic
    for key, v in table.items():
        dense[index(key)] = v
    dense.flags.writeable = False
    if len(_DENSE) > 10_000:
        _DENSE.clear()
    _DENSE[id(table)] = (table, dense)
    return dense


def _class_pair(key: tuple[str, str]) -> tuple[int, int]:
    return CLASS_ID[key[0]], CLASS_ID[key[1]]


def _class_distance(key: tuple[str, int]) -> tuple[int, int]:
    return CLASS_ID[key[0]], key[1]


def pair_logits(cls: np.ndarray, table: dict[tuple[str, str], float]) -> np.ndarray:
    """float [n, n]: ``table[(class of q, class of k)]``, 0 for pairs not in the table."""
    return _dense(table, (N_CLASSES, N_CLASSES), _class_pair)[cls[:, None], cls[None, :]]


def query_offset_logits(cls: np.ndarray, table: dict[tuple[str, int], float]) -> np.ndarray:
    """float [n, n]: ``table[(class of q, distance q - k)]`` with distances clipped as in ``distance_index``."""
    dense = _dense(table, (N_CLASSES, MAX_OFFSET + 1), _class_distance)
    return dense[cls[:, None], distance_index(len(cls))]


def key_offset_logits(cls: np.ndarray, table: dict[tuple[str, int], float]) -> np.ndarray:
    """float [n, n]: ``table[(class of k, distance q - k)]`` with distances clipped as in ``distance_index``."""
    dense = _dense(table, (N_CLASSES, MAX_OFFSET + 1), _class_distance)
    return dense[cls[None, :], distance_index(len(cls))]


def previous_class(cls: np.ndarray) -> np.ndarray:
    """int64 [n]: class of the token before each position (BOS keeps its own).

    >>> [CLASSES[c] for c in previous_class(np.array([0, 6, 20]))]
    ['BOS', 'BOS', 'DET']
    """
    return np.r_[cls[:1], cls[:-1]]


def previous_pair_logits(cls: np.ndarray, table: dict[tuple[str, str], float]) -> np.ndarray:
    """float [n, n]: ``table[(class of q, class of the token before k)]``, 0 for pairs not listed."""
    prev = previous_class(cls)
    return _dense(table, (N_CLASSES, N_CLASSES), _class_pair)[cls[:, None], prev[None, :]]


def key_token_logits(ctx, bias: dict[str, float]) -> np.ndarray:
    """float [n, n]: ``bias[token string at k]`` for every query, 0 for tokens not listed.

    >>> from surgery.lang.context import build_context
    >>> ctx = build_context(np.array([1, 7, 8]), ["<s>", "The", " cat"])
    >>> key_token_logits(ctx, {" cat": 2.0})[2].tolist()
    [0.0, 0.0, 2.0]
    """
    per_key = np.array([bias.get(t, 0.0) for t in ctx.tokens])  # [n]
    return np.broadcast_to(per_key, (ctx.n, ctx.n)).copy()


def offset_logits(n: int, bias: dict[int, float]) -> np.ndarray:
    """float [n, n]: ``bias[q - k]`` (distances clipped as in ``distance_index``), 0 where absent."""
    return _dense(bias, (MAX_OFFSET + 1,), lambda d: d)[distance_index(n)]


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


def log_distance(n: int) -> np.ndarray:
    """float [n, n]: ``log(1 + max(q - k, 0))``."""
    q, k = np.indices((n, n))
    return np.log1p(np.maximum(q - k, 0))


def loglinear_logits(ctx, pair, query_offset, offset, w_same=0.0, w_induction=0.0, w_sentence=0.0,
                     w_cosine=0.0, w_log_distance=0.0, previous_pair=None, key_token=None,
                     key_offset=None) -> np.ndarray:
    """float [n, n] logit of a log-linear program: its tables looked up plus its lexical weights.

    Terms a program leaves out (empty table, zero weight) are skipped; the [n, n] features shared
    by every program of a context are computed once per context (see ``_shared``).
    """
    cls = token_class(ctx)
    pairs, distances = (N_CLASSES, N_CLASSES), (N_CLASSES, MAX_OFFSET + 1)
    out = _dense(pair, pairs, _class_pair).take(_shared(ctx, _pair_index))  # a fresh array; terms add into it
    out += _dense(query_offset, distances, _class_distance).take(_shared(ctx, _query_offset_index))
    out += offset_logits(ctx.n, offset)
    if previous_pair:
        out += _dense(previous_pair, pairs, _class_pair).take(_shared(ctx, _previous_pair_index))
    if key_token:
        out += np.array([key_token.get(t, 0.0) for t in ctx.tokens])[None, :]  # the bias of each key
    if key_offset:
        out += _dense(key_offset, distances, _class_distance).take(_shared(ctx, _key_offset_index))
    for weight, feature in ((w_same, same_token_feature), (w_induction, induction_feature), (w_sentence, same_sentence_feature)):
        if weight:
            out += weight * _shared(ctx, feature)
    if w_cosine:
        out += w_cosine * _shared(ctx, _embed_cosine)
    if w_log_distance:
        out += w_log_distance * _log_distance(ctx.n)
    return out


# Flat indices into a dense table (``table.take(index)`` = one lookup per query and key).
def _pair_index(ctx) -> np.ndarray:
    cls = token_class(ctx)
    return cls[:, None] * N_CLASSES + cls[None, :]


def _previous_pair_index(ctx) -> np.ndarray:
    cls = token_class(ctx)
    return cls[:, None] * N_CLASSES + previous_class(cls)[None, :]


def _query_offset_index(ctx) -> np.ndarray:
    return token_class(ctx)[:, None] * (MAX_OFFSET + 1) + distance_index(ctx.n)


def _key_offset_index(ctx) -> np.ndarray:
    return token_class(ctx)[None, :] * (MAX_OFFSET + 1) + distance_index(ctx.n)


def _embed_cosine(ctx) -> np.ndarray:
    return np.asarray(ctx.embed_cosine)


def _shared(ctx, feature) -> np.ndarray:
    """``feature(ctx)`` computed once per context and remembered on it, read-only: every program
    of a substitution looks at the same contexts."""
    memo = getattr(ctx, "_features", None)
    if memo is None:
        memo = {}
        try:
            ctx._features = memo
        except AttributeError:  # a context that takes no attributes: just recompute next time
            pass
    value = memo.get(feature.__name__)
    if value is None:
        value = feature(ctx)
        value = memo[feature.__name__] = value.astype(np.float32) if value.dtype == np.float64 else value
        value.flags.writeable = False
    return value


@functools.lru_cache(maxsize=64)
def _log_distance(n: int) -> np.ndarray:
    out = log_distance(n).astype(np.float32)
    out.flags.writeable = False
    return out


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
