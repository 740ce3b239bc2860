"""Errors a user reads: each says what happened to which file and what to do next."""

from __future__ import annotations


class BoardqaError(Exception):
    """Base class: the CLI prints `str(error)` as one line and exits non-zero."""


class ParseError(BoardqaError):
    """A file that cannot be turned into an archive (names the file and the reason)."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class IndexMissingError(BoardqaError):
    def __init__(self, where: str) -> None:
        super().__init__(f"no index at {where}: run `boardqa index corpus/` first")


class IndexBusyError(BoardqaError):
    def __init__(self, where: str, pid: int | None = None) -> None:
        who = f" by process {pid}" if pid else " or is open in another boardqa process"
        super().__init__(
            f"the index at {where} is being written{who}; wait for it to finish and try again"
        )
