"""Named terms: the vocabulary of short ("terms" form) attention programs.

A short program lists a few weighted terms, one per line, and scores key ``k`` for query ``q`` as
``exp(sum of weight * term[q, k])`` over the causal row (the framework normalizes the row)::

    TERMS = [
        (4.1, "first"),                  # first-token sink
        (1.3, "distance", 1),            # the previous token
        (0.8, "last", "PERIOD"),         # the last period up to the query
    ]

    def attention(ctx):
        return T.scores(ctx, TERMS)

A term is a tuple ``(name, *arguments)``; every term is a 0/1 indicator or a small real feature
of the query and the key, computed from the ``TokenContext`` alone (token classes as in
``surgery/lang/classes.py``).

Every family is defined once, by a :class:`Family` record in ``FAMILIES``: a *scalar* family is a
function of the context (``first``, ``induction``, ...); a *table* family looks its weight up at
coordinates of the (query, key) pair (``AXES``: the query's class, the key's class, the class
before the key, the distance, the key's token), optionally gated (``last``). Everything else is
derived from the records: the numpy feature of one term here, the batched tables of many programs
(``surgery.forms.source.TermTables``) and the torch tensors of the fit and the tuning
(``surgery.synthesize.tensors``). A new family is one more record.

    >>> from surgery.lang.context import build_context
    >>> ctx = build_context(np.array([1, 7, 8, 9]), ["<s>", "The", " cat", "."])
    >>> feature(ctx, ("distance", 1))[3].tolist()
    [0.0, 0.0, 1.0, 0.0]
    >>> phrase(("last", "PERIOD"), 1.0)
    'the last period'
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Callable

import numpy as np

from surgery.lang import classes

MAX_DISTANCE = 7  # ``distance`` terms exist for 0..7; farther keys are reached by ``log_distance``
FAR = MAX_DISTANCE + 1  # the distance slot of keys farther than MAX_DISTANCE, or after the query: never a term
PUNCTUATION = ("NEWLINE", "PERIOD", "COMMA", "QUOTE", "PUNCT")
_PLURAL = {
    "NEWLINE": "newlines", "PERIOD": "periods", "COMMA": "commas", "QUOTE": "quotation marks",
    "PUNCT": "punctuation", "DET": "determiners", "PRON_SUBJ": "subject pronouns", "PRON_OBJ": "object pronouns",
    "PREP": "prepositions", "TO": "'to'", "CONJ": "conjunctions", "WH": "wh-words", "AUX": "auxiliaries",
    "NEG": "negations", "NUMBER": "numbers", "NAME": "names", "VERB_ED": "-ed verbs", "VERB_ING": "-ing verbs",
    "ADV_LY": "-ly adverbs", "CONTENT": "content words", "BOS": "the first token",
}
_SINGULAR = {
    "NEWLINE": "newline", "PERIOD": "period", "COMMA": "comma", "QUOTE": "quotation mark", "PUNCT": "punctuation mark",
    "DET": "determiner", "PRON_SUBJ": "subject pronoun", "PRON_OBJ": "object pronoun", "PREP": "preposition",
    "TO": "'to'", "CONJ": "conjunction", "WH": "wh-word", "AUX": "auxiliary", "NEG": "negation", "NUMBER": "number",
    "NAME": "name", "VERB_ED": "-ed verb", "VERB_ING": "-ing verb", "ADV_LY": "-ly adverb", "CONTENT": "content word",
    "BOS": "first token",
}


# ---------------------------------------------------------------- axes of the table families


@dataclass(frozen=True)
class Axis:
    """A coordinate of every (query, key) pair, at which table families look their weights up.

    It is a property of the query or of the key (``on``: one slot per token, ``slots(ctx, vocab)``
    gives int [n]), or of the pair (``on="pair"``: ``slots(n, rows)`` gives int [r, n] at query
    ``rows``, a slice or an int array). ``vocab``: the key tokens that have a slot of their own.
    """

    on: str  # "query", "key" or "pair"
    slots: Callable  # query/key: (ctx, vocab) -> int [n]; pair: (n, rows) -> int [r, n]
    size: Callable[[int], int]  # number of slots, given the number of key tokens with a slot
    slot: Callable  # (argument value, vocab) -> its slot
    value: Callable  # (slot, vocab) -> the argument value
    valid: Callable[[object], bool]  # is this an argument value of the axis
    kind: str  # what a value is, for messages
    onehot: bool  # few slots: the torch fit contracts a one-hot by einsum (else it gathers by index)
    nothing: bool = False  # the last slot means "none of these" (farther, another token): no term has it


@functools.lru_cache(maxsize=64)
def _distance(n: int) -> np.ndarray:
    q, k = np.indices((n, n))
    out = q - k  # [q, k], negative above the diagonal
    out.flags.writeable = False  # one array per n, shared by every caller
    return out


def _dist(n: int, rows) -> np.ndarray:
    """int [r, n] distance ``q - k`` at query ``rows`` (a slice: all rows, shared and read-only)."""
    return _distance(n)[rows] if isinstance(rows, slice) else np.asarray(rows)[:, None] - np.arange(n)[None, :]


def distance_slot(n: int, rows=slice(None)) -> np.ndarray:
    """int [r, n]: ``q - k`` where it is in 0..MAX_DISTANCE, else ``FAR``.

    >>> distance_slot(10)[9, [9, 8, 2, 1, 0]].tolist(), int(distance_slot(3)[0, 2])
    ([0, 1, 7, 8, 8], 8)
    """
    d = _dist(n, rows)
    return np.where((d >= 0) & (d <= MAX_DISTANCE), d, FAR)


@functools.lru_cache(maxsize=256)
def _index(vocab: tuple[str, ...]) -> dict[str, int]:
    return {t: j for j, t in enumerate(vocab)}


def _class_axis(on: str, slots: Callable) -> Axis:
    return Axis(on, slots, size=lambda n_vocab: classes.N_CLASSES, slot=lambda v, vocab: classes.CLASS_ID[v],
                value=lambda s, vocab: classes.CLASSES[s], valid=lambda v: v in classes.CLASS_ID,
                kind="a token class", onehot=True)


AXES = {
    "query class": _class_axis("query", lambda ctx, vocab: classes.token_class(ctx)),
    "key class": _class_axis("key", lambda ctx, vocab: classes.token_class(ctx)),
    "class before the key": _class_axis("key", lambda ctx, vocab: classes.previous_class(classes.token_class(ctx))),
    "d": Axis("pair", distance_slot, size=lambda n_vocab: FAR + 1, slot=lambda v, vocab: v, value=lambda s, vocab: int(s),
              valid=lambda v: isinstance(v, int) and 0 <= v <= MAX_DISTANCE, kind=f"a distance in 0..{MAX_DISTANCE}",
              onehot=False, nothing=True),
    "token": Axis("key", lambda ctx, vocab: np.array([_index(vocab).get(t, len(vocab)) for t in ctx.tokens]),
                  size=lambda n_vocab: n_vocab + 1, slot=lambda v, vocab: _index(vocab)[v], value=lambda s, vocab: vocab[s],
                  valid=lambda v: isinstance(v, str), kind="a token string", onehot=False, nothing=True),
}
"""The coordinates table families index, by argument name. Class axes are one-hot in the fit;
distance and token are gathered, with a last "none" slot (``FAR``; any other token) of weight 0."""


def axis_slots(ctx, name: str, rows=slice(None), vocab: tuple[str, ...] = ()) -> np.ndarray:
    """int [r, 1], [1, n] or [r, n]: the slot of axis ``name`` of each (query, key) pair at query ``rows``."""
    axis = AXES[name]
    if axis.on == "pair":
        return axis.slots(ctx.n, rows)
    slots = axis.slots(ctx, vocab)
    return slots[rows][:, None] if axis.on == "query" else slots[None, :]


# ---------------------------------------------------------------- the families


@dataclass(frozen=True)
class Family:
    """A term family, defined once: what its terms compute, say and mean.

    A *scalar* family (no ``args``) is ``value(ctx, rows)``: float or bool [r, n] at query ``rows``
    (a slice or an int array). A *table* family is 1 where every argument equals the pair's slot on
    its axis (``args`` names the axes, ``AXES``), and its ``gate`` holds.
    """

    name: str
    role: str | Callable[..., str]  # the role its terms play (``surgery roles``); of the arguments where they decide
    phrase: str | Callable[..., str]  # what a positive weight draws attention to (of the arguments)
    args: tuple[str, ...] = ()  # table family: the axes its arguments are slots of, in order
    value: Callable | None = None  # scalar family: (ctx, rows) -> [r, n]
    gate: Callable | None = None  # table family: (ctx, rows) -> bool [r, n], where its terms may hold at all
    graded: bool = False  # real-valued, not a 0/1 indicator (never "holds" anywhere)
    negative: str | None = None  # what a negative weight says (default: "away from" + the phrase)
    excluded: tuple[tuple[int, object], ...] = ()  # (argument position, value): never a candidate of the fit
    rank: float = 0  # tie-breaking in term selection: of near-equal candidates the lowest rank is added


def last_mask(cls: np.ndarray) -> np.ndarray:
    """bool [n, n]: key ``k <= q`` is the most recent token of its class up to query ``q``.

    >>> last_mask(np.array([0, 2, 20, 2])).astype(int).tolist()
    [[1, 0, 0, 0], [1, 1, 0, 0], [1, 1, 1, 0], [1, 0, 1, 1]]
    """
    n = len(cls)
    same = cls[:, None] == cls[None, :]  # [k, j] tokens j of k's class
    later = np.triu(same, 1)  # j > k of the same class
    first_later = np.where(later.any(1), later.argmax(1), n)  # [k] next position of k's class
    q, k = np.indices((n, n))
    return (k <= q) & (q < first_later[None, :])


def long_induction_mask(ids) -> np.ndarray:
    """bool [n, n]: the key follows an earlier copy of the query's last two tokens
    (``ids[k - 1] == ids[q]`` and ``ids[k - 2] == ids[q - 1]``), rarer than a one-token match in
    natural text, where frequent tokens repeat by chance.

    >>> long_induction_mask(np.array([0, 5, 6, 7, 5, 6]))[5].astype(int).tolist()
    [0, 0, 0, 1, 0, 0]
    """
    ids = np.asarray(ids)
    n = len(ids)
    out = np.zeros((n, n), dtype=bool)
    if n > 2:
        out[1:, 2:] = (ids[1:, None] == ids[None, 1:-1]) & (ids[:-1, None] == ids[None, :-2])
    return out


def sentence_start_mask(sentence_index) -> np.ndarray:
    """bool [n, n]: the key is the first token of the query's sentence (the first token, BOS, is
    no sentence's: ``first`` has it). A query sees where its own sentence began, never later tokens.

    >>> sentence_start_mask(np.array([0, 1, 1, 1, 2, 2]))[[2, 5]].astype(int).tolist()
    [[0, 1, 0, 0, 0, 0], [0, 0, 0, 0, 1, 0]]
    """
    s = np.asarray(sentence_index)
    starts = np.r_[False, s[1:] != s[:-1]]  # [k] a sentence begins at k
    return (s[:, None] == s[None, :]) & starts[None, :]


def _every_row(ctx, rows, per_key: np.ndarray) -> np.ndarray:
    return np.broadcast_to(per_key, (ctx.n, ctx.n))[rows]


def _where(d: int) -> str:
    return ("the token itself", "the previous token")[d] if d < 2 else f"the token {d} back"


FAMILIES = {f.name: f for f in [  # in this order in a fit's flat weights
    Family("first", "sink", "the first token", value=lambda ctx, rows: _every_row(ctx, rows, np.arange(ctx.n) == 0)),
    Family("log_distance", "positional", "distant tokens", negative="recent tokens", graded=True, rank=5,
           value=lambda ctx, rows: np.log1p(np.maximum(_dist(ctx.n, rows), 0))),
    Family("same_token", "duplicate-token", "earlier copies of the query token", rank=1,  # the query itself: distance 0
           value=lambda ctx, rows: (classes.same_token_feature(ctx)[rows] > 0) & (_dist(ctx.n, rows) > 0)),
    Family("induction", "induction", "the token after an earlier copy of the query (induction)", rank=2,
           value=lambda ctx, rows: classes.induction_feature(ctx)[rows]),
    Family("same_sentence", "boundary", "the query's own sentence", rank=6,
           value=lambda ctx, rows: classes.same_sentence_feature(ctx)[rows]),
    Family("same_word", "positional", "the query's own word", rank=7,
           value=lambda ctx, rows: ctx.word_index[rows][:, None] == ctx.word_index[None, :]),
    Family("word_start", "boundary", "word starts", rank=8, value=lambda ctx, rows: _every_row(ctx, rows, ctx.is_word_start)),
    Family("embed_cosine", "lexical", "tokens similar to the query", graded=True, rank=9,
           value=lambda ctx, rows: np.asarray(ctx.embed_cosine)[rows]),
    Family("long_induction", "induction", "the token after an earlier copy of the query's last two tokens (induction)",
           rank=3, value=lambda ctx, rows: long_induction_mask(ctx.ids)[rows]),
    Family("key_class", lambda c: "boundary" if c in PUNCTUATION else "lexical", lambda c: _PLURAL[c],
           args=("key class",), excluded=((0, "BOS"),), rank=10),  # the first token: ``first``
    Family("last", "boundary", lambda c: f"the last {_SINGULAR[c]}", args=("key class",), excluded=((0, "BOS"),),
           gate=lambda ctx, rows: last_mask(classes.token_class(ctx))[rows], rank=11),
    Family("distance", lambda d: ("self", "previous-token")[d] if d < 2 else "positional", _where, args=("d",), rank=4),
    Family("pair", "class-pair", lambda q, k: f"{_SINGULAR[q]} -> {_SINGULAR[k]}", args=("query class", "key class"),
           excluded=((0, "BOS"),), rank=13),
    Family("after", "class-pair", lambda q, k: f"{_SINGULAR[q]} -> the token after a {_SINGULAR[k]}",
           args=("query class", "class before the key"), excluded=((0, "BOS"), (1, "BOS")), rank=14),
    Family("key_token", lambda t: "lexical" if t.strip("\n") else "boundary", lambda t: f"the token {t!r}",
           args=("token",), rank=12),
    Family("query_distance", "positional", lambda c, d: f"{'itself' if d == 0 else _where(d)}, from {_PLURAL[c]}",
           args=("query class", "d"), excluded=((0, "BOS"),), rank=15),
    Family("key_distance", "positional", lambda c, d: f"{'itself' if d == 0 else _where(d)} when a {_SINGULAR[c]}",
           args=("key class", "d"), excluded=((0, "BOS"), (1, 0)), rank=16),  # distance 0: query_distance's term
    Family("sentence_start", "boundary", "the first token of the query's sentence", rank=3.5,
           value=lambda ctx, rows: sentence_start_mask(ctx.sentence_index)[rows]),
]}
GRADED = tuple(name for name, f in FAMILIES.items() if f.graded)  # real-valued families; the others are 0/1


def check(term) -> tuple:
    """``term`` as a tuple, or a ValueError saying what is wrong with it."""
    if not isinstance(term, tuple) or not term or term[0] not in FAMILIES:
        raise ValueError(f"unknown term {term!r}: expected one of {', '.join(FAMILIES)}")
    args = FAMILIES[term[0]].args
    if len(term) != 1 + len(args):
        raise ValueError(f"term {term!r} takes {len(args)} argument(s) ({', '.join(args) or 'none'})")
    for name, value in zip(args, term[1:]):
        if not AXES[name].valid(value):
            raise ValueError(f"term {term!r}: {value!r} is not {AXES[name].kind}")
    return term


def feature(ctx, term, rows: np.ndarray | None = None) -> np.ndarray:
    """float32 [n, n]: the value of ``term`` for every query (rows) and key (columns); with
    ``rows`` (int [r]), only those queries' rows [r, n] (not remembered on the context)."""
    if rows is not None:
        return _feature(ctx, check(term), np.asarray(rows)).astype(np.float32)
    memo = _memo(ctx)
    value = memo.get(term)
    if value is None:
        value = memo[term] = _feature(ctx, check(term)).astype(np.float32)
        value.flags.writeable = False
    return value


def _memo(ctx) -> dict:
    memo = getattr(ctx, "_terms", None)
    if memo is None:
        memo = {}
        try:
            ctx._terms = memo
        except AttributeError:  # a context that takes no attributes: recompute next time
            pass
    return memo


def _feature(ctx, term: tuple, rows=slice(None)) -> np.ndarray:
    """The [r, n] values of ``term`` at query ``rows`` (default all n)."""
    family, args = FAMILIES[term[0]], term[1:]
    if family.value is not None:
        return family.value(ctx, rows)
    out = family.gate(ctx, rows) if family.gate is not None else True
    for name, value in zip(family.args, args):
        vocab = (value,) if name == "token" else ()  # the term's own token is slot 0
        out = out & (axis_slots(ctx, name, rows, vocab) == AXES[name].slot(value, vocab))
    return np.broadcast_to(out, (ctx.n if isinstance(rows, slice) else len(rows), ctx.n))


def logits(ctx, terms) -> np.ndarray:
    """float32 [n, n]: ``sum(weight * feature(ctx, term))`` over ``terms = [(weight, name, *args), ...]``."""
    out = np.zeros((ctx.n, ctx.n), dtype=np.float32)
    for weight, *term in terms:
        out += np.float32(weight) * feature(ctx, tuple(term))
    return out


def scores(ctx, terms) -> np.ndarray:
    """Non-negative scores ``exp(logits)``, stabilized per row; the framework's normalization makes them a softmax."""
    return classes.softmax_scores(logits(ctx, terms))


def _softmax(lg: np.ndarray) -> np.ndarray:
    s = classes.softmax_scores(lg)
    return s / s.sum(-1, keepdims=True)


def mass_moved(ctxs, terms) -> np.ndarray:
    """float [len(terms)]: the attention mass each term moves, mean over windows and query rows.

    A term's mass is the total-variation distance between the program's pattern and the same
    program without that term (``0.5 * sum |p - p_without|`` per query row): how much of a row's
    attention goes elsewhere when the term is dropped. This, not a raw weight, ranks what a
    program does.

    >>> from surgery.lang.context import build_context
    >>> ctx = build_context(np.arange(6), ["<s>", "A", " b", " c", " d", " e"])
    >>> mass_moved([ctx], [(9.0, "first"), (0.0, "distance", 1)]).round(2).tolist()
    [0.59, 0.0]
    """
    out = np.zeros(len(terms))
    for ctx in ctxs:
        full = logits(ctx, terms)
        p = _softmax(full)
        for j, (weight, *term) in enumerate(terms):
            q = _softmax(full - np.float32(weight) * feature(ctx, tuple(term)))
            out[j] += 0.5 * np.abs(p - q).sum(-1).mean()
    return out / max(len(ctxs), 1)


def phrase(term, weight: float) -> str:
    """A few English words for what ``term`` with this sign of weight draws attention to; a negative
    weight reads "away from ...", whatever the family (``log_distance`` says it as recent/distant).

    >>> phrase(("distance", 1), -2.0), phrase(("first",), 3.0), phrase(("same_token",), 1.0)
    ('away from the previous token', 'the first token', 'earlier copies of the query token')
    """
    family = FAMILIES[term[0]]
    text = family.phrase(*term[1:]) if callable(family.phrase) else family.phrase
    return text if weight >= 0 else family.negative or f"away from {text}"


def role(term) -> str:
    """The role a term plays (its family's; punctuation and newlines count as boundaries, distance 1
    as previous-token, distance 0, the token itself, as self)."""
    family = FAMILIES[term[0]]
    return family.role(*term[1:]) if callable(family.role) else family.role


CLOSE = 0.05  # two mechanisms whose masses are this close are both named in a description
MOSTLY = 0.55  # "Mostly X" needs X at half the attention and this margin above, so it holds on other text too
SPREAD = 0.2  # a head whose largest mechanism holds less than this is described as spread out


def holds(ctx, term) -> np.ndarray:
    """bool [n, n]: the causal (query, key) pairs where ``term`` holds (non-zero; a graded term holds nowhere)."""
    if term[0] in GRADED:
        return np.zeros((ctx.n, ctx.n), dtype=bool)
    return (feature(ctx, tuple(term)) != 0) & (_distance(ctx.n) >= 0)


def term_masses(ctxs, patterns, terms) -> np.ndarray:
    """float [len(terms)]: the attention of ``patterns`` (one [n, n] per context: a head's real
    attention, or a program's) on the keys where each term holds, mean over query rows 1.. of
    every window (row 0 has only the first token); NaN for a graded term. Overlapping terms each
    count the attention they share.

    >>> from surgery.lang.context import build_context
    >>> ctx = build_context(np.array([0, 5, 6, 5]), ["<s>", " a", " b", " a"])
    >>> prev = np.eye(4, k=-1); prev[0, 0] = 1
    >>> term_masses([ctx], [prev], [(1.0, "distance", 1), (1.0, "same_token"), (1.0, "log_distance")]).round(2).tolist()
    [1.0, 0.0, nan]
    """
    out = np.zeros(len(terms))
    for ctx, pattern in zip(ctxs, patterns):
        pattern = np.asarray(pattern, dtype=np.float64)
        out += [(pattern * holds(ctx, tuple(t)))[1:].sum(-1).mean() for _, *t in terms]
    out /= max(len(ctxs), 1)
    out[[j for j, (_, name, *_) in enumerate(terms) if name in GRADED]] = np.nan
    return out


def shares(ctxs, terms, patterns=None) -> np.ndarray:
    """float [len(terms) + 1]: each term's share of the attention, and last the rest ("other"); they
    sum to 1. ``patterns`` default to the program's own (``scores`` normalized) on each context.

    The attention on a key is credited, mean over query rows 1.. of every window:

    1. to the most specific of the terms that hold there with a positive weight: the one holding
       on the fewest keys of the row, then per row where it holds at all (the token itself before
       the query's own word), then on the most rows (the first token before "content word -> first
       token"); ties split in proportion to their weights;
    2. else to the graded terms (``GRADED``) that raise the key above the row's lowest key,
       in proportion to how much;
    3. else to the terms that hold there with a negative weight: the attention they leave there;
    4. else to "other".

    So a positive 0/1 term's share is the attention on the keys where it holds, less what more
    specific terms holding there too take.

    >>> from surgery.lang.context import build_context
    >>> ctx = build_context(np.arange(5), ["<s>", " a", " b", " c", " d"])
    >>> shares([ctx], [(2.0, "first"), (1.0, "distance", 1)]).round(3).tolist()
    [0.698, 0.169, 0.133]
    """
    out = np.zeros(len(terms) + 1)
    for i, ctx in enumerate(ctxs):
        p = _softmax(logits(ctx, terms)) if patterns is None else np.asarray(patterns[i], dtype=np.float64)
        credit = _credit(ctx, terms)  # [terms, n, n], sums to 1 or 0 over terms
        rows = p[None, 1:] * credit[:, 1:]
        out[:-1] += rows.sum(-1).mean(-1)
        out[-1] += (p[1:] * (1 - credit[:, 1:].sum(0))).sum(-1).mean()
    return out / max(len(ctxs), 1)


def _credit(ctx, terms) -> np.ndarray:
    """float [terms, n, n]: the part of each causal key's attention credited to each term (``shares``)."""
    n = ctx.n
    if not terms:
        return np.zeros((0, n, n))
    causal = _distance(n) >= 0
    weight = np.array([w for w, *_ in terms], dtype=np.float64)[:, None, None]
    graded = np.array([t[1] in GRADED for t in terms], dtype=bool)
    value = np.stack([feature(ctx, tuple(t)) for _, *t in terms]).astype(np.float64)
    on = (value != 0) & causal & ~graded[:, None, None]
    lift = np.where(causal, weight * value, np.inf)
    lift = np.where(causal & graded[:, None, None], weight * value - lift.min(-1, keepdims=True), 0.0)
    positive = on & (weight > 0)
    row_keys = positive.sum(-1, keepdims=True)  # [terms, n, 1]
    active = (row_keys > 0).sum(1, keepdims=True)  # [terms, 1, 1] rows where it holds at all
    per_row = row_keys.sum(1, keepdims=True) / np.maximum(active, 1)
    keys = row_keys + per_row / (n + 1) - active / (n + 1) ** 3  # fewest keys of the row, then per row, then most rows
    count = np.where(positive, keys, np.inf)  # [terms, n, n]
    specific = positive & (count == count.min(0, keepdims=True))  # the most specific positive terms of each key
    out = np.zeros((len(terms), n, n))
    for part in (np.where(specific, weight, 0.0), lift, np.where(on & (weight < 0), -weight, 0.0)):
        total = part.sum(0)
        free = out.sum(0) == 0
        out += np.where(free & (total > 0), part / np.where(total > 0, total, 1), 0.0)
    return out


def percents(values) -> list[int]:
    """Whole percentages of ``values`` (summing to 1) that sum to 100: largest remainders round up.

    >>> percents([0.333, 0.333, 0.334])
    [33, 33, 34]
    """
    raw = np.asarray(values, dtype=np.float64) * 100
    out = np.floor(raw).astype(int)
    for j in np.argsort(-(raw - out), kind="stable")[: max(0, round(raw.sum()) - out.sum())]:
        out[j] += 1
    return out.tolist()


def describe(terms, share, measured=None, probe=None, top: int = 4) -> str:
    """The first docstring line: what the head mainly does, then the program's other terms.

    ``share``: each term's share (:func:`shares`), which ranks the "otherwise" part (terms that
    draw attention, never "away from" ones). ``measured``: ``[(phrase, mass), ...]`` the real
    head's attention on the keys of distinct mechanisms (the standard ones and the program's 0/1
    terms) on held-out windows, lead first (the caller ranks them). The lead comes with its mass:
    "Mostly" only when it is at least ``MOSTLY`` (half and a margin), the next one within
    ``CLOSE`` is named too, a lead under ``SPREAD`` reads "spread out", and a lead that is no term
    of the program says so. ``probe``: the same on probe windows, named when its lead differs.
    Without ``measured`` the program's own shares of its 0/1 terms stand in, and say so.

    >>> describe([(4.0, "first"), (1.0, "distance", 1)], [0.6, 0.3], [("the first token", 0.62), ("the previous token", 0.3)])
    'Mostly the first token (62%); otherwise the previous token.'
    >>> describe([(4.0, "first"), (1.0, "distance", 1)], [0.4, 0.4], [("the first token", 0.41), ("the previous token", 0.38)])
    'Mainly the first token (41%) and the previous token (38%).'
    """
    listed = [phrase(tuple(t), w) for w, *t in terms]
    drawing = [j for j in np.argsort(-np.asarray(share[: len(terms)]), kind="stable")
               if not listed[j].startswith("away from") and share[j] > 0]  # recent tokens: a negative weight
    whose = ""
    if measured is None:
        measured = [(listed[j], float(share[j])) for j in drawing if terms[j][1] not in GRADED]
        whose = " of the program's attention"
    if not measured:
        return f"Mainly {listed[drawing[0]]}." if drawing else "Uniform over the earlier tokens."
    leads = [measured[0]] + [pm for pm in measured[1:2] if pm[1] >= measured[0][1] - CLOSE]
    sentence = _lead(leads, listed, whose)
    said = {p for p, _ in leads}
    if probe and probe[0][0] != measured[0][0]:
        sentence += f"; on repeated random tokens mainly {_claim(probe[0], listed, '')}"
        said.add(probe[0][0])
    rest = [listed[j] for j in drawing if listed[j] not in said][: max(0, top - len(leads))]
    if not rest:
        return sentence + "."
    tail = rest[0] if len(rest) == 1 else ", ".join(rest[:-1]) + " and " + rest[-1]
    return f"{sentence}; otherwise {tail}."


def _claim(claim: tuple[str, float], listed: list[str], whose: str) -> str:
    """'the token itself (41%)', saying so when the phrase is no term of the program."""
    text, mass = claim
    return f"{text} ({mass:.0%}{whose})" + ("" if text in listed else ", not a term of the program")


def _lead(leads: list[tuple[str, float]], listed: list[str], whose: str) -> str:
    """The lead clause: spread out, Mostly one mechanism, or Mainly one or two."""
    named = [_claim(c, listed, whose) for c in leads]
    if leads[0][1] < SPREAD:
        return f"Spread out, the largest part on {named[0]}"
    if len(leads) == 1 and leads[0][1] >= MOSTLY:
        return f"Mostly {named[0]}"
    return f"Mainly {' and '.join(named)}"
