"""Synthesis by LLM: describe a head's attention, ask for programs, show where they miss, repeat.

For each head: :func:`summarize_head` (average mass on BOS / self / previous, then for a few
training windows the strongest edges ``q -> k`` with their token strings, grouped by weight
strata) goes into :func:`build_prompt` with the program contract and the primitives API. Every
program of the reply is checked statically, written to ``llm/L{l}H{h}_r{round}_{i}.py`` with
docstring metadata (origin ``llm/<model>``), run in the sandbox (untrusted) on the training
windows and scored against the head; one that fails is recorded with its reason and removed.
The best of a round gets :func:`feedback` (where it over- and under-predicts) for the next round.
``llm/L{l}H{h}.json`` records the conversation and every trial; a head that has one is done
(resume). Held-out re-ranking is :func:`surgery.synthesize.synthesize.choose_best`'s job.
"""
from __future__ import annotations

import ast
import inspect
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from tqdm.auto import tqdm

from surgery.lang import primitives as P
from surgery.lang.context import TokenContext, store_contexts
from surgery.io.headmap import head_name
from surgery.synthesize.llm import ChatClient, extract_programs
from surgery.runtime.program import load_program
from surgery.io.records import write_json
from surgery.runtime.sandbox import Limits, ProgramError, check_source
from surgery.score import batch_iou, program_patterns

STRATA = (0.5, 0.2, 0.05)  # lower bounds of the weight strata shown in the prompt
HELPERS = ("key_mask", "last_of", "name_like_mask", "content_mask", "rownorm", "mix", "gate_queries",
           "gate_keys", "fallback")  # primitives.py functions beyond PRIMITIVES worth showing


@dataclass(frozen=True)
class LLMSynthConfig:
    """How many rounds and programs to ask for, and what the prompt shows."""

    rounds: int = 2  # requests per head: the first prompt, then feedback rounds
    n_programs: int = 3  # programs asked for per request
    max_windows: int = 16  # training windows programs are scored on (and feedback drawn from)
    summary_windows: int = 3  # training windows whose edges the first prompt lists
    edges_per_stratum: int = 12  # edges listed per weight stratum and window
    feedback_edges: int = 10  # edges listed per direction (over / under) in feedback
    limits: Limits = Limits(wall_s=30.0, cpu_s=30)  # sandbox limits per program and batch


@dataclass
class Trial:
    """One program the LLM returned."""

    round: int
    index: int  # position in its reply
    file: str | None  # the written program's file name (in llm/), None when it failed
    iou: float | None  # mean soft IoU against the head on the training windows
    iou_no_bos: float | None
    error: str | None  # why it was rejected or failed, one line
    source: str  # the program as written, or as returned when rejected


@dataclass
class HeadRecord:
    """The conversation about one head and every program it produced."""

    head: str
    model: str
    trials: list[Trial] = field(default_factory=list)
    messages: list[dict] = field(default_factory=list)

    @property
    def best(self) -> Trial | None:
        ok = [t for t in self.trials if t.iou is not None]
        return max(ok, key=lambda t: t.iou) if ok else None


# ---------------------------------------------------------------- describing a head


def _tok(tokens: list[str], i: int) -> str:
    return f"{i} {tokens[i]!r}"


def mass_profile(pats: np.ndarray) -> dict[str, float]:
    """Mean mass per query (queries 1..n-1) of ``[W, n, n]`` patterns on BOS, self, 1 and 2 back."""
    n = pats.shape[-1]
    q = np.arange(1, n)
    bos = pats[:, 1:, 0].mean()
    self_ = pats[:, q, q].mean()
    prev = pats[:, q[1:], q[1:] - 1].sum(-1).mean() / max(n - 1, 1)  # key 0 counts as BOS only
    prev2 = pats[:, q[2:], q[2:] - 2].sum(-1).mean() / max(n - 1, 1)
    rest = 1.0 - bos - self_ - prev - prev2
    return {"BOS": float(bos), "self": float(self_), "previous": float(prev), "2 back": float(prev2),
            "elsewhere": float(max(rest, 0.0))}


def _profile_text(pats: np.ndarray) -> str:
    return ", ".join(f"{k} {v:.2f}" for k, v in mass_profile(pats).items())


def _strata_lines(pat: np.ndarray, tokens: list[str], per: int) -> list[str]:
    """Edges (BOS key excluded) by weight stratum, strongest first, at most ``per`` each."""
    n = pat.shape[-1]
    keep = np.tril(np.ones((n, n), dtype=bool))
    keep[:, 0] = False
    lines = []
    for lo, hi in zip(STRATA, (np.inf,) + STRATA[:-1]):
        q, k = np.nonzero(keep & (pat >= lo) & (pat < hi))
        order = np.argsort(-pat[q, k], kind="stable")
        bound = f">= {lo}" if hi == np.inf else f"{lo}-{hi}"
        lines.append(f"  weight {bound}: {len(q)} edges" + (", strongest:" if len(q) else ""))
        lines += [f"    {_tok(tokens, q[j])} -> {_tok(tokens, k[j])}  {pat[q[j], k[j]]:.2f} (d={q[j] - k[j]})"
                  for j in order[:per]]
    return lines


def summarize_head(store, layer: int, head: int, windows, edges_per_stratum: int = 12) -> str:
    """Text summary of one head's real attention on the given (training) windows."""
    windows = np.asarray(windows)
    pats = store.head_attention(layer, head, windows)  # [W, n, n]
    lines = [f"Head {head_name(layer, head)}: real attention on {len(windows)} training windows of "
             f"{pats.shape[-1]} tokens (position 0 is BOS).",
             f"Average attention mass per query: {_profile_text(pats)}.",
             "Edges are `query_pos 'token' -> key_pos 'token'  weight (d = query_pos - key_pos)`; "
             "edges to BOS are left out (see the average above)."]
    for w, pat in zip(windows, pats):
        tokens = store.token_strs[w]
        lines.append(f"\nWindow {w}: " + " ".join(f"{i}:{t!r}" for i, t in enumerate(tokens)))
        lines += _strata_lines(pat, tokens, edges_per_stratum)
    return "\n".join(lines)


# ---------------------------------------------------------------- the prompt


def _signature(fn) -> str:
    params = [("*" if p.kind is p.VAR_POSITIONAL else "") + p.name
              + ("" if p.default is inspect.Parameter.empty else f"={p.default!r}")
              for p in inspect.signature(fn).parameters.values()]
    return f"{fn.__name__}({', '.join(params)})"


def primitives_api() -> str:
    """One line per primitive: ``P.name(args)  first docstring line``."""
    names = list(P.PRIMITIVES) + [h for h in HELPERS if hasattr(P, h)]
    return "\n".join(f"P.{_signature(getattr(P, n))}  # {(getattr(P, n).__doc__ or '').strip().splitlines()[0]}"
                     for n in names)


def context_api() -> str:
    """The TokenContext fields and properties a program may read, with their comments."""
    field_line = r"^    ([a-z]\w*): ([^#\n=]+?)(?:\s*=[^#\n]*)?(?:\s*#\s*(.+))?$"  # name: type [= default]  # comment
    fields = re.findall(field_line, inspect.getsource(TokenContext), re.M)
    lines = [f"ctx.{name}: {kind}" + (f"  # {doc}" if doc else "") for name, kind, doc in fields]
    props = [(n, v) for n, v in vars(TokenContext).items() if isinstance(v, property) and not n.startswith("_")]
    for name, prop in props:
        doc = (prop.__doc__ or ("the window's text, tokens[1:] joined" if name == "text" else "")).strip().splitlines()
        lines.append(f"ctx.{name}" + (f"  # {doc[0]}" if doc else ""))
    return "\n".join(lines)


CONTRACT = """A program is one Python file defining
    def attention(ctx) -> np.ndarray   # [ctx.n, ctx.n] non-negative scores, row = query, column = key
The framework applies the causal mask (keys after the query are dropped) and normalizes each row;
a row with no mass puts all its mass on BOS (position 0). Scores may be unnormalized.
Allowed imports: numpy (as np), math, `from surgery.lang import primitives as P`. No files, network,
classes, eval/exec, getattr or names starting with an underscore. It must be deterministic and
fast (vectorized numpy). Start the file with a docstring whose first line says in words what the
head attends to."""


def build_prompt(head: str, summary: str, n_programs: int) -> list[dict]:
    """The first request about a head: system (contract, API) and user (summary, task) messages."""
    system = (f"You write small Python programs that reproduce the attention pattern of one attention head "
              f"of a transformer language model.\n\n{CONTRACT}\n\nThe context `ctx`:\n{context_api()}\n\n"
              f"Primitives (each returns float32 [n, n] scores; combine with P.mix, P.gate_queries, ...):\n"
              f"{primitives_api()}")
    user = (f"{summary}\n\nWrite {n_programs} different programs for head {head}, each in its own "
            f"```python code block, from simple to more specific. Prefer rules over memorized positions.")
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]


# ---------------------------------------------------------------- feedback


def _diff_lines(title: str, d: np.ndarray, real, pred, ctxs, labels, k: int) -> list[str]:
    """The ``k`` largest positive entries of ``d [W, n, n]`` as edges with their tokens."""
    flat = np.argsort(-d, axis=None, kind="stable")[:k]
    lines = [title]
    for w, q, key in zip(*np.unravel_index(flat, d.shape)):
        if d[w, q, key] < 0.05:
            break
        tokens = ctxs[w].tokens
        lines.append(f"  window {labels[w]}: {_tok(tokens, q)} -> {_tok(tokens, key)} (d={q - key}): "
                     f"program {pred[w, q, key]:.2f}, head {real[w, q, key]:.2f}")
    return lines if len(lines) > 1 else [title, "  (nothing above 0.05)"]


def feedback(real: np.ndarray, pred: np.ndarray, ctxs: list[TokenContext], labels=None, max_edges: int = 10) -> str:
    """Where normalized ``pred [W, n, n]`` over- and under-predicts the head's ``real [W, n, n]``."""
    real, pred = np.asarray(real, dtype=np.float32), np.asarray(pred, dtype=np.float32)
    labels = list(range(len(ctxs))) if labels is None else list(labels)
    d = pred - real  # [W, n, n]
    lines = [f"IoU {batch_iou(real, pred).mean():.3f} (without BOS {batch_iou(real, pred, drop_bos=True).mean():.3f}).",
             f"Average mass per query, head:    {_profile_text(real)}",
             f"Average mass per query, program: {_profile_text(pred)}"]
    for title, diff in (("Over-predicts (program puts mass where the head does not):", d),
                        ("Under-predicts (head puts mass where the program does not):", -d)):
        lines += _diff_lines(title, diff, real, pred, ctxs, labels, max_edges)
    return "\n".join(lines)


def _round_feedback(trials: list[Trial], preds: dict, real, ctxs, labels, cfg: LLMSynthConfig) -> str:
    lines = ["Results on the training windows:"]
    for t in trials:
        result = f"IoU {t.iou:.3f} (without BOS {t.iou_no_bos:.3f})" if t.iou is not None else f"failed: {t.error}"
        lines.append(f"- program {t.index + 1}: {result}")
    if preds:
        best = max(preds, key=lambda i: next(t.iou for t in trials if t.index == i))
        lines += [f"\nWhere program {best + 1} (the best) differs from the head:",
                  feedback(real, preds[best], ctxs, labels, cfg.feedback_edges)]
    else:
        lines.append("\nNo program worked; fix the errors above.")
    lines.append(f"\nWrite {cfg.n_programs} improved programs, each in its own ```python code block.")
    return "\n".join(lines)


# ---------------------------------------------------------------- programs from replies


def program_source(code: str, name: str, head: str, model: str) -> str:
    """The file written for returned ``code``: metadata docstring first, missing np / P imports added."""
    tree = ast.parse(code)
    lines = code.splitlines()
    doc = ast.get_docstring(tree)
    if doc is not None:  # the model's own docstring gives the description and is replaced
        first = tree.body[0]
        lines = lines[: first.lineno - 1] + lines[first.end_lineno:]
    desc = next((ln.strip() for ln in (doc or "").splitlines() if ln.strip()), f"LLM-written program for {head}")
    desc = desc.replace('"""', "'").replace("\\", "/")[:200]
    body = "\n".join(lines).strip("\n")
    imports = []
    if re.search(r"\bnp\.", body) and not re.search(r"^import numpy as np\b", body, re.M):
        imports.append("import numpy as np")
    if re.search(r"\bP\.", body) and not re.search(r"primitives as P\b", body):
        imports.append("from surgery.lang import primitives as P")
    header = f'"""{desc}\n\nname: {name}\ndescription: {desc}\norigin: llm/{model}\ntarget: {head}\n"""\n'
    return header + "".join(f"{i}\n" for i in imports) + ("\n" if imports else "") + body + "\n"


def _write_programs(codes: list[str], rnd: int, head: str, model: str, llm_dir: Path) -> tuple[list[Trial], list]:
    """Statically checked programs written to files; rejected ones become trials with an error."""
    trials, progs = [], []
    for i, code in enumerate(codes):
        name = f"{head}_r{rnd}_{i}"
        try:
            check_source(code)
            source = program_source(code, name, head, model)
            check_source(source)
        except ProgramError as e:
            trials.append(Trial(rnd, i, None, None, None, f"rejected: {e}", code))
            continue
        (llm_dir / f"{name}.py").write_text(source)
        progs.append((i, load_program(llm_dir / f"{name}.py", trusted=False)))
    return trials, progs


def _try_reply(reply: str, rnd: int, head: str, model: str, real, ctxs, llm_dir: Path, cfg: LLMSynthConfig):
    """Trials of one reply (sorted by index) and the normalized patterns of those that worked."""
    codes = extract_programs(reply)[: cfg.n_programs]
    if not codes:
        return [Trial(rnd, 0, None, None, None, "the reply contains no program (no `def attention`)", reply[:2000])], {}
    trials, progs = _write_programs(codes, rnd, head, model, llm_dir)
    for _, prog in progs:
        prog.limits = cfg.limits
    good, pats, errors = program_patterns([p for _, p in progs], ctxs, progress=False)
    column = {id(p): j for j, p in enumerate(good)}
    preds = {}
    for i, prog in progs:
        if id(prog) in column:
            preds[i] = pats[column[id(prog)]]  # [W, n, n]
            iou, nb = batch_iou(real, preds[i]).mean(), batch_iou(real, preds[i], drop_bos=True).mean()
            trials.append(Trial(rnd, i, prog.path.name, float(iou), float(nb), None, prog.source))
        else:
            trials.append(Trial(rnd, i, None, None, None, errors.get(prog.name, "failed"), prog.source))
            prog.path.unlink()
    return sorted(trials, key=lambda t: t.index), preds


def ask_head(client: ChatClient, model: str, store, head: tuple[int, int], windows, ctxs, llm_dir: Path,
             cfg: LLMSynthConfig) -> HeadRecord:
    """All rounds of the conversation about one head."""
    name = head_name(*head)
    real = store.head_attention(head[0], head[1], windows)  # [W, n, n]
    summary = summarize_head(store, head[0], head[1], windows[: cfg.summary_windows], cfg.edges_per_stratum)
    record = HeadRecord(head=name, model=model, messages=build_prompt(name, summary, cfg.n_programs))
    for rnd in range(cfg.rounds):
        reply = client.chat(record.messages)
        record.messages.append({"role": "assistant", "content": reply})
        trials, preds = _try_reply(reply, rnd, name, model, real, ctxs, llm_dir, cfg)
        record.trials += trials
        if rnd + 1 < cfg.rounds:
            text = _round_feedback(trials, preds, real, ctxs, windows, cfg)
            record.messages.append({"role": "user", "content": text})
    return record


def llm_candidates(client: ChatClient, store, heads: list[tuple[int, int]], out_dir,
                   cfg: LLMSynthConfig = LLMSynthConfig(), progress: bool = True) -> dict[str, HeadRecord]:
    """Ask the LLM about each head; programs land in ``out_dir/llm/``. Returns the records of heads asked now.

    A head with ``llm/L{l}H{h}.json`` is skipped (done in an earlier run); a head without one is
    asked again from scratch (its stale program files are removed). :class:`~surgery.synthesize.llm.LLMError`
    propagates: the heads finished so far are kept for the next run.
    """
    llm_dir = Path(out_dir) / "llm"
    llm_dir.mkdir(parents=True, exist_ok=True)
    windows = store.train_windows()[: cfg.max_windows]
    if len(windows) == 0:
        raise ValueError(f"{store.path} has no training windows to show the LLM")
    todo = [hd for hd in heads if not (llm_dir / f"{head_name(*hd)}.json").exists()]
    if not todo:
        return {}
    ctxs = store_contexts(store, windows)
    model = client.resolve_model()
    records = {}
    for hd in tqdm(todo, desc="llm", unit="head", disable=not progress):
        name = head_name(*hd)
        for stale in llm_dir.glob(f"{name}_r*.py"):
            stale.unlink()
        records[name] = ask_head(client, model, store, hd, windows, ctxs, llm_dir, cfg)
        write_json(llm_dir / f"{name}.json", records[name])
    return records
