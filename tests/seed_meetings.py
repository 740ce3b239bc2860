"""The seed archive's meeting dates (the five packs and the meetings their minutes record),
for tests that read questions against the archive's calendar without building an index."""

from __future__ import annotations

from datetime import date

SEED_MEETINGS = (
    date(2018, 10, 1),
    date(2018, 12, 10),
    date(2020, 12, 11),
    date(2021, 3, 19),
    date(2021, 6, 18),
)
