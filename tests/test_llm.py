"""The optional LLM answerer against real local HTTP servers that speak the OpenAI and Ollama
protocols. Only the model is fake: llama-index, the clients, the sockets and our checking are
all real, and nothing connects beyond 127.0.0.1."""

from __future__ import annotations

import contextlib
import json
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from boardqa.answer.citations import Citation
from boardqa.answer.llm import LLMAnswerer, LLMUnavailable, build_messages
from boardqa.answer.validate import validate_answer
from boardqa.llm_settings import LLMSettings, LLMSettingsError

QUESTION = "How much did the Hope Project bid ask for, and was it approved?"
GOOD = (
    "MHCLG have confirmed that the bid for £882,373 has been approved [2]. "
    "Leicestershire County Council submitted an LLR wide bid for a share of the "
    "£19 million of funding [1]."
)


# -- no network beyond this machine ------------------------------------------------------


@pytest.fixture(autouse=True)
def only_localhost(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any connection to another host fails the test; the environment cannot redirect ours."""
    for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENAI_API_BASE", "OLLAMA_HOST"):
        monkeypatch.delenv(var, raising=False)
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(var, raising=False)
    for var in ("BOARDQA_LLM_PROVIDER", "BOARDQA_LLM_URL", "BOARDQA_LLM_MODEL"):
        monkeypatch.delenv(var, raising=False)
    real_connect = socket.socket.connect

    def connect(self: socket.socket, address: Any) -> None:
        if self.family in (socket.AF_INET, socket.AF_INET6):
            assert address[0] in ("127.0.0.1", "::1"), f"test tried to reach {address}"
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)


# -- the evidence: two real paragraphs of the December 2018 pack about the Hope Project ---


@pytest.fixture(scope="module")
def hope(archives) -> list[tuple[int, Citation]]:
    from boardqa.index.points import points_for

    payloads = [pt.payload for a in archives.values() for pt in points_for(a)]
    p12 = next(p for p in payloads if "£19 million" in p["text"] and p["number"] == "12")
    p21 = next(p for p in payloads if p["text"].startswith("MHCLG have confirmed"))
    return [(1, Citation.from_payload(1, p12, 0.7)), (2, Citation.from_payload(2, p21, 0.6))]


# -- a fake model behind a real HTTP server ------------------------------------------------


@dataclass
class FakeModel:
    reply: str = GOOD
    status: int = 200
    error: Any = None
    delay: float = 0.0
    pause_after: int | None = None
    """Send this many pieces, then wait until the test sets `go_on`."""
    cut_after: int | None = None
    """Send this many pieces, then close the connection without finishing."""
    go_on: threading.Event = field(default_factory=threading.Event)
    requests: list[tuple[str, dict[str, str], dict[str, Any]]] = field(default_factory=list)
    released: threading.Event = field(default_factory=threading.Event)

    def pieces(self) -> list[str]:
        """Five characters at a time, so markers and £ amounts arrive split across chunks."""
        return [self.reply[i : i + 5] for i in range(0, len(self.reply), 5)]


Respond = Callable[[BaseHTTPRequestHandler, FakeModel, dict[str, Any]], None]


def _send(handler: BaseHTTPRequestHandler, status: int, ctype: str, body: bytes) -> None:
    handler.send_response(status)
    handler.send_header("Content-Type", ctype)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def openai_protocol(handler: BaseHTTPRequestHandler, fake: FakeModel, body: dict) -> None:
    if handler.path != "/v1/chat/completions":
        return _send(handler, 404, "application/json", b'{"error": "no such route"}')
    if fake.status != 200:
        error = {"error": {"message": fake.error, "type": "server_error"}}
        return _send(handler, fake.status, "application/json", json.dumps(error).encode())
    base = {"id": "chatcmpl-1", "created": 0, "model": body["model"]}
    if not body.get("stream"):
        choice = {"index": 0, "message": {"role": "assistant", "content": fake.reply}}
        done = {
            **base,
            "object": "chat.completion",
            "choices": [choice | {"finish_reason": "stop"}],
        }
        return _send(handler, 200, "application/json", json.dumps(done).encode())
    handler.send_response(200)
    handler.send_header("Content-Type", "text/event-stream")
    handler.end_headers()  # HTTP/1.0: the stream ends when the connection closes
    deltas = [{"role": "assistant", "content": ""}] + [{"content": p} for p in fake.pieces()]
    for i, delta in enumerate([*deltas, {}]):
        if i - 1 == fake.cut_after:
            return
        if i - 1 == fake.pause_after:
            fake.go_on.wait(5)
        choice = {"index": 0, "delta": delta, "finish_reason": None if delta else "stop"}
        chunk = {**base, "object": "chat.completion.chunk", "choices": [choice]}
        handler.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
        handler.wfile.flush()
    handler.wfile.write(b"data: [DONE]\n\n")


def ollama_protocol(handler: BaseHTTPRequestHandler, fake: FakeModel, body: dict) -> None:
    if handler.path != "/api/chat":
        return _send(handler, 404, "application/json", b'{"error": "no such route"}')
    if fake.status != 200:
        return _send(
            handler, fake.status, "application/json", json.dumps({"error": fake.error}).encode()
        )
    base = {"model": body["model"], "created_at": "2026-01-01T00:00:00Z"}
    if not body.get("stream", True):  # Ollama streams unless told not to
        done = {**base, "message": {"role": "assistant", "content": fake.reply}, "done": True}
        return _send(handler, 200, "application/json", json.dumps(done).encode())
    handler.send_response(200)
    handler.send_header("Content-Type", "application/x-ndjson")
    handler.end_headers()
    for piece in fake.pieces():
        line = {**base, "message": {"role": "assistant", "content": piece}, "done": False}
        handler.wfile.write((json.dumps(line) + "\n").encode())
        handler.wfile.flush()
    last = {**base, "message": {"role": "assistant", "content": ""}, "done": True}
    handler.wfile.write(
        (json.dumps(last | {"eval_count": 9, "prompt_eval_count": 90}) + "\n").encode()
    )


@contextmanager
def serving(fake: FakeModel, respond: Respond) -> Iterator[str]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            fake.requests.append((self.path, dict(self.headers), body))
            if fake.delay:
                fake.released.wait(fake.delay)
            with contextlib.suppress(OSError):  # the client gave up (the timeout tests)
                respond(self, fake, body)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.01,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        fake.released.set()
        server.shutdown()
        server.server_close()


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def answerer(url: str, provider: str = "openai", timeout: float = 5.0, **kw: Any) -> LLMAnswerer:
    settings = LLMSettings(provider, url, "test-model", timeout_seconds=timeout, max_tokens=300)
    return LLMAnswerer(settings, **kw)


def read(stream_or_answer: Any) -> tuple[list[str], Any]:
    pieces = list(stream_or_answer)
    return pieces, stream_or_answer.answer


# -- our side of the OpenAI protocol ----------------------------------------------------


def test_the_request_names_the_model_and_shows_the_numbered_paragraphs_and_question(
    hope, monkeypatch
):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-a-real-secret")
    fake = FakeModel()
    with serving(fake, openai_protocol) as url:
        answerer(url).answer(QUESTION, hope)
    [(path, headers, body)] = fake.requests  # one request: no retries, no side calls
    assert path == "/v1/chat/completions"  # "/v1" added to a bare server address
    assert body["model"] == "test-model" and body["stream"] is False
    assert body["temperature"] == 0.0 and body["max_tokens"] == 300
    system, user = body["messages"]
    assert system["role"] == "system" and "The archive does not say" in system["content"]
    assert "[1] (10 December 2018, Strengthening Links" in user["content"]
    assert "¶ 12) The Ministry of Housing" in user["content"]
    assert "[2] (10 December 2018, Ministry of Housing" in user["content"]
    assert "¶ 21) MHCLG have confirmed" in user["content"]
    assert user["content"].endswith(f"Question: {QUESTION}")
    assert "sk-a-real-secret" not in headers.get("Authorization", "")


def test_an_answer_is_checked_and_renumbered_in_order_of_first_use(hope):
    fake = FakeModel()
    with serving(fake, openai_protocol) as url:
        got = answerer(url).answer(QUESTION, hope)
    assert got.text == (
        "MHCLG have confirmed that the bid for £882,373 has been approved [1]. "
        "Leicestershire County Council submitted an LLR wide bid for a share of the "
        "£19 million of funding [2]."
    )
    assert [c.paragraph for c in got.citations] == ["21", "12"]
    assert [c.n for c in got.citations] == [1, 2]
    assert got.usable and not got.abstained and not got.validation.unsupported


def test_streaming_gives_the_same_checked_answer_sentence_by_sentence(hope):
    fake = FakeModel()
    with serving(fake, openai_protocol) as url:
        llm = answerer(url)
        pieces, streamed = read(llm.stream(QUESTION, hope))
        whole = llm.answer(QUESTION, hope)
    assert fake.requests[0][2]["stream"] is True
    assert len(pieces) == 2 and "".join(pieces) == streamed.text == whole.text
    assert streamed.citations == whole.citations
    assert streamed.raw == GOOD


def test_a_checked_sentence_is_shown_while_the_model_is_still_writing(hope):
    first = GOOD.index("Leicestershire")
    fake = FakeModel(pause_after=first // 5 + 2)  # the server waits inside the second sentence
    with serving(fake, openai_protocol) as url:
        stream = answerer(url).stream(QUESTION, hope)
        pieces = iter(stream)
        start = time.monotonic()
        assert next(pieces) == GOOD[: first - 1].replace("[2]", "[1]")
        assert time.monotonic() - start < 2  # not held back until the server's 5 s wait ends
        fake.go_on.set()
        rest = list(pieces)
    assert len(rest) == 1 and stream.answer.text.endswith("£19 million of funding [2].")


def test_a_stream_that_stops_early_keeps_only_its_finished_sentences(hope):
    fake = FakeModel(cut_after=len(GOOD) // 5 - 3)
    with serving(fake, openai_protocol) as url:
        got = read(answerer(url).stream(QUESTION, hope))[1]
    assert got.text == GOOD[: GOOD.index(" Leicestershire")].replace("[2]", "[1]")
    assert got.validation.unsupported[0].reason == "stops mid-sentence (the answer was cut off)"


def test_a_marker_for_a_paragraph_never_shown_is_removed(hope):
    fake = FakeModel(
        reply="MHCLG have confirmed that the bid has been approved [2][7]. "
        "The Home Secretary visited the project [7]."
    )
    with serving(fake, openai_protocol) as url:
        got = answerer(url).answer(QUESTION, hope)
    assert got.text == "MHCLG have confirmed that the bid has been approved [1]."
    assert got.validation.unknown_markers == (7,)
    [dropped] = got.validation.dropped
    assert dropped.reason == "cites only [7], which was not shown"


def test_a_sentence_with_an_amount_its_paragraph_does_not_give_is_dropped(hope):
    fake = FakeModel(
        reply="The partnership bid for £500,000 [2]. MHCLG approved the funding allocation [1]."
    )
    with serving(fake, openai_protocol) as url:
        got = read(answerer(url).stream(QUESTION, hope))[1]
    assert got.text == "MHCLG approved the funding allocation [1]."
    assert [c.paragraph for c in got.citations] == ["12"]
    assert [d.reason for d in got.validation.dropped] == ["£500,000 is not in [2]"]


def test_an_abstention_claims_nothing_and_offers_the_paragraphs_as_nearest(hope):
    fake = FakeModel(reply="The archive does not say.")
    with serving(fake, openai_protocol) as url:
        got = answerer(url).answer("Who chaired the March 2019 meeting?", hope)
    answer = got.to_answer("Who chaired the March 2019 meeting?")
    assert got.abstained and got.usable and answer.abstained
    assert answer.text == "The archive does not say." and answer.citations == ()
    assert [c.paragraph for c in answer.nearest] == ["12", "21"]


# -- failures are one LLMUnavailable, quickly ---------------------------------------------


def _fails(call: Callable[[], Any], within: float) -> str:
    start = time.monotonic()
    with pytest.raises(LLMUnavailable) as caught:
        call()
    assert time.monotonic() - start < within
    return caught.value.reason


@pytest.mark.parametrize("streaming", [False, True])
def test_a_server_error_is_unavailable_without_retrying(hope, streaming):
    fake = FakeModel(status=500, error="CUDA out of memory")
    with serving(fake, openai_protocol) as url:
        llm = answerer(url)
        call = (
            (lambda: list(llm.stream(QUESTION, hope)))
            if streaming
            else (lambda: llm.answer(QUESTION, hope))
        )
        reason = _fails(call, within=2.0)
    assert reason == f"{url}/v1 answered HTTP 500: CUDA out of memory"
    assert len(fake.requests) == 1


@pytest.mark.parametrize("provider", ["openai", "ollama"])
@pytest.mark.parametrize("streaming", [False, True])
def test_a_closed_port_is_unavailable(hope, provider, streaming):
    url = f"http://127.0.0.1:{closed_port()}"
    llm = answerer(url, provider)
    call = (
        (lambda: list(llm.stream(QUESTION, hope)))
        if streaming
        else (lambda: llm.answer(QUESTION, hope))
    )
    reason = _fails(call, within=2.0)
    assert reason.startswith("cannot connect to http://127.0.0.1:")
    assert reason.endswith(f"is the {provider} server running?")


@pytest.mark.parametrize("provider", ["openai", "ollama"])
@pytest.mark.parametrize("streaming", [False, True])
def test_a_server_that_does_not_answer_in_time_is_unavailable(hope, provider, streaming):
    fake = FakeModel(delay=10.0)
    protocol = openai_protocol if provider == "openai" else ollama_protocol
    with serving(fake, protocol) as url:
        llm = answerer(url, provider, timeout=0.3)
        call = (
            (lambda: list(llm.stream(QUESTION, hope)))
            if streaming
            else (lambda: llm.answer(QUESTION, hope))
        )
        reason = _fails(call, within=2.0)
    assert reason.startswith("no reply from http://127.0.0.1:")
    assert reason.endswith("within 0.3 s")


# -- Ollama's own protocol -------------------------------------------------------------


def test_ollama_native_chat_streams_and_answers_the_same(hope):
    fake = FakeModel()
    with serving(fake, ollama_protocol) as url:
        llm = answerer(url, "ollama")
        whole = llm.answer(QUESTION, hope)
        pieces, streamed = read(llm.stream(QUESTION, hope))
    assert [r[0] for r in fake.requests] == ["/api/chat", "/api/chat"]  # no /api/show
    body = fake.requests[1][2]
    assert body["model"] == "test-model" and body["stream"] is True
    assert body["options"] == {"temperature": 0.0, "num_ctx": 8192, "num_predict": 300}
    assert "¶ 21) MHCLG have confirmed" in body["messages"][1]["content"]
    assert whole.text == streamed.text == "".join(pieces)
    assert [c.paragraph for c in streamed.citations] == ["21", "12"]


def test_ollama_without_the_model_says_so(hope):
    fake = FakeModel(status=404, error="model 'test-model' not found")
    with serving(fake, ollama_protocol) as url:
        reason = _fails(lambda: answerer(url, "ollama").answer(QUESTION, hope), within=2.0)
    assert reason == f"{url} answered HTTP 404: model 'test-model' not found"


# -- validation, pure ------------------------------------------------------------------

SHOWN = {
    1: "(10 December 2018, Hope Project, ¶ 21) The bid for £1,200,000 was approved by MHCLG.",
    2: "(10 December 2018, Budget, ¶ 4) The Board noted the underspend of 12% in 2018/19.",
}


def test_markers_after_the_full_stop_and_grouped_markers_are_read():
    got = validate_answer(
        "The bid for £1.2m was approved by MHCLG. [1] The Board noted the 12% underspend [1, 2].",
        SHOWN,
    )
    assert got.text == (
        "The bid for £1.2m was approved by MHCLG [1]. The Board noted the 12% underspend [1][2]."
    )
    assert got.unsupported == ()


def test_the_flag_policy_keeps_an_unsupported_sentence_marked():
    got = validate_answer("The Board approved a new strategy for 2030 [2].", SHOWN, policy="flag")
    assert got.text == "The Board approved a new strategy for 2030 [2]. [unsupported]"
    assert got.dropped == () and got.unsupported[0].reason == "2030 is not in [2]"


def test_an_uncited_sentence_and_a_reasoning_block_are_not_shown():
    got = validate_answer(
        "<think>The bid was for £9m [1].</think>Here is the answer.\n\n"
        "The bid was approved by MHCLG [1].",
        SHOWN,
    )
    assert got.text == "The bid was approved by MHCLG [1]."
    assert [u.reason for u in got.unsupported] == ["cites no paragraph"]


def test_the_meaning_check_rejects_a_sentence_far_from_its_paragraph():
    def embed(texts: list[str]) -> list[list[float]]:
        return [[1.0, 0.0] if "approved" in t else [0.0, 1.0] for t in texts]

    shown = {1: "The bid was approved by MHCLG.", 2: "The bid was noted by MHCLG."}
    got = validate_answer(
        "The bid was noted by MHCLG [2]. MHCLG noted the bid [1].", shown, embed=embed
    )
    assert got.kept == ("The bid was noted by MHCLG [2].",)
    assert got.unsupported[0].reason == "its meaning is far from [1] (cosine 0.00)"


# -- settings ----------------------------------------------------------------------------


def _config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text)
    return path


def test_flags_beat_the_environment_which_beats_the_file(tmp_path):
    path = _config(
        tmp_path,
        '[llm]\nprovider = "ollama"\nmodel = "from-file"\ntimeout_seconds = 90\n'
        'base_url = "http://gpu-box:11434"\n',
    )
    env = {"BOARDQA_LLM_MODEL": "from-env", "BOARDQA_LLM_API_KEY": "k"}
    got = LLMSettings.load(path, env, model="from-flag")
    assert (got.provider, got.model, got.timeout_seconds) == ("ollama", "from-flag", 90)
    assert got.base_url == "http://gpu-box:11434" and got.api_key == "k"
    assert LLMSettings.load(path, env).model == "from-env"
    assert "'k'" not in repr(got)  # keys stay out of logs


def test_without_any_settings_no_model_is_used(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))  # no config.toml there
    got = LLMSettings.load(env={})
    assert got == LLMSettings() and not got.enabled
    with pytest.raises(ValueError, match="provider is 'none'"):
        LLMAnswerer(got)


@pytest.mark.parametrize(
    ("kwargs", "env", "message"),
    [
        (
            {},
            {"BOARDQA_LLM_PROVIDER": "gpt"},
            "LLM setting provider: 'gpt' is not one of none, "
            "openai, ollama (from BOARDQA_LLM_PROVIDER)",
        ),
        (
            {"provider": "ollama", "model": "m", "base_url": "localhost:11434"},
            {},
            "LLM setting base_url: 'localhost:11434' is not an http(s) URL",
        ),
        ({"provider": "ollama"}, {}, "LLM setting model: is empty"),
        ({"provider": "openai", "model": "m"}, {}, "LLM setting base_url: is required"),
        (
            {"provider": "ollama", "model": "m", "timeout_seconds": 0},
            {},
            "LLM setting timeout_seconds: must be above 0",
        ),
    ],
)
def test_a_setting_that_cannot_work_is_named(kwargs, env, message, tmp_path):
    with pytest.raises(LLMSettingsError) as caught:
        LLMSettings.load(_config(tmp_path, ""), env, **kwargs)
    assert str(caught.value).startswith(message)
    assert isinstance(caught.value, ValueError)


def test_a_config_file_with_a_typo_or_a_missing_path_is_an_error(tmp_path):
    with pytest.raises(LLMSettingsError, match="LLM setting modle: unknown key"):
        LLMSettings.load(_config(tmp_path, '[llm]\nmodle = "x"\n'), {})
    with pytest.raises(LLMSettingsError, match="no file at"):
        LLMSettings.load(tmp_path / "absent.toml", {})


def test_importing_the_answerer_does_not_load_llama_index():
    code = "import sys, boardqa.answer.llm; print('llama_index' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_messages_are_plain_data_before_llama_index_sees_them(hope):
    roles = [role for role, _ in build_messages(QUESTION, hope)]
    assert roles == ["system", "user"]


def test_a_sentence_cut_off_by_the_token_limit_is_not_shown():
    got = validate_answer("The bid was approved by MHCLG [1]. The Board noted the [2] under", SHOWN)
    assert got.text == "The bid was approved by MHCLG [1]."
    assert got.unsupported[0].reason == "stops mid-sentence (the answer was cut off)"
