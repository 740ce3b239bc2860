"""Bad input: one clear line naming the file and the reason, never a traceback."""

from __future__ import annotations

import subprocess
import sys

import pytest

from boardqa.errors import ParseError
from boardqa.parse import parse_file
from pdfgen import (
    write_empty_pdf,
    write_encrypted_pdf,
    write_image_only_pdf,
    write_not_a_pdf,
    write_truncated_pdf,
)

CASES = [
    (write_encrypted_pdf, "encrypted"),
    (write_truncated_pdf, "corrupt or truncated"),
    (write_image_only_pdf, "no text layer"),
    (write_empty_pdf, "no text layer"),
    (write_not_a_pdf, "not a PDF"),
]


@pytest.mark.parametrize(("writer", "reason"), CASES, ids=[c[1] for c in CASES])
def test_bad_pdfs_raise_a_parse_error_naming_file_and_reason(tmp_path, writer, reason):
    path = writer(tmp_path / "bad.pdf")
    with pytest.raises(ParseError) as err:
        parse_file(path)
    assert str(path) in str(err.value) and reason in str(err.value)


def test_unknown_extension_and_binary_text(tmp_path):
    odd = tmp_path / "pack.xyz"
    odd.write_text("hello")
    with pytest.raises(ParseError, match=r"unsupported file type '\.xyz'"):
        parse_file(odd)
    binary = tmp_path / "pack.txt"
    binary.write_bytes(b"\x00\x01\x02binary")
    with pytest.raises(ParseError, match="binary data"):
        parse_file(binary)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(ParseError, match="empty file"):
        parse_file(empty)


def test_cp1252_text_is_read_correctly(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes(
        "Minutes of a meeting of the Board held on Friday, 11 December 2020.\n\n"
        "17. Introductions\n\nThe Chairman’s report cost £432,000.\n".encode("cp1252")
    )
    archive = parse_file(path)
    assert any("Chairman’s report cost £432,000." in p.text for p in archive.paragraphs())


def test_cli_parse_prints_one_line_and_fails(tmp_path):
    path = write_encrypted_pdf(tmp_path / "locked.pdf")
    run = subprocess.run(
        [sys.executable, "-m", "boardqa.cli", "parse", str(path)], capture_output=True, text=True
    )
    assert run.returncode != 0
    assert run.stderr.strip().count("\n") == 0 and "locked.pdf" in run.stderr
    assert "Traceback" not in run.stderr
