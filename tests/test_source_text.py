"""The source is plain text: a control character in a pattern is a bug no test of behaviour
sees. A regular expression written "\\b" inside a string that is not raw is a backspace, and
a lookahead "(?!(?:who|what)\\x08)" then never fails (one did, unnoticed, for many sessions)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def test_no_source_file_holds_a_control_character():
    found = []
    for path in sorted([*ROOT.glob("src/**/*.py"), *ROOT.glob("tests/**/*.py")]):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            m = _CONTROL.search(line.replace("\f", ""))
            if m:
                found.append(f"{path.relative_to(ROOT)}:{n}: {m.group(0)!r}")
    assert not found, "\n".join(found)
