"""Fitting the numbers of substituted programs to the model's loss (``surgery eval --tune-steps``).

Synthesis fits each program to its head's attention alone; once several heads are replaced, what
matters is what the model downstream makes of the patterns. Tuning takes the programs of the
selected heads that have the fitted form — terms (``surgery.forms.source``), short or dense —
reads their numbers back (literals only, nothing executed) and fits them
jointly, with every selected head replaced, to minimize

    KL(unmodified model's next-token distribution || substituted model's)   (mean per position)
      + l2 × Σ (θ − θ_synthesized)² / heads                       (lr: Adam step size)

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
from surgery.forms import source as termcode
from surgery.synthesize import tensors
from surgery.lang import terms as T
from surgery.substitute.plan import Head, model_context_factory


@dataclass(frozen=True)
class TuneConfig:
    steps: int = 40  # Adam steps
    lr: float = 0.1  # Adam step size of the term weights
    batch_size: int = 16  # windows per step
    l2: float = 1e-4  # pull of the weights towards the synthesized ones (per head)
    top_k: int = 64  # teacher tokens kept per position
    kl_windows: int = 48  # the first this many tuning windows (of each length) give the KL before and after
    seed: int = 0
    eval_every: int = 5  # steps between two measurements of the validation KL (with validation windows)
    patience: int = 3  # validation measurements without gain before tuning stops (0: never stops early)


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
    params: torch.Tensor  # flat weights [H, total] (``surgery.synthesize.tensors``)
    feats: object = None  # features of the tuning windows (set by ``tune``)

    @classmethod
    def read(cls, form: str, heads: list[Head], specs: list) -> "Group":
        vocab = tuple(sorted({t[1] for spec in specs for _, t in spec if t[0] == "key_token"}))
        return cls(form, heads, vocab, tensors.params_from_terms(specs, vocab))

    def tensors(self) -> list[torch.Tensor]:
        return [self.params]

    def masks(self) -> list[torch.Tensor]:
        """1 where a number may move: the weights of the listed terms."""
        return [(self.params != 0).float()]

    def features(self, ctxs):
        return tensors.features(ctxs, self.vocab)

    def logits(self, feats) -> torch.Tensor:
        return tensors.logits(self.params, feats)

    def source(self, i: int, name: str, note: str, ctxs) -> str:
        """Head ``i``'s program with its tuned weights (``ctxs``: where its terms' masses are measured)."""
        terms = tensors.head_terms(self.params, i, self.vocab)
        share = T.shares(ctxs, [(w, *t) for w, t in terms]) if len(terms) <= termcode.SHARES_UP_TO else None
        return termcode.program_source(name, terms, share, origin=f"{termcode.ORIGIN}, weights tuned to the model's loss ({note})")


@dataclass
class TuneResult:
    groups: list[Group]  # tuned heads by program form, with their tuned numbers (the best step's, with validation)
    kl_before: float  # mean KL (nats per position) on the first ``kl_windows`` tuning windows of each length, before
    kl_after: float
    seconds: float
    skipped: list[Head] = field(default_factory=list)  # selected heads whose program has no fitted form
    contexts: list = field(default_factory=list)  # a few tuning windows' contexts (terms' masses)
    steps_run: int = 0  # steps taken: fewer than ``TuneConfig.steps`` when validation stopped the tuning early
    best_step: int | None = None  # the step whose numbers were kept (0: the synthesized ones); None without validation
    history: list[tuple[int, float, float]] = field(default_factory=list)
    # ^ (step, mean training KL of the batches since the previous measurement, validation KL) per measurement

    @property
    def heads(self) -> list[Head]:
        """Every tuned head, group by group."""
        return [h for g in self.groups for h in g.heads]

    @property
    def valid_before(self) -> float | None:
        """Validation KL of the synthesized numbers (None without validation windows)."""
        return self.history[0][2] if self.history else None

    @property
    def valid_best(self) -> float | None:
        """Validation KL of the numbers kept."""
        return min(v for _, _, v in self.history) if self.history else None


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


def tune(model, programs: dict, heads: list[Head], tokens, cfg: TuneConfig = TuneConfig(),
         progress: bool = True, valid=()) -> TuneResult:
    """Fit the fitted-form programs among ``heads`` (``programs``: head -> Program) on ``tokens``.

    ``tokens``: training windows int64 [w, T], or a list of such arrays of several lengths; steps
    take the lengths in turn, each step about ``cfg.batch_size`` windows of the shortest length in
    tokens. ``valid``: validation windows (a list of arrays, never the tuning windows nor reported
    text); with them the validation KL is measured before the first step and every
    ``cfg.eval_every`` steps, the best measurement's numbers are kept, and tuning stops after
    ``cfg.patience`` measurements without gain.
    """
    start = time.perf_counter()
    found = tunable({h: programs[h] for h in heads})
    groups = []
    chosen = [h for h in heads if h in found]
    if chosen:
        groups.append(Group.read("terms", chosen, [found[h][1] for h in chosen]))
    skipped = [h for h in heads if h not in found]
    if not groups:
        return TuneResult([], 0.0, 0.0, time.perf_counter() - start, skipped)
    frozen = [q for q in model.parameters() if q.requires_grad]
    for q in frozen:  # only the programs' numbers get gradients; given back on the way out
        q.requires_grad_(False)
    tokens = [np.asarray(tokens)] if isinstance(tokens, np.ndarray) else [np.asarray(t) for t in tokens]
    try:
        return _tune(model, groups, skipped, tokens, [np.asarray(v) for v in valid], cfg, progress, start)
    finally:
        for q in frozen:
            q.requires_grad_(True)


@dataclass
class _Windows:
    """Windows of one length and what every forward on them needs."""

    tokens: np.ndarray  # int64 [w, T]
    ctxs: list  # their TokenContexts
    feats: list  # the features of each group, in group order
    target: Teacher  # the unmodified model's next-token distributions
    stream: torch.Tensor  # [w, T, d_model] unmodified residual stream entering the lowest selected layer
    inputs: list  # hooks.block_inputs of length T (recorded before any pattern hook is in place)

    def __len__(self) -> int:
        return len(self.tokens)


def _windows(model, groups: list[Group], tokens: np.ndarray, cfg: TuneConfig, first: int) -> _Windows:
    make = model_context_factory(model)
    ctxs = [make(np.asarray(row)) for row in tokens]
    target, stream = teacher_and_stream(model, tokens, cfg.top_k, cfg.batch_size, first)
    return _Windows(tokens, ctxs, [g.features(ctxs) for g in groups], target, stream,
                    hooks.block_inputs(model, stream.shape[1]))


def _tune(model, groups: list[Group], skipped: list[Head], tokens: list[np.ndarray], valid: list[np.ndarray],
          cfg: TuneConfig, progress: bool, start: float) -> TuneResult:
    pattern_hooks = _PatternHooks([h for g in groups for h in g.heads])
    first = min(pattern_hooks.by_layer)  # below it nothing changes: forwards start there
    train = [_windows(model, groups, t, cfg, first) for t in tokens if len(t)]
    checks = [_windows(model, groups, v, cfg, first) for v in valid if len(v)]

    def loss_of(w: _Windows, rows: torch.Tensor) -> torch.Tensor:
        pattern_hooks.probs = torch.cat([torch.softmax(g.logits(f.subset(rows)), dim=-1) for g, f in zip(groups, w.feats)])
        with model.hooks(fwd_hooks=pattern_hooks.fwd_hooks()):
            resid = hooks.stream_from(model, w.stream[rows], first, w.inputs)
            return kl(w.target, rows, hooks.unembed(model, resid))

    def mean_kl(sets: list[_Windows], n: int | None = None) -> float:
        """Position-weighted mean KL over the first ``n`` windows of each set (all: None)."""
        with torch.no_grad():
            parts = [(float(loss_of(w, rows)), rows.numel() * w.tokens.shape[1]) for w in sets
                     for rows in torch.arange(len(w) if n is None else min(len(w), n)).split(cfg.batch_size)]
        return sum(v * m for v, m in parts) / sum(m for _, m in parts)

    before = mean_kl(train, cfg.kl_windows)
    params = [t for g in groups for t in g.tensors()]
    init = [t.clone() for t in params]
    masks = [m for g in groups for m in g.masks()]
    weight = [cfg.l2 / len(g.heads) for g in groups for _ in g.tensors()]  # the pull is per head
    opt = torch.optim.Adam([{"params": g.tensors(), "lr": cfg.lr} for g in groups])
    for t in params:
        t.requires_grad_()
    stopper = _EarlyStop(cfg, params, lambda: mean_kl(checks)) if checks else None
    gen = torch.Generator().manual_seed(cfg.seed)
    shortest = min(w.tokens.shape[1] for w in train)
    losses: list[float] = []
    bar = tqdm(range(1, cfg.steps + 1), desc="tune", unit="step", disable=not progress)
    step = 0
    for step in bar:
        w = train[(step - 1) % len(train)]  # the lengths in turn, about the same tokens per step
        size = max(1, round(cfg.batch_size * shortest / w.tokens.shape[1]))
        loss = loss_of(w, torch.randperm(len(w), generator=gen)[:size])
        reg = sum(wt * ((t - t0) * m).square().sum() for t, t0, m, wt in zip(params, init, masks, weight))
        opt.zero_grad()
        (loss + reg).backward()
        for t, m in zip(params, masks):
            t.grad.mul_(m)
        opt.step()
        losses.append(float(loss.detach()))
        bar.set_postfix(kl=f"{losses[-1]:.4f}")
        if stopper and (step % cfg.eval_every == 0 or step == cfg.steps) and stopper.check(step, losses):
            break
    for t in params:
        t.requires_grad_(False)
    if stopper:
        stopper.restore()
    after = mean_kl(train, cfg.kl_windows)
    return TuneResult(groups, before, after, time.perf_counter() - start, skipped, contexts=train[0].ctxs[:16],
                      steps_run=step, best_step=stopper.best_step if stopper else None,
                      history=stopper.history if stopper else [])


class _EarlyStop:
    """Validation KL of the numbers ``params`` as tuning goes: the best step's numbers are kept, and
    :meth:`check` says stop after ``cfg.patience`` measurements without gain (0: never)."""

    def __init__(self, cfg: TuneConfig, params: list[torch.Tensor], measure):
        self.cfg, self.params, self.measure = cfg, params, measure
        self.history: list[tuple[int, float, float]] = []
        self.best_step, self.best, self.best_params, self.since = 0, float("inf"), None, 0
        self.check(0, [])

    def check(self, step: int, losses: list[float]) -> bool:
        recent = losses[-self.cfg.eval_every:] if step else []
        value = self.measure()
        self.history.append((step, float(np.mean(recent)) if recent else float("nan"), value))
        if value < self.best:
            self.best_step, self.best, self.since = step, value, 0
            self.best_params = [t.detach().clone() for t in self.params]
        else:
            self.since += 1
        return 0 < self.cfg.patience <= self.since

    def restore(self) -> None:
        with torch.no_grad():
            for t, b in zip(self.params, self.best_params):
                t.copy_(b)


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
            method = (headmap.heads[name].method or "search/terms") + "+tuned"
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
