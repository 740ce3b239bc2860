"""Checks that tests/pdfgen.py writes PDFs whose text pypdf reads back as a pack would.

The parser's PDF tests will trust these files, so the properties they rely on are pinned here:
page counts, the "N / Agenda Item X" stamp on every page, landscape action logs whose heading
row repeats, paragraph words in order, and broken inputs that really are broken.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError, PdfReadError

import pdfgen
from pdfgen import (  # pdfgen puts src/ on sys.path when boardqa is not installed
    ENCRYPTED_PASSWORD,
    ActionRecord,
    Archive,
    Document,
    Paragraph,
    render_archive_pdf,
    render_two_column_pdf,
    write_empty_pdf,
    write_encrypted_pdf,
    write_image_only_pdf,
    write_not_a_pdf,
    write_truncated_pdf,
)

MEETING = date(2021, 3, 19)
FIRST_PAGE = 33
#: "Responsible Officer" wraps in its 15% column; cells on one baseline are joined by a space.
HEADER_TEXT = "No. Date Action Responsible\nOfficer\nComments Status"

LONG_TEXT = (
    "Following the research carried out by the Office of the Police and Crime Commissioner "
    "(OPCC) on the Board’s behalf, partners agreed a “single front door” for referrals – "
    "including the £20m Safer Streets fund – and a common dataset for each Community Safety "
    "Partnership. "
) * 14

REPORT_PARAGRAPHS = (
    ("1.", "Background", "To provide the Board with an update on the work of the OPCC."),
    ("2.", "Safer Streets", LONG_TEXT.strip()),
    ("3.", "Recommendation", "The Board is asked to note the contents of this report."),
)

ACTIONS = (
    ActionRecord(
        number="1.",
        raised=date(2019, 9, 20),
        dates=(date(2019, 9, 20), date(2020, 6, 26), date(2020, 12, 11)),
        action="Use Leicestershire Matters and social media to publicise car thefts and "
        "devices for blocking car signal.",
        responsible="Steve Pumfrey, Media Services, LCC.",
        comments="An article was compiled and submitted for publication. However "
        "Leicestershire Matters already had too many stories for the item to be included.",
        status="Amber",
        statuses=("Green", "Amber"),
        document_id="log",
    ),
    ActionRecord(
        number="2.",
        raised=date(2020, 6, 26),
        dates=(date(2020, 6, 26),),
        action="Rik Basra to circulate the Community Safety Agreement to Board members.",
        responsible="Rik Basra",
        comments="Completed – circulated by email on 3 July 2020.",
        status="Completed",
        document_id="log",
    ),
    ActionRecord(
        number="3.",
        raised=date(2020, 12, 11),
        dates=(date(2020, 12, 11),),
        action="Paul Hindson to present a summary of the factors behind anti-social "
        "behaviour in Leicestershire to a future meeting.",
        responsible="Paul Hindson, OPCC",
        comments="ASB charts included in the action log on pages 19-24 of the pack. "
        "Paul Hindson/Lord Bach had not seen these figures before.",
        status="Green",
        document_id="log",
    ),
)

SLIDES = (
    ("Probation Reform", "Unification of probation services from 26 June 2021."),
    ("Next steps", "Regional outcomes and innovation fund; commissioned rehabilitative services."),
)


def build_archive() -> Archive:
    """A report (item 10), an action log (item 4) and a slide deck (item 7)."""
    report = Document(
        id="rep",
        kind="report",
        title="LSCSB Update: Office of the Police and Crime Commissioner",
        source="pack.pdf",
        meeting_date=MEETING,
        agenda_item="10",
        paragraphs=tuple(
            Paragraph(id=f"rep-{i}", document_id="rep", text=t, number=n, heading=h, position=i)
            for i, (n, h, t) in enumerate(REPORT_PARAGRAPHS)
        ),
    )
    log = Document(
        id="log",
        kind="action_log",
        title="LSCSB Action Log",
        source="pack.pdf",
        meeting_date=MEETING,
        agenda_item="4",
    )
    deck = Document(
        id="deck",
        kind="presentation",
        title="Probation Service",
        source="pack.pdf",
        meeting_date=MEETING,
        agenda_item="7",
        paragraphs=tuple(
            Paragraph(id=f"deck-{i}", document_id="deck", text=t, heading=h, role="slide")
            for i, (h, t) in enumerate(SLIDES)
        ),
    )
    return Archive(source="pack.pdf", documents=(report, log, deck), actions=ACTIONS)


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> PdfReader:
    path = tmp_path_factory.mktemp("pdfgen") / "pack.pdf"
    assert render_archive_pdf(build_archive(), path, first_page=FIRST_PAGE) == path
    return PdfReader(path)


def _texts(reader: PdfReader) -> list[str]:
    return [page.extract_text() for page in reader.pages]


def _flat(text: str) -> str:
    """Whitespace collapsed: pypdf ends every wrapped line with "\\n" and doubles justified gaps."""
    return " ".join(text.split())


def _words(text: str) -> list[str]:
    return re.findall(r"[\w£’“”–.]+", text)


def _assert_words_in_order(words: list[str], haystack: list[str]) -> None:
    pos = 0
    for word in words:
        pos = haystack.index(word, pos) + 1


def _page_kinds(reader: PdfReader) -> list[str]:
    """Which document each page belongs to, read from its agenda-item stamp."""
    kinds = {"10": "report", "4": "log", "7": "deck"}
    out = []
    for text in _texts(reader):
        item = re.search(r"/ Agenda Item (\d+)\s*$", text)
        assert item, text[-80:]
        out.append(kinds[item.group(1)])
    return out


def test_page_count_and_order(pack: PdfReader) -> None:
    # The long paragraph pushes the report onto a second page; the log is one page; two slides.
    assert _page_kinds(pack) == ["report", "report", "log", "deck", "deck"]


def test_every_page_has_footer_stamp(pack: PdfReader) -> None:
    items = {"report": "10", "log": "4", "deck": "7"}
    for index, (text, kind) in enumerate(zip(_texts(pack), _page_kinds(pack), strict=True)):
        stamp = f"{FIRST_PAGE + index} / Agenda Item {items[kind]}"
        assert text.rstrip().endswith(stamp), (index, text[-60:])


def test_report_title_block_and_paragraphs_in_order(pack: PdfReader) -> None:
    text = "\n".join(_texts(pack)[:2])
    assert text.startswith(
        "LEICESTERSHIRE SAFER COMMUNITIES STRATEGY BOARD\n19th MARCH 2021\n"
        "LSCSB UPDATE: OFFICE OF THE POLICE AND CRIME COMMISSIONER\n"
    )
    expected: list[str] = []
    for number, heading, body in REPORT_PARAGRAPHS:
        expected += [*_words(heading), number, *_words(body)]
    _assert_words_in_order(expected, _words(text))
    # Curly quotes, the en dash and the pound sign survive (a Unicode TTF is embedded).
    flat = _flat(text)
    assert "the Board’s behalf" in flat and "“single front door”" in flat and "– including" in flat
    assert "£20m" in flat


def test_paragraph_crosses_page_break(pack: PdfReader) -> None:
    first, second = _texts(pack)[:2]
    assert "2. Following the research" in _flat(first)
    assert "Safer Streets fund" in _flat(second) and "3. The Board is asked" in _flat(second)


def test_action_log_is_landscape_ruled_table(pack: PdfReader) -> None:
    kinds = _page_kinds(pack)
    for page, kind in zip(pack.pages, kinds, strict=True):
        landscape = float(page.mediabox.width) > float(page.mediabox.height)
        assert landscape == (kind in ("log", "deck"))
    log_pages = [t for t, k in zip(_texts(pack), kinds, strict=True) if k == "log"]
    for text in log_pages:
        assert text.startswith(f"{pdfgen.ACTION_LOG_HEADING}\n{HEADER_TEXT}\n")
    text = "\n".join(log_pages)
    assert "20.9.19\n26.6.20\n11.12.20" in text
    assert "Green\nAmber" in text
    for record in ACTIONS:
        _assert_words_in_order(_words(record.action), _words(text))
        _assert_words_in_order(_words(record.comments), _words(text))


def test_action_log_header_repeats_across_pages(tmp_path: Path) -> None:
    many = tuple(
        ActionRecord(
            number=f"{n}.",
            raised=date(2020, 1, n),
            dates=(date(2020, 1, n), date(2020, 6, n)),
            action=ACTIONS[0].action,
            responsible=ACTIONS[0].responsible,
            comments=ACTIONS[0].comments,
            status="Green",
            document_id="log",
        )
        for n in range(1, 21)
    )
    archive = Archive(source="x", documents=(build_archive().documents[1],), actions=many)
    reader = PdfReader(render_archive_pdf(archive, tmp_path / "log.pdf"))
    texts = _texts(reader)
    assert len(texts) > 1
    for index, text in enumerate(texts, start=1):
        assert text.startswith(f"{pdfgen.ACTION_LOG_HEADING}\n{HEADER_TEXT}\n") or (
            index > 1 and text.startswith(f"{HEADER_TEXT}\n")
        )
        assert text.rstrip().endswith(f"{index} / Agenda Item 4")
    numbers = re.findall(r"^(\d+)\. \d+\.1\.20$", "\n".join(texts), flags=re.M)
    assert numbers == [str(n) for n in range(1, 21)]  # every row once: rows are not split


def test_visitor_gives_cell_positions(pack: PdfReader) -> None:
    page = pack.pages[_page_kinds(pack).index("log")]
    frags: list[tuple[float, float, str]] = []
    page.extract_text(
        visitor_text=lambda text, cm, tm, font, size: frags.append((tm[4], tm[5], text))
    )
    cells = [(x, y, t.strip()) for x, y, t in frags if t.strip()]
    xs = {t: x for x, _, t in cells}
    # Columns left to right, as drawn.
    order = ["No.", "Date", "Action", "Responsible", "Comments", "Status"]
    assert [xs[t] for t in order] == sorted(xs[t] for t in order)
    dates = [(x, y) for x, y, t in cells if t in ("20.9.19", "26.6.20", "11.12.20")]
    assert len({x for x, _ in dates}) == 1 and dates[0][1] > dates[1][1] > dates[2][1]


def test_presentation_slides(pack: PdfReader) -> None:
    slides = [t for t, k in zip(_texts(pack), _page_kinds(pack), strict=True) if k == "deck"]
    for number, ((title, body), text) in enumerate(zip(SLIDES, slides, strict=True), start=1):
        assert text.startswith(title + "\n")
        _assert_words_in_order(_words(body), _words(text))
        assert text.endswith(f"\n{number}\n{FIRST_PAGE + 2 + number} / Agenda Item 7")


def test_minutes_and_table_rows(tmp_path: Path) -> None:
    rows = ("Quarter: Q1; Crimes: 1,204; Change: +3%", "Quarter: Q2; Crimes: 1,180; Change: –2%")
    minutes = Document(
        id="min",
        kind="minutes",
        title="Minutes",
        source="x",
        meeting_date=MEETING,
        about_meeting=date(2020, 12, 11),
        paragraphs=(
            *(
                Paragraph(id=f"m{i}", document_id="min", text=t, heading="Dash", role="table_row")
                for i, t in enumerate(rows)
            ),
            Paragraph(id="m9", document_id="min", text="Not: a; table", role="table_row"),
        ),
    )
    reader = PdfReader(
        render_archive_pdf(Archive(source="x", documents=(minutes,)), tmp_path / "m.pdf")
    )
    text = reader.pages[0].extract_text()
    assert _flat(text).startswith(
        "Minutes of a meeting of the Leicestershire Safer Communities Strategy Board held on "
        "Friday, 11 December 2020."
    )
    assert "\nDash\nQuarter Crimes Change\nQ1 1,204 +3%\nQ2 1,180 –2%\n" in text
    assert "Not: a; table" in text
    assert text.rstrip().endswith("1")


def test_two_column_flow(tmp_path: Path) -> None:
    paras = [f"Story {n}: " + "Glen Parva residents met the beat team. " * 12 for n in range(8)]
    reader = PdfReader(render_two_column_pdf(paras, tmp_path / "news.pdf", "Glen Parva News"))
    frags: list[tuple[float, float, str]] = []
    for page in reader.pages:
        page.extract_text(visitor_text=lambda t, cm, tm, f, s: frags.append((tm[4], tm[5], t)))
    text = "".join(p.extract_text() for p in reader.pages)
    assert text.startswith("Glen Parva News")
    assert [int(n) for n in re.findall(r"Story (\d+):", text)] == list(range(8))
    assert len({round(x) for x, _, t in frags if t.startswith("Story")}) == 2  # both columns


def test_bad_inputs(tmp_path: Path) -> None:
    encrypted = PdfReader(write_encrypted_pdf(tmp_path / "enc.pdf"))
    assert encrypted.is_encrypted
    with pytest.raises(FileNotDecryptedError):
        encrypted.pages[0].extract_text()
    encrypted.decrypt(ENCRYPTED_PASSWORD)
    assert "Confidential" in encrypted.pages[0].extract_text()

    with pytest.raises(PdfReadError):
        PdfReader(write_truncated_pdf(tmp_path / "cut.pdf"))  # PdfStreamError

    image_only = PdfReader(write_image_only_pdf(tmp_path / "img.pdf"))
    assert len(image_only.pages) == 1 and image_only.pages[0].extract_text().strip() == ""
    assert b"BT" not in image_only.pages[0].get_contents().get_data()
    assert len(image_only.pages[0].images) == 1

    empty = PdfReader(write_empty_pdf(tmp_path / "empty.pdf"))
    assert len(empty.pages) == 1 and empty.pages[0].extract_text() == ""

    not_pdf = write_not_a_pdf(tmp_path / "junk.pdf")
    assert not not_pdf.read_bytes().startswith(b"%PDF")
    with pytest.raises(PdfReadError):
        PdfReader(not_pdf)


def test_core_font_fallback_keeps_cp1252(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdfgen, "find_unicode_fonts", lambda: None)
    doc = Document(
        id="d",
        kind="appendix",
        title="t",
        source="x",
        meeting_date=None,
        paragraphs=(
            Paragraph(id="p", document_id="d", text="The Board’s “plan” – £5 \uf0b7 ≥ 3 → done"),
        ),
    )
    reader = PdfReader(
        render_archive_pdf(Archive(source="x", documents=(doc,)), tmp_path / "h.pdf")
    )
    # Windows-1252 keeps ’ “ ” – £ and the bullet (U+F0B7 is drawn as U+2022); ≥ → is ASCII'd.
    assert "The Board’s “plan” – £5 • >= 3 -> done" in reader.pages[0].extract_text()
