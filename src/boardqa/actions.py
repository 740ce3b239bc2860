"""The action register: every action's latest record across the indexed logs."""

from __future__ import annotations

from datetime import date
from typing import Any

from boardqa.answer.timeline import distinct_actions
from boardqa.index.store import SearchFilter, Store
from boardqa.records import is_completed


def latest_action_rows(store: Store, meeting: date | None = None) -> list[dict[str, Any]]:
    """Each action's latest log paragraph (its payload), in action-number order."""
    flt = SearchFilter(
        kinds=("action_log",), point_types=("paragraph",), meetings=(meeting,) if meeting else ()
    )
    by_number: dict[str, list[dict[str, Any]]] = {}
    for h in store.scroll(flt):
        number = h.payload.get("action_number")
        if number:
            by_number.setdefault(number, []).append(h.payload)
    # One row per action: a number a later log gives to another action is two rows.
    latest = [
        (number, group[-1])
        for number, rows_of in by_number.items()
        for group in distinct_actions(rows_of)
    ]
    latest.sort(
        key=lambda kv: (int(kv[0]) if kv[0].isdigit() else 0, kv[1].get("meeting_date") or "")
    )
    return [p for _, p in latest]


def action_register(
    store: Store, open_only: bool = False, meeting: date | None = None
) -> list[dict[str, Any]]:
    rows = []
    for p in latest_action_rows(store, meeting):
        number = str(p.get("action_number"))
        status = p.get("action_status")
        comments = p.get("action_comments") or ""
        done = is_completed(status, comments)
        if open_only and done:
            continue
        rows.append(
            {
                "number": number,
                "raised": p.get("action_raised"),
                "dates": p.get("action_dates") or [],
                "action": p.get("action_text"),
                "responsible": p.get("action_responsible"),
                "comments": comments,
                "status": status,
                "statuses": p.get("action_statuses") or [],
                "completed": done,
                "meeting_date": p.get("meeting_date"),
                "id": p.get("key"),
            }
        )
    return rows
