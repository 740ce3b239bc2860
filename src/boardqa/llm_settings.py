"""Settings for the optional LLM answerer: which server, which model, how long to wait.

Precedence, highest first: explicit arguments (the CLI's flags), BOARDQA_LLM_* environment
variables, the [llm] table of a TOML file (~/.config/boardqa/config.toml unless a path is
given), the defaults below. The default provider is "none": nothing leaves the machine unless
someone asks for a model.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from boardqa.errors import BoardqaError

PROVIDERS = ("none", "openai", "ollama")

#: Environment variable per setting; the other settings are read from the file or flags only.
ENV = {
    "provider": "BOARDQA_LLM_PROVIDER",
    "base_url": "BOARDQA_LLM_URL",
    "model": "BOARDQA_LLM_MODEL",
    "api_key": "BOARDQA_LLM_API_KEY",
}

#: Ollama listens here out of the box; an OpenAI-compatible server has no such convention.
OLLAMA_URL = "http://localhost:11434"


class LLMSettingsError(BoardqaError, ValueError):
    """A setting that cannot work; the message names the setting and where it came from."""

    def __init__(self, setting: str, message: str) -> None:
        super().__init__(f"LLM setting {setting}: {message}")
        self.setting = setting
        self.detail = message


def default_config_path() -> Path:
    """$XDG_CONFIG_HOME/boardqa/config.toml, else ~/.config/boardqa/config.toml."""
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "boardqa" / "config.toml"


@dataclass(frozen=True)
class LLMSettings:
    provider: str = "none"
    """Which protocol to speak: "none" (extractive answers only), "openai" (any server with
    an OpenAI-compatible /v1/chat/completions: llama.cpp, vLLM, LM Studio, Ollama's /v1, or
    OpenAI itself) or "ollama" (Ollama's native /api/chat)."""

    base_url: str | None = None
    """The server's address. For "openai" it is required (the board's papers go to no cloud
    by default) and "/v1" is added when it has no path, as every such server expects; for
    "ollama" it defaults to http://localhost:11434."""

    model: str = ""
    """The model name exactly as the server knows it ("llama3.1:8b", "qwen2.5-7b-instruct")."""

    api_key: str | None = field(default=None, repr=False)
    """Bearer token for servers that want one. Left unset, a placeholder is sent, never the
    OPENAI_API_KEY of the environment (which llama-index would otherwise pick up)."""

    timeout_seconds: float = 30.0
    """How long to wait for the server to connect or send anything. Without streaming that is
    the whole answer, so a slow local model may need more; after it the extractive answer is
    shown instead."""

    temperature: float = 0.0
    """Sampling temperature; 0 keeps answers repeatable and close to the paragraphs' wording."""

    max_tokens: int | None = 1024
    """Cap on the answer's length in tokens; a few cited sentences need a few hundred, and
    the cap stops a model that runs on. None leaves it to the server."""

    context_window: int = 8192
    """Context length asked of Ollama (its num_ctx). Set explicitly because llama-index would
    otherwise ask the server for the model's maximum and request all of it, which can
    exhaust memory; eight numbered paragraphs and the rules fit in about 3,000 tokens."""

    def __post_init__(self) -> None:
        if self.provider not in PROVIDERS:
            raise LLMSettingsError(
                "provider", f"{self.provider!r} is not one of {', '.join(PROVIDERS)}"
            )
        if self.base_url is not None:
            parts = urlsplit(self.base_url)
            if parts.scheme not in ("http", "https") or not parts.netloc:
                raise LLMSettingsError(
                    "base_url",
                    f"{self.base_url!r} is not an http(s) URL; write it like {OLLAMA_URL}",
                )
        if self.provider == "none":
            return
        if not self.model.strip():
            raise LLMSettingsError(
                "model", f"is empty; name the model the {self.provider} server should run"
            )
        if self.provider == "openai" and self.base_url is None:
            raise LLMSettingsError(
                "base_url",
                "is required for provider 'openai' (e.g. http://localhost:8080/v1)",
            )
        if self.timeout_seconds <= 0:
            raise LLMSettingsError(
                "timeout_seconds", f"must be above 0, not {self.timeout_seconds}"
            )
        if not 0.0 <= self.temperature <= 2.0:
            raise LLMSettingsError("temperature", f"must be 0–2, not {self.temperature}")
        if self.max_tokens is not None and self.max_tokens < 1:
            raise LLMSettingsError("max_tokens", f"must be at least 1, not {self.max_tokens}")

    @property
    def enabled(self) -> bool:
        return self.provider != "none"

    @property
    def url(self) -> str:
        """The address the client is given: the default for Ollama, /v1 added for OpenAI."""
        if self.provider == "ollama":
            return (self.base_url or OLLAMA_URL).rstrip("/")
        url = (self.base_url or "").rstrip("/")
        return url + "/v1" if self.provider == "openai" and not urlsplit(url).path else url

    @classmethod
    def load(
        cls,
        config: str | Path | None = None,
        env: Mapping[str, str] | None = None,
        *,
        provider: str | None = None,
        base_url: str | None = None,
        model: str | None = None,
        api_key: str | None = None,
        timeout_seconds: float | None = None,
        temperature: float | None = None,
        max_tokens: int | None = None,
    ) -> LLMSettings:
        """Merge flags (the keyword arguments; None means "not given"), the environment and
        the TOML file. A `config` path that does not exist is an error; the default one may
        be absent."""
        env = os.environ if env is None else env
        values: dict[str, Any] = {}
        sources: dict[str, str] = {}
        path = Path(config).expanduser() if config is not None else default_config_path()
        for key, value in _read_table(path, required=config is not None).items():
            values[key], sources[key] = value, f"[llm] {key} in {path}"
        for key, var in ENV.items():
            if env.get(var):
                values[key], sources[key] = env[var], var
        flags = {
            "provider": provider,
            "base_url": base_url,
            "model": model,
            "api_key": api_key,
            "timeout_seconds": timeout_seconds,
            "temperature": temperature,
            "max_tokens": max_tokens,
        }
        for key, value in flags.items():
            if value is not None:
                values[key], sources[key] = value, "the command line"
        if isinstance(values.get("provider"), str):
            values["provider"] = values["provider"].strip().lower()
        try:
            return cls(**values)
        except LLMSettingsError as error:
            where = sources.get(error.setting)
            if where is None:
                raise
            raise LLMSettingsError(error.setting, f"{error.detail} (from {where})") from None


#: What each TOML key must hold; bool is excluded from numbers because TOML true is an int.
_TYPES: dict[str, tuple[type, ...]] = {
    "provider": (str,),
    "base_url": (str,),
    "model": (str,),
    "api_key": (str,),
    "timeout_seconds": (int, float),
    "temperature": (int, float),
    "max_tokens": (int,),
    "context_window": (int,),
}


def _read_table(path: Path, required: bool) -> dict[str, Any]:
    """The [llm] table of a TOML file, each key checked, so a typo is an error, not a default."""
    if not path.is_file():
        if required:
            raise LLMSettingsError("config", f"no file at {path}")
        return {}
    try:
        with path.open("rb") as handle:
            table = tomllib.load(handle).get("llm", {})
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise LLMSettingsError("config", f"{path} cannot be read: {error}") from None
    if not isinstance(table, dict):
        raise LLMSettingsError("config", f"[llm] in {path} is not a table")
    known = {f.name for f in fields(LLMSettings)}
    for key, value in table.items():
        if key not in known:
            raise LLMSettingsError(
                key, f"unknown key in [llm] of {path}; known: {', '.join(sorted(known))}"
            )
        if isinstance(value, bool) or not isinstance(value, _TYPES[key]):
            raise LLMSettingsError(key, f"[llm] {key} in {path} has the wrong type: {value!r}")
    return dict(table)
