"""PDF packs through pypdf, keeping page numbers, printed page labels and glyph positions.

Each page's text is collected through pypdf's `visitor_text` callback so every fragment keeps
its position: lines are rebuilt top to bottom, a two-column page is read column by column, and
a ruled table (the action log) can be read back cell by cell from the fragments' x positions.
"""

from __future__ import annotations

import io
import itertools
from dataclasses import dataclass

from boardqa.errors import ParseError
from boardqa.parse.cleaning import is_page_stamp, stamp_label
from boardqa.records import PAGE_BREAK, Line


@dataclass
class _Fragment:
    x: float
    y: float
    text: str
    size: float = 10.0


def _open_reader(data: bytes, path: str):
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    if not data.strip():
        raise ParseError(path, "empty file")
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise ParseError(path, "not a PDF file (no %PDF header)")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception:  # pypdf raises several types for unsupported crypto
                ok = 0
            if not ok:
                raise ParseError(path, "encrypted PDF: a password is needed to read it")
        _ = len(reader.pages)
    except ParseError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise ParseError(path, f"corrupt or truncated PDF ({type(exc).__name__}: {exc})") from None
    return reader


def _page_fragments(page) -> list[_Fragment]:
    frags: list[_Fragment] = []

    def visit(text: str, cm: list[float], tm: list[float], _fd: object, fs: object) -> None:
        if not text or not text.strip():
            return
        # Text space → user space: the text matrix's origin mapped through the CTM.
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        # Font size in user space: the nominal size scaled by the text matrix.
        size = float(fs) * abs(tm[3] or 1.0) if isinstance(fs, int | float) else 10.0
        for i, part in enumerate(text.split("\n")):
            if part.strip():
                frags.append(_Fragment(x, y - i * 0.01, part, size))

    page.extract_text(visitor_text=visit)
    return frags


def _group_lines(frags: list[_Fragment], tolerance: float = 2.0) -> list[list[_Fragment]]:
    """Fragments on the same baseline (within `tolerance` points) form one visual line."""
    rows: list[list[_Fragment]] = []
    for f in sorted(frags, key=lambda f: (-f.y, f.x)):
        if rows and abs(rows[-1][0].y - f.y) <= tolerance:
            rows[-1].append(f)
        else:
            rows.append([f])
    return [sorted(r, key=lambda f: f.x) for r in rows]


def _join(frags: list[_Fragment]) -> str:
    """One visual line's text; a wide gap between fragments (a table's cell boundary) is kept
    as a tab so that a header row can be split into its column names."""
    parts: list[str] = []
    end = None
    for f in frags:
        text = " ".join(f.text.split())
        if parts:
            gap = f.x - end if end is not None else 0
            parts.append("\t" if gap > 2.0 * f.size else " ")
        parts.append(text)
        # Average glyph width of ~0.5 em is enough to tell a word space from a column gap.
        end = f.x + len(text) * f.size * 0.5
    return "".join(parts)


def _column_split(rows: list[list[_Fragment]], width: float) -> float | None:
    """The x of a gutter when the page is set in two columns, else None.

    A gutter is a vertical band near the middle that no fragment runs across while both sides
    carry text on many lines; newsletters are set this way, and reading such a page line by
    line would interleave the columns. A table's columns are not a gutter: body text above
    and below it runs across the middle.
    """
    if len(rows) < 6:
        return None
    mid = width / 2
    for gutter in (mid, mid - width * 0.05, mid + width * 0.05):
        left = right = crossing = 0
        for r in rows:
            left += any(f.x < gutter for f in r)
            right += any(f.x >= gutter for f in r)
            crossing += any(
                f.x < gutter - 5 and f.x + len(f.text) * f.size * 0.45 > gutter + 5 for f in r
            )
        if crossing == 0 and left >= 3 and right >= 3 and (left + right) > len(rows) * 1.2:
            return gutter
    return None


def _line_pitch(rows: list[list[_Fragment]]) -> float:
    """The commonest distance between consecutive baselines on a page (the body line pitch)."""
    gaps = sorted(
        round(a[0].y - b[0].y, 1) for a, b in itertools.pairwise(rows) if 0 < a[0].y - b[0].y < 60
    )
    if not gaps:
        return 0.0
    # The lower quartile: most consecutive lines are within-paragraph, so this is the pitch. A
    # page of a few short paragraphs (a report's last page: "Officer to Contact …", "Appendix",
    # "Appendix 1 – …") has more paragraph gaps than line pitches: there the smallest gap is it.
    return gaps[0] if len(gaps) < _FEW_LINES else gaps[len(gaps) // 4]


#: Below this many line gaps a page is too sparse for a quartile to find its line pitch.
_FEW_LINES = 8


def _is_full_line(text: str, page_texts: list[str]) -> bool:
    longest = sorted(len(t) for t in page_texts)[-max(1, len(page_texts) // 5)]
    return len(text) >= 0.8 * longest and not text.rstrip().endswith((".", ":", ";"))


def pdf_lines(data: bytes, path: str) -> list[Line]:
    """All lines of a PDF with 1-based physical page and the printed label when there is one."""
    reader = _open_reader(data, path)
    lines: list[Line] = []
    any_text = False
    for page_no, page in enumerate(reader.pages, start=1):
        try:
            frags = _page_fragments(page)
        except Exception as exc:  # a damaged content stream spoils one page, not the pack
            raise ParseError(path, f"page {page_no} cannot be read ({exc})") from None
        any_text = any_text or bool(frags)
        width = float(page.mediabox.width)
        rows = _group_lines(frags)
        gutter = _column_split(rows, width)
        if gutter is not None:
            left = [[f for f in r if f.x < gutter] for r in rows]
            right = [[f for f in r if f.x >= gutter] for r in rows]
            rows = [r for r in left if r] + [r for r in right if r]
        # The printed label sits in the header or footer: the first or last lines of the page.
        label = None
        texts = [_join(r) for r in rows]
        edge = {0, 1, len(rows) - 1, len(rows) - 2}
        keep: list[int] = []
        for i, text in enumerate(texts):
            if i in edge and is_page_stamp(text):
                label = stamp_label(text)
                continue
            keep.append(i)
        pitch = _line_pitch([rows[i] for i in keep])
        previous_y: float | None = None
        for i in keep:
            r = rows[i]
            # A vertical gap wider than the usual line pitch is a paragraph break, which plain
            # text shows as an empty line.
            if previous_y is not None and pitch and (previous_y - r[0].y) > pitch * 1.25:
                # A visible gap is a hard paragraph break: an empty line and a spaces-only one,
                # the way the text extractions mark the gap between paragraphs.
                lines.append(Line("", page_no, label))
                lines.append(Line(" ", page_no, label))
            previous_y = r[0].y
            lines.append(
                Line(
                    texts[i],
                    page_no,
                    label,
                    r[0].x,
                    r[0].y,
                    tuple((f.x, " ".join(f.text.split())) for f in r),
                )
            )
        # A paragraph runs on to the next page when the page's last line is full; a short last
        # line ends its paragraph (an empty line, as in text). Either way the break is marked.
        if keep and not _is_full_line(texts[keep[-1]], [texts[i] for i in keep]):
            lines.append(Line("", page_no, label))
            lines.append(Line(" ", page_no, label))
        lines.append(Line(PAGE_BREAK, page_no, label))
    if not any_text:
        raise ParseError(path, "scanned PDF with no text layer: OCR is not supported")
    return lines
