"""Parsing the real seed packs: documents, dates, paragraphs, actions, tables, duplicates."""

from __future__ import annotations

from datetime import date

from boardqa.parse import parse_file


def _doc(archive, kind, word=""):
    return next(d for d in archive.documents if d.kind == kind and word.lower() in d.title.lower())


def test_march_pack_splits_into_its_documents_in_agenda_order(march):
    kinds = [(d.kind, d.agenda_item) for d in march.documents]
    assert kinds == [
        ("agenda", None),
        ("minutes", "2"),
        ("action_log", "4"),
        ("report", "7"),
        ("report", "8"),
        ("presentation", "9"),
        ("report", "10"),
        ("appendix", "10"),
        ("presentation", "11"),
        ("report", "12"),
        ("newsletter", "13"),
    ]
    assert "PREVENT" in march.documents[3].title
    assert "COUNTY LINES" in march.documents[4].title
    assert "Glen Parva" in march.documents[-1].title
    assert all(d.meeting_date == date(2021, 3, 19) for d in march.documents)


def test_march_minutes_record_the_december_2020_meeting(march):
    minutes = _doc(march, "minutes")
    assert minutes.about_meeting == date(2020, 12, 11)
    numbers = [p.number for p in minutes.paragraphs]
    assert "20(b)" in numbers and "23(iii)" in numbers
    resolved = [p for p in minutes.paragraphs if p.role == "resolution" and p.number == "20(b)"]
    assert resolved[0].text.startswith("That the Community Safety Communications Plan")
    assert resolved[0].heading == "20. LSCSB Action Log › RESOLVED"


def test_who_chaired_is_in_the_attendance(march):
    present = next(p for p in _doc(march, "minutes").paragraphs if p.role == "attendance")
    assert present.text.startswith("Present: Mrs D. Taylor CC (in the Chair)")


def test_action_log_has_ten_actions_with_reassembled_cells(march):
    actions = {a.number: a for a in march.actions}
    assert sorted(actions, key=int) == [str(n) for n in range(1, 11)]
    six = actions["6"]
    assert six.raised == date(2020, 12, 11)
    assert six.responsible == "Paul Hindson"
    assert six.status == "Amber"
    assert "Police & Crime Panel" in six.comments
    assert six.action.startswith("Provide further explanation of the ASB charts")
    one = actions["1"]
    assert one.raised == date(2019, 9, 20)
    assert one.dates == (date(2019, 9, 20), date(2020, 6, 26), date(2020, 12, 11))
    assert one.statuses == ("Green", "Amber") and one.status == "Amber"
    assert "Rik Basra/Chris Hedworth" in one.responsible
    nine = actions["9"]
    assert (nine.responsible, nine.status) == ("Euan Walters", "Green")
    assert nine.comments.startswith("Completed EW 14.12.20")
    assert actions["5"].responsible == "DI Jen Heggs"
    assert actions["3"].comments.startswith("For a future board meeting")


def test_action_paragraphs_are_citable_and_linked(march):
    log = _doc(march, "action_log")
    by_id = {p.id: p for p in log.paragraphs}
    for a in march.actions:
        assert by_id[a.paragraph_id].text.startswith(f"Action {a.number} (raised")


def test_opcc_paragraph_14_and_headings(march):
    opcc = _doc(march, "report", "POLICE AND CRIME COMMISSIONER")
    p14 = [p for p in opcc.paragraphs if p.number == "14"]
    assert p14[0].text.startswith("Following the research")
    assert p14[0].heading.endswith("Trauma Informed Strategy")
    safer = next(p for p in opcc.paragraphs if p.number == "2")
    assert "Safer Streets" in safer.heading


def test_generic_headings_go_under_their_topic_and_lists_keep_their_first_item(march):
    opcc = _doc(march, "report", "POLICE AND CRIME COMMISSIONER")
    workshops = next(p for p in opcc.paragraphs if p.text.startswith("Deliver two workshops"))
    assert workshops.heading == "Female Offender Strategy › Next steps"
    # The first item after "… should be addressed:" is an item, not a new heading.
    item = next(p for p in opcc.paragraphs if p.text.startswith("Better co-ordination"))
    assert item.number == "26" and item.heading.startswith("Volunteer Strategy")
    resume = next(p for p in opcc.paragraphs if p.number == "29")
    assert resume.heading == "Volunteer Strategy (Public Sector Volunteering) › Next steps"
    # A title straight after a paragraph's last line starts the next section.
    assert resume.text.endswith("joint working approach.")
    funding = next(p for p in opcc.paragraphs if p.number == "30")
    assert funding.heading == "Domestic Abuse – recommissioning of services"


def test_a_papers_standard_part_stands_on_its_own_line(archives):
    # "Appendices" / "Appendix 1- Safer Communities Performance Dashboard …" with no gap.
    pack = archives["lscsb-2018-12-10-reports-pack.txt"]
    texts = [p.text for p in pack.paragraphs()]
    assert "Appendix 1- Safer Communities Performance Dashboard Quarter 2, 2018/19" in texts


def test_a_sentence_led_by_a_date_is_text_not_a_heading(march):
    # The Glen Parva newsletter's column: "On 15 February, MoJ/HMPPS / launched a mini-…".
    text = next(p for p in march.paragraphs() if "mini-competition" in p.text)
    assert text.text.startswith("On 15 February, MoJ/HMPPS launched a mini-competition")
    assert "On 15 February" not in (text.heading or "")


def test_table_rows_keep_their_header(march):
    opcc = _doc(march, "report", "POLICE AND CRIME COMMISSIONER")
    rows = [p for p in opcc.paragraphs if p.role == "table_row"]
    lcc = next(p for p in rows if "Leicestershire County Council" in p.text)
    assert "DA duty 2021/22 allocation (£): 1,127,205" in lcc.text
    assert lcc.heading == "Funding allocations from MHCLG across LLR"


def test_2018_pack_is_dated_by_its_majority_not_the_wrong_header(archives):
    pack = archives["lscsb-2018-12-10-reports-pack.txt"]
    assert pack.meeting_date == date(2018, 12, 10)
    assert all(d.meeting_date == date(2018, 12, 10) for d in pack.documents)
    assert pack.documents[0].kind == "minutes"
    assert pack.documents[0].about_meeting == date(2018, 10, 1)
    assert any("1 October" not in d.title and d.kind == "report" for d in pack.documents)


def test_webpage_minutes_have_items_and_resolutions(archives):
    page = archives["lscsb-2020-12-11-agenda-and-minutes-webpage.txt"]
    (doc,) = page.documents
    assert doc.kind == "webpage" and doc.about_meeting == date(2020, 12, 11)
    resolutions = [p for p in doc.paragraphs if p.role == "resolution"]
    assert any(
        p.text.startswith("That the status of the LSCSB Action Log be noted") for p in resolutions
    )
    assert not any("pdf icon" in (p.heading or "") for p in doc.paragraphs)


def test_item_10_file_duplicates_the_pack_report(archives, march):
    item10 = archives["lscsb-2021-03-19-item-10-opcc-update.txt"]
    pack_ids = {p.id for p in march.paragraphs()}
    long = [p for p in item10.paragraphs() if len(p.text) >= 40]
    linked = [p for p in long if p.canonical_id in pack_ids]
    assert len(linked) / len(long) > 0.85
    canonical = {p.id: p for p in march.paragraphs()}[linked[0].canonical_id]
    assert linked[0].id in canonical.also_in
    assert item10.documents[0].agenda_item == "10"  # from the "33 Agenda Item 10" stamp


def test_web_page_minutes_point_at_the_pack_minutes(archives, march):
    page = archives["lscsb-2020-12-11-agenda-and-minutes-webpage.txt"]
    minutes_ids = {p.id for p in _doc(march, "minutes").paragraphs}
    linked = [p for p in page.paragraphs() if p.canonical_id in minutes_ids]
    assert len(linked) >= 30


def test_june_report_is_not_collapsed_into_march(archives, march):
    june = archives["lscsb-2021-06-18-opcc-update.txt"]
    assert june.meeting_date == date(2021, 6, 18)
    assert all(p.canonical_id == p.id for p in june.paragraphs())


def test_ids_are_stable_across_parses(corpus_dir):
    path = corpus_dir / "lscsb-2021-06-18-opcc-update.txt"
    first = [p.id for p in parse_file(path).paragraphs()]
    again = [p.id for p in parse_file(path).paragraphs()]
    assert first == again and len(set(first)) == len(first)


def test_every_paragraph_is_clean_text(archives):
    for archive in archives.values():
        for p in archive.paragraphs():
            assert p.text == p.text.strip() and "\n" not in p.text
            assert "\uf0b7" not in p.text
            assert not p.text.startswith(("• ", "➢"))


def test_a_row_whose_label_wraps_before_its_figures_is_kept_with_period_columns(archives):
    # The 2018 pack's contract price table: "Office of the Police & Crime" / "Commissioner" /
    # "£85,736.67 £259,225 …" is a row of its own (it was lost, its label glued onto the rows
    # after it), and each figure keeps its period column ("1/12/15 – 31/3/16").
    pack = archives["lscsb-2018-12-10-reports-pack.txt"]
    rows = [
        p.text for p in pack.paragraphs() if p.role == "table_row" and "Funding Body:" in p.text
    ]
    assert [r.split(";")[0] for r in rows] == [
        "Funding Body: Leicester City Council",
        "Funding Body: Leicestershire County Council",
        "Funding Body: Office of the Police & Crime Commissioner",
        "Funding Body: Rutland County Council",
        "Funding Body: TOTAL",
    ]
    assert "1/12/15 – 31/3/16: £85,736.67; 1/4/16 – 31/3/17: £259,225" in rows[2]


def test_every_row_of_a_schedule_of_meetings_is_a_paragraph_of_its_own(archives):
    # "24 September  Organised crime analysis" once looked like a heading, and the next row
    # took it for its own and dropped it (in all three copies of the SPB's 2021 schedule).
    for name in ("lscsb-2021-03-19-reports-pack.txt", "lscsb-2021-06-18-opcc-update.txt"):
        texts = [p.text for p in archives[name].paragraphs()]
        assert "24 September Organised crime analysis" in texts
        assert "16 November LLR approach to suicide" in texts
        assert "27 July Initial analysis of Modern Slavery" in texts


def test_a_slide_title_set_over_many_short_lines_is_whole(march):
    # The probation deck's "What is the / Probation / Services / Dynamic / Framework / (PSDF)?"
    # follows a timeline's labels ("26th / June / 2021 / Day 1"); the page's own top starts
    # the title, so the question is the heading of its points, not half heading, half point.
    deck = next(d for d in march.documents if "Probation" in d.title and d.kind != "minutes")
    launched = next(p for p in deck.paragraphs if p.text.startswith("The PSDF will be launched"))
    assert launched.heading == "What is the Probation Services Dynamic Framework (PSDF)?"
    assert not any(p.text == "Framework (PSDF)?" for p in deck.paragraphs)
    # The labels are kept as text of their own.
    assert any(p.text == "26th June 2021 Day 1" for p in deck.paragraphs)
