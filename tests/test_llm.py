"""The chat-completions client against a loopback server playing the LLM, and code extraction."""
from __future__ import annotations

import json
import sys
import threading
import time
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx2
import openai
import pytest

from surgery.synthesize.llm import ChatClient, LLMError, _retry_after_seconds, extract_programs


def chat_body(content: str) -> bytes:
    return json.dumps({"id": "x", "object": "chat.completion",
                       "choices": [{"index": 0, "message": {"role": "assistant", "content": content}}]}).encode()


class FakeLLM:
    """An OpenAI-compatible server on 127.0.0.1:<free port>, in a thread.

    ``respond(request) -> (status, headers, body)`` answers each request (``request`` has path,
    headers with lower-case names, json); a ``("sleep", seconds)`` answer holds the request that long without replying.
    Every request is recorded in ``requests``.
    """

    def __init__(self, respond):
        self.respond = respond
        self.requests: list[dict] = []
        self.stop = threading.Event()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def _serve(self):
                size = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(size) if size else b""
                req = {"path": self.path, "method": self.command, "headers": {k.lower(): v for k, v in self.headers.items()},
                       "json": json.loads(raw) if raw else None}
                fake.requests.append(req)
                answer = fake.respond(req)
                if answer[0] == "sleep":
                    fake.stop.wait(answer[1])
                    return
                status, headers, body = answer
                self.send_response(status)
                for k, v in {"Content-Type": "application/json", **headers}.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = _serve

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.server.block_on_close = False
        self.server.handle_error = lambda request, address: None  # clients that hung up are expected

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def __enter__(self) -> "FakeLLM":
        threading.Thread(target=self.server.serve_forever, args=(0.02,), daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop.set()
        self.server.shutdown()
        self.server.server_close()


def sequence(*answers):
    """A ``respond`` that gives the answers in order, repeating the last."""
    answers = list(answers)
    return lambda req: answers.pop(0) if len(answers) > 1 else answers[0]


OK = (200, {}, chat_body("hello"))


def test_chat_sends_model_key_and_messages():
    with FakeLLM(sequence(OK)) as llm:
        client = ChatClient(llm.url, model="tiny-coder", api_key="sk-secret", temperature=0.2)
        assert client.chat([{"role": "user", "content": "hi"}]) == "hello"
    (req,) = llm.requests
    assert req["path"] == "/v1/chat/completions" and req["method"] == "POST"
    assert req["headers"]["authorization"] == "Bearer sk-secret"
    assert req["json"]["model"] == "tiny-coder" and req["json"]["temperature"] == 0.2
    assert req["json"]["messages"] == [{"role": "user", "content": "hi"}]
    assert "sk-secret" not in repr(client)


def test_no_key_no_authorization_header():
    with FakeLLM(sequence(OK)) as llm:
        ChatClient(llm.url + "/", model="m").chat([{"role": "user", "content": "hi"}])
    assert "authorization" not in llm.requests[0]["headers"] and llm.requests[0]["path"] == "/v1/chat/completions"


def test_rate_limit_and_server_errors_are_retried_honouring_capped_retry_after():
    answers = sequence((429, {"Retry-After": "100"}, b'{"error": "slow down"}'), (503, {}, b"busy"), OK)
    with FakeLLM(answers) as llm:
        client = ChatClient(llm.url, model="m", max_retries=2, backoff=0.001, max_wait=0.05)
        start = time.monotonic()
        assert client.chat([{"role": "user", "content": "hi"}]) == "hello"
    assert len(llm.requests) == 3 and time.monotonic() - start < 5  # Retry-After 100 s capped at 0.05 s


def test_retries_run_out():
    with FakeLLM(sequence((429, {"Retry-After": "0"}, b"no"))) as llm:
        with pytest.raises(LLMError, match="HTTP 429"):
            ChatClient(llm.url, model="m", max_retries=2, backoff=0).chat([])
    assert len(llm.requests) == 3


def test_timeout_gives_clear_error_after_retries():
    with FakeLLM(sequence(("sleep", 5.0))) as llm:
        client = ChatClient(llm.url, model="m", timeout=0.2, max_retries=1, backoff=0)
        with pytest.raises(LLMError, match=r"timed out .*0\.2 s.* after 2 attempts"):
            client.chat([{"role": "user", "content": "hi"}])
    assert len(llm.requests) == 2


def test_connection_refused_is_an_llm_error():
    with FakeLLM(sequence(OK)) as llm:
        url = llm.url
    with pytest.raises(LLMError, match="connection failed"):
        ChatClient(url, model="m", timeout=1, max_retries=1, backoff=0).chat([])


@pytest.mark.parametrize("body, match", [
    (b"<html>not json", "not JSON"),
    (b'{"choices": []}', "malformed reply"),
    (b'{"choices": [{"message": {"content": null}}]}', "empty message"),
    (b'{"error": {"message": "model not found"}}', "model not found"),
    (b"[1, 2]", "not a JSON object"),
])
def test_malformed_replies_fail_at_once(body, match):
    with FakeLLM(sequence((200, {}, body))) as llm:
        with pytest.raises(LLMError, match=match):
            ChatClient(llm.url, model="m", max_retries=3, backoff=0).chat([])
    assert len(llm.requests) == 1


def test_client_error_is_not_retried():
    with FakeLLM(sequence((401, {}, b'{"error": "bad key"}'))) as llm:
        with pytest.raises(LLMError, match="HTTP 401.*bad key"):
            ChatClient(llm.url, model="m", max_retries=3, backoff=0).chat([])
    assert len(llm.requests) == 1


def test_content_parts_are_joined():
    parts = [{"type": "text", "text": "a"}, {"type": "text", "text": "b"}]
    body = json.dumps({"choices": [{"message": {"content": parts}}]})
    with FakeLLM(sequence((200, {}, body.encode()))) as llm:
        assert ChatClient(llm.url, model="m").chat([]) == "ab"


def test_model_defaults_to_the_one_the_server_lists():
    def respond(req):
        if req["path"] == "/v1/models":
            return 200, {}, b'{"object": "list", "data": [{"id": "qwen-coder"}]}'
        return OK

    with FakeLLM(respond) as llm:
        ChatClient(llm.url).chat([])
    assert [r["path"] for r in llm.requests] == ["/v1/models", "/v1/chat/completions"]
    assert llm.requests[1]["json"]["model"] == "qwen-coder"

    with FakeLLM(sequence((200, {}, b'{"data": [{"id": "a"}, {"id": "b"}]}'))) as llm:
        with pytest.raises(LLMError, match="2 models .*--llm-model"):
            ChatClient(llm.url).resolve_model()


def offline_sdk(answers: list[tuple[int, bytes]], seen: list):
    """An ``openai.OpenAI`` whose transport answers from ``answers`` in order: no socket, no server."""
    def handle(request: httpx2.Request) -> httpx2.Response:
        seen.append(request)
        status, body = answers.pop(0)
        return httpx2.Response(status, content=body, headers={"Content-Type": "application/json"})

    return openai.OpenAI(base_url="http://llm.invalid/v1", api_key="sk-offline", max_retries=5,
                         http_client=httpx2.Client(transport=httpx2.MockTransport(handle)))


def test_sdk_client_is_a_collaborator_with_its_own_retries_off():
    seen: list = []
    sdk = offline_sdk([(200, b'{"data": [{"id": "local"}]}'), (503, b"busy"), (200, chat_body("hi there"))], seen)
    client = ChatClient(sdk=sdk, max_retries=1, backoff=0)
    assert client.chat([{"role": "user", "content": "hi"}]) == "hi there"
    assert [r.url.path for r in seen] == ["/v1/models", "/v1/chat/completions", "/v1/chat/completions"]
    assert seen[-1].headers["authorization"] == "Bearer sk-offline"
    assert json.loads(seen[-1].content)["model"] == "local"
    seen.clear()
    with pytest.raises(LLMError, match=r"http://llm.invalid/v1/chat/completions: HTTP 500 .*: down"):
        ChatClient(sdk=offline_sdk([(500, b"down"), (500, b"down")], seen), model="m", max_retries=1, backoff=0).chat([])
    assert len(seen) == 2  # 1 + max_retries, not the SDK's 5 retries on top


def test_missing_sdk_or_server_is_a_clear_error(monkeypatch):
    with pytest.raises(ValueError, match="base_url or an sdk"):
        ChatClient()
    monkeypatch.setitem(sys.modules, "openai", None)  # as if the [llm] extra were not installed
    with pytest.raises(LLMError, match=r"openai package is missing .*head-surgery\[llm\]"):
        ChatClient("http://127.0.0.1:9/v1", model="m").chat([])


def test_retry_after_forms():
    assert _retry_after_seconds("3") == 3.0 and _retry_after_seconds(None) is None
    assert _retry_after_seconds("soon") is None
    assert 5 < _retry_after_seconds(formatdate(time.time() + 10, usegmt=True)) <= 10


PROG_A = "import numpy as np\n\ndef attention(ctx):\n    return np.eye(ctx.n)\n"
PROG_B = "from surgery.lang import primitives as P\n\ndef attention(ctx):\n    return P.previous(ctx)\n"


def test_extract_programs_from_fences_and_plain_code():
    reply = f"Two ideas.\n```python\n{PROG_A}```\nand\n```\n{PROG_B}```\nOutput:\n```json\n{{}}\n```\n"
    assert extract_programs(reply) == [PROG_A, PROG_B]
    assert extract_programs(f"Sure, here it is:\n\n{PROG_A}") == [PROG_A]  # no fences
    assert extract_programs(f"```py\n{PROG_B}") == [PROG_B]  # unclosed fence (truncated reply)
    indented = "  ```python\n  def attention(ctx):\n      return 1\n  ```"
    assert extract_programs(indented) == ["def attention(ctx):\n    return 1\n"]
    assert extract_programs("```python\nx = 1\n```\nI cannot help.") == []  # code without attention
    assert extract_programs("No code at all.") == []
