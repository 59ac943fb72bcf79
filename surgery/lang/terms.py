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

    >>> from surgery.lang.context import build_context
    >>> ctx = build_context(np.array([1, 7, 8, 9]), ["<s>", "The", " cat", "."])
    >>> feature(ctx, ("distance", 1))[3].tolist()
    [0.0, 0.0, 1.0, 0.0]
    >>> phrase(("last", "PERIOD"), 1.0)
    'the last period'
"""
from __future__ import annotations

import functools

import numpy as np

from surgery.lang import classes as C

MAX_DISTANCE = 7  # ``distance`` terms exist for 0..7; farther keys are reached by ``log_distance``

# name -> (arguments it takes, role it plays)  -- the role groups terms for ``surgery roles``
FAMILIES = {
    "first": ((), "sink"),
    "distance": (("d",), "positional"),
    "log_distance": ((), "positional"),
    "same_token": ((), "duplicate-token"),
    "induction": ((), "induction"),
    "same_sentence": ((), "boundary"),
    "same_word": ((), "positional"),
    "word_start": ((), "boundary"),
    "embed_cosine": ((), "lexical"),
    "key_class": (("class",), "lexical"),
    "last": (("class",), "boundary"),
    "pair": (("query class", "key class"), "class-pair"),
    "after": (("query class", "class before the key"), "class-pair"),
    "key_token": (("token",), "lexical"),
    "query_distance": (("query class", "d"), "positional"),
    "key_distance": (("key class", "d"), "positional"),
}
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


def check(term) -> tuple:
    """``term`` as a tuple, or a ValueError saying what is wrong with it."""
    if not isinstance(term, tuple) or not term or term[0] not in FAMILIES:
        raise ValueError(f"unknown term {term!r}: expected one of {', '.join(FAMILIES)}")
    args, _ = FAMILIES[term[0]]
    if len(term) != 1 + len(args):
        raise ValueError(f"term {term!r} takes {len(args)} argument(s) ({', '.join(args) or 'none'})")
    for name, value in zip(args, term[1:]):
        if "class" in name and value not in C.CLASS_ID:
            raise ValueError(f"term {term!r}: {value!r} is not a token class")
        if name == "d" and not (isinstance(value, int) and 0 <= value <= MAX_DISTANCE):
            raise ValueError(f"term {term!r}: distance must be an integer in 0..{MAX_DISTANCE}")
        if name == "token" and not isinstance(value, str):
            raise ValueError(f"term {term!r}: the token must be a string")
    return term


@functools.lru_cache(maxsize=64)
def _distance(n: int) -> np.ndarray:
    q, k = np.indices((n, n))
    out = q - k  # [q, k], negative above the diagonal
    out.flags.writeable = False  # one array per n, shared by every caller
    return out


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


def _feature(ctx, term: tuple, query: np.ndarray | None = None) -> np.ndarray:
    """The [r, n] values of ``term`` at query positions ``query`` (default all n)."""
    name, args, n = term[0], term[1:], ctx.n
    cls = C.token_class(ctx)
    whole = query is None
    query = np.arange(n) if whole else query
    dist = _distance(n) if whole else query[:, None] - np.arange(n)[None, :]  # [r, n]
    rows = np.ones((len(query), 1), dtype=bool)
    qcls = cls[query]
    if name == "first":
        return np.broadcast_to(np.arange(n) == 0, (len(query), n))
    if name == "distance":
        return dist == args[0]
    if name == "log_distance":
        return np.log1p(np.maximum(dist, 0))
    if name == "same_token":
        return C.same_token_feature(ctx)[query]
    if name == "induction":
        return C.induction_feature(ctx)[query]
    if name == "same_sentence":
        return C.same_sentence_feature(ctx)[query]
    if name == "same_word":
        return ctx.word_index[query][:, None] == ctx.word_index[None, :]
    if name == "word_start":
        return rows & ctx.is_word_start[None, :]
    if name == "embed_cosine":
        return np.asarray(ctx.embed_cosine)[query]
    if name == "key_class":
        return rows & (cls == C.CLASS_ID[args[0]])[None, :]
    if name == "last":
        return last_mask(cls)[query] & (cls == C.CLASS_ID[args[0]])[None, :]
    if name == "pair":
        return (qcls == C.CLASS_ID[args[0]])[:, None] & (cls == C.CLASS_ID[args[1]])[None, :]
    if name == "after":
        prev = C.previous_class(cls)
        return (qcls == C.CLASS_ID[args[0]])[:, None] & (prev == C.CLASS_ID[args[1]])[None, :]
    if name == "key_token":
        return rows & np.array([t == args[0] for t in ctx.tokens])[None, :]
    if name == "query_distance":
        return (qcls == C.CLASS_ID[args[0]])[:, None] & (dist == args[1])
    if name == "key_distance":
        return (cls == C.CLASS_ID[args[0]])[None, :] & (dist == args[1])
    raise AssertionError(name)  # ``check`` admits only the families above


def logits(ctx, terms) -> np.ndarray:
    """float32 [n, n]: ``sum(weight * feature(ctx, term))`` over ``terms = [(weight, name, *args), ...]``."""
    out = np.zeros((ctx.n, ctx.n), dtype=np.float32)
    for weight, *term in terms:
        out += np.float32(weight) * feature(ctx, tuple(term))
    return out


def scores(ctx, terms) -> np.ndarray:
    """Non-negative scores ``exp(logits)``, stabilized per row; the framework's normalization makes them a softmax."""
    return C.softmax_scores(logits(ctx, terms))


def _softmax(lg: np.ndarray) -> np.ndarray:
    s = C.softmax_scores(lg)
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
    """A few English words for what ``term`` with this sign of weight draws attention to."""
    name, args = term[0], term[1:]
    if name == "first":
        return "a first-token sink"
    if name == "distance":
        return ("the token itself", "the previous token")[args[0]] if args[0] < 2 else f"the token {args[0]} back"
    if name == "log_distance":
        return "recent tokens" if weight < 0 else "distant tokens"
    if name == "induction":
        return "the token after an earlier copy of the query (induction)"
    text = {
        "same_token": "earlier copies of the query token",
        "same_sentence": "the query's own sentence",
        "same_word": "the query's own word",
        "word_start": "word starts",
        "embed_cosine": "tokens similar to the query",
    }.get(name)
    if text is None:
        text = _class_phrase(name, args)
    return text if weight >= 0 else f"away from {text}"


def _class_phrase(name: str, args: tuple) -> str:
    if name == "key_class":
        return _PLURAL[args[0]]
    if name == "last":
        return f"the last {_SINGULAR[args[0]]}"
    if name == "pair":
        return f"{_SINGULAR[args[0]]} -> {_SINGULAR[args[1]]}"
    if name == "after":
        return f"{_SINGULAR[args[0]]} -> the token after a {_SINGULAR[args[1]]}"
    if name == "key_token":
        return f"the token {args[0]!r}"
    where = ("itself", "the previous token")[args[-1]] if args[-1] < 2 else f"the token {args[-1]} back"
    if name == "query_distance":
        return f"{where}, from {_PLURAL[args[0]]}"
    return f"{where} when a {_SINGULAR[args[0]]}"  # key_distance


def role(term) -> str:
    """The role a term plays (``FAMILIES``); punctuation classes count as boundaries, distance 1 as previous-token."""
    name, args = term[0], term[1:]
    if name == "distance" and args[0] == 1:
        return "previous-token"
    if name in ("key_class", "key_token") and (args[0] in PUNCTUATION or (name == "key_token" and not args[0].strip("\n"))):
        return "boundary"
    return FAMILIES[name][1]


def describe(terms, mass: np.ndarray, top: int = 4) -> str:
    """The first docstring line: the terms that move most mass, in that order, as one sentence.

    >>> describe([(1.0, "distance", 1), (4.0, "first"), (0.5, "last", "PERIOD")], np.array([0.2, 0.5, 0.05]))
    'Mostly a first-token sink; otherwise the previous token and the last period.'
    """
    order = [j for j in np.argsort(-np.asarray(mass), kind="stable") if mass[j] > 0][:top]
    if not order:
        return "Uniform over the earlier tokens."
    words = [phrase(tuple(terms[j][1:]), terms[j][0]) for j in order]
    lead = "Mostly" if mass[order[0]] >= 0.5 * sum(mass[j] for j in order) else "Mainly"
    if len(words) == 1:
        return f"{lead} {words[0]}."
    rest = words[1:]
    tail = rest[0] if len(rest) == 1 else ", ".join(rest[:-1]) + " and " + rest[-1]
    return f"{lead} {words[0]}; otherwise {tail}."
