"""An lm-eval model for a TransformerLens bridge, optionally with heads substituted by programs.

    lm = HookedLM(model, plan=plan, batch_size=16)
    simple_evaluate(model=lm, tasks=["hs_arc_easy"], task_manager=surgery.evaluate.tasks.task_manager())

Requests are tokenized and scored as lm-eval's HFLM does for a causal model, so the two agree
request by request (``surgery.evaluate.parity`` checks it): the context is encoded with BOS first (HFLM with
``add_bos_token=True`` on a tokenizer that prepends BOS; ``add_bos=False`` gives HFLM's behaviour
with SmolLM2's own tokenizer, which adds none), the continuation is what the joint encoding adds
to the context's, an empty context becomes BOS, and ``context + continuation`` is left-truncated
to ``max_length + 1`` tokens of which all but the last are fed. ``loglikelihood_rolling`` uses
lm-eval's rolling windows with BOS as the prefix token.

Speed: the choices of a multiple-choice question share their context, so each distinct context
(``context + continuation`` less the continuation) runs once, right-padded with other contexts
(longest first, ``batch_size`` per forward), and fills a key-value cache; the remaining
continuation tokens of every request then run on their context's cache, each told its positions
(counted over the attention mask), so the padding between a context and its continuation shifts
nothing and the scores equal whole-row scoring (``share_prefix=False``, HFLM's way) to float rounding; models
whose sliding windows or ALiBi count padded positions (:func:`shares_prefix_exactly`) score whole
rows. The final norm and the unembedding run only at the positions that predict continuation
tokens. With a plan, every forward runs inside :func:`surgery.substitute.plan.substituted`, told the
tokens of every key position, so the continuation's queries get their rows of the whole row's
program pattern, and a context's own forward gets the context's pattern: the same rows, since
every program is strictly causal (``tests/test_causal.py``; scoring refuses one that is not), so
substituted scores too equal whole-row scoring to float rounding (``tests/test_substitute.py``
checks a continuation split inside a word). Terms programs compute only those rows, all programs of a sequence at once
(:class:`surgery.forms.source.TermTables`); whole patterns (contexts) stay in the pattern cache across
calls.
"""
from __future__ import annotations

import torch
import torch.nn.functional as F
from lm_eval.api.model import TemplateLM
from lm_eval.utils import get_rolling_token_windows, make_disjoint_window
from tqdm.auto import tqdm

from surgery.io import hooks
from surgery.io.models import layer_windows
from surgery.substitute.plan import PatternCache, Plan, substituted

Request = tuple[tuple[str, str], list[int], list[int]]  # (strings, context ids, continuation ids)


class HookedLM(TemplateLM):
    """Log-likelihoods from a TransformerLens bridge; ``generate_until`` is not supported."""

    def __init__(self, model, plan: Plan | None = None, batch_size: int = 16, max_length: int | None = None,
                 cache: PatternCache | None = None, contexts=None, add_bos: bool = True,
                 share_prefix: bool | None = None):
        super().__init__()
        self.model = model
        self.plan = dict(plan or {})
        self.batch_size = int(batch_size)
        self.max_length = int(max_length or model.cfg.n_ctx)
        self.cache = PatternCache() if cache is None else cache
        self.contexts = contexts
        self.add_bos = bool(add_bos)
        supported = shares_prefix_exactly(model)
        if share_prefix and not supported:
            raise ValueError("share_prefix: this model's positions or attention windows need whole rows")
        self.share_prefix = supported if share_prefix is None else bool(share_prefix)
        self.tokenizer = model.tokenizer
        self._device = model.cfg.device

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
    @torch.no_grad()
    def _loglikelihood_tokens(self, requests: list[Request], disable_tqdm: bool = False, **kwargs):
        rows = [self._row(ctx, cont) for _, ctx, cont in requests]
        n_cont = [len(cont) for _, _, cont in requests]
        score = self._score_shared if self.share_prefix else self._score_rows
        results = score(rows, n_cont, disable_tqdm)
        for (strings, _, _), res in zip(requests, results):
            if strings is not None:
                self.cache_hook.add_partial("loglikelihood", strings, res)
        return results

    def _score_rows(self, rows: list[list[int]], n_cont: list[int], disable_tqdm: bool):
        """One forward over each whole row (requests with the same fed tokens share it)."""
        groups: dict[tuple[int, ...], list[int]] = {}  # fed tokens -> requests reading that row
        for i, row in enumerate(rows):
            groups.setdefault(tuple(row[:-1]), []).append(i)
        inputs = sorted(groups, key=lambda ids: (-len(ids), ids))
        results: list[tuple[float, bool] | None] = [None] * len(rows)
        batches = [inputs[i:i + self.batch_size] for i in range(0, len(inputs), self.batch_size)]
        with substituted(self.model, self.plan, cache=self.cache, contexts=self.contexts):
            for batch in tqdm(batches, desc="loglikelihood", disable=disable_tqdm):
                reads = [[(i, rows[i][-n_cont[i]:]) for i in groups[ids]] for ids in batch]
                for (i, _), score in zip([r for rs in reads for r in rs], self._score_batch(list(batch), reads)):
                    results[i] = score
        return results

    def _score_shared(self, rows: list[list[int]], n_cont: list[int], disable_tqdm: bool):
        """Each distinct context once, then every continuation on its key-value cache.

        A row is ``prefix + continuation``: the prefix's forward predicts the first continuation
        token and fills a key-value cache; the other continuation tokens run on that cache. The
        choices of a multiple-choice question share their context, so it runs once instead of
        once per choice. Prefixes go longest first, ``batch_size`` per forward.
        """
        groups: dict[tuple[int, ...], list[int]] = {}  # prefix -> requests continuing it
        for i, row in enumerate(rows):
            groups.setdefault(tuple(row[:len(row) - n_cont[i]]), []).append(i)
        prefixes = sorted(groups, key=lambda ids: (-len(ids), ids))
        results: list[tuple[float, bool] | None] = [None] * len(rows)
        batches = [prefixes[i:i + self.batch_size] for i in range(0, len(prefixes), self.batch_size)]
        with substituted(self.model, self.plan, cache=self.cache, contexts=self.contexts) as sub:
            for batch in tqdm(batches, desc="loglikelihood", disable=disable_tqdm):
                first, kv, ptoks, pmask = self._run_prefixes(list(batch))  # [B, d_model]
                logp = self._logprobs(first)  # [B, d_vocab]: the first continuation token
                best = logp.argmax(dim=-1)
                tails = []
                for b, ids in enumerate(batch):
                    for i in groups[ids]:
                        target = rows[i][len(rows[i]) - n_cont[i]:]
                        results[i] = (float(logp[b, target[0]]), bool(best[b] == target[0]))
                        if len(target) > 1:
                            tails.append((b, i, target))
                for i, (lp, greedy) in self._score_tails(sub, tails, kv, ptoks, pmask):
                    results[i] = (results[i][0] + lp, results[i][1] and greedy)
        return results

    def _run_prefixes(self, prefixes: list[tuple[int, ...]]):
        """Residual at each prefix's last token [B, d_model], its key-value cache, tokens and mask."""
        tokens, mask = self._padded([list(p) for p in prefixes])
        kv = hooks.new_kv_cache(self.model)  # right padding: real tokens sit at their own positions
        resid = hooks.final_stream(self.model, tokens, **hooks.forward_kwargs(mask, kv))  # [B, P, d_model]
        last = mask.sum(dim=1) - 1
        return resid[torch.arange(len(prefixes)), last], kv, tokens, mask

    def _score_tails(self, sub, tails, kv, ptoks, pmask):
        """(request, (log-prob, is-greedy) of its continuation tokens after the first), run on its
        prefix's cache, ``batch_size`` continuations per forward; ``tails`` = [(prefix row, request,
        continuation ids)]."""
        tails = sorted(tails, key=lambda t: -len(t[2]))
        for start in range(0, len(tails), self.batch_size):
            chunk = tails[start:start + self.batch_size]
            idx = torch.tensor([b for b, _, _ in chunk], device=pmask.device)
            tokens, mask = self._padded([t[:-1] for _, _, t in chunk])
            keys = torch.cat([pmask[idx], mask], dim=1)  # [R, P + T] every key position
            positions = (keys.cumsum(dim=1) - 1).clamp_min(0)[:, pmask.shape[1]:]  # [R, T]
            if self.plan:  # the substitution needs the tokens of every key position
                sub.begin(torch.cat([ptoks[idx], tokens], dim=1), keys)
            resid = hooks.final_stream(self.model, tokens, **hooks.forward_kwargs(
                keys, hooks.select_kv(kv, idx), positions))  # [R, T, d_model]
            fed = [resid[r, :len(t) - 1] for r, (_, _, t) in enumerate(chunk)]
            scores = self._read(fed, [t[1:] for _, _, t in chunk])
            yield from zip([i for _, i, _ in chunk], scores)

    def _padded(self, seqs: list[list[int]]) -> tuple[torch.Tensor, torch.Tensor]:
        """Right-padded tokens [batch, pos] and their mask (1 = real token), on the model's device."""
        width = max(len(s) for s in seqs)
        tokens = torch.full((len(seqs), width), self.eot_token_id, dtype=torch.long)
        mask = torch.zeros((len(seqs), width), dtype=torch.long)
        for b, ids in enumerate(seqs):
            tokens[b, :len(ids)] = torch.tensor(ids)
            mask[b, :len(ids)] = 1
        return tokens.to(self._device), mask.to(self._device)

    def _logprobs(self, resid: torch.Tensor) -> torch.Tensor:
        """Log-probabilities [N, d_vocab] from residuals [N, d_model] after the last block."""
        return F.log_softmax(hooks.unembed(self.model, resid[None])[0].float(), dim=-1)

    def _read(self, resid: list[torch.Tensor], targets: list[list[int]]) -> list[tuple[float, bool]]:
        """(log-prob, is-greedy) of each target from the residuals [c, d_model] that predict it."""
        logp = self._logprobs(torch.cat(resid))  # [Σ c, d_vocab]
        target = torch.tensor([t for ts in targets for t in ts], device=logp.device)
        picked = logp.gather(1, target[:, None])[:, 0]
        greedy = logp.argmax(dim=-1) == target
        out, start = [], 0
        for ts in targets:
            c = len(ts)
            out.append((float(picked[start:start + c].sum()), bool(greedy[start:start + c].all())))
            start += c
        return out

    def _score_batch(self, inputs: list[tuple[int, ...]], reads: list[list[tuple[int, list[int]]]]):
        """(log-prob, is-greedy) of every read: reads[b] = [(request, target ids)] on row b."""
        tokens, mask = self._padded([list(ids) for ids in inputs])
        # right padding under causal attention never reaches a real position, so the unmodified
        # model needs no mask; a substitution needs it to find each row's own tokens
        resid = hooks.final_stream(self.model, tokens, **hooks.forward_kwargs(
            mask if self.plan else None))  # [batch, pos, d_model]
        spans, targets = [], []
        for b, row_reads in enumerate(reads):
            for _, target in row_reads:
                spans.append(resid[b, len(inputs[b]) - len(target):len(inputs[b])])
                targets.append(target)
        return self._read(spans, targets)

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


def shares_prefix_exactly(model) -> bool:
    """Whether a forward on a right-padded prefix's key-value cache equals the whole row's.

    The continuation's positions are counted over the attention mask, so the padding between a
    prefix and its continuation shifts nothing for rotary and learned positions; sliding windows
    and ALiBi count padded key positions, and those models score whole rows instead.
    """
    return (model.cfg.positional_embedding_type in ("rotary", "standard")
            and all(w is None for w in layer_windows(model)))
