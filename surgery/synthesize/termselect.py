"""Term fitting, part 2: greedy forward selection of named terms, with refits (the "terms" form).

Every term of ``surgery/lang/terms.py`` is a candidate. For a chunk of heads at once (batched in
torch), starting from the uniform pattern:

1. **select** — score every inactive candidate by the cross-entropy gain of adding it alone at
   its best weight, from the recorded and predicted attention mass on its term (a Bernoulli KL for
   0/1 terms, the second-order gain for the real-valued ones; see ``_scores``). Up to
   ``one_by_one`` terms, one term is added per step and the active weights are refit before the
   next is scored, so a term that duplicates one already in (``key_token ' the'`` after
   ``key_class DET``) no longer gains. Candidates within ``tie`` of the best gain count as tied and
   the simplest family wins (``PRECEDENCE``), so noise between near-equivalent terms does not
   decide which is written. With ``folds`` > 1 a gain must hold on every block of the windows.
   Beyond ``one_by_one``, a level's missing terms are added at once (the far end of the front);
2. **refit** — Adam on the active weights (cross-entropy against the recorded attention, a small L2);
3. **calibrate** — one temperature per head (every weight x t) and a shift of the first-token
   weight, fit on soft IoU (what the program is scored by), then ``iou_steps`` of Adam on soft IoU
   over the active weights;
4. record a snapshot of every head's terms at each level (1, 2, 4, ...).

After the last level every candidate is switched on and refit once more: the "all terms" end of
the fidelity/size front. Nothing here draws random numbers: batches of windows are taken in order,
so the fitting windows alone decide the fit. Snapshots are compared on *selection* windows
(training documents held apart from the fitting ones); the held-out scoring windows are used only
to record the front.
"""
from __future__ import annotations

from dataclasses import dataclass

import torch

from surgery.lang.terms import FAMILIES, GRADED
from surgery.synthesize.tensors import SCALARS, Features, allowed, families, logits, offsets, predict
from surgery.score import differentiable_iou


@dataclass(frozen=True)
class TermFitConfig:
    """Settings of the term selection (CLI flags of ``surgery synthesize`` map onto these)."""

    levels: tuple[int, ...] = (1, 2, 4, 8, 16, 32)  # budgets at which a snapshot is taken
    refit_steps: int = 10  # Adam steps after each level's additions
    full_steps: int = 20  # Adam steps of the "all terms" refit (0: skip that point of the front)
    lr: float = 0.2
    l2: float = 1e-4  # penalty on the weights
    calibrate_steps: int = 12  # temperature / first-token shift steps per snapshot (0: none)
    min_score: float = 1e-4  # a candidate gaining less (cross-entropy per query row) is never added
    one_by_one: int = 16  # up to this many terms, one term is added per step (then a refit); beyond, a level's at once
    step_steps: int = 3  # Adam steps after each single addition
    iou_steps: int = 10  # Adam steps on soft IoU of the active weights after each calibration
    iou_lr: float = 0.1
    folds: int = 1  # blocks of fitting windows a candidate's gain is taken over (the smallest counts)
    tie: float = 0.1  # candidates within this share of the best gain count as tied: the simplest family wins
    batch_windows: int = 24  # windows per refit step (taken in order), and the calibration's windows (0: all)


def mass(pattern: torch.Tensor, f: Features) -> torch.Tensor:
    """[H, total]: per weight, the mass ``pattern`` [H, w, n, n] puts on its term, mean over query rows."""
    theta = torch.zeros(pattern.shape[0], f.n_weights, requires_grad=True)
    lg = logits(theta, f).masked_fill(~f.causal, 0.0)  # linear in theta: d/dθ = Σ pattern · term
    (grad,) = torch.autograd.grad((f.weigh(pattern) * lg).sum(), [theta])
    return grad / f.rows


def coverage(f: Features) -> torch.Tensor:
    """[total]: share of query rows on which each weight's term can hold (its query class's share
    for query-gated families, else 1)."""
    share = f.weigh(f.slots["query class"]).sum((0, 1)) / f.rows  # [C] query rows of each class ([w, n, C] one-hot)
    cov = torch.ones(1, f.n_weights)
    for name, table in families(cov, len(f.vocab)).items():
        if "query class" in FAMILIES[name].args:
            i = FAMILIES[name].args.index("query class")
            table[:] = share.view(*[-1 if d == i + 1 else 1 for d in range(table.dim())])
    return cov[0].clamp(min=1e-6)


def _bernoulli_kl(r: torch.Tensor, s: torch.Tensor) -> torch.Tensor:
    r, s = r.clamp(1e-6, 1 - 1e-6), s.clamp(1e-6, 1 - 1e-6)
    return r * torch.log(r / s) + (1 - r) * torch.log((1 - r) / (1 - s))


def _scores(theta, f: Features, real_mass: torch.Tensor, cover: torch.Tensor, candidate: torch.Tensor) -> torch.Tensor:
    """[H, total] selection score of every weight (-inf where not a candidate): the cross-entropy
    gain per row of adding its term alone at its best weight.

    For a 0/1 term with recorded mass ``r`` and predicted mass ``s`` on the rows it can hold on,
    that gain is the Bernoulli KL(r || s) (rows taken alike), times its coverage; for the real
    scalar terms the second-order gain ``(s - r)^2 / (2 var)``.
    """
    pred = predict(theta, f)
    s = mass(pred, f)
    score = cover * _bernoulli_kl(real_mass / cover, s / cover)
    at = offsets(len(f.vocab))
    real_valued = [at[name] for name in GRADED]  # the others are 0/1
    second = torch.einsum("hwqk,swqk->hs", f.weigh(pred), f.scalars[[SCALARS.index(name) for name in GRADED]].square()) / f.rows  # E[term^2]
    var = (second - s[:, real_valued].square()).clamp(min=1e-4)
    score[:, real_valued] = (s[:, real_valued] - real_mass[:, real_valued]).square() / (2 * var)
    return score.masked_fill(~candidate, float("-inf"))


def _batches(n_windows: int, size: int):
    """Endless batches of ``size`` window indices, in order and wrapping around (all windows when
    ``size`` is 0 or more than there are): the fit is deterministic given its windows' order.

    >>> b = _batches(5, 2); [next(b).tolist() for _ in range(3)]
    [[0, 1], [2, 3], [4, 0]]
    """
    size = size if 0 < size < n_windows else n_windows
    at = 0
    while True:
        yield torch.arange(at, at + size) % n_windows
        at = (at + size) % n_windows


def _refit(theta: torch.Tensor, f: Features, real: torch.Tensor, active: torch.Tensor, steps: int,
           cfg: TermFitConfig, batches, on_iou: bool = False, lr: float | None = None) -> None:
    """Adam on the ``active`` weights of ``theta`` (in place), a batch of windows a step: cross-entropy
    plus L2, or (``on_iou``) minus the soft IoU the program is scored by."""
    theta.requires_grad_()
    opt = torch.optim.Adam([theta], lr=cfg.lr if lr is None else lr)
    for _ in range(steps):
        rows = next(batches)
        opt.zero_grad()
        fb, rb = f.subset(rows), real[:, rows]
        if on_iou:
            loss = -differentiable_iou(fb.weigh(torch.softmax(logits(theta, fb), dim=-1)), fb.weigh(rb)).sum()
        else:
            logp = torch.log_softmax(logits(theta, fb), dim=-1).masked_fill(~f.causal, 0.0)
            loss = -(fb.weigh(rb) * logp).sum() / fb.rows + cfg.l2 * theta.square().sum()
        loss.backward()
        theta.grad.mul_(active)
        opt.step()
    theta.requires_grad_(False)


def calibrate(theta: torch.Tensor, f: Features, real: torch.Tensor, steps: int, lr: float = 0.1) -> torch.Tensor:
    """Every head's weights x a temperature, its first-token weight (when it has one) + a shift, for soft IoU.

    ``f`` and ``real`` may be a subset of the fitting windows: two numbers per head need few.
    """
    with torch.no_grad():
        base = logits(theta, f).masked_fill(~f.causal, 0.0)
    h = base.shape[0]
    first = offsets(len(f.vocab))["first"]
    has_first = (theta[:, first] != 0).float()  # [H]
    log_t, shift = torch.zeros(h, requires_grad=True), torch.zeros(h, requires_grad=True)
    opt = torch.optim.Adam([log_t, shift], lr=lr)
    for _ in range(steps):
        opt.zero_grad()
        lg = base * log_t.exp()[:, None, None, None] + (shift * has_first)[:, None, None, None] * f.scalars[SCALARS.index("first")]
        pred = torch.softmax(lg.masked_fill(~f.causal, float("-inf")), dim=-1)
        (-differentiable_iou(f.weigh(pred), f.weigh(real)).mean()).backward()
        opt.step()
    out = theta.detach() * log_t.detach().exp()[:, None]
    out[:, first] += shift.detach() * has_first
    return out


def simplicity(n_vocab: int) -> torch.Tensor:
    """float [total]: each weight's tie-breaking rank (lower wins): its family's ``rank``
    (``surgery.lang.terms.FAMILIES``: simplest first), then its place in the family."""
    rank = torch.zeros(offsets(n_vocab)["total"])
    for name, table in families(rank[None], n_vocab).items():
        table.copy_(FAMILIES[name].rank + torch.arange(table.numel()).view(table.shape) / table.numel())
    return rank


def pick(score: torch.Tensor, rank: torch.Tensor, tie: float) -> torch.Tensor:
    """int64 [H]: per head, the simplest (lowest ``rank``) candidate whose score is within ``tie`` of the best.

    >>> pick(torch.tensor([[1.0, 0.95, 0.5]]), torch.tensor([2.0, 1.0, 0.0]), 0.1).tolist()
    [1]
    """
    best = score.max(1, keepdim=True).values
    near = score >= best - tie * best.abs()
    return torch.where(near, rank, torch.inf).argmin(1)


def _folds(real: torch.Tensor, f: Features, n: int) -> list[tuple[Features, torch.Tensor, torch.Tensor]]:
    """``n`` consecutive blocks of the fitting windows: (features, recorded mass, coverage) of each."""
    out = []
    for rows in torch.arange(real.shape[1]).tensor_split(min(n, real.shape[1])):
        fk = f.subset(rows)
        out.append((fk, mass(real[:, rows], fk), coverage(fk)))
    return out


def _add(theta, folds, ok, active, count: int, cfg: TermFitConfig, rank: torch.Tensor) -> None:
    """Switch on ``count`` more terms per head (in place): the best-scoring candidates, or the tie-broken
    best when ``count`` is 1; a candidate gaining no more than ``cfg.min_score`` is never added.

    A candidate's score is its smallest gain over the ``folds`` of the fitting windows: a term
    must earn its line on each of them, not on their pool only.
    """
    score = torch.stack([_scores(theta, fk, rm, cv, ok & ~active) for fk, rm, cv in folds]).min(0).values
    top = pick(score, rank, cfg.tie)[:, None] if count == 1 else score.topk(count, dim=1).indices  # [H, count]
    chosen = score.gather(1, top) > cfg.min_score  # -inf (active, not a term) is never chosen
    active |= torch.zeros_like(active).scatter_(1, top, chosen)


def select(real: torch.Tensor, f: Features, cfg: TermFitConfig = TermFitConfig()) -> list[torch.Tensor]:
    """Snapshots (calibrated flat weights [H, total]) at every level of ``cfg.levels``, then with all terms.

    ``real``: float32 [H, w, n, n] recorded attention on the fitting windows ``f``. Up to
    ``cfg.one_by_one`` terms, each step adds one term per head and refits (``cfg.step_steps``);
    beyond, a level's missing terms are added at once. Each level ends with ``cfg.refit_steps``.
    """
    h = real.shape[0]
    ok = allowed(len(f.vocab)).expand(h, -1)
    theta = torch.zeros(h, f.n_weights)
    folds, rank = _folds(real, f, cfg.folds), simplicity(len(f.vocab))
    active = torch.zeros_like(ok)
    batches = _batches(real.shape[1], cfg.batch_windows)
    cal = next(_batches(real.shape[1], cfg.batch_windows))  # the calibration windows: the first ones
    snapshots, have = [], 0
    for level in cfg.levels:
        level = min(level, int(ok.sum(1).min()))
        while have < level:
            count = 1 if have < cfg.one_by_one else level - have
            _add(theta, folds, ok, active, count, cfg, rank)
            have += count
            if have < level:
                _refit(theta, f, real, active.float(), cfg.step_steps, cfg, batches)
        _refit(theta, f, real, active.float(), cfg.refit_steps, cfg, batches)
        snapshots.append(_finish(theta, f, real, active, cal, cfg, batches))
    if cfg.full_steps:
        _refit(theta, f, real, ok.float(), cfg.full_steps, cfg, batches)
        snapshots.append(_finish(theta, f, real, ok, cal, cfg, batches))
    return snapshots


def _finish(theta, f: Features, real, active, cal, cfg: TermFitConfig, batches) -> torch.Tensor:
    """A snapshot of ``theta``: calibrated on windows ``cal``, then ``cfg.iou_steps`` of soft-IoU refit."""
    out = calibrate(theta, f.subset(cal), real[:, cal], cfg.calibrate_steps)
    if cfg.iou_steps:
        _refit(out, f, real, active.float(), cfg.iou_steps, cfg, batches, on_iou=True, lr=cfg.iou_lr)
    return out
