"""Chat completions from an OpenAI-compatible server through the ``openai`` SDK, and pulling program code out of replies.

Works with anything that serves ``POST {base_url}/chat/completions`` (vLLM, llama.cpp server,
Ollama's ``/v1``, hosted APIs). The SDK is the optional ``[llm]`` extra (``pip install
'head-surgery[llm]'``; ``make install`` has it) and is imported only when a request is made.
The SDK client is a collaborator: pass one in (``ChatClient(sdk=openai.OpenAI(...))``, e.g. with
a mock transport in tests), or give ``base_url`` and one is made. Failures are one exception,
:class:`LLMError`, with a one-line reason:

- HTTP 408, 409, 429 and 5xx, connection errors and timeouts are retried ``max_retries`` times
  with exponential backoff; a ``Retry-After`` header (seconds or an HTTP date) is honoured, capped
  at ``max_wait`` seconds. The retry policy is this module's and the SDK's own is switched off:
  the SDK's backoff (0.5 to 8 s, jittered) cannot be set, and it waits up to two minutes on a
  Retry-After (giving up beyond that) where we cap every wait at ``max_wait``;
- any other HTTP error, a reply that is not JSON, or JSON without ``choices[0].message.content``
  fails at once (retrying would not change it). Replies are read from the raw JSON, so servers
  that answer content parts or an ``error`` object with status 200 get a clear message.

The API key travels only in the ``Authorization`` header (none is sent without a key); it is
never shown in ``repr``.
"""
from __future__ import annotations

import email.utils
import json
import re
import textwrap
import time
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Callable

RETRY_STATUS = frozenset({408, 409, 429, 500, 502, 503, 504})
INSTALL_HINT = "pip install 'head-surgery[llm]'"
NO_KEY = "no-key"  # the SDK insists on a key; this placeholder is never sent (see ChatClient._headers)


class LLMError(Exception):
    """The LLM could not be reached or answered something unusable."""


def _openai():
    try:
        import openai
    except ImportError:
        raise LLMError(f"the openai package is missing (the [llm] extra): {INSTALL_HINT}") from None
    return openai


def connect(base_url: str, api_key: str | None = None, timeout: float = 120.0) -> Any:
    """An ``openai.OpenAI`` client for ``base_url``, with the SDK's own retries off (:class:`ChatClient` retries).

    ``api_key`` None: no ``Authorization`` header is sent (local servers need none); the SDK gets
    the placeholder :data:`NO_KEY`, which :meth:`ChatClient._headers` keeps off the wire.
    """
    return _openai().OpenAI(base_url=base_url, api_key=api_key or NO_KEY, timeout=timeout, max_retries=0)


@dataclass(frozen=True)
class ChatClient:
    """Chat completions from an OpenAI-compatible server: ``client.chat(messages) -> str``.

    With ``sdk`` given, the server and key are that client's (``base_url`` and ``api_key`` are not used).
    """

    base_url: str | None = None  # e.g. http://127.0.0.1:8000/v1 (the path before /chat/completions); or give sdk
    model: str | None = None  # None: the one model the server lists under /models
    api_key: str | None = field(default=None, repr=False)  # sent as "Authorization: Bearer ..."
    timeout: float = 120.0  # seconds per HTTP request
    max_retries: int = 3  # extra attempts after a timeout, connection error, 408, 409, 429 or 5xx
    backoff: float = 1.0  # seconds before the first retry, doubled each time
    max_wait: float = 60.0  # cap on any wait, Retry-After included
    temperature: float = 0.7
    max_tokens: int | None = 4096  # None: the server's default
    sdk: Any = field(default=None, repr=False, compare=False)  # an openai.OpenAI; None: connect(base_url, ...)

    def __post_init__(self):
        if self.sdk is None and not self.base_url:
            raise ValueError("ChatClient needs a base_url or an sdk client")

    @cached_property
    def api(self) -> Any:
        """The SDK client requests go through (its retries off: this class retries)."""
        if self.sdk is None:
            return connect(self.base_url, self.api_key, self.timeout)
        return self.sdk.with_options(max_retries=0)

    def url(self, path: str) -> str:
        base = self.base_url if self.sdk is None else str(self.sdk.base_url)
        return base.rstrip("/") + "/" + path.lstrip("/")

    def chat(self, messages: list[dict]) -> str:
        """The assistant's reply text to ``messages`` (``[{"role": ..., "content": ...}]``)."""
        model = self.model or self.resolve_model()
        extra = {"max_tokens": self.max_tokens} if self.max_tokens else {}
        create = self.api.chat.completions.with_raw_response.create
        return reply_text(self._request("chat/completions", lambda **kw: create(
            model=model, messages=messages, temperature=self.temperature, **extra, **kw)))

    def resolve_model(self) -> str:
        """The model to ask: ``model`` if set, else the only one the server lists under ``/models``."""
        if self.model:
            return self.model
        data = self._request("models", self.api.models.with_raw_response.list).get("data", [])
        ids = [m.get("id") for m in data if isinstance(m, dict)] if isinstance(data, list) else []
        if len(ids) != 1:
            raise LLMError(f"{self.url('models')} lists {len(ids)} models ({', '.join(map(str, ids[:5]))}); "
                           "pass a model name (--llm-model)")
        return str(ids[0])

    def _headers(self) -> dict:
        """Per-request headers: without a key, the SDK's ``Authorization`` header is left out."""
        return {"Authorization": _openai().omit} if getattr(self.api, "api_key", None) == NO_KEY else {}

    def _request(self, path: str, call: Callable[..., Any]) -> dict:
        """JSON object of one SDK call (a ``with_raw_response`` method), with retries; LLMError on failure."""
        openai, url = _openai(), self.url(path)
        for attempt in range(self.max_retries + 1):
            last = attempt == self.max_retries
            try:
                raw = call(extra_headers=self._headers(), timeout=self.timeout)
                return _parse_json(raw.content, url)
            except openai.APIStatusError as e:
                status, resp = e.status_code, e.response
                if status not in RETRY_STATUS or last:
                    raise LLMError(f"{url}: HTTP {status} {resp.reason_phrase}: {_snippet(resp.content)}") from None
                time.sleep(self._wait(attempt, resp.headers.get("retry-after")))
            except openai.APIConnectionError as e:  # APITimeoutError included
                if last:
                    raise LLMError(f"{url}: {_describe(e, self.timeout)} after {attempt + 1} attempts") from None
                time.sleep(self._wait(attempt, None))
        raise AssertionError("unreachable")

    def _wait(self, attempt: int, retry_after: str | None) -> float:
        wait = self.backoff * 2**attempt
        told = _retry_after_seconds(retry_after)
        return max(0.0, min(told if told is not None else wait, self.max_wait))


def _describe(error: Exception, timeout: float) -> str:
    if isinstance(error, _openai().APITimeoutError):
        return f"timed out (no answer within {timeout:g} s)"
    return f"connection failed ({error.__cause__ or error})"


def _retry_after_seconds(value: str | None) -> float | None:
    """Seconds from a Retry-After header: a number or an HTTP date; None when absent or unreadable."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _snippet(body: bytes, limit: int = 200) -> str:
    text = body.decode("utf-8", "replace").strip().replace("\n", " ")
    return text[:limit] + ("..." if len(text) > limit else "")


def _parse_json(body: bytes, url: str) -> dict:
    try:
        data = json.loads(body)
    except ValueError:
        raise LLMError(f"{url}: reply is not JSON: {_snippet(body)!r}") from None
    if not isinstance(data, dict):
        raise LLMError(f"{url}: reply is not a JSON object: {_snippet(body)!r}")
    return data


def reply_text(data: dict) -> str:
    """``choices[0].message.content`` of a chat-completions reply (text parts joined)."""
    if "error" in data and "choices" not in data:
        raise LLMError(f"server error: {_snippet(json.dumps(data['error']).encode())}")
    try:
        content = data["choices"][0]["message"]["content"]
    except (KeyError, IndexError, TypeError):
        detail = _snippet(json.dumps(data).encode())
        raise LLMError(f"malformed reply (no choices[0].message.content): {detail}") from None
    if isinstance(content, list):  # content parts
        content = "".join(p.get("text", "") for p in content if isinstance(p, dict))
    if not isinstance(content, str) or not content.strip():
        raise LLMError("malformed reply: empty message content")
    return content


# ---------------------------------------------------------------- code out of replies

_FENCE = re.compile(r"^[ \t]*```[ \t]*([\w+-]*)[^\n]*\n(.*?)(?:^[ \t]*```[ \t]*$|\Z)", re.S | re.M)
_CODE_START = re.compile(r"^(\"\"\"|'''|import |from |def |#|[A-Z_][A-Z0-9_]* =)", re.M)
_NOT_PYTHON = frozenset({"json", "text", "txt", "bash", "sh", "shell", "console", "output", "diff", "yaml"})


def extract_programs(reply: str) -> list[str]:
    """Every program (code defining ``attention``) in a reply, in order.

    Fenced blocks (```python, ```py or bare ```; an unclosed last fence runs to the end) each
    give one program; a reply without fences is taken as plain code from its first line that
    looks like code.

    >>> extract_programs("Here:\\n```python\\ndef attention(ctx):\\n    return 1\\n```\\nDone.")
    ['def attention(ctx):\\n    return 1\\n']
    """
    blocks = [(lang.lower(), body) for lang, body in _FENCE.findall(reply)]
    if blocks:
        codes = [body for lang, body in blocks if lang not in _NOT_PYTHON]
    else:
        start = _CODE_START.search(reply)
        codes = [reply[start.start():]] if start else []
    return [_dedent(c) for c in codes if re.search(r"^\s*def attention\s*\(", c, re.M)]


def _dedent(code: str) -> str:
    return textwrap.dedent(code).strip("\n") + "\n"
