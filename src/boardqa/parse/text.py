"""Plain-text packs (the seed archive is text extracted from the council's PDFs).

Text carries no page geometry, so lines get `page=None`; printed stamps such as
"33 Agenda Item 10" are lifted out of the text and kept as the label of the page they end.
"""

from __future__ import annotations

from boardqa.errors import ParseError
from boardqa.parse.cleaning import is_page_stamp, stamp_agenda_item, stamp_label
from boardqa.records import PAGE_BREAK, Line


def decode_text(data: bytes, path: str) -> str:
    """UTF-8 first; cp1252 (what Windows office suites write) when that fails.

    Bytes that are neither (cp1252 leaves five code points undefined, and NUL bytes mean a
    binary file) are refused with a reason rather than guessed at.
    """
    if b"\x00" in data[:4096]:
        raise ParseError(path, "binary data in a text file (not UTF-8 or cp1252 text)")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise ParseError(path, f"not UTF-8 or cp1252 text (byte {exc.start})") from None


def text_lines(text: str) -> list[Line]:
    """Lines of a text pack with page stamps removed; a stamp labels the lines before it."""
    raw = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").split("\n")
    lines: list[Line] = []
    page_start = 0
    for raw_line in raw:
        if is_page_stamp(raw_line, strict=True):
            # In text a lone number may be a page's number or a slide's, printed at the top or
            # the bottom: only "33 Agenda Item 10" stamps are kept as the label of their page.
            label = stamp_label(raw_line) if stamp_agenda_item(stamp_label(raw_line)) else None
            for i in range(page_start, len(lines)):
                lines[i] = Line(lines[i].text, None, label)
            lines.append(Line(PAGE_BREAK, None, label))
            page_start = len(lines)
            continue
        lines.append(Line(raw_line))
    return lines
