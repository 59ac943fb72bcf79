"""Fitting the numbers of substituted programs to the model's loss (``surgery eval --tune-steps``).

Synthesis fits each program to its head's attention alone; once several heads are replaced, what
matters is what the model downstream makes of the patterns. Tuning takes the programs of the
selected heads that have the fitted form — terms (``surgery.forms.terms``), short or dense —
reads their numbers back (literals only, nothing executed) and fits them
jointly, with every selected head replaced, to minimize

    KL(unmodified model's next-token distribution || substituted model's)   (mean per position)
      + l2 × Σ (θ − θ_synthesized)² / heads                       (l2, lr: one pair per program form)

by Adam on windows of *training* documents (the teacher distribution is kept as its ``top_k``
tokens plus the rest's total mass). The unmodified residual stream entering the lowest selected
layer is recorded with the teacher, so every forward of the tuning starts at that layer. Only numbers a program already has are fitted (its
term weights): a tuned program has the same terms as before, with new numbers, and stays as readable. Programs of
other forms (library programs) are used as they are, and reported as not tuned.

The tuned programs are written as ordinary program files; perplexity is then measured through the
normal substitution path on held-out text, so the figures never see the tuning windows.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import torch
from tqdm.auto import tqdm

from surgery.io import hooks
from surgery import forms
from surgery.forms import terms as termcode
from surgery.synthesize import termfit
from surgery.lang import terms as T
from surgery.substitute.plan import Head, model_context_factory


@dataclass(frozen=True)
class TuneConfig:
    steps: int = 40  # Adam steps
    lr: float = 0.02  # step size of table programs' numbers
    terms_lr: float = 0.1  # step size of terms programs' weights (a few numbers per head: larger steps)
    batch_size: int = 16  # windows per step
    l2: float = 1e-3  # pull of table programs' numbers towards the synthesized ones (per head)
    terms_l2: float = 1e-4  # the same for terms programs' weights
    top_k: int = 64  # teacher tokens kept per position
    kl_windows: int = 48  # the first this many tuning windows give the KL before and after
    seed: int = 0


@dataclass
class Teacher:
    """The unmodified model's next-token distribution per position, in short form."""

    index: torch.Tensor  # int64 [w, T, k] most likely tokens
    logp: torch.Tensor  # float32 [w, T, k] their log-probabilities
    rest: torch.Tensor  # float32 [w, T] log of the remaining mass


@dataclass
class Group:
    """The selected heads of one program form (terms: the one fitted form), with their weights as a tensor."""

    form: str  # "terms"
    heads: list[Head]
    vocab: tuple[str, ...]  # key tokens the weights refer to
    params: torch.Tensor  # flat weights [H, total] (``surgery.synthesize.termfit``)
    feats: object = None  # features of the tuning windows (set by ``tune``)

    @classmethod
    def read(cls, form: str, heads: list[Head], specs: list) -> "Group":
        vocab = tuple(sorted({t[1] for spec in specs for _, t in spec if t[0] == "key_token"}))
        return cls(form, heads, vocab, termfit.params_from_terms(specs, vocab))

    def tensors(self) -> list[torch.Tensor]:
        return [self.params]

    def masks(self) -> list[torch.Tensor]:
        """1 where a number may move: the weights of the listed terms."""
        return [(self.params != 0).float()]

    def features(self, ctxs):
        return termfit.features(ctxs, self.vocab)

    def logits(self, feats) -> torch.Tensor:
        return termfit.logits(self.params, feats)

    def source(self, i: int, name: str, note: str, ctxs) -> str:
        """Head ``i``'s program with its tuned weights (``ctxs``: where its terms' masses are measured)."""
        terms = termfit.head_terms(self.params, i, self.vocab)
        share = T.shares(ctxs, [(w, *t) for w, t in terms]) if len(terms) <= termcode.SHARES_UP_TO else None
        return termcode.program_source(name, terms, share, origin=f"{termcode.ORIGIN}, weights tuned to the model's loss ({note})")


@dataclass
class TuneResult:
    groups: list[Group]  # tuned heads by program form, with their tuned numbers
    kl_before: float  # mean KL (nats per position) on the first ``kl_windows`` tuning windows, before
    kl_after: float
    seconds: float
    skipped: list[Head] = field(default_factory=list)  # selected heads whose program has no fitted form
    contexts: list = field(default_factory=list)  # a few tuning windows' contexts (terms' masses)

    @property
    def heads(self) -> list[Head]:
        """Every tuned head, group by group."""
        return [h for g in self.groups for h in g.heads]


def tunable(programs: dict) -> dict[Head, tuple[str, object]]:
    """Heads whose program has a fitted form -> (form, its terms or tables).

    Hand-written programs are not tuned; a program that claims a generated form its code does not
    have is a :class:`surgery.forms.FormError` naming each such file, never skipped in silence.
    """
    bad = forms.unrecognised(programs.values())
    if bad:
        raise forms.FormError("cannot tune programs whose form is not recognised (edited by hand, or written "
                              "by another version?):\n  " + "\n  ".join(bad))
    out = {}
    for head, prog in programs.items():
        source = getattr(prog, "source", None)
        found = forms.read_form(source) if isinstance(source, str) else None
        if found is not None:
            out[head] = found
    return out


@torch.no_grad()
def teacher(model, tokens: np.ndarray, top_k: int, batch_size: int) -> Teacher:
    parts = [teacher_of(model(torch.as_tensor(tokens[lo:lo + batch_size]), **hooks.forward_kwargs()), top_k)
             for lo in range(0, len(tokens), batch_size)]
    return Teacher(torch.cat([t.index for t in parts]), torch.cat([t.logp for t in parts]),
                   torch.cat([t.rest for t in parts]))


@torch.no_grad()
def teacher_and_stream(model, tokens: np.ndarray, top_k: int, batch_size: int,
                       layer: int) -> tuple[Teacher, torch.Tensor]:
    """:func:`teacher`, and the unmodified residual stream entering block ``layer`` [w, T, d_model]."""
    name = hooks.resid_pre_hook(layer)
    parts, stream = [], []
    for lo in range(0, len(tokens), batch_size):
        logits, acts = model.run_with_cache(torch.as_tensor(tokens[lo:lo + batch_size]), names_filter=name,
                                            **hooks.forward_kwargs())
        parts.append(teacher_of(logits, top_k))
        stream.append(acts[name])
    return (Teacher(torch.cat([t.index for t in parts]), torch.cat([t.logp for t in parts]),
                    torch.cat([t.rest for t in parts])), torch.cat(stream))


def teacher_of(logits: torch.Tensor, top_k: int) -> Teacher:
    """The short form of the next-token distributions ``logits`` [b, T, vocab]."""
    top = torch.log_softmax(logits.float(), dim=-1).topk(min(top_k, logits.shape[-1]), dim=-1)
    return Teacher(top.indices, top.values, _log_rest(top.values))


def _log_rest(logp_top: torch.Tensor) -> torch.Tensor:
    """log(1 − Σ p) of the listed tokens (clamped away from log 0)."""
    return torch.log1p(-logp_top.exp().sum(-1).clamp(max=1 - 1e-6))


def kl(t: Teacher, rows: torch.Tensor, student_logits: torch.Tensor) -> torch.Tensor:
    """Mean KL(teacher || student) over the positions of windows ``rows``; student [b, T, vocab]."""
    lp = torch.log_softmax(student_logits.float(), dim=-1)
    idx, t_logp, t_rest = t.index[rows], t.logp[rows], t.rest[rows]
    s_logp = lp.gather(-1, idx)
    listed = (t_logp.exp() * (t_logp - s_logp)).sum(-1)
    rest = t_rest.exp() * (t_rest - _log_rest(s_logp))
    return (listed + rest).mean()


class _PatternHooks:
    """Hooks writing ``probs`` [H, b, T, T] into the selected heads' patterns (with gradients)."""

    def __init__(self, heads: list[Head]):
        self.by_layer: dict[int, tuple[list[int], list[int]]] = {}
        for i, (layer, head) in enumerate(heads):
            qh, rows = self.by_layer.setdefault(layer, ([], []))
            qh.append(head)
            rows.append(i)
        self.probs: torch.Tensor | None = None

    def hook(self, pattern: torch.Tensor, hook) -> torch.Tensor:
        qh, rows = self.by_layer[hooks.layer_of(hook.name)]
        out = pattern.clone()
        out[:, qh] = self.probs[rows].transpose(0, 1).to(pattern.dtype)
        return out

    def fwd_hooks(self) -> list:
        return [(hooks.pattern_hook(layer), self.hook) for layer in sorted(self.by_layer)]


def tune(model, programs: dict, heads: list[Head], tokens: np.ndarray, cfg: TuneConfig = TuneConfig(),
         progress: bool = True) -> TuneResult:
    """Fit the fitted-form programs among ``heads`` (``programs``: head -> Program) on ``tokens`` [w, T]."""
    start = time.perf_counter()
    found = tunable({h: programs[h] for h in heads})
    groups = []
    for form in ("terms", "table"):
        chosen = [h for h in heads if h in found and found[h][0] == form]
        if chosen:
            groups.append(Group.read(form, chosen, [found[h][1] for h in chosen]))
    skipped = [h for h in heads if h not in found]
    if not groups:
        return TuneResult([], 0.0, 0.0, time.perf_counter() - start, skipped)
    frozen = [q for q in model.parameters() if q.requires_grad]
    for q in frozen:  # only the programs' numbers get gradients; given back on the way out
        q.requires_grad_(False)
    try:
        return _tune(model, groups, skipped, tokens, cfg, progress, start)
    finally:
        for q in frozen:
            q.requires_grad_(True)


def _tune(model, groups: list[Group], skipped: list[Head], tokens: np.ndarray, cfg: TuneConfig, progress: bool,
          start: float) -> TuneResult:
    make = model_context_factory(model)
    ctxs = [make(np.asarray(row)) for row in tokens]
    for g in groups:
        g.feats = g.features(ctxs)
    pattern_hooks = _PatternHooks([h for g in groups for h in g.heads])
    first = min(pattern_hooks.by_layer)  # below it nothing changes: forwards start there
    target, stream = teacher_and_stream(model, np.asarray(tokens), cfg.top_k, cfg.batch_size, first)
    inputs = hooks.block_inputs(model, stream.shape[1])  # recorded before the pattern hooks are in place

    def loss_of(rows: torch.Tensor) -> torch.Tensor:
        pattern_hooks.probs = torch.cat([torch.softmax(g.logits(g.feats.subset(rows)), dim=-1) for g in groups])
        with model.hooks(fwd_hooks=pattern_hooks.fwd_hooks()):
            return kl(target, rows, hooks.unembed(model, hooks.stream_from(model, stream[rows], first, inputs)))

    n_kl = min(len(tokens), cfg.kl_windows)

    def mean_kl() -> float:
        with torch.no_grad():
            parts = [(float(loss_of(rows)), len(rows)) for rows in torch.arange(n_kl).split(cfg.batch_size)]
        return sum(v * n for v, n in parts) / n_kl

    before = mean_kl()
    params = [t for g in groups for t in g.tensors()]
    init = [t.clone() for t in params]
    masks = [m for g in groups for m in g.masks()]
    weight = [(cfg.terms_l2 if g.form == "terms" else cfg.l2) / len(g.heads)  # the pull is per head
              for g in groups for _ in g.tensors()]
    for t in params:
        t.requires_grad_()
    opt = torch.optim.Adam([{"params": g.tensors(), "lr": cfg.terms_lr if g.form == "terms" else cfg.lr}
                            for g in groups])
    gen = torch.Generator().manual_seed(cfg.seed)
    bar = tqdm(range(cfg.steps), desc="tune", unit="step", disable=not progress)
    for _ in bar:
        rows = torch.randperm(len(tokens), generator=gen)[: cfg.batch_size]
        loss = loss_of(rows)
        reg = sum(w * ((t - t0) * m).square().sum() for t, t0, m, w in zip(params, init, masks, weight))
        opt.zero_grad()
        (loss + reg).backward()
        for t, m in zip(params, masks):
            t.grad.mul_(m)
        opt.step()
        bar.set_postfix(kl=f"{float(loss.detach()):.4f}")
    for t in params:
        t.requires_grad_(False)
    after = mean_kl()
    for g in groups:
        g.feats = None  # the windows' features are not kept with the result
    return TuneResult(groups, before, after, time.perf_counter() - start, skipped, contexts=ctxs[:16])


def check_out_dir(programs_dir: Path, out: Path, headmap=None) -> None:
    """Refuse, in one line, an output directory that holds the input programs: tuning writes new
    files beside untouched references to the old ones, never over them. ``headmap`` (optional): the
    input's heads.json, whose program files must not lie in ``out`` either."""
    out = Path(out).resolve()
    inputs = [Path(programs_dir).resolve()]
    if headmap is not None:
        inputs += [headmap.program_path(name, programs_dir).resolve().parent for name in headmap.heads]
    if out in inputs:
        raise ValueError(f"tuned programs go to {out}, which holds the input programs: choose another output directory")


def write_tuned(result: TuneResult, headmap, programs_dir: Path, out: Path, note: str,
                ious: dict[Head, tuple[float, float]] | None = None):
    """A programs directory at ``out``: tuned heads get new files, the others keep theirs.

    ``ious`` (head -> held-out IoU, no-BOS IoU of the tuned program) goes into heads.json and the
    docstrings when known; otherwise those fields are left empty. Returns the new HeadMap.
    ``out`` may not hold the input programs (:func:`check_out_dir`).
    """
    from surgery.io.headmap import HeadEntry, HeadMap, head_name
    from surgery.runtime.program import with_scores

    check_out_dir(programs_dir, out, headmap)
    out.mkdir(parents=True, exist_ok=True)
    heads = {}
    for name, entry in headmap.heads.items():
        program = headmap.program_path(name, programs_dir)
        heads[name] = HeadEntry(program=HeadMap.relative(program, out), iou=entry.iou,
                                iou_no_bos=entry.iou_no_bos, method=entry.method)
    for g in result.groups:
        for i, head in enumerate(g.heads):
            name = head_name(*head)
            source = g.source(i, name, note, result.contexts)
            iou, iou_nb = (ious or {}).get(head, (None, None))
            if iou is not None:
                source = with_scores(source, name, iou, iou_nb)
            (out / f"{name}.py").write_text(source)
            method = (headmap.heads[name].method or ("search/terms" if g.form == "terms" else "search/loglinear")) + "+tuned"
            heads[name] = HeadEntry(program=f"{name}.py", iou=iou, iou_no_bos=iou_nb, method=method)
    tuned = HeadMap(model=headmap.model, heads=heads)
    tuned.save(out)
    return tuned


def heldout_ious(result: TuneResult, store) -> dict[Head, tuple[float, float]]:
    """Held-out IoU (plain, no-BOS) of the tuned patterns against the store's recorded attention."""
    from surgery.lang.context import store_contexts
    from surgery.score import batch_iou

    windows = store.heldout_windows()
    ctxs = store_contexts(store, windows)
    out = {}
    for g in result.groups:
        with torch.no_grad():
            pred = torch.softmax(g.logits(g.features(ctxs)), dim=-1).numpy()
        for i, (layer, head) in enumerate(g.heads):
            real = store.head_attention(layer, head, windows)
            out[(layer, head)] = (float(batch_iou(real, pred[i]).mean()),
                                  float(batch_iou(real, pred[i], drop_bos=True).mean()))
    return out
