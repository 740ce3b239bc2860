"""What happened to an action: raised when and where, what was asked, who is responsible, each
later update with its status, and where it stands, as a short cited timeline (pure)."""

from __future__ import annotations

from datetime import date
from typing import Any

from boardqa.answer.citations import Citation
from boardqa.answer.compose import CitationList, source_label
from boardqa.parse.dates import format_long
from boardqa.words import overlap, term_set


def _long(iso: str | None) -> str:
    return format_long(date.fromisoformat(iso)) if iso else "an unknown date"


def _same_action(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two log rows are one action carried forward when they were raised on the same day, or
    (a date missing) when they ask much the same thing, or give nothing to compare; a log
    that restarts its numbering gives "action 6" to something else."""
    ra, rb = a.get("action_raised"), b.get("action_raised")
    if ra and rb:
        return bool(ra == rb)
    ta, tb = term_set(str(a.get("action_text") or "")), term_set(str(b.get("action_text") or ""))
    if not (ta and tb):
        return True
    return overlap(ta, tb) >= 0.5


def distinct_actions(logs: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """The log rows of one action number grouped into the actions they are, each group oldest
    meeting first, the group with the latest row last."""
    groups: list[list[dict[str, Any]]] = []
    for log in sorted(logs, key=lambda p: p.get("meeting_date") or ""):
        for group in groups:
            if _same_action(group[-1], log):
                group.append(log)
                break
        else:
            groups.append([log])
    return sorted(groups, key=lambda g: g[-1].get("meeting_date") or "")


def other_actions(
    number: str, others: list[list[dict[str, Any]]], cited: int
) -> tuple[str, list[Citation]]:
    """What to add when the logs give `number` to other actions too: each named, cited (from
    `cited` + 1 on) and pointed to by its meeting, so the user can ask about it."""
    text, cites = "", []
    for group in others:
        row = group[-1]
        cite = Citation.from_payload(cited + len(cites) + 1, row, 0.5)
        cites.append(cite)
        when = _long(row.get("meeting_date"))
        asked = str(row.get("action_text") or "").strip().rstrip(".") or "no text recorded"
        text += (
            f" The log for {when} has a different action {number}: “{asked}.” [{cite.n}]"
            f" Ask about action {number} at the meeting of {when} for its story."
        )
    return text, cites


def compose_action_timeline(
    number: str,
    logs: list[dict[str, Any]],
    minutes: list[dict[str, Any]],
    asks: str = "what",
) -> tuple[str, list[Citation]]:
    """`logs`: the action's paragraphs from every action log (payloads), oldest meeting first;
    `minutes`: minutes paragraphs that discuss it."""
    cites = CitationList()
    latest = logs[-1]
    if asks == "minutes" and minutes:
        for p in minutes:  # cited first: the question was about the minutes
            cites.cite(p, 0.8)
    n = cites.cite(latest, 1.0)
    dates = latest.get("action_dates") or []
    raised = dates[0] if dates else latest.get("action_raised")
    parts: list[str] = []
    responsible = latest.get("action_responsible") or "no one named"
    status = latest.get("action_status") or "no status given"
    asked = (latest.get("action_text") or "").strip().rstrip(".")
    meeting = _long(latest.get("meeting_date"))
    lead_who = f"{responsible} is responsible for action {number} [{n}]."
    lead_status = (
        f"Action {number} stands at {status} in the action log for the meeting of {meeting} [{n}]."
    )
    raised_line = f"Action {number} was raised on {_long(raised)}: “{asked}.” [{n}]"
    if asks == "minutes" and minutes:
        # "And what did the minutes say?": the minutes first, the log line for context.
        for p in minutes:
            k = cites.cite(p, 0.8)
            parts.append(f"{source_label(p)}: {p.get('text', '').strip()} [{k}]")
        parts.append(
            f"(Action {number}, raised on {_long(raised)}, is {status} in the log for {meeting}; "
            f"responsible: {responsible} [{n}].)"
        )
        return " ".join(parts), cites.items
    # A pointed question gets a pointed answer from the log alone; "what happened" gets the
    # story across meetings, minutes included.
    comment = (latest.get("action_comments") or "no comment recorded").strip()
    status_line = f"It stands at {status} in the log for {meeting}; latest comment: {comment} [{n}]"
    if asks == "who":
        return (
            f"{lead_who} It was raised on {_long(raised)}: “{asked}.” [{n}] {status_line}",
            cites.items,
        )
    if asks == "when":
        return f"{raised_line} Responsible: {responsible} [{n}]. {status_line}", cites.items
    if asks == "status":
        # What the action is, so that "Show the status of action 4" says which action it is.
        text = (
            f"{lead_status} It asks: “{asked}.” [{n}] Latest comment: {comment} [{n}] "
            f"Responsible: {responsible} [{n}]."
        )
        return text, cites.items
    if asks == "story":
        parts += [lead_status, raised_line, f"Responsible: {responsible} [{n}]."]
    else:
        parts += [raised_line, f"Responsible: {responsible} [{n}]."]
    if len(dates) > 1:
        later = ", ".join(_long(d) for d in dates[1:])
        parts.append(f"It was revisited on {later} [{n}].")
    for log in logs[:-1]:
        m = cites.cite(log, 0.9)
        parts.append(
            f"In the log for {_long(log.get('meeting_date'))} it stood at "
            f"{log.get('action_status') or 'no status'}: {log.get('action_comments') or 'no comment'} [{m}]"
        )
    comments = (latest.get("action_comments") or "").strip()
    statuses = latest.get("action_statuses") or []
    trail = " then ".join(statuses) if len(statuses) > 1 else status
    if asks != "status":
        parts.append(
            f"Latest update ({meeting} log, status {trail}): {comments or 'no comment recorded'} [{n}]"
        )
    else:
        parts.append(f"Latest comment: {comments or 'no comment recorded'} [{n}]")
    if asks == "story":
        for p in minutes:
            k = cites.cite(p, 0.8)
            parts.append(f"{source_label(p)}: {p.get('text', '').strip()} [{k}]")
    if len(logs) > 1:
        parts.append(
            f"(Action {number} appears in {len(logs)} logs; the latest is described first.)"
        )
    return " ".join(parts), cites.items
