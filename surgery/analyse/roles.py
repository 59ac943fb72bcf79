"""Head roles: what each head does, measured on the head's own attention, and whether its program does it too.

**Measured roles** (:func:`head_roles`, ``roles.json``). Each head's real attention (the store's
``attn.npy``) on held-out windows gives its mechanism profile (:mod:`surgery.score.profile`), on
natural windows and, separately, on the held-out probe windows (repeated random tokens; only the
query rows of the repeats, where an earlier copy exists). A role's mass is:

=================  =============================================================================
sink               mass on the first token (BOS), natural windows
previous-token     mass on the previous token, natural windows
self               mass on the query token itself, natural windows
duplicate-token    mass on earlier copies of the query token, probe windows (natural without probes)
induction          mass on the token after an earlier copy of the query token, probe windows (idem)
recent             mass on keys 2 to 4 positions back, natural windows
boundary           mass on punctuation and newline keys, natural windows
lexical            mass on *preferred key tokens*: token ids that, on the store's natural training
                   windows, drew at least ``lift`` times the attention they would get if each row
                   spread its content mass (keys other than BOS, self, previous and punctuation)
                   uniformly, and occur at least ``min_keys`` times; measured on held-out windows
=================  =============================================================================

A role's *share* is its mass over the head's attention not on BOS (the sink inflates every plain
figure). A role other than sink *passes* when its share is at least ``threshold`` and its mass at
least ``min_mass``; sink passes when the BOS mass is at least ``threshold``. A head's roles are
those that pass, the others largest share first, sink last (it is where a head rests); a head with
none is *unexplained* (whatever terms its program has). The head's program (its ``heads.json``
entry, a library program included) runs on the same windows and gets the same measurements; it
*reproduces* a role of the head when that role passes on the program too; its soft IoU with the
head is given per kind of window (natural, probe). An attention-based
detector in the style of TransformerLens ``detect_head`` (``"mul"`` scores: attention on a 0/1
detection pattern over all attention, ``exclude_bos`` for all but the sink pattern, mean over
windows) scores sink, previous, self, duplicate and induction patterns built from the tokens;
its leading pattern, chosen the same way (``other`` when none passes), is compared with the
head's first role among those it has patterns for (``other`` when the head has none of them).

**Term roles** (:func:`role_mass`, :func:`dominant`): every term of a terms-form program belongs
to one role (``surgery.lang.terms.role``); ``surgery regress`` compares two programs' dominant
term roles. ``roles.json`` keeps them per head as ``term_roles``.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from surgery.analyse.detect import comparable, detector_lead, detector_scores
from surgery.lang import terms as T
from surgery.lang.context import build_context, store_contexts
from surgery.io.corpus import probe_mask
from surgery.io.headmap import HeadMap, parse_head
from surgery.forms.source import read_terms
from surgery.runtime.program import ProgramError, load_program
from surgery.score import batch_iou, program_patterns
from surgery.score.profile import MECHANISMS, stack_masks

HEAD_ROLES = ("sink", "previous-token", "self", "duplicate-token", "induction", "recent", "boundary", "lexical")
TERM_ROLES = ("sink", "previous-token", "self", "positional", "induction", "duplicate-token", "boundary", "class-pair", "lexical")
ROLES = HEAD_ROLES + tuple(r for r in TERM_ROLES if r not in HEAD_ROLES)  # every role name, in display order
UNEXPLAINED = "unexplained"
MECHANISM_OF = {"sink": "first", "previous-token": "previous", "self": "self", "duplicate-token": "earlier_copies",
                "induction": "induction", "recent": "recent", "boundary": "punctuation"}
PROBE_ROLES = ("duplicate-token", "induction")  # measured on probe windows when the store has them


@dataclass(frozen=True)
class RolesConfig:
    run: str  # run directory (programs/ and attn/) or a programs directory with heads.json
    iou_floor: float = 0.4  # programs below this held-out IoU are flagged (``low_iou``) in roles.json
    share: float = 0.5  # term roles: dominant when moving at least this share of the top term role's mass
    windows: int = 16  # held-out natural windows measured (and at most this many held-out probe windows)
    threshold: float = 0.3  # a role passes when its share of the non-BOS attention (sink: its mass) is at least this
    min_mass: float = 0.1  # ... and, but for sink, its attention mass is at least this
    lift: float = 2.0  # lexical: a preferred key token draws at least this multiple of its uniform share
    min_keys: int = 3  # lexical: ... and occurs at least this many times as a key in the training windows
    trusted: bool = False  # run generated programs in-process (library programs always are)


def role_mass(terms: list[tuple[float, tuple]], ctxs) -> dict[str, float]:
    """Attention mass moved by each role's terms (roles without terms omitted)."""
    moved = T.mass_moved(ctxs, [(w, *t) for w, t in terms])
    return role_totals((term, m) for (_, term), m in zip(terms, moved))


def role_totals(moved) -> dict[str, float]:
    """``(term, mass it moves)`` pairs summed by each term's role (``surgery.lang.terms.role``)."""
    out: dict[str, float] = {}
    for term, m in moved:
        out[T.role(term)] = out.get(T.role(term), 0.0) + float(m)
    return out


def _rank(role: str) -> int:
    return ROLES.index(role) if role in ROLES else len(ROLES)


def dominant(masses: dict[str, float], share: float) -> list[str]:
    """Roles with at least ``share`` of the largest role's mass, largest first.

    >>> dominant({"sink": 0.5, "previous-token": 0.3, "lexical": 0.05}, 0.5)
    ['sink', 'previous-token']
    """
    if not masses:
        return []
    top = max(masses.values())
    return [r for r, m in sorted(masses.items(), key=lambda kv: (-kv[1], _rank(kv[0]))) if top > 0 and m >= share * top]


def passing(mass: dict[str, float], share: dict[str, float], threshold: float, min_mass: float) -> list[str]:
    """The roles that pass, ``[UNEXPLAINED]`` when none does.

    A role other than sink passes when its share of the attention not on BOS is at least
    ``threshold`` and its mass at least ``min_mass``; those come first, largest share first. Sink
    passes when the mass on BOS is at least ``threshold`` and comes last: it is where a head rests.

    >>> passing({"sink": 0.6, "induction": 0.35}, {"sink": 0.6, "induction": 0.87}, 0.3, 0.1)
    ['induction', 'sink']
    >>> passing({"sink": 0.1, "self": 0.05}, {"sink": 0.1, "self": 0.06}, 0.3, 0.1)
    ['unexplained']
    """
    others = [r for r in share if r != "sink" and share[r] >= threshold and mass[r] >= min_mass]
    roles = sorted(others, key=lambda r: (-share[r], _rank(r)))
    if mass.get("sink", 0.0) >= threshold:
        roles.append("sink")
    return roles or [UNEXPLAINED]


def terms_program(programs_dir: Path, headmap: HeadMap, head: str) -> list[tuple[float, tuple]] | None:
    """The head's terms: its chosen program's when that is a terms program, else its fitted one's."""
    for path in (headmap.program_path(head, programs_dir), programs_dir / "fitted" / f"{head}.py"):
        if path.is_file():
            terms = read_terms(path.read_text())
            if terms is not None:
                return terms
    return None


# ---------------------------------------------------------------- measured on the head


@dataclass
class WindowSet:
    """Windows one view is measured on, with what every head's measurement there needs."""

    windows: np.ndarray  # store window indices
    masks: np.ndarray  # bool [window, mechanism, query_pos, key_pos] (surgery.score.profile)
    rows: np.ndarray  # query positions pooled
    tokens: np.ndarray  # int [window, pos]
    ctxs: list  # TokenContexts, for running programs


def window_sets(store, cfg: RolesConfig) -> dict[str, WindowSet | None]:
    """``natural`` and ``probe`` held-out windows (``probe`` None without probes) and the natural
    ``train`` windows that choose each head's preferred key tokens."""
    probe = probe_mask(store.meta)
    held, train = store.heldout_windows(), store.train_windows()
    seq_len = (store.meta.probes or {}).get("seq_len", 0)
    picks = {"natural": held[~probe[held]][: cfg.windows], "probe": held[probe[held]][: cfg.windows],
             "train": train[~probe[train]][: cfg.windows]}
    out: dict[str, WindowSet | None] = {}
    for name, windows in picks.items():
        if not len(windows):
            out[name] = None
            continue
        ctxs = store_contexts(store, windows)
        first_row = 1 + seq_len if name == "probe" else 1
        out[name] = WindowSet(windows=windows, masks=stack_masks(ctxs), rows=np.arange(first_row, store.meta.window),
                              tokens=np.asarray(store.tokens[windows]), ctxs=ctxs)
    return out


def mechanism_means(patterns: np.ndarray, ws: WindowSet) -> dict[str, float]:
    """Mean mass per mechanism over the pooled rows of ``ws`` (``overlap="each"``)."""
    per_row = np.einsum("wqk,wmqk->wmq", patterns.astype(np.float64), ws.masks)  # [w, M, q]
    mean = per_row[:, :, ws.rows].mean(axis=(0, 2))
    return {m: float(v) for m, v in zip(MECHANISMS, mean)}


def content_keys(ws: WindowSet) -> np.ndarray:
    """bool [window, query_pos, key_pos]: causal keys other than BOS, self, previous and punctuation."""
    i = {m: MECHANISMS.index(m) for m in MECHANISMS}
    causal = ws.masks.any(axis=1)
    taken = ws.masks[:, [i["first"], i["self"], i["previous"], i["punctuation"]]].any(axis=1)
    return causal & ~taken


def preferred_tokens(patterns: np.ndarray, ws: WindowSet, lift: float, min_keys: int) -> np.ndarray:
    """Token ids drawing at least ``lift`` times their uniform share of each row's content mass,
    among ids occurring at least ``min_keys`` times as keys (positions 1..) of ``ws``.

    >>> ctx = build_context(np.array([0, 5, 6, 7, 8, 9]), ["<s>", " a", " b", " c", " d", " e"])
    >>> ws = WindowSet(np.arange(1), stack_masks([ctx]), np.arange(1, 6), ctx.ids[None], [ctx])
    >>> a = np.zeros((1, 6, 6)); a[0, :, 0] = 1; a[0, 5] = [0, 1, 0, 0, 0, 0]  # the last row on " a"
    >>> preferred_tokens(a, ws, lift=1.5, min_keys=1).tolist()
    [5]
    """
    content = content_keys(ws)  # [w, q, k]
    a = np.where(content, patterns, 0.0)
    per_key = a.sum(axis=2, keepdims=True) / np.maximum(content.sum(axis=2, keepdims=True), 1)  # [w, q, 1]
    expected = np.where(content, per_key, 0.0)
    ids = np.broadcast_to(ws.tokens[:, None, :], content.shape)[content]
    size = int(ws.tokens.max()) + 1
    got = np.bincount(ids, weights=a[content], minlength=size)
    uniform = np.bincount(ids, weights=expected[content], minlength=size)
    seen = np.bincount(ws.tokens[:, 1:].ravel(), minlength=size)
    keep = (seen >= min_keys) & (got > 0) & (got >= lift * uniform)
    return np.flatnonzero(keep)


def lexical_mass(patterns: np.ndarray, ws: WindowSet, preferred: np.ndarray) -> float:
    """Mean over the pooled rows of the mass on content keys whose token is ``preferred``."""
    hit = content_keys(ws) & np.isin(ws.tokens, preferred)[:, None, :]
    return float(np.where(hit, patterns, 0.0).sum(axis=2)[:, ws.rows].mean())


def role_masses(patterns: dict[str, np.ndarray | None], sets: dict[str, WindowSet | None],
                preferred: np.ndarray) -> tuple[dict[str, float], dict[str, float], dict[str, dict | None]]:
    """Role masses of one pattern set (a head's or its program's), each role's share of the
    attention not on BOS (sink: its mass), and the mechanism profiles per view (natural, probe)."""
    views = {v: (mechanism_means(patterns[v], sets[v]) if sets.get(v) is not None else None)
             for v in ("natural", "probe")}
    nat = "natural" if sets.get("natural") is not None else "probe"
    natural = views[nat]
    natural["lexical"] = lexical_mass(patterns[nat], sets[nat], preferred)
    mass, share = {}, {}
    for role in HEAD_ROLES:
        source = views["probe"] if role in PROBE_ROLES and views["probe"] else natural
        mass[role] = source[MECHANISM_OF.get(role, "lexical")]
        share[role] = mass[role] if role == "sink" else min(1.0, mass[role] / max(1.0 - source["first"], 1e-9))
    del natural["lexical"]
    return _rounded(mass), _rounded(share), {v: _rounded(p) for v, p in views.items()}


def _rounded(p: dict | None) -> dict | None:
    return None if p is None else {k: round(v, 4) for k, v in p.items()}


# ---------------------------------------------------------------- every head


def head_roles(programs_dir: Path, store, cfg: RolesConfig, progress: bool = False) -> dict:
    """``roles.json``: per head its measured roles, masses and profiles, its program's masses and
    which roles it reproduces, the detector's scores, and its term roles; counts and agreement."""
    programs_dir = Path(programs_dir)
    headmap = HeadMap.load(programs_dir)
    sets = window_sets(store, cfg)
    if sets["natural"] is None and sets["probe"] is None:
        raise ValueError("the store has no held-out windows to measure roles on")
    names = sorted(headmap.heads, key=parse_head)
    real = {v: (np.asarray(store.attn[ws.windows]) if ws is not None else None)
            for v, ws in sets.items()}  # float16 [w, layer, head, q, k]
    programs = _program_patterns(programs_dir, headmap, names, sets, cfg.trusted, progress)
    term_ctxs = sets["train"].ctxs if sets["train"] is not None else None
    heads = {}
    for name in names:
        layer, index = parse_head(name)
        own = {v: (a[:, layer, index].astype(np.float32) if a is not None else None) for v, a in real.items()}
        heads[name] = _head_record(name, own, programs.get(name), sets, cfg, headmap, programs_dir, term_ctxs)
    return {"threshold": cfg.threshold, "iou_floor": cfg.iou_floor, "share": cfg.share,
            "windows": {v: ws.windows.tolist() for v, ws in sets.items() if ws is not None},
            "heads": heads, "by_layer": by_layer(heads), "counts": counts(heads), "counts_any": counts_any(heads),
            "agreement": agreement(heads)}


def _head_record(name, own, program, sets, cfg, headmap, programs_dir, term_ctxs) -> dict:
    chooser = own["train"] if own.get("train") is not None else own["natural"]
    preferred = preferred_tokens(chooser, sets["train"] or sets["natural"], cfg.lift, cfg.min_keys) \
        if chooser is not None else np.zeros(0, dtype=np.int64)
    masses, shares, profiles = role_masses(own, sets, preferred)
    roles = passing(masses, shares, cfg.threshold, cfg.min_mass)
    views = _detector_views(own, sets)
    det, raw = detector_scores(views), detector_scores(views, exclude_bos=False)
    lead = detector_lead(det, raw, cfg.threshold, cfg.min_mass)
    entry = headmap.heads[name]
    terms = terms_program(programs_dir, headmap, name)
    rec = {"roles": roles, "mass": masses, "share": shares, "profile": profiles,
           "preferred_tokens": _token_texts(preferred, sets),
           "detector": {"scores": det, "scores_with_bos": raw, "lead": lead, "agrees": comparable(roles) == lead},
           "program": _program_record(program, own, sets, preferred, roles, cfg),
           "iou": entry.iou, "low_iou": entry.iou is not None and entry.iou < cfg.iou_floor,
           "terms": len(terms) if terms else None,
           "term_roles": dominant(role_mass(terms, term_ctxs), cfg.share) if terms and term_ctxs else []}
    return rec


def _detector_views(own: dict, sets: dict) -> dict:
    """(patterns, tokens) per detector view: natural and probe windows (each falls back on the other)."""
    views = {v: (own[v], sets[v].tokens) for v in ("natural", "probe") if sets.get(v) is not None}
    return {"natural": views.get("natural", views.get("probe")), "probe": views.get("probe", views.get("natural"))}


def _program_record(program, head, sets, preferred, roles, cfg) -> dict:
    """The program's measurements on the head's windows, the head's roles it reproduces, and its
    held-out soft IoU with the head per kind of window."""
    if program is None or isinstance(program, str):
        return {"error": program or "no program"}
    masses, shares, profiles = role_masses(program, sets, preferred)
    own = passing(masses, shares, cfg.threshold, cfg.min_mass)
    iou = {v: round(float(batch_iou(head[v], program[v]).mean()), 4) for v in ("natural", "probe") if v in program}
    return {"mass": masses, "share": shares, "profile": profiles, "roles": own, "iou": iou,
            "reproduces": {r: r in own for r in roles if r != UNEXPLAINED}}


def _token_texts(ids: np.ndarray, sets) -> list[str]:
    """Readable text of preferred token ids (from any window that holds them), at most 8."""
    texts: dict[int, str] = {}
    for ws in sets.values():
        if ws is None:
            continue
        for ctx in ws.ctxs:
            for i, t in zip(ctx.ids.tolist(), ctx.tokens):
                texts.setdefault(i, t)
    return [texts.get(int(i), str(int(i))) for i in ids[:8]]


def _program_patterns(programs_dir: Path, headmap: HeadMap, names, sets, trusted: bool, progress: bool) -> dict:
    """Head -> {view: the program's patterns [w, q, k]}, or a one-line error; each distinct program runs once."""
    loaded: dict[Path, object] = {}
    for name in names:
        path = headmap.program_path(name, programs_dir).resolve()
        if path not in loaded:
            try:
                prog = load_program(path, trusted=trusted)
                prog.name = str(path)
                loaded[path] = prog
            except ProgramError as e:
                loaded[path] = str(e)
    good = [p for p in loaded.values() if not isinstance(p, str)]
    views = [v for v in ("natural", "probe") if sets.get(v) is not None]
    ctxs = [c for v in views for c in sets[v].ctxs]
    ran, pats, errors = program_patterns(good, ctxs, progress=progress) if good else ([], None, {})
    by_path: dict[str, object] = {p.name: errors.get(p.name, "program failed") for p in good}
    for i, p in enumerate(ran):
        cut, out = 0, {}
        for v in views:
            k = len(sets[v].windows)
            out[v] = pats[i][cut:cut + k]
            cut += k
        by_path[p.name] = out
    out = {}
    for name in names:
        path = headmap.program_path(name, programs_dir).resolve()
        prog = loaded[path]
        out[name] = prog if isinstance(prog, str) else by_path[prog.name]
    return out


def agreement(heads: dict) -> dict:
    """Share of heads whose leading role the detector names too, and whose program reproduces it."""
    rows = list(heads.values())
    led = [h for h in rows if h["roles"][0] != UNEXPLAINED]
    reproduced = [h for h in led if h["program"].get("reproduces", {}).get(h["roles"][0])]
    ious = {v: [h["program"]["iou"][v] for h in rows if v in h["program"].get("iou", {})] for v in ("natural", "probe")}
    return {"detector": round(sum(h["detector"]["agrees"] for h in rows) / max(len(rows), 1), 4),
            "program_reproduces_lead": round(len(reproduced) / max(len(led), 1), 4),
            "heads": len(rows), "mean_iou": {v: round(float(np.mean(x)), 4) for v, x in ious.items() if x}}


def counts(heads: dict) -> dict[str, int]:
    """Heads per first role, in ``ROLES`` order (then unexplained)."""
    first = [h["roles"][0] for h in heads.values()]
    return {r: first.count(r) for r in (*ROLES, UNEXPLAINED) if r in first}


def counts_any(heads: dict) -> dict[str, int]:
    """Heads having each role among their passing ones (a head counts once per role)."""
    every = [r for h in heads.values() for r in h["roles"]]
    return {r: every.count(r) for r in (*ROLES, UNEXPLAINED) if r in every}


def by_layer(heads: dict) -> dict[str, dict[str, int]]:
    """Layer -> heads per first role."""
    out: dict[str, dict[str, int]] = {}
    for head, rec in heads.items():
        layer = str(parse_head(head)[0])
        row = out.setdefault(layer, {})
        row[rec["roles"][0]] = row.get(rec["roles"][0], 0) + 1
    return out


def table(record: dict) -> str:
    """The layer x role counts as plain text (the first role of each head), then agreement lines."""
    names = [r for r in (*ROLES, UNEXPLAINED) if r in record["counts"]]
    width = [max(len(r), 3) for r in names]
    lines = ["layer  " + "  ".join(r.rjust(w) for r, w in zip(names, width))]
    for layer in sorted(record["by_layer"], key=int):
        row = record["by_layer"][layer]
        lines.append(f"{layer:>5}  " + "  ".join(str(row.get(r, 0) or ".").rjust(w) for r, w in zip(names, width)))
    lines.append("  all  " + "  ".join(str(record["counts"][r]).rjust(w) for r, w in zip(names, width)))
    lines.append("heads with the role among those that pass: "
                 + ", ".join(f"{r} {n}" for r, n in record["counts_any"].items()))
    a = record.get("agreement")
    if a:
        lines.append(f"leading role agrees with the attention detector: {a['detector']:.1%} of {a['heads']} heads; "
                     f"the program reproduces the leading role: {a['program_reproduces_lead']:.1%}")
        if a.get("mean_iou"):
            lines.append("programs' mean held-out IoU: " + ", ".join(f"{v} windows {x:.3f}" for v, x in a["mean_iou"].items()))
    return "\n".join(lines)
