"""Library compression: K shared programs for all heads, trading K against mean IoU.

The value of a set S of programs is the mean over heads of each head's best IoU among S (facility
location). It is monotone and submodular, so greedy — add the program with the largest gain, ties
to the lower column — gives gains that never grow and, at every K, at least (1 - 1/e) of the best
K-set's value. An optional swap pass (local search) then replaces members while that helps.

Honest reporting: the held-out windows are split by document into a *selection* half and an
*evaluation* half (:func:`split_by_document`). Greedy, swaps and each head's assignment within the
set use the selection half only; the curve is reported on both, and its evaluation figures are
out of sample. The per-head-best reference is computed the same way (each head's best candidate on
the selection half, scored on the evaluation half): it is the curve's end point with every candidate
in the set. The chosen K is the smallest whose evaluation mean is within tolerance of that
reference — the one number read off the evaluation half; the K the selection half alone would pick
is recorded beside it.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
from tqdm.auto import tqdm

from surgery.lang.context import store_contexts
from surgery.io.headmap import head_name
from surgery.runtime.program import Program, code_key, library_dir, program_files
from surgery.score import ScoreResult, load_real, pack, packed_iou, program_patterns

EPS = 1e-12  # improvements and tolerances smaller than this count as ties


# ---------------------------------------------------------------- the algorithm (pure numpy)


def greedy(iou: np.ndarray, max_k: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Greedy facility location on ``iou [heads, programs]``.

    Returns the columns in the order chosen, the gain of each and the value after each (mean over
    heads of the best IoU among the first k). Stops after ``max_k`` programs, or earlier once no
    program adds anything (every head has its best; the curve is flat from there).

    >>> order, gain, value = greedy(np.array([[1.0, 0.0, 0.6], [0.0, 1.0, 0.6]]), 3)
    >>> order.tolist(), value.round(2).tolist()
    ([2, 0, 1], [0.6, 0.8, 1.0])
    """
    n_heads, n_progs = iou.shape
    cur = np.zeros(n_heads)  # [heads] best IoU among the chosen
    taken = np.zeros(n_progs, dtype=bool)
    order, gains, values = [], [], []
    for _ in range(min(max_k, n_progs)):
        gain = np.maximum(iou - cur[:, None], 0).mean(axis=0)  # [programs]
        gain[taken] = -np.inf
        j = int(np.argmax(gain))  # first maximum: ties go to the lower column
        if gain[j] <= EPS and order:
            break
        taken[j] = True
        cur = np.maximum(cur, iou[:, j])
        order.append(j)
        gains.append(float(gain[j]))
        values.append(float(cur.mean()))
    return np.array(order, dtype=int), np.array(gains), np.array(values)


def assign(sel: np.ndarray, columns) -> np.ndarray:
    """int [heads]: each head's best column among ``columns`` by ``sel``; ties to the earlier listed."""
    columns = np.asarray(columns, dtype=int)
    return columns[np.argmax(sel[:, columns], axis=1)]


def assigned_curve(sel: np.ndarray, score: np.ndarray, order) -> np.ndarray:
    """float [k]: mean of ``score`` when each head takes its ``sel``-best among ``order[:k]``.

    Same assignment (and ties) as :func:`assign`; ``score`` may be another set of windows.
    """
    rows = np.arange(sel.shape[0])
    best = np.full(sel.shape[0], -np.inf)
    pick = np.zeros(sel.shape[0], dtype=int)
    out = []
    for j in order:
        better = sel[:, j] > best  # strict: an earlier member keeps a tie
        best[better] = sel[better, j]
        pick[better] = j
        out.append(score[rows, pick].mean())
    return np.array(out)


def swap_pass(iou: np.ndarray, chosen, max_passes: int = 10) -> list[int]:
    """Local search: replace a member by the outside column that most raises the set's value.

    Members are visited in order; a swap is made only when it gains more than ``EPS``; stops after
    a pass without swaps (or ``max_passes``). The set's value never decreases.
    """
    chosen = [int(c) for c in chosen]
    for _ in range(max_passes):
        swapped = False
        for i in range(len(chosen)):
            rest = chosen[:i] + chosen[i + 1:]
            base = iou[:, rest].max(axis=1) if rest else np.zeros(iou.shape[0])  # [heads]
            value = np.maximum(base[:, None], iou).mean(axis=0)  # [programs]: member i replaced by each
            value[rest] = -np.inf
            c = int(np.argmax(value))
            if value[c] > value[chosen[i]] + EPS:
                chosen[i], swapped = c, True
        if not swapped:
            break
    return chosen


def choose_k(curve: np.ndarray, reference: float, within: float) -> int | None:
    """Smallest k (1-based) with ``curve[k-1] >= reference - within``; None if no k is."""
    ok = np.flatnonzero(np.asarray(curve) >= reference - within - EPS)
    return int(ok[0]) + 1 if len(ok) else None


@dataclass
class Compression:
    """A greedy curve and the library chosen from it.

    Means are over heads (each head weighted equally) of per-head IoU, itself the mean over windows.
    """

    order: np.ndarray  # int [n] columns in greedy order (n <= max_k: greedy stops when nothing gains)
    gain: np.ndarray  # float [n] selection gain of each step (non-increasing)
    selection: np.ndarray  # float [n] mean IoU of the first k on the selection windows (the objective)
    evaluation: np.ndarray  # float [n] the same on the evaluation windows, heads assigned on selection
    evaluation_no_bos: np.ndarray  # float [n] as evaluation, BOS column removed
    best_selection: float  # per-head best over all candidates, selection windows
    best_evaluation: float  # each head's selection-best candidate on evaluation windows: the reference
    best_evaluation_oracle: float  # per-head max over all candidates on evaluation windows (optimistic)
    within: float  # tolerance against best_evaluation
    k: int | None  # smallest k within tolerance on evaluation windows (None: not reached by max_k)
    k_selection: int | None  # the same read off the selection windows only
    library: list[int]  # columns of the final library: order[:k] (or all n), after swaps if any
    swapped: bool  # whether the swap pass changed the library
    assignment: np.ndarray  # int [heads] column of each head (its selection-best in library)
    library_scores: dict[str, float]  # the final library's mean IoU: selection, evaluation, evaluation_no_bos


def compress(sel: np.ndarray, ev: np.ndarray, ev_no_bos: np.ndarray | None = None, max_k: int = 300,
             within: float = 0.02, swap: bool = True) -> Compression:
    """Greedy curve on ``sel [heads, programs]``, reported on ``ev``; library of the chosen K."""
    ev_no_bos = ev if ev_no_bos is None else ev_no_bos
    order, gain, selection = greedy(sel, max_k)
    evaluation = assigned_curve(sel, ev, order)
    best_sel = float(sel.max(axis=1).mean())
    best_eval = float(ev[np.arange(len(sel)), np.argmax(sel, axis=1)].mean())
    k = choose_k(evaluation, best_eval, within)
    members = [int(c) for c in order[: k or len(order)]]
    library = swap_pass(sel, members) if swap else members
    pick = assign(sel, library)
    return Compression(
        order=order, gain=gain, selection=selection, evaluation=evaluation,
        evaluation_no_bos=assigned_curve(sel, ev_no_bos, order), best_selection=best_sel,
        best_evaluation=best_eval, best_evaluation_oracle=float(ev.max(axis=1).mean()), within=within, k=k,
        k_selection=choose_k(selection, best_sel, within), library=library,
        swapped=sorted(library) != sorted(members), assignment=pick,
        library_scores={name: _mean_at(m, pick) for name, m in
                        (("selection", sel), ("evaluation", ev), ("evaluation_no_bos", ev_no_bos))},
    )


def _mean_at(iou: np.ndarray, pick: np.ndarray) -> float:
    """Mean over heads of ``iou[head, pick[head]]``."""
    return float(iou[np.arange(len(iou)), pick].mean())


# ---------------------------------------------------------------- windows and candidates


def split_by_document(doc_ids: np.ndarray) -> np.ndarray:
    """bool [windows]: True for the selection half — every other document in sorted id order.

    A window's document decides its half, so neighbouring windows of one text never straddle it.
    With a single document, windows alternate instead.

    >>> split_by_document(np.array([7, 3, 7, 5, 3])).tolist()  # documents 3, 7 | 5
    [True, True, True, False, True]
    """
    docs = np.unique(doc_ids)
    if len(docs) < 2:
        return np.arange(len(doc_ids)) % 2 == 0
    return np.isin(doc_ids, docs[::2])


KINDS = (("library", None), ("fitted", "fitted"), ("llm", "llm"), ("winner", ""))  # kind, subdirectory


def candidate_files(programs_dir: Path) -> list[tuple[str, Path]]:
    """``(name, path)`` of every distinct candidate: library, fitted/, llm/, then top-level winners.

    Names are ``kind/stem``; a file whose code (docstring aside) repeats an earlier one is dropped,
    so the top-level ``L*H*.py`` copies of winners add nothing new.
    """
    seen: set[str] = set()
    out = []
    for kind, sub in KINDS:
        folder = library_dir() if sub is None else Path(programs_dir) / sub
        for path in program_files(folder) if folder.is_dir() else []:
            key = code_key(path.read_text())
            if key not in seen:
                seen.add(key)
                out.append((f"{kind}/{path.stem}", path))
    return out


TEMPER_GRID = ((1.0, 0.0),) + tuple((t, b) for t in (0.6, 1.0, 1.6) for b in (-1.0, 0.0, 1.0) if (t, b) != (1.0, 0.0))
"""(temperature, BOS shift) settings a log-linear template may take per head; the first is the program as written."""


def temper(patterns: np.ndarray, temperature: float, bos_shift: float) -> np.ndarray:
    """Rows of ``patterns [..., n, n]`` raised to ``temperature``, BOS column times ``exp(bos_shift)``, renormalized.

    For a terms program this is exactly the pattern of its weights scaled by ``temperature`` with
    ``bos_shift`` added to its first-token weight.

    >>> temper(np.array([[1.0, 0.0], [0.5, 0.5]]), 2.0, np.log(3.0)).round(2).tolist()
    [[1.0, 0.0], [0.75, 0.25]]
    """
    x = np.power(np.asarray(patterns, dtype=np.float32), np.float32(temperature))
    x[..., 0] *= np.float32(np.exp(bos_shift))
    return x / x.sum(axis=-1, keepdims=True)


@dataclass
class SplitScores:
    """IoU of every program against every head on the two halves of the held-out windows.

    With tempering, a log-linear program's entry is its best setting of ``grid`` on the selection
    half (``setting [heads, programs]``, an index into ``grid``), and that same setting is scored on
    the evaluation half; other programs only take the first setting (as written).
    """

    selection: np.ndarray  # float [heads, programs] IoU on the selection windows (greedy's objective)
    n_selection: int  # selection windows
    evaluation: ScoreResult  # IoU and BOS-removed IoU on the evaluation windows
    grid: tuple[tuple[float, float], ...]
    setting: np.ndarray  # int [heads, programs] index into ``grid``; 0 everywhere without tempering


def score_split(store, programs: list[Program], progress: bool = True, grid=TEMPER_GRID[:1]) -> SplitScores:
    """Score every program on the held-out windows once (each setting of ``grid`` for log-linear ones)."""
    from surgery.forms.source import read_terms

    windows = store.heldout_windows()
    if len(windows) < 2:
        raise ValueError(f"{store.path} has {len(windows)} held-out windows; compression needs at least 2")
    halves = split_by_document(store.doc_ids[windows])
    good, pats, errors = program_patterns(programs, store_contexts(store, windows), progress=progress)
    if not good:
        raise ValueError("no program produced a valid pattern: " + "; ".join(f"{k}: {v}" for k, v in errors.items()))
    real, real_nb = load_real(store, windows, progress)  # [H, W, T]
    loglinear = np.flatnonzero([read_terms(p.source) is not None for p in good])
    shape = (len(real), len(good), len(grid))
    sel, ev, ev_nb = (np.full(shape, -np.inf) for _ in range(3))
    for g, (t, b) in enumerate(tqdm(grid, desc="settings", disable=not progress or len(grid) == 1)):
        cols = np.arange(len(good)) if g == 0 else loglinear
        if not len(cols):
            continue
        p = pats[cols] if g == 0 else temper(pats[cols], t, b)
        packed, packed_nb = pack(p), pack(p, drop_bos=True)  # [P, W, T]
        del p
        sel[:, cols, g] = packed_iou(real[:, halves], packed[:, halves])
        ev[:, cols, g] = packed_iou(real[:, ~halves], packed[:, ~halves])
        ev_nb[:, cols, g] = packed_iou(real_nb[:, ~halves], packed_nb[:, ~halves])
    del pats
    setting = np.argmax(sel, axis=2)  # ties: the earlier setting, the program as written first

    def at(m: np.ndarray) -> np.ndarray:
        return np.take_along_axis(m, setting[..., None], axis=2)[..., 0]

    heads = [head_name(l, h) for l, h in store.heads]
    evaluation = ScoreResult(heads=heads, programs=good, iou=at(ev), iou_no_bos=at(ev_nb),
                             n_windows=int((~halves).sum()), errors=dict(errors))
    return SplitScores(at(sel), int(halves.sum()), evaluation, tuple(grid), setting)


# ---------------------------------------------------------------- the record


REPORT_K = (1, 5, 10, 25, 50, 100, 150, 200, 300)  # curve points listed under "at"
TOLERANCES = (0.05, 0.02, 0.01, 0.005, 0.002, 0.0)  # smallest K within each, under "k_within"


def curve_record(c: Compression, names: list[str], heads: list[str]) -> dict:
    """JSON-ready record: curve per K, references, chosen K, library names, head -> program."""
    steps = [{"k": k + 1, "program": names[j], "gain": float(c.gain[k]), "selection": float(c.selection[k]),
              "evaluation": float(c.evaluation[k]), "evaluation_no_bos": float(c.evaluation_no_bos[k])}
             for k, j in enumerate(c.order)]
    return {
        "per_head_best": {"selection": c.best_selection, "evaluation": c.best_evaluation,
                          "evaluation_oracle": c.best_evaluation_oracle},
        "within": c.within, "chosen_k": c.k, "chosen_k_selection": c.k_selection, "within_reached": c.k is not None,
        "k_within": {str(w): choose_k(c.evaluation, c.best_evaluation, w) for w in TOLERANCES},
        "at": {str(k): {"selection": float(c.selection[k - 1]), "evaluation": float(c.evaluation[k - 1])}
               for k in REPORT_K if k <= len(c.order)},
        "swapped": c.swapped, "library_scores": c.library_scores, "library": [names[j] for j in c.library],
        "assignment": {h: names[j] for h, j in zip(heads, c.assignment)},
        "curve": steps,
    }


def in_sample_record(result: ScoreResult, max_k: int = 300, within: float = 0.02) -> dict:
    """The curve on one score result, selection = evaluation (in-sample: optimistic; see module doc)."""
    c = compress(result.iou, result.iou, result.iou_no_bos, max_k=max_k, within=within, swap=False)
    record = curve_record(c, [p.name for p in result.programs], result.heads)
    return {"windows": f"in-sample: greedy and curve on the same {result.n_windows} held-out windows "
                       "(optimistic; `surgery compress` splits them)", **record}


def in_sample_writer(programs_dir: Path):
    """A ``synthesize(on_scored=...)`` callback writing :func:`in_sample_record` to
    ``programs_dir/compression.json`` (K vs IoU; `surgery compress` splits the windows)."""
    from surgery.io.records import write_json

    return lambda result: write_json(Path(programs_dir) / "compression.json", in_sample_record(result))
