"""The one wiring point: settings in, the store / encoders / answerer the app needs out.

The CLI, the chat and the evals all receive what `Services` builds, so a backend is chosen in
one place. Heavy parts (the model, the shard) open on first use, never at import.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from boardqa.llm_settings import LLMSettings


@dataclass(frozen=True)
class Settings:
    """Where the index lives and which Qdrant holds it.

    index_dir: the folder with the manifest and, for the default backend, the Edge shard
      (`--index`, BOARDQA_INDEX; default ./index).
    qdrant_url: a Qdrant server for a shared deployment (`--qdrant-url`, BOARDQA_QDRANT_URL);
      when unset the embedded Qdrant Edge shard under index_dir is used.
    qdrant_api_key: the server's API key (BOARDQA_QDRANT_API_KEY).
    collection: the server collection name (BOARDQA_COLLECTION).
    """

    index_dir: Path = Path("index")
    qdrant_url: str | None = None
    qdrant_api_key: str | None = None
    collection: str = "boardqa"
    #: The optional LLM answerer (provider "none" by default: answers are extractive).
    llm: LLMSettings = field(default_factory=LLMSettings)

    @classmethod
    def from_env(
        cls, index: str | None = None, qdrant_url: str | None = None, **llm: str | None
    ) -> Settings:
        """Flags first, then BOARDQA_* variables, then the config file (for the LLM), then
        defaults."""
        config = llm.pop("config", None)
        return cls(
            index_dir=Path(index or os.environ.get("BOARDQA_INDEX") or "index"),
            qdrant_url=qdrant_url or os.environ.get("BOARDQA_QDRANT_URL") or None,
            qdrant_api_key=os.environ.get("BOARDQA_QDRANT_API_KEY") or None,
            collection=os.environ.get("BOARDQA_COLLECTION", "boardqa"),
            llm=LLMSettings.load(config=Path(config) if config else None, **llm),
        )

    @property
    def shard_dir(self) -> Path:
        return self.index_dir / "shard"


class Services:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    @cached_property
    def store(self):
        if self.settings.qdrant_url:
            from boardqa.index.server import ServerStore

            return ServerStore(
                url=self.settings.qdrant_url,
                api_key=self.settings.qdrant_api_key,
                collection=self.settings.collection,
            )
        from boardqa.index.edge import EdgeStore

        self.settings.shard_dir.mkdir(parents=True, exist_ok=True)
        return EdgeStore(self.settings.shard_dir)

    @property
    def encoder_dir(self) -> Path:
        return self.settings.index_dir / "encoder"

    @cached_property
    def embedder(self):
        """The ONNX export of all-MiniLM-L6-v2 beside the index, made on first use (the one
        step that imports torch); queries and documents both go through it."""
        from boardqa.index.onnx_encoder import OnnxQueryEncoder

        return OnnxQueryEncoder(self.encoder_dir, export_if_missing=True)

    @cached_property
    def query_encoder(self):
        """For answering: the exported encoder, never torch; None when there is no index."""
        from boardqa.index.onnx_encoder import OnnxQueryEncoder

        if not OnnxQueryEncoder.available(self.encoder_dir):
            return None
        return OnnxQueryEncoder(self.encoder_dir)

    @cached_property
    def sparse(self):
        from boardqa.index.sparse import Bm25Encoder

        return Bm25Encoder()

    @cached_property
    def llm(self):
        """The LLM answerer when one is configured, else None (extractive answers)."""
        if not self.settings.llm.enabled:
            return None
        from boardqa.answer.llm import LLMAnswerer

        encoder = self.query_encoder
        return LLMAnswerer(self.settings.llm, embed=encoder.embed_documents if encoder else None)

    def close(self) -> None:
        if "store" in self.__dict__:
            self.store.close()


def index_files(
    settings: Settings,
    paths: Sequence[str | Path],
    *,
    rebuild: bool = False,
    progress: Callable[[str, int, int], None] | None = None,
):
    """What `boardqa index` does: one writer at a time (the index's lock, held until the shard
    is closed, so the next writer never meets a half-closed shard), then bring the index in
    line with the files. Returns the IndexReport."""
    from boardqa.index.build import index_paths, write_lock

    services = Services(settings)
    with write_lock(settings.index_dir):
        try:
            return index_paths(
                list(paths),
                settings.index_dir,
                services.store,
                services.embedder,
                services.sparse,
                rebuild=rebuild,
                progress=progress,
            )
        finally:
            services.close()
