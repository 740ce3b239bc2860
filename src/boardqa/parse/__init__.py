"""Pure parsing: a file's bytes in, typed records out. No index, no model, no network."""

from boardqa.parse.archive import parse_bytes, parse_file

__all__ = ["parse_bytes", "parse_file"]
