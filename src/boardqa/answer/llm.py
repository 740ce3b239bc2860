"""The optional LLM answerer: numbered paragraphs and a question in, a checked, cited answer out.

The model writes; `validate` decides what a reader sees. Every sentence must cite a shown
paragraph that supports it, and the citations are renumbered 1..k in order of first use, as
the extractive composer numbers them. Any failure to get an answer (no server, an HTTP
error, a timeout) is one `LLMUnavailable`, and the caller shows the extractive answer.

llama-index loads here and only here, on first use: importing it takes seconds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from boardqa.answer.citations import MARKER, Answer, Citation
from boardqa.answer.validate import (
    MIN_COSINE,
    MIN_OVERLAP,
    AnswerChecker,
    Embed,
    Policy,
    Validation,
)
from boardqa.errors import BoardqaError
from boardqa.llm_settings import LLMSettings
from boardqa.parse.dates import format_long

if TYPE_CHECKING:
    from boardqa.retrieve import Candidate

#: Sent when no key is set: the OpenAI client refuses an empty key, and without an explicit
#: one llama-index would send the environment's OPENAI_API_KEY to whatever server this is.
NO_KEY = "sk-no-key-required"

SYSTEM = """You answer questions about the papers of a public board (minutes, agendas, \
reports, action logs) using only the numbered paragraphs you are given.
Rules:
- Use only what the paragraphs say. Do not add outside knowledge or guesses.
- End every sentence with the number of the paragraph it comes from in square brackets, \
like [2]. A sentence drawing on two paragraphs cites both, like [1][3].
- Give names, dates, numbers and amounts of money exactly as the paragraph gives them.
- If the paragraphs do not answer the question, reply only: The archive does not say.
- Write a few plain sentences: no headings, lists or preamble."""


class LLMUnavailable(BoardqaError):
    """No answer came from the model; `reason` is one line for the fallback notice."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"the language model is unavailable: {reason}")
        self.reason = reason


# -- the prompt ------------------------------------------------------------------------------


def paragraph_header(citation: Citation) -> str:
    """ "19 March 2021, Minutes of …, item 2, p. 4, ¶ 20": what the reader's citation shows,
    so a date or paragraph number the model repeats can be checked against it."""
    where = citation.location().replace(" › ", ", ")
    about = citation.about_meeting
    if about and about != citation.meeting_date:
        where += f", record of the meeting of {format_long(date.fromisoformat(about))}"
    return where


def shown_text(citation: Citation) -> str:
    return f"({paragraph_header(citation)}) {' '.join(citation.text.split())}"


def build_messages(
    question: str, paragraphs: Sequence[tuple[int, Citation]]
) -> list[tuple[str, str]]:
    """(role, content) pairs: the rules, then the numbered paragraphs and the question."""
    listed = "\n\n".join(f"[{n}] {shown_text(c)}" for n, c in paragraphs)
    user = f"Paragraphs:\n\n{listed}\n\nQuestion: {question.strip()}"
    return [("system", SYSTEM), ("user", user)]


def number_candidates(candidates: Sequence[Candidate], k: int = 8) -> list[tuple[int, Citation]]:
    """The best `k` retrieved paragraphs as the numbered evidence the model is shown."""
    return [
        (i, Citation.from_payload(i, c.payload, c.score)) for i, c in enumerate(candidates[:k], 1)
    ]


# -- the answer ------------------------------------------------------------------------------


@dataclass(frozen=True)
class LLMAnswer:
    text: str
    """The checked answer, markers renumbered 1..k in order of first use."""
    citations: tuple[Citation, ...]
    """The paragraphs the text cites, numbered as in `text`."""
    validation: Validation
    """What was kept and dropped and why, in the shown paragraphs' numbering."""
    raw: str
    """The model's text as it arrived, for debugging and evals."""
    model: str = ""
    shown: tuple[Citation, ...] = ()
    """Every paragraph the model was shown, in the order shown."""

    @property
    def abstained(self) -> bool:
        return self.validation.abstained

    @property
    def usable(self) -> bool:
        """False when checking left nothing cited: show the extractive answer instead."""
        return self.abstained or bool(self.citations)

    def to_answer(self, question: str, retrieved: tuple[str, ...] = ()) -> Answer:
        """As the core's `Answer`; an abstention offers the first three shown paragraphs as
        `nearest`, as the extractive abstention does."""
        extra: dict[str, Any] = {
            "llm": self.model,
            "unsupported": [(u.sentence, u.reason) for u in self.validation.unsupported],
            "unknown_markers": list(self.validation.unknown_markers),
        }
        if self.abstained:
            text = re.sub(r"\s*" + MARKER.pattern, "", self.text)
            nearest = tuple(c.renumbered(i) for i, c in enumerate(self.shown[:3], 1))
            return Answer(question, text, True, (), nearest, retrieved, extra=extra)
        return Answer(question, self.text, False, self.citations, retrieved=retrieved, extra=extra)


class _Assembly:
    """Checks and renumbers the model's text as it arrives; the same path for both calls."""

    def __init__(self, paragraphs: Sequence[tuple[int, Citation]], checker: AnswerChecker):
        self.by_number = dict(paragraphs)
        self.checker = checker
        self.order: list[int] = []
        self.raw: list[str] = []
        self.pieces: list[str] = []

    def _renumber(self, match: re.Match[str]) -> str:
        n = int(match.group(1))
        if n not in self.order:
            self.order.append(n)
        return f"[{self.order.index(n) + 1}]"

    def _out(self, pieces: list[str]) -> list[str]:
        out = [MARKER.sub(self._renumber, p) for p in pieces]
        self.pieces.extend(out)
        return out

    def feed(self, delta: str) -> list[str]:
        self.raw.append(delta)
        return self._out(self.checker.feed(delta))

    def finish(self) -> list[str]:
        return self._out(self.checker.finish())

    def result(self, model: str) -> LLMAnswer:
        cites = tuple(self.by_number[n].renumbered(i) for i, n in enumerate(self.order, 1))
        shown = tuple(self.by_number.values())
        validation = self.checker.result()
        return LLMAnswer("".join(self.pieces), cites, validation, "".join(self.raw), model, shown)


class AnswerStream:
    """Iterate for the checked answer as the model writes it (sentence by sentence, markers
    already renumbered); afterwards `answer` holds the whole `LLMAnswer`. Iterating raises
    `LLMUnavailable` if the server fails, possibly after some text was shown."""

    def __init__(self, deltas: Iterator[str], assembly: _Assembly, answerer: LLMAnswerer):
        self._deltas = deltas
        self._assembly = assembly
        self._answerer = answerer
        self._answer: LLMAnswer | None = None

    def __iter__(self) -> Iterator[str]:
        while True:
            try:
                delta = next(self._deltas)
            except StopIteration:
                break
            except Exception as error:  # any failure of the optional model means: fall back
                raise self._answerer.unavailable(error) from error
            yield from self._assembly.feed(delta)
        yield from self._assembly.finish()
        self._answer = self._assembly.result(self._answerer.settings.model)

    @property
    def answer(self) -> LLMAnswer:
        if self._answer is None:
            raise RuntimeError("the stream has not been read to the end")
        return self._answer


@dataclass
class LLMAnswerer:
    """Answers from numbered paragraphs through the configured server; checks every answer.

    `embed` (texts → vectors, e.g. the index's `embed_documents`) adds a meaning check to
    the lexical one; `policy` "flag" keeps unsupported sentences, marked, instead of dropping.
    """

    settings: LLMSettings
    policy: Policy = "drop"
    embed: Embed | None = None
    min_overlap: float = MIN_OVERLAP
    min_cosine: float = MIN_COSINE
    _llm: Any = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        if not self.settings.enabled:
            raise ValueError("LLM provider is 'none': there is no model to answer with")

    def warm(self) -> None:
        """Import llama-index and build the client now (a chat's worker can pay the seconds
        this takes while the UI is already up). Raises `LLMUnavailable` if it cannot."""
        try:
            self._client()
        except Exception as error:
            raise self.unavailable(error) from error

    def answer(self, question: str, paragraphs: Sequence[tuple[int, Citation]]) -> LLMAnswer:
        messages, assembly = self._prepare(question, paragraphs)
        try:
            reply = self._client().chat(messages)
        except Exception as error:  # any failure of the optional model means: fall back
            raise self.unavailable(error) from error
        assembly.feed(reply.message.content or "")
        assembly.finish()
        return assembly.result(self.settings.model)

    def stream(self, question: str, paragraphs: Sequence[tuple[int, Citation]]) -> AnswerStream:
        """Nothing is sent until the stream is iterated."""
        messages, assembly = self._prepare(question, paragraphs)

        def deltas() -> Iterator[str]:
            for chunk in self._client().stream_chat(messages):
                yield chunk.delta or ""

        return AnswerStream(deltas(), assembly, self)

    def _prepare(
        self, question: str, paragraphs: Sequence[tuple[int, Citation]]
    ) -> tuple[list[Any], _Assembly]:
        numbers = [n for n, _ in paragraphs]
        if not numbers or len(set(numbers)) != len(numbers):
            raise ValueError("paragraphs must be a non-empty list with distinct numbers")
        from llama_index.core.llms import ChatMessage

        messages = [ChatMessage(role=r, content=c) for r, c in build_messages(question, paragraphs)]
        shown = {n: shown_text(c) for n, c in paragraphs}
        checker = AnswerChecker(
            shown,
            policy=self.policy,
            min_overlap=self.min_overlap,
            embed=self.embed,
            min_cosine=self.min_cosine,
        )
        return messages, _Assembly(paragraphs, checker)

    def _client(self) -> Any:
        if self._llm is None:
            self._llm = build_llm(self.settings)
        return self._llm

    def unavailable(self, error: BaseException) -> LLMUnavailable:
        return LLMUnavailable(describe_failure(error, self.settings))


def build_llm(settings: LLMSettings) -> Any:
    """The llama-index LLM for the settings. Retries are off: by default llama-index retries
    3 times (tenacity, up to a minute) around an OpenAI client it also gives 3 retries, so one
    HTTP 500 became 12 requests and 12 s here, while the reader waits with an extractive
    answer in hand. Ollama's client does not retry."""
    s = settings
    if s.provider == "openai":
        from llama_index.llms.openai_like import OpenAILike

        return OpenAILike(
            model=s.model,
            api_base=s.url,
            api_key=s.api_key or NO_KEY,
            is_chat_model=True,
            timeout=s.timeout_seconds,
            max_retries=0,
            temperature=s.temperature,
            max_tokens=s.max_tokens,
            context_window=s.context_window,
        )
    from llama_index.llms.ollama import Ollama

    return Ollama(
        model=s.model,
        base_url=s.url,
        request_timeout=s.timeout_seconds,
        temperature=s.temperature,
        # Given, so llama-index does not ask /api/show for the model's maximum and request it.
        context_window=s.context_window,
        additional_kwargs={"num_predict": s.max_tokens} if s.max_tokens else {},
        headers={"Authorization": f"Bearer {s.api_key}"} if s.api_key else None,
    )


def describe_failure(error: BaseException, settings: LLMSettings) -> str:
    """One line a reader can act on, whichever client raised what."""
    import httpx

    url = settings.url
    if isinstance(error, ImportError):
        package = "openai-like" if settings.provider == "openai" else "ollama"
        return f"{error.name} is not installed: pip install llama-index-llms-{package}"
    timeouts: tuple[type[BaseException], ...] = (httpx.TimeoutException, TimeoutError)
    broken: tuple[type[BaseException], ...] = (httpx.TransportError,)
    try:
        import openai

        timeouts += (openai.APITimeoutError,)
        broken += (openai.APIConnectionError,)
    except ImportError:
        pass
    if isinstance(error, timeouts):
        return f"no reply from {url} within {settings.timeout_seconds:g} s"
    status = getattr(error, "status_code", None)
    if isinstance(status, int):  # Ollama gives -1 for an error sent mid-stream
        code = f"HTTP {status}" if status >= 100 else "an error"
        return f"{url} answered {code}: {_detail(error)}"
    # Ollama raises the builtin ConnectionError; the OpenAI client wraps httpx's error.
    if isinstance(error, (ConnectionError, httpx.ConnectError)) or isinstance(
        error.__cause__, httpx.ConnectError
    ):
        return f"cannot connect to {url}; is the {settings.provider} server running?"
    if isinstance(error, broken):
        cause = type(error.__cause__ or error).__name__
        return f"the connection to {url} broke off ({cause})"
    return f"{url} gave no usable answer ({type(error).__name__}: {_detail(error)})"


def _detail(error: BaseException) -> str:
    """The server's own message (OpenAI's body.error.message, Ollama's error), one line."""
    body = getattr(error, "body", None)
    message: Any = getattr(error, "error", None) or str(error)
    if isinstance(body, dict):
        inner = body.get("error", body)
        message = inner.get("message", inner) if isinstance(inner, dict) else inner
    line = " ".join(str(message).split())
    return line[:160] + "…" if len(line) > 160 else line
