"""Checkpoint regression: do a baseline run's programs still describe a candidate checkpoint's heads?

    from surgery.analyse.regress import RegressConfig, regress
    report = regress(RegressConfig(baseline="runs/a", candidate="checkpoints/step2000", tolerance=0.05))
    report["exit_status"]  # 1 when some head's IoU dropped by more than the tolerance

The baseline is a run directory: ``attn/`` (an attention store) and ``programs/`` (``heads.json``
and its program files). The candidate is either another run directory whose store holds the same
held-out windows (identical token ids), or a model name/path, whose attention is then extracted
over the baseline's held-out windows. Per head:

- ``iou_base``: the head's own baseline program against the baseline attention (recomputed, not
  read from ``heads.json``); ``iou_cand``: the same program against the candidate attention;
  ``drop = iou_base - iou_cand``; **flagged** when ``drop > tolerance`` (on ``metric``).
- ``row_move``: the same program's soft IoU with the head *row by row* (each query row of each
  window, row 0 left out), the mean over rows of its absolute change between the two checkpoints.
  A head is **flagged** too when ``row_move > row_tolerance``: a head that moved towards its
  program on some rows and away on others keeps its mean IoU but not its rows. Like the drop it
  is evidence of the fixed baseline program against each checkpoint's head, never of the two
  heads against each other. ``row_tolerance`` 0.045 was chosen on a fine-tuned checkpoint of the
  default model (``bench/bench_checkpoints.py``): there it flags heads whose real attention moved
  (soft IoU of the two checkpoints' patterns below 0.9) with precision and recall both >= 0.9.
- **best program changed**: the baseline's whole per-head program set (distinct by code) is
  re-ranked against both; a head whose argmax differs is reported, with the margin by which the new
  winner beats the old one on the candidate.
- with a candidate run that has its own ``programs/``: heads whose chosen program's *code* differs
  (docstrings, which carry scores, are ignored) and a unified diff of the two files. Each change
  says whether the head's **behaviour** changed: ``agreement`` is the soft IoU between the two
  programs' patterns (each on its own side's contexts of the same windows), and a change whose
  programs agree to at least ``same_behaviour`` is a re-expression (near-equal terms swapped, a
  small term in one program only), not a new behaviour. For terms programs the terms added and
  removed come with the attention mass each moves in its program, so a reviewer sees at once
  whether a change is in a term that matters, and both programs' dominant roles
  (:mod:`surgery.analyse.roles`): ``role_changed`` when the leading role differs, the answer to
  "is L5H3 still a previous-token head?". On the scored probe windows (repeated random tokens,
  where induction and copying show) any change of the dominant roles counts, a role gained beside
  the sink too: ``probe_role_changed``, e.g. "role on probes sink -> sink+duplicate-token" for a
  head that learnt to attend to earlier copies.

**Measured role moves** (``measured``, per head): the head's *real* attention on both checkpoints,
as :mod:`surgery.analyse.roles` measures roles (mechanism masses, :mod:`surgery.score.profile`;
duplicate-token and induction on the scored probe windows, the others on natural ones): every
role whose mass moved by at least ``role_move``, e.g. ``head: duplicate-token 0.01 -> 0.26 on
probes``. A description of the head, never a reason to flag it (the flags stay the evidence of the
baseline program, so comparing them with the real attention's change measures something).

Programs run on contexts built from each side's own store, so a program that reads input-embedding
similarities sees the candidate's embeddings on the candidate side. All IoUs are means over the
scored held-out windows (see :mod:`surgery.score`).
"""
from __future__ import annotations

import difflib
import tempfile
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from surgery.lang import terms as T
from surgery.lang.context import store_contexts
from surgery.analyse.roles import RolesConfig, dominant, role_totals
from surgery.io.headmap import HeadMap, head_name, parse_head
from surgery.forms.source import read_terms
from surgery.runtime.program import Program, ProgramError, code_key, load_program
from surgery.score import batch_iou, iou_matrices, program_patterns
from surgery.io.store import AttentionStore, StoreError

METRICS = ("iou", "iou_no_bos")
MASS_WINDOWS = 16  # windows the mass moved by each added or removed term is measured on
ROLE_MOVE = 0.1  # a measured role is named on a head's line when its real attention mass moved this much


class RegressError(Exception):
    """Bad input to a regression check (missing run, mismatched windows, incompatible model)."""


@dataclass(frozen=True)
class RegressConfig:
    """Flags of ``surgery regress``, one field each."""

    baseline: str  # run directory with attn/ and programs/heads.json
    candidate: str  # run directory with attn/ (programs/ optional), or a model name/path
    programs: str | None = None  # baseline programs directory (default: <baseline>/programs)
    tolerance: float = 0.05  # a head regresses when its IoU drops by more than this
    metric: str = "iou"  # iou | iou_no_bos: which IoU the tolerance applies to
    max_windows: int | None = None  # score on at most this many held-out windows
    trusted: bool = False  # run generated programs in-process instead of the sandbox
    batch_size: int = 16  # windows per forward pass when extracting a candidate model
    device: str = "cpu"  # torch device of a candidate model
    same_behaviour: float = 0.9  # a changed program whose patterns agree this much with the baseline's is a re-expression
    two_sided: bool = False  # flag a head whose IoU moves by more than the tolerance either way (a rise too: the head changed)
    row_tolerance: float | None = 0.045  # flag a head whose row-by-row IoU moves more than this (mean |change|); None: off
    role_move: float = ROLE_MOVE  # name a role of the head whose real attention mass moved this much (never flags)
    out: str | None = None  # output directory (candidate attn/ is extracted here); None: temporary


@dataclass
class Side:
    """One checkpoint: its store, the windows scored, and its programs directory if any."""

    label: str  # what was given on the command line
    kind: str  # "run" or "model"
    store: AttentionStore
    windows: np.ndarray  # int [w] indices into store, aligned across sides
    programs_dir: Path | None


@dataclass
class ProgramSet:
    """The baseline's per-head programs, deduplicated by code; columns of the IoU matrices."""

    programs: list[Program]  # one per distinct code, first head's file
    own: dict[str, int]  # head -> column of its own program
    files: dict[str, str]  # head -> program path as written in heads.json
    errors: dict[str, str]  # head -> why its program could not be loaded


# ---------------------------------------------------------------- the two sides


def is_run_dir(path: str) -> bool:
    return (Path(path) / "attn" / "store.json").is_file()


def open_store(path: Path) -> AttentionStore:
    try:
        return AttentionStore(path)
    except StoreError as e:
        raise RegressError(str(e)) from None


def baseline_side(cfg: RegressConfig) -> Side:
    run = Path(cfg.baseline)
    if not run.is_dir():
        raise RegressError(f"no baseline run directory at {run}")
    programs = Path(cfg.programs) if cfg.programs else run / "programs"
    if not (programs / "heads.json").is_file():
        raise RegressError(f"no heads.json in {programs}: pass the baseline's programs with --programs")
    store = open_store(run / "attn")
    windows = store.heldout_windows()[: cfg.max_windows]
    if len(windows) == 0:
        raise RegressError(f"{store.path} has no held-out windows to score on")
    return Side(cfg.baseline, "run", store, windows, programs)


def candidate_run(path: str, base: Side) -> Side:
    """A candidate run directory; its held-out windows must be the baseline's, token for token."""
    store = open_store(Path(path) / "attn")
    check_shape(store.meta.n_layers, store.meta.n_heads, base.store, f"candidate store {store.path}")
    if store.meta.window != base.store.meta.window:
        raise RegressError(f"candidate windows have {store.meta.window} tokens, the baseline's {base.store.meta.window}")
    held = store.heldout_windows()
    n = min(len(held), len(base.windows))
    if n == 0:
        raise RegressError(f"{store.path} has no held-out windows to score on")
    for i in range(n):
        if not np.array_equal(store.tokens[held[i]], base.store.tokens[base.windows[i]]):
            raise RegressError(
                f"candidate store {store.path} holds different tokens than the baseline (held-out window {i}): "
                "extract it with the same corpus, --window, --n-windows and --seed, or pass a model to re-extract")
    base.windows = base.windows[:n]  # both sides score the windows they have in common
    progs = Path(path) / "programs"
    return Side(path, "run", store, held[:n], progs if (progs / "heads.json").is_file() else None)


def check_shape(n_layers: int, n_heads: int, base: AttentionStore, what: str) -> None:
    if (n_layers, n_heads) != (base.n_layers, base.n_heads):
        raise RegressError(f"{what} has {n_layers} layers x {n_heads} heads, the baseline "
                           f"{base.n_layers} x {base.n_heads}: not a checkpoint of the same model")


def check_model(model, base: Side) -> None:
    """Same shape, and a tokenizer that reads the baseline's token ids as the same strings."""
    from surgery.io.models import token_strings

    check_shape(model.cfg.n_layers, model.cfg.n_heads, base.store, "the candidate model")
    tokens = base.store.tokens[base.windows]
    if int(tokens.max()) >= model.cfg.d_vocab:
        raise RegressError(f"the baseline uses token id {int(tokens.max())}, beyond the candidate's "
                           f"vocabulary of {model.cfg.d_vocab}: the tokenizers differ")
    for w in base.windows:
        if token_strings(model.tokenizer, base.store.tokens[w]) != base.store.token_strs[w]:
            raise RegressError("the candidate's tokenizer decodes the baseline's token ids differently "
                               f"(window {int(w)}): the vocabularies differ")


def candidate_model(cfg: RegressConfig, base: Side, attn_dir: Path, model=None, progress: bool = True) -> Side:
    """Extract the candidate model's attention over the baseline's scored windows into ``attn_dir``."""
    from surgery.io.corpus import CorpusError
    from surgery.extract import extract_windows
    from surgery.io.models import ModelLoadError, load_model

    if model is None:
        try:
            model = load_model(cfg.candidate, device=cfg.device)
        except ModelLoadError as e:
            raise RegressError(f"--candidate {cfg.candidate} is not a run directory (no attn/store.json) "
                               f"and not a loadable model: {e}") from None
    check_model(model, base)
    if attn_dir.resolve() == base.store.path.resolve():
        raise RegressError(f"--out would overwrite the baseline's store {base.store.path}: choose another directory")
    try:
        store = extract_windows(model, base.store, base.windows, str(attn_dir), cfg.candidate,
                                batch_size=cfg.batch_size, overwrite=True, progress=progress)
    except (CorpusError, StoreError) as e:
        raise RegressError(str(e)) from None
    return Side(cfg.candidate, "model", store, np.arange(len(base.windows)), None)


# ---------------------------------------------------------------- programs


def baseline_programs(programs_dir: Path, heads: list[str], trusted: bool) -> ProgramSet:
    """Load every head's program once per distinct code (heads in store order)."""
    try:
        hmap = HeadMap.load(programs_dir)
    except (FileNotFoundError, ValueError) as e:
        raise RegressError(str(e)) from None
    pset = ProgramSet([], {}, {}, {})
    column: dict[str, int] = {}
    for head in (h for h in heads if h in hmap.heads):
        pset.files[head] = hmap.heads[head].program
        try:
            prog = load_program(hmap.program_path(head, programs_dir), trusted=trusted)
        except ProgramError as e:
            pset.errors[head] = str(e)
            continue
        key = code_key(prog.source)
        if key not in column:
            column[key] = len(pset.programs)
            pset.programs.append(prog)
        pset.own[head] = column[key]
    if not pset.own:
        raise RegressError(f"no program of {programs_dir}/heads.json could be loaded for the baseline's heads")
    return pset


def same_embeddings(a: Side, b: Side) -> bool:
    ids = np.unique(a.store.tokens[a.windows])
    return np.array_equal(a.store.embeddings(ids), b.store.embeddings(ids))


def score_both(pset: ProgramSet, base: Side, cand: Side, progress: bool) -> tuple[dict, np.ndarray, np.ndarray]:
    """``{"base"|"cand": {"iou"|"iou_no_bos": [H, P]}}`` and the programs' patterns ``[P, W, n, n]``
    (columns of ``pset``) on the baseline's windows and on the candidate's (the same array when both
    sides have the same embeddings); programs that fail on either side are dropped."""
    good, pats, errors = program_patterns(pset.programs, store_contexts(base.store, base.windows), progress)
    pats_c = pats
    if good and not same_embeddings(base, cand):
        good_c, pats_c, errors_c = program_patterns(good, store_contexts(cand.store, cand.windows), progress)
        keep = [i for i, p in enumerate(good) if p in good_c]
        good, pats, errors = [good[i] for i in keep], pats[keep], {**errors, **errors_c}
        pats_c = pats_c[[good_c.index(p) for p in good]]
    if not good:
        raise RegressError("no baseline program produced a valid pattern: " + "; ".join(f"{k}: {v}" for k, v in errors.items()))
    _drop_failed(pset, good, errors)
    scores = {}
    for name, side, p in (("base", base, pats), ("cand", cand, pats_c)):
        iou, nb = iou_matrices(side.store, side.windows, p, progress)
        scores[name] = {"iou": iou, "iou_no_bos": nb}
    return scores, pats, pats_c


def row_iou(real: np.ndarray, pred: np.ndarray) -> np.ndarray:
    """Soft IoU of each query row of ``[..., n, n]`` row-stochastic causal patterns -> ``[..., n]``.

    >>> row_iou(np.array([[1.0, 0.0], [0.5, 0.5]]), np.array([[1.0, 0.0], [1.0, 0.0]])).round(3).tolist()
    [1.0, 0.333]
    """
    lo, hi = np.minimum(real, pred).sum(-1), np.maximum(real, pred).sum(-1)
    return np.where(hi > 0, lo / np.where(hi > 0, hi, 1), 1.0)


def row_moves(pset: ProgramSet, heads: list[str], base: Side, cand: Side, pats: np.ndarray,
              pats_c: np.ndarray) -> dict[str, float]:
    """head -> mean over query rows (row 0, BOS only, left out) of the scored windows of the absolute
    change of its baseline program's row IoU (:func:`row_iou`) from the baseline head to the candidate's."""
    from surgery.runtime.program import normalize

    out = {}
    for head in heads:
        if head not in pset.own:
            continue
        layer, index = parse_head(head)
        window = base.store.layer_window(layer)
        p, p_c = pats[pset.own[head]], pats_c[pset.own[head]]  # [W, n, n]
        if window is not None:  # a sliding-window layer's head sees the program through its own mask
            p, p_c = normalize(p, window), normalize(p_c, window)
        r_b = row_iou(base.store.head_attention(layer, index, base.windows), p)
        r_c = row_iou(cand.store.head_attention(layer, index, cand.windows), p_c)
        out[head] = float(np.abs(r_b - r_c)[:, 1:].mean())
    return out


def _drop_failed(pset: ProgramSet, good: list[Program], errors: dict[str, str]) -> None:
    """Renumber columns to the programs that worked; heads whose program failed move to errors."""
    new_col = {pset.programs[j]: good.index(pset.programs[j]) for j in set(pset.own.values()) if pset.programs[j] in good}
    for head, j in list(pset.own.items()):
        prog = pset.programs[j]
        if prog in new_col:
            pset.own[head] = new_col[prog]
        else:
            pset.errors[head] = errors.get(prog.name, "program failed")
            del pset.own[head]
    pset.programs = good


# ---------------------------------------------------------------- the report


def head_rows(pset: ProgramSet, scores: dict, heads: list[str], metric: str, tolerance: float,
              two_sided: bool = False, moves: dict[str, float] | None = None,
              row_tolerance: float | None = None) -> list[dict]:
    """One record per head that has a baseline program, in store order; ``two_sided`` flags a rise
    of the IoU beyond the tolerance too (the program is fixed, so the head moved); ``moves`` (head ->
    row move, :func:`row_moves`) flags a head whose row move exceeds ``row_tolerance``."""
    base, cand = scores["base"], scores["cand"]
    best_b, best_c = base[metric].argmax(axis=1), cand[metric].argmax(axis=1)  # [H]
    rows = []
    for i, head in enumerate(heads):
        if head not in pset.own:
            continue
        j = pset.own[head]
        ib, ic = float(base["iou"][i, j]), float(cand["iou"][i, j])
        nb_b, nb_c = float(base["iou_no_bos"][i, j]), float(cand["iou_no_bos"][i, j])
        drop = {"iou": ib - ic, "iou_no_bos": nb_b - nb_c}
        layer, index = parse_head(head)
        move = (moves or {}).get(head)
        dropped = (abs(drop[metric]) if two_sided else drop[metric]) > tolerance
        rows_moved = move is not None and row_tolerance is not None and move > row_tolerance
        rows.append({
            "head": head, "layer": layer, "head_index": index, "program": pset.files[head],
            "program_name": pset.programs[j].name, "iou_base": ib, "iou_cand": ic, "drop": drop["iou"],
            "iou_no_bos_base": nb_b, "iou_no_bos_cand": nb_c, "drop_no_bos": drop["iou_no_bos"],
            "row_move": move, "flagged": bool(dropped or rows_moved), "dropped": bool(dropped),
            "rows_moved": bool(rows_moved),
            "best_base": _label(pset, best_b[i]), "best_cand": _label(pset, best_c[i]),
            "best_changed": bool(best_b[i] != best_c[i]),
            "best_margin": float(cand[metric][i, best_c[i]] - cand[metric][i, best_b[i]]),
        })
    return rows


def _label(pset: ProgramSet, column: int) -> str:
    """``name (file)`` of a column: the program's name and the file it was first read from."""
    prog = pset.programs[column]
    return f"{prog.name} ({prog.path.name})"


def program_changes(pset: ProgramSet, base: Side, cand: Side, base_patterns: np.ndarray, trusted: bool,
                    same_behaviour: float, progress: bool = False) -> list[dict]:
    """Heads whose candidate program differs in code from the baseline's, with a unified diff and
    whether the head's behaviour changed (see the module docstring); behaviour changes first, least
    agreement first, then the re-expressions."""
    cand_map = HeadMap.load(cand.programs_dir)
    changes = _code_changes(pset, base.programs_dir, cand.programs_dir, cand_map)
    loaded, failed = [], {}
    for c in changes:
        if c["candidate_file"] is None or c["head"] not in pset.own:
            continue
        try:
            loaded.append((c, load_program(cand_map.program_path(c["head"], cand.programs_dir), trusted=trusted)))
        except ProgramError as e:
            failed[c["head"]] = str(e)
    good, pats, errors = program_patterns([p for _, p in loaded], store_contexts(cand.store, cand.windows), progress)
    base_ctxs = store_contexts(base.store, base.windows[:MASS_WINDOWS])
    cand_ctxs = store_contexts(cand.store, cand.windows[:MASS_WINDOWS])
    at = probe_positions(base)[:MASS_WINDOWS]  # the same positions on both sides: the windows are aligned
    probe_ctxs = (store_contexts(base.store, base.windows[at]), store_contexts(cand.store, cand.windows[at])) \
        if len(at) else None
    for c, prog in loaded:
        if prog not in good:
            failed[c["head"]] = errors.get(prog.name, "program failed")
            continue
        own = base_patterns[pset.own[c["head"]]]
        c["agreement"] = float(batch_iou(own, pats[good.index(prog)]).mean())
        c["same_behaviour"] = c["agreement"] >= same_behaviour
        if c["terms"]:
            moved_a, moved_b = _moved(c["baseline_source"], base_ctxs), _moved(c["candidate_source"], cand_ctxs)
            c["terms"]["removed_mass"] = [round(moved_a[t], 4) for t in c["terms"]["removed"]]
            c["terms"]["added_mass"] = [round(moved_b[t], 4) for t in c["terms"]["added"]]
            c["roles"] = {"baseline": _roles(moved_a), "candidate": _roles(moved_b)}
            c["role_changed"] = c["roles"]["baseline"][:1] != c["roles"]["candidate"][:1]
            if probe_ctxs:
                c["roles"]["probe_baseline"] = _roles(_moved(c["baseline_source"], probe_ctxs[0]))
                c["roles"]["probe_candidate"] = _roles(_moved(c["candidate_source"], probe_ctxs[1]))
                c["probe_role_changed"] = set(c["roles"]["probe_baseline"]) != set(c["roles"]["probe_candidate"])
    for c in changes:
        c.pop("baseline_source", None), c.pop("candidate_source", None)
        for key in ("agreement", "same_behaviour", "roles", "role_changed", "probe_role_changed"):
            c.setdefault(key, None)
        if c["head"] in failed:
            c["error"] = failed[c["head"]]
    return sorted(changes, key=lambda c: (c["same_behaviour"] is True,
                                          2.0 if c["agreement"] is None else c["agreement"]))


def measured_moves(base: Side, cand: Side, heads: list[str], min_move: float = ROLE_MOVE) -> dict[str, list]:
    """head -> [(role, mass on the baseline, mass on the candidate, "natural" | "probe")] of the roles
    of :mod:`surgery.analyse.roles` whose mass in the head's *real* attention moved by ``min_move``
    or more; copy roles on the scored probe windows (natural ones without probes), the others on
    natural windows; largest move first."""
    from surgery.analyse.roles import MECHANISM_OF, PROBE_ROLES
    from surgery.score.profile import profile, stack_masks

    at = probe_positions(base)
    parts = {"natural": np.setdiff1d(np.arange(len(base.windows)), at)[:MASS_WINDOWS], "probe": at[:MASS_WINDOWS]}
    masks = {k: stack_masks(store_contexts(base.store, base.windows[pos])) for k, pos in parts.items() if len(pos)}
    out = {}
    for head in heads:
        layer, index = parse_head(head)
        prof = {k: (profile(base.store.head_attention(layer, index, base.windows[parts[k]]), m),
                    profile(cand.store.head_attention(layer, index, cand.windows[parts[k]]), m)) for k, m in masks.items()}
        moves = []
        for role, mechanism in MECHANISM_OF.items():
            part = "probe" if role in PROBE_ROLES and "probe" in prof else "natural"
            if part in prof and abs(prof[part][1][mechanism] - prof[part][0][mechanism]) >= min_move:
                moves.append((role, prof[part][0][mechanism], prof[part][1][mechanism], part))
        out[head] = sorted(moves, key=lambda m: -abs(m[2] - m[1]))
    return out


def probe_positions(side: Side) -> np.ndarray:
    """Positions in ``side.windows`` of the store's probe windows (repeated random tokens)."""
    probes = (getattr(side.store.meta, "probes", None) or {}).get("windows", [])
    return np.flatnonzero(np.isin(side.windows, np.asarray(probes, dtype=int)))


def _moved(source: str, ctxs) -> dict[tuple, float]:
    """term -> the attention mass it moves in the terms program ``source`` (``surgery.lang.terms.mass_moved``)."""
    listed = read_terms(source)
    return {t: float(m) for t, m in zip([t for _, t in listed], T.mass_moved(ctxs, [(w, *t) for w, t in listed]))}


def _roles(moved: dict[tuple, float]) -> list[str]:
    """A program's dominant roles (``surgery.analyse.roles``), largest first, from its terms' masses."""
    return dominant(role_totals(moved.items()), RolesConfig.share)


def change_line(change: dict) -> str:
    """One line on a changed program: whether the head's behaviour changed, its leading role if that
    changed, and the added (+) and removed (-) terms that move most attention."""
    if change["agreement"] is None:
        return f"{change['head']}: {change.get('error', 'no candidate program')}"
    kind = "same behaviour" if change["same_behaviour"] else "BEHAVIOUR CHANGED"
    roles, role = change.get("roles"), ""
    for changed, where, key in (("role_changed", "", ""), ("probe_role_changed", " on probes", "probe_")):
        if change.get(changed):
            role += (f"; role{where} {'+'.join(roles[key + 'baseline']) or 'none'} -> "
                     f"{'+'.join(roles[key + 'candidate']) or 'none'}")
    return f"{change['head']}: {kind} (patterns agree {change['agreement']:.3f}{role}){_term_summary(change)}"


def head_line(row: dict, change: dict | None, metric: str = "iou", has_programs: bool = False) -> str:
    """One line on one head for a CI log: its baseline program's IoU on both checkpoints, then what
    the candidate's own program says (:func:`change_line`), or that it was kept.

    >>> head_line({"head": "L5H3", "iou_base": 0.61, "iou_cand": 0.4, "drop": 0.21, "flagged": True, "row_move": 0.08},
    ...           None, has_programs=True)
    'L5H3: FAIL iou 0.610 -> 0.400 (drop 0.210, rows moved 0.080); candidate program unchanged'
    """
    base, cand = (row["iou_base"], row["iou_cand"]) if metric == "iou" else (row["iou_no_bos_base"], row["iou_no_bos_cand"])
    move = "" if row.get("row_move") is None else f", rows moved {row['row_move']:.3f}"
    line = (f"{row['head']}: {'FAIL' if row['flagged'] else 'ok'} {metric} {base:.3f} -> {cand:.3f} "
            f"(drop {metric_drop(row, metric):.3f}{move})")
    if row.get("measured"):
        line += "; head " + ", ".join(f"{r} {a:.2f} -> {b:.2f}{' on probes' if part == 'probe' else ''}"
                                      for r, a, b, part in row["measured"])
    if change is not None:
        return line + "; " + change_line(change).split(": ", 1)[1]
    return line + ("; candidate program unchanged" if has_programs else "")


def ci_lines(report: dict) -> list[str]:
    """The check as a CI log shows it: a verdict line, then one line per flagged head (worst first)
    and per other head whose candidate program behaves differently."""
    s, metric = report["summary"], report["metric"]
    rows = {r["head"]: r for r in report["heads"]}
    changes = {c["head"]: c for c in report["program_changes"]}
    has_programs = report.get("candidate_programs") is not None
    shown = report["flagged"] + [c["head"] for c in report["program_changes"]
                                 if c["same_behaviour"] is False and c["head"] not in report["flagged"]]
    verdict = "FAIL" if report["flagged"] else "PASS"
    moved = "moved (either way)" if report.get("two_sided") else "dropped"
    rows_too = "" if report.get("row_tolerance") is None else f" or row by row more than {report['row_tolerance']}"
    lines = [f"surgery regress {verdict}: {s['n_flagged']} of {s['n_heads']} heads {moved} more than "
             f"{report['tolerance']}{rows_too} ({metric}, {s['n_windows']} windows); "
             f"{s.get('n_behaviour_changed', 0)} candidate programs behave differently, "
             f"{s.get('n_program_changed', 0) - s.get('n_behaviour_changed', 0)} reworded or failed"]
    lines += [head_line(rows[h], changes.get(h), metric, has_programs) for h in shown if h in rows]
    return lines


def junit_xml(report: dict) -> str:
    """JUnit XML of the check: one testcase per head (class ``regress.L{layer}``), a failure for each
    flagged head with its :func:`head_line`; a behaviour change of an unflagged head is its system-out."""
    import xml.etree.ElementTree as ET

    metric = report["metric"]
    changes = {c["head"]: c for c in report["program_changes"]}
    has_programs = report.get("candidate_programs") is not None
    suite = ET.Element("testsuite", name="surgery regress", tests=str(len(report["heads"])),
                       failures=str(report["summary"]["n_flagged"]), errors="0", skipped="0")
    for row in report["heads"]:
        case = ET.SubElement(suite, "testcase", classname=f"regress.L{row['layer']}", name=row["head"], time="0")
        line = head_line(row, changes.get(row["head"]), metric, has_programs)
        if row["flagged"]:
            failure = ET.SubElement(case, "failure", message=line, type="regression")
            failure.text = changes[row["head"]]["diff"] if row["head"] in changes else line
        elif row["head"] in changes:
            ET.SubElement(case, "system-out").text = line
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(suite, encoding="unicode") + "\n"


def _term_summary(change: dict, k: int = 3) -> str:
    """``; +term (12%), -term (30%)``: the added and removed terms that move most attention."""
    terms = change.get("terms")
    if not terms or "added_mass" not in terms:
        return ""
    moved = [(m, "+", t) for t, m in zip(terms["added"], terms["added_mass"])]
    moved += [(m, "-", t) for t, m in zip(terms["removed"], terms["removed_mass"])]
    if not moved:
        return "; same terms, other weights"
    shown = sorted(moved, key=lambda x: -x[0])[:k]
    rest = f", {len(moved) - k} more" if len(moved) > k else ""
    return "; " + ", ".join(f"{sign}{' '.join(map(str, t))} ({m:.0%})" for m, sign, t in shown) + rest


def _code_changes(pset: ProgramSet, base_dir: Path, cand_dir: Path, cand_map: HeadMap) -> list[dict]:
    """Heads whose candidate program (``cand_map``, of ``cand_dir``) differs in code from the baseline's, with a unified diff."""
    base_map = HeadMap.load(base_dir)
    changes = []
    for head, rel in pset.files.items():
        if head not in cand_map.heads:
            changes.append({"head": head, "baseline_file": rel, "candidate_file": None, "diff": "", "terms": None})
            continue
        a = base_map.program_path(head, base_dir)
        b = cand_map.program_path(head, cand_dir)
        src_a, src_b = _read(a), _read(b)
        if code_key(src_a) == code_key(src_b):
            continue
        diff = difflib.unified_diff(src_a.splitlines(keepends=True), src_b.splitlines(keepends=True),
                                    fromfile=f"baseline/{head}: {a}", tofile=f"candidate/{head}: {b}")
        changes.append({"head": head, "baseline_file": rel, "candidate_file": cand_map.heads[head].program,
                        "diff": "".join(diff), "terms": term_changes(src_a, src_b),
                        "baseline_source": src_a, "candidate_source": src_b})
    return changes


def term_changes(a: str, b: str, reweighted: float = 0.5) -> dict | None:
    """Terms added and removed between two terms programs, and those whose weight moved by more
    than ``reweighted``; None unless both are terms programs.

    >>> from surgery.forms.source import program_source
    >>> x = program_source("L0H0", [(3.0, ("first",)), (1.0, ("distance", 1))], [0.5, 0.2])
    >>> y = program_source("L0H0", [(2.0, ("first",)), (1.0, ("last", "PERIOD"))], [0.5, 0.2])
    >>> term_changes(x, y)
    {'added': [('last', 'PERIOD')], 'removed': [('distance', 1)], 'reweighted': [(('first',), 3.0, 2.0)]}
    """
    ta, tb = read_terms(a), read_terms(b)
    if ta is None or tb is None:
        return None
    wa, wb = {t: w for w, t in ta}, {t: w for w, t in tb}
    return {"added": [t for t in wb if t not in wa], "removed": [t for t in wa if t not in wb],
            "reweighted": [(t, wa[t], wb[t]) for t in wa if t in wb and abs(wa[t] - wb[t]) > reweighted]}


def _read(path: Path) -> str:
    return path.read_text() if path.is_file() else ""


def metric_drop(row: dict, metric: str) -> float:
    return row["drop" if metric == "iou" else "drop_no_bos"]


def summarize(rows: list[dict], metric: str) -> dict:
    """Counts and drops (on ``metric``) over the heads."""
    drops = np.array([metric_drop(r, metric) for r in rows])
    flagged = [r for r in rows if r["flagged"]]
    return {
        "n_heads": len(rows), "n_flagged": len(flagged), "n_best_changed": sum(r["best_changed"] for r in rows),
        "max_drop": float(drops.max()), "mean_drop": float(drops.mean()),
        "max_drop_unflagged": float(max((d for d, r in zip(drops, rows) if not r["flagged"]), default=0.0)),
        "mean_iou_base": float(np.mean([r["iou_base"] for r in rows])),
        "mean_iou_cand": float(np.mean([r["iou_cand"] for r in rows])),
    }


def regress(cfg: RegressConfig, model=None, progress: bool = True) -> dict:
    """Run the check; returns the report (see the module docstring). ``model`` overrides loading."""
    if cfg.metric not in METRICS:
        raise RegressError(f"metric must be one of {', '.join(METRICS)}, got {cfg.metric!r}")
    base = baseline_side(cfg)
    heads = [head_name(l, h) for l, h in base.store.heads]
    pset = baseline_programs(base.programs_dir, heads, cfg.trusted)  # before any expensive work
    with ExitStack() as stack:
        if model is None and is_run_dir(cfg.candidate):
            cand = candidate_run(cfg.candidate, base)
        else:
            out = Path(cfg.out) if cfg.out else Path(stack.enter_context(tempfile.TemporaryDirectory()))
            cand = candidate_model(cfg, base, out / "attn", model=model, progress=progress)
        scores, patterns, patterns_c = score_both(pset, base, cand, progress)
        moves = row_moves(pset, heads, base, cand, patterns, patterns_c) if cfg.row_tolerance is not None else None
        rows = head_rows(pset, scores, heads, cfg.metric, cfg.tolerance, cfg.two_sided, moves, cfg.row_tolerance)
        measured = measured_moves(base, cand, [r["head"] for r in rows], cfg.role_move)
        for r in rows:
            r["measured"] = measured[r["head"]]
    changes = (program_changes(pset, base, cand, patterns, cfg.trusted, cfg.same_behaviour, progress)
               if cand.programs_dir else [])
    summary = {**summarize(rows, cfg.metric), "n_program_changed": len(changes),
               "n_behaviour_changed": sum(c["same_behaviour"] is False for c in changes),
               "n_role_changed": sum(bool(c["role_changed"]) for c in changes),
               "n_windows": len(base.windows), "n_programs": len(pset.programs)}
    return {
        "baseline": cfg.baseline, "candidate": cfg.candidate, "candidate_kind": cand.kind,
        "programs": str(base.programs_dir), "candidate_programs": str(cand.programs_dir) if cand.programs_dir else None,
        "tolerance": cfg.tolerance, "two_sided": cfg.two_sided, "row_tolerance": cfg.row_tolerance,
        "metric": cfg.metric, "same_behaviour": cfg.same_behaviour,
        "heads": rows, "flagged": [r["head"] for r in sorted(rows, key=lambda r: -metric_drop(r, cfg.metric)) if r["flagged"]],
        "best_changed": [r["head"] for r in rows if r["best_changed"]],
        "program_changes": changes, "errors": dict(pset.errors), "summary": summary,
        "exit_status": 1 if summary["n_flagged"] else 0,
    }
