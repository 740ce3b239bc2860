"""Small text clean-ups shared by every format: stamps, bullet glyphs, hyphenation, spaces."""

from __future__ import annotations

import re

#: "33 Agenda Item 10", "33 / Agenda Item 10", "Agenda Item 10 / 33", or a lone page number.
_STAMP = re.compile(
    r"^\s*(?:(\d{1,3})\s*/?\s*Agenda\s+Item\s+(\d{1,2}[a-z]?)"
    r"|Agenda\s+Item\s+(\d{1,2}[a-z]?)\s*/?\s*(\d{1,3})"
    r"|(?:Page\s+)?(\d{1,3})(?:\s+of\s+\d{1,3})?)\s*$",
    re.IGNORECASE,
)

#: Private-use bullets from Symbol/Wingdings fonts (U+F0B7 is the usual Word bullet) and the
#: ordinary bullet characters packs use; they start a list item but carry no content.
BULLETS = "\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0e0\uf02d•·▪➢►▶◦‣○●■□–-*"
_BULLET_START = re.compile(rf"^\s*[{re.escape(BULLETS.replace('–', '').replace('-', ''))}]\s*")
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f]+")


def is_page_stamp(line: str, strict: bool = False) -> bool:
    """True for a line that is only a page number and/or an "Agenda Item N" stamp."""
    return bool(_STAMP.match(line)) and bool(line.strip())


def stamp_label(line: str) -> str:
    """The printed label of a stamp line, normalised: "33 / Agenda Item 10" or "4"."""
    m = _STAMP.match(line)
    if not m:
        return line.strip()
    if m.group(1):
        return f"{m.group(1)} / Agenda Item {m.group(2)}"
    if m.group(3):
        return f"{m.group(4)} / Agenda Item {m.group(3)}"
    return m.group(5)


def stamp_agenda_item(label: str | None) -> str | None:
    m = re.search(r"Agenda Item (\S+)", label or "")
    return m.group(1) if m else None


def starts_with_bullet(line: str) -> bool:
    return bool(_BULLET_START.match(line)) or bool(_PRIVATE_USE.match(line.strip()[:1]))


def strip_bullet(line: str) -> str:
    line = _PRIVATE_USE.sub(" ", line)
    return _BULLET_START.sub("", line).strip()


def normalise_spaces(text: str) -> str:
    return _SPACES.sub(" ", _PRIVATE_USE.sub(" ", text)).strip()


_HYPHEN_END = re.compile(r"([a-z])-$")


def join_wrapped(lines: list[str]) -> str:
    """Join the wrapped lines of one paragraph into one string.

    A line ending "sub-" followed by "group" is a compound split at its hyphen in the papers
    ("SPB Sub-" / "group"), so the hyphen is kept and no space is added; a soft hyphen (U+00AD)
    is a typesetter's break and is dropped.
    """
    out = ""
    for raw in lines:
        line = normalise_spaces(raw.replace("\u00ad\n", "").replace("\u00ad", ""))
        if not line:
            continue
        if not out:
            out = line
        elif _HYPHEN_END.search(out) and line[:1].islower():
            out = out + line
        else:
            out = out + " " + line
    return out
