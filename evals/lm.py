"""An lm-eval model for a HookedTransformer, optionally with heads substituted by programs.

    lm = HookedLM(model, plan=plan, batch_size=16)
    simple_evaluate(model=lm, tasks=["hs_arc_easy"], task_manager=evals.tasks.task_manager())

Every scored sequence is ``[BOS] + context + continuation`` (the model's windows and the programs'
contexts all start with BOS), truncated from the left to the model's context. Requests are sorted
by length (longest first), right-padded with an attention mask and scored with one forward per
batch; with a plan, each batch runs inside :func:`surgery.substitute.substituted`, whose pattern
cache is kept across calls.
"""
from __future__ import annotations

import torch
import torch.nn.functional as F
from lm_eval.api.model import TemplateLM
from lm_eval.utils import get_rolling_token_windows, make_disjoint_window
from tqdm.auto import tqdm

from surgery.substitute import PatternCache, Plan, substituted

Request = tuple[tuple[str, str], list[int], list[int]]  # (strings, context ids, continuation ids)


class HookedLM(TemplateLM):
    """Log-likelihoods from a TransformerLens model; ``generate_until`` is not supported."""

    def __init__(self, model, plan: Plan | None = None, batch_size: int = 16, max_length: int | None = None,
                 cache: PatternCache | None = None, contexts=None):
        super().__init__()
        self.model = model
        self.plan = dict(plan or {})
        self.batch_size = int(batch_size)
        self.max_length = int(max_length or model.cfg.n_ctx)
        self.cache = PatternCache() if cache is None else cache
        self.contexts = contexts
        self.tokenizer = model.tokenizer
        self._device = model.cfg.device

    # -- tokens ------------------------------------------------------------------------------
    @property
    def eot_token_id(self) -> int:
        return int(self.tokenizer.eos_token_id)

    @property
    def prefix_token_id(self) -> int:
        from surgery.models import bos_id

        return bos_id(self.model)

    def tok_encode(self, string: str, add_special_tokens: bool | None = None, **kwargs) -> list[int]:
        return self.tokenizer.encode(string, add_special_tokens=False)

    def _sequence(self, context: list[int], continuation: list[int]) -> list[int]:
        """BOS + context + continuation, left-truncated to the model's context (BOS kept)."""
        body = context + continuation
        if body and body[0] == self.prefix_token_id:
            body = body[1:]
        return [self.prefix_token_id] + body[-(self.max_length - 1):]

    # -- scoring -----------------------------------------------------------------------------
    def _loglikelihood_tokens(self, requests: list[Request], disable_tqdm: bool = False, **kwargs):
        seqs = [self._sequence(ctx, cont) for _, ctx, cont in requests]
        n_cont = [min(len(cont), len(s) - 1) for (_, _, cont), s in zip(requests, seqs)]
        order = sorted(range(len(seqs)), key=lambda i: (-len(seqs[i]), seqs[i]))
        results: list[tuple[float, bool] | None] = [None] * len(seqs)
        batches = [order[i:i + self.batch_size] for i in range(0, len(order), self.batch_size)]
        with substituted(self.model, self.plan, cache=self.cache, contexts=self.contexts):
            for batch in tqdm(batches, desc="loglikelihood", disable=disable_tqdm):
                scores = self._score_batch([seqs[i] for i in batch], [n_cont[i] for i in batch])
                for i, score in zip(batch, scores):
                    results[i] = score
                    self.cache_hook.add_partial("loglikelihood", requests[i][0], score)
        return results

    @torch.no_grad()
    def _score_batch(self, seqs: list[list[int]], n_cont: list[int]) -> list[tuple[float, bool]]:
        width = max(len(s) for s in seqs)
        tokens = torch.full((len(seqs), width), self.eot_token_id, dtype=torch.long)  # [batch, pos]
        mask = torch.zeros((len(seqs), width), dtype=torch.long)
        for b, s in enumerate(seqs):
            tokens[b, :len(s)] = torch.tensor(s)
            mask[b, :len(s)] = 1
        logp = self._continuation_logprobs(tokens, mask, seqs, n_cont)  # [Σ c, d_vocab]
        out, start = [], 0
        for b, (s, c) in enumerate(zip(seqs, n_cont)):
            n = len(s)
            target = tokens[b, n - c:n].to(logp.device)  # [c]
            rows = logp[start:start + c]
            start += c
            total = float(rows.gather(1, target[:, None]).sum())
            out.append((total, bool((rows.argmax(dim=-1) == target).all())))
        return out

    def _continuation_logprobs(self, tokens, mask, seqs, n_cont) -> torch.Tensor:
        """Log-probabilities at the positions that predict continuation tokens only, [Σ c, d_vocab].

        The blocks run over every position, but the final norm and the unembedding (a fifth of the
        model's compute at this size, and the largest activation) only where a score is read.
        """
        model = self.model
        resid = model(tokens.to(self._device), attention_mask=mask.to(self._device),
                      stop_at_layer=model.cfg.n_layers)  # [batch, pos, d_model]
        rows = torch.cat([resid[b, len(s) - c - 1:len(s) - 1] for b, (s, c) in enumerate(zip(seqs, n_cont))])
        logits = model.unembed(model.ln_final(rows[None]))[0]  # [Σ c, d_vocab]
        return F.log_softmax(logits.float(), dim=-1)

    def loglikelihood_rolling(self, requests, disable_tqdm: bool = False) -> list[float]:
        out = []
        for (text,) in tqdm([r.args for r in requests], desc="rolling", disable=disable_tqdm):
            windows = [
                make_disjoint_window(w)
                for w in get_rolling_token_windows(self.tok_encode(text), self.prefix_token_id, self.max_length, 1)
            ]
            scores = self._loglikelihood_tokens([((text, ""), ctx, cont) for ctx, cont in windows], disable_tqdm=True)
            total = sum(score for score, _ in scores)
            self.cache_hook.add_partial("loglikelihood_rolling", (text,), total)
            out.append(total)
        return out

    def generate_until(self, requests, disable_tqdm: bool = False) -> list[str]:
        raise NotImplementedError("HookedLM scores log-likelihoods only; generative tasks are not supported")
