"""An lm-eval model for a HookedTransformer, optionally with heads substituted by programs.

    lm = HookedLM(model, plan=plan, batch_size=16)
    simple_evaluate(model=lm, tasks=["hs_arc_easy"], task_manager=evals.tasks.task_manager())

Requests are tokenized and scored as lm-eval's HFLM does for a causal model, so the two agree
request by request (``evals.parity`` checks it): the context is encoded with BOS first (HFLM with
``add_bos_token=True`` on a tokenizer that prepends BOS; ``add_bos=False`` gives HFLM's behaviour
with SmolLM2's own tokenizer, which adds none), the continuation is what the joint encoding adds
to the context's, an empty context becomes BOS, and ``context + continuation`` is left-truncated
to ``max_length + 1`` tokens of which all but the last are fed. ``loglikelihood_rolling`` uses
lm-eval's rolling windows with BOS as the prefix token.

Speed: requests with the same input tokens (one-token continuations of one context) share one
row; rows are sorted by length (longest first), right-padded and scored with one forward per
batch; the final norm and the unembedding run only at the positions that predict continuation
tokens. With a plan, each batch runs inside :func:`surgery.substitute.plan.substituted` (the mask
tells it each row's own tokens), whose pattern cache is kept across calls.
"""
from __future__ import annotations

import torch
import torch.nn.functional as F
from lm_eval.api.model import TemplateLM
from lm_eval.utils import get_rolling_token_windows, make_disjoint_window
from tqdm.auto import tqdm

from surgery.substitute.plan import PatternCache, Plan, substituted

Request = tuple[tuple[str, str], list[int], list[int]]  # (strings, context ids, continuation ids)


class HookedLM(TemplateLM):
    """Log-likelihoods from a TransformerLens model; ``generate_until`` is not supported."""

    def __init__(self, model, plan: Plan | None = None, batch_size: int = 16, max_length: int | None = None,
                 cache: PatternCache | None = None, contexts=None, add_bos: bool = True):
        super().__init__()
        self.model = model
        self.plan = dict(plan or {})
        self.batch_size = int(batch_size)
        self.max_length = int(max_length or model.cfg.n_ctx)
        self.cache = PatternCache() if cache is None else cache
        self.contexts = contexts
        self.add_bos = bool(add_bos)
        self.tokenizer = model.tokenizer
        self._device = model.cfg.device
        attention_layout(model)

    # -- tokens ------------------------------------------------------------------------------
    @property
    def eot_token_id(self) -> int:
        return int(self.tokenizer.eos_token_id)

    @property
    def prefix_token_id(self) -> int:
        from surgery.io.models import bos_id

        return bos_id(self.model)

    def tok_encode(self, string: str, add_special_tokens: bool | None = None, **kwargs) -> list[int]:
        """Token ids of ``string``, BOS first when ``add_bos`` (unless told not to or already there)."""
        ids = self.tokenizer.encode(string, add_special_tokens=False)
        add = self.add_bos if add_special_tokens is None else bool(add_special_tokens) and self.add_bos
        if add and not (ids and ids[0] == self.prefix_token_id):
            ids = [self.prefix_token_id] + ids
        return ids

    def _row(self, context: list[int], continuation: list[int]) -> list[int]:
        """``context + continuation`` left-truncated to ``max_length + 1`` tokens (the last is not fed)."""
        if not context or not continuation or len(continuation) > self.max_length:
            raise ValueError("a request needs a non-empty context and 1..max_length continuation tokens")
        return (context + continuation)[-(self.max_length + 1):]

    # -- scoring -----------------------------------------------------------------------------
    def _loglikelihood_tokens(self, requests: list[Request], disable_tqdm: bool = False, **kwargs):
        rows = [self._row(ctx, cont) for _, ctx, cont in requests]
        groups: dict[tuple[int, ...], list[int]] = {}  # fed tokens -> requests reading that row
        for i, row in enumerate(rows):
            groups.setdefault(tuple(row[:-1]), []).append(i)
        inputs = sorted(groups, key=lambda ids: (-len(ids), ids))
        results: list[tuple[float, bool] | None] = [None] * len(rows)
        batches = [inputs[i:i + self.batch_size] for i in range(0, len(inputs), self.batch_size)]
        with substituted(self.model, self.plan, cache=self.cache, contexts=self.contexts):
            for batch in tqdm(batches, desc="loglikelihood", disable=disable_tqdm):
                reads = [[(i, rows[i][-len(requests[i][2]):]) for i in groups[ids]] for ids in batch]
                for (i, _), score in zip([r for rs in reads for r in rs], self._score_batch(list(batch), reads)):
                    results[i] = score
                    if requests[i][0] is not None:
                        self.cache_hook.add_partial("loglikelihood", requests[i][0], score)
        return results

    @torch.no_grad()
    def _score_batch(self, inputs: list[tuple[int, ...]], reads: list[list[tuple[int, list[int]]]]):
        """(log-prob, is-greedy) of every read: reads[b] = [(request, target ids)] on row b."""
        width = max(len(ids) for ids in inputs)
        tokens = torch.full((len(inputs), width), self.eot_token_id, dtype=torch.long)  # [batch, pos]
        mask = torch.zeros((len(inputs), width), dtype=torch.long)
        for b, ids in enumerate(inputs):
            tokens[b, :len(ids)] = torch.tensor(ids)
            mask[b, :len(ids)] = 1
        spans = []  # (row, first position, length) of every read, targets concatenated
        targets = []
        for b, row_reads in enumerate(reads):
            for _, target in row_reads:
                spans.append((b, len(inputs[b]) - len(target), len(target)))
                targets.extend(target)
        logp = self._logprobs_at(tokens, mask, spans)  # [Σ c, d_vocab]
        target = torch.tensor(targets, device=logp.device)
        picked = logp.gather(1, target[:, None])[:, 0]
        greedy = logp.argmax(dim=-1) == target
        out, start = [], 0
        for _, _, c in spans:
            out.append((float(picked[start:start + c].sum()), bool(greedy[start:start + c].all())))
            start += c
        return out

    def _logprobs_at(self, tokens, mask, spans) -> torch.Tensor:
        """Log-probabilities at the positions of ``spans`` only, [Σ length, d_vocab].

        The blocks run over every position, but the final norm and the unembedding (a fifth of the
        model's compute at this size, and the largest activation) only where a score is read.
        """
        model = self.model
        # right padding under causal attention never reaches a real position, so the unmodified
        # model needs no mask (TransformerLens then skips the masked rotary gather and the mask
        # ops of every layer); a substitution needs it to find each row's own tokens
        resid = model(tokens.to(self._device), attention_mask=mask.to(self._device) if self.plan else None,
                      stop_at_layer=model.cfg.n_layers)  # [batch, pos, d_model]
        rows = torch.cat([resid[b, s:s + n] for b, s, n in spans])
        logits = model.unembed(model.ln_final(rows[None]))[0]  # [Σ c, d_vocab]
        return F.log_softmax(logits.float(), dim=-1)

    def loglikelihood_rolling(self, requests, disable_tqdm: bool = False) -> list[float]:
        """Sum of log-probs of each text's tokens, in lm-eval's disjoint windows after BOS."""
        windows, owner = [], []
        for k, (text,) in enumerate([r.args for r in requests]):
            ids = self.tok_encode(text, add_special_tokens=False)
            for ctx, cont in map(make_disjoint_window,
                                 get_rolling_token_windows(ids, self.prefix_token_id, self.max_length, 1)):
                windows.append((None, ctx, cont))
                owner.append(k)
        scores = self._loglikelihood_tokens(windows, disable_tqdm=disable_tqdm)
        out = [0.0] * len(requests)
        for k, (score, _) in zip(owner, scores):
            out[k] += score
        for (text,), total in zip([r.args for r in requests], out):
            self.cache_hook.add_partial("loglikelihood_rolling", (text,), total)
        return out

    def generate_until(self, requests, disable_tqdm: bool = False) -> list[str]:
        raise NotImplementedError("HookedLM scores log-likelihoods only; generative tasks are not supported")


def attention_layout(model) -> int:
    """Store W_Q, W_K, W_V and W_O so that TransformerLens's per-forward rearranges are views.

    TransformerLens flattens them on every forward (``(head d_head) d_model`` for Q/K/V,
    ``d_model (head d_head)`` for O), which copies each weight unless its storage already has that
    order. Values and shapes are unchanged (like ``surgery.io.models.transposed_layout``); returns
    how many weights moved.
    """
    moved = 0
    with torch.no_grad():
        for block in model.blocks:
            attn = block.attn
            for name in ("W_Q", "_W_K", "_W_V", "W_K", "W_V"):
                param = attn._parameters.get(name)
                if param is not None and param.dim() == 3 and not param.permute(0, 2, 1).is_contiguous():
                    param.data = param.data.permute(0, 2, 1).contiguous().permute(0, 2, 1)
                    moved += 1
            param = attn._parameters.get("W_O")
            if param is not None and param.dim() == 3 and not param.permute(2, 0, 1).is_contiguous():
                param.data = param.data.permute(2, 0, 1).contiguous().permute(1, 2, 0)
                moved += 1
    return moved
