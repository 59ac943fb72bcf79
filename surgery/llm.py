"""A small OpenAI-compatible chat-completions client, and pulling program code out of replies.

Works with anything that serves ``POST {base_url}/chat/completions`` (vLLM, llama.cpp server,
Ollama's ``/v1``, hosted APIs). Standard library only. Failures are one exception,
:class:`LLMError`, with a one-line reason:

- HTTP 429 and 5xx, connection errors and timeouts are retried ``max_retries`` times with
  exponential backoff; a ``Retry-After`` header (seconds or an HTTP date) is honoured, capped at
  ``max_wait`` seconds;
- any other HTTP error, a reply that is not JSON, or JSON without ``choices[0].message.content``
  fails at once (retrying would not change it).

The API key travels only in the ``Authorization`` header; it is never shown in ``repr``.
"""
from __future__ import annotations

import email.utils
import http.client
import json
import re
import textwrap
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field

RETRY_STATUS = frozenset({408, 409, 429, 500, 502, 503, 504})


class LLMError(Exception):
    """The LLM could not be reached or answered something unusable."""


@dataclass(frozen=True)
class ChatClient:
    """Chat completions from an OpenAI-compatible server: ``client.chat(messages) -> str``."""

    base_url: str  # e.g. http://127.0.0.1:8000/v1 (the path before /chat/completions)
    model: str | None = None  # None: the one model the server lists under /models
    api_key: str | None = field(default=None, repr=False)  # sent as "Authorization: Bearer ..."
    timeout: float = 120.0  # seconds per HTTP request
    max_retries: int = 3  # extra attempts after a timeout, connection error, 429 or 5xx
    backoff: float = 1.0  # seconds before the first retry, doubled each time
    max_wait: float = 60.0  # cap on any wait, Retry-After included
    temperature: float = 0.7
    max_tokens: int | None = 4096  # None: the server's default

    def url(self, path: str) -> str:
        return self.base_url.rstrip("/") + "/" + path.lstrip("/")

    def chat(self, messages: list[dict]) -> str:
        """The assistant's reply text to ``messages`` (``[{"role": ..., "content": ...}]``)."""
        payload = {"model": self.model or self.resolve_model(), "messages": messages, "temperature": self.temperature}
        if self.max_tokens:
            payload["max_tokens"] = self.max_tokens
        return reply_text(self._request("chat/completions", payload))

    def resolve_model(self) -> str:
        """The model to ask: ``model`` if set, else the only one the server lists under ``/models``."""
        if self.model:
            return self.model
        ids = [m.get("id") for m in self._request("models", None).get("data", []) if isinstance(m, dict)]
        if len(ids) != 1:
            raise LLMError(f"{self.url('models')} lists {len(ids)} models ({', '.join(map(str, ids[:5]))}); "
                           "pass a model name (--llm-model)")
        return str(ids[0])

    def _request(self, path: str, payload: dict | None) -> dict:
        """JSON of one GET (payload None) or POST, with retries; LLMError on failure."""
        url = self.url(path)
        for attempt in range(self.max_retries + 1):
            last = attempt == self.max_retries
            try:
                with urllib.request.urlopen(self._build(url, payload), timeout=self.timeout) as resp:
                    body = resp.read()
                return _parse_json(body, url)
            except urllib.error.HTTPError as e:
                detail = _snippet(e.read())
                if e.code not in RETRY_STATUS or last:
                    raise LLMError(f"{url}: HTTP {e.code} {e.reason}: {detail}") from None
                time.sleep(self._wait(attempt, e.headers.get("Retry-After")))
            except (urllib.error.URLError, TimeoutError, ConnectionError, http.client.HTTPException) as e:
                reason = getattr(e, "reason", e)
                if last:
                    raise LLMError(f"{url}: {_describe(reason, self.timeout)} after {attempt + 1} attempts") from None
                time.sleep(self._wait(attempt, None))
        raise AssertionError("unreachable")

    def _build(self, url: str, payload: dict | None) -> urllib.request.Request:
        headers = {"Accept": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        data = None
        if payload is not None:
            headers["Content-Type"] = "application/json"
            data = json.dumps(payload).encode()
        return urllib.request.Request(url, data=data, headers=headers, method="GET" if data is None else "POST")

    def _wait(self, attempt: int, retry_after: str | None) -> float:
        wait = self.backoff * 2**attempt
        told = _retry_after_seconds(retry_after)
        return max(0.0, min(told if told is not None else wait, self.max_wait))


def _describe(reason, timeout: float) -> str:
    if isinstance(reason, TimeoutError) or "timed out" in str(reason):
        return f"timed out (no answer within {timeout:g} s)"
    return f"connection failed ({reason})"


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
