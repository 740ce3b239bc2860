"""Indexing: incremental, crash-safe, one writer at a time, errors reported per file."""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from boardqa.errors import IndexBusyError
from boardqa.index.build import load_manifest, write_lock
from boardqa.index.store import SearchFilter
from conftest import CORPUS, make_index

JUNE = CORPUS / "lscsb-2021-06-18-opcc-update.txt"
ITEM10 = CORPUS / "lscsb-2021-03-19-item-10-opcc-update.txt"


def _open(index_dir: Path):
    from boardqa.index.edge import EdgeStore

    return EdgeStore(index_dir / "shard")


def _keys(index_dir: Path) -> list[str]:
    store = _open(index_dir)
    try:
        return [h.key for h in store.scroll()]
    finally:
        store.close()


def test_seed_index_has_one_point_per_canonical_paragraph(seed_index, archives):
    canonical = {p.id for a in archives.values() for p in a.paragraphs() if p.canonical_id == p.id}
    keys = _keys(seed_index)
    assert len(keys) == len(set(keys)) == len(canonical)
    assert set(keys) == canonical
    manifest = load_manifest(seed_index)
    assert manifest["model"] == "all-MiniLM-L6-v2" and len(manifest["files"]) == 5


def test_action_records_are_stored_with_their_paragraph(seed_index):
    store = _open(seed_index)
    try:
        hits = list(store.scroll(SearchFilter(kinds=("action_log",))))
    finally:
        store.close()
    six = next(h for h in hits if h.payload.get("action_number") == "6")
    assert six.payload["action_responsible"] == "Paul Hindson"
    assert six.payload["action_status"] == "Amber" and six.payload["action_raised"] == "2020-12-11"


def test_reindexing_unchanged_files_embeds_nothing(tmp_path, encoder_dir):
    first = make_index(tmp_path / "ix", encoder_dir, [JUNE])
    assert first.embedded > 0 and first.indexed == 1
    again = make_index(tmp_path / "ix", encoder_dir, [JUNE])
    assert (again.embedded, again.indexed, again.skipped) == (0, 0, 1)
    assert again.seconds < first.seconds / 5


def test_changed_file_is_replaced_and_removed_file_deleted(tmp_path, encoder_dir):
    folder = tmp_path / "papers"
    folder.mkdir()
    shutil.copy(JUNE, folder / JUNE.name)
    shutil.copy(ITEM10, folder / ITEM10.name)
    index_dir = tmp_path / "ix"
    make_index(index_dir, encoder_dir, [folder])
    before = set(_keys(index_dir))
    edited = (folder / JUNE.name).read_text().replace("£432,000", "£999,000")
    (folder / JUNE.name).write_text(edited)
    report = make_index(index_dir, encoder_dir, [folder])
    assert (report.indexed, report.skipped) == (1, 1) and 0 < report.embedded <= 3
    after = set(_keys(index_dir))
    assert len(after) == len(before) and after != before
    (folder / ITEM10.name).unlink()
    report = make_index(index_dir, encoder_dir, [folder])
    assert report.removed == 1
    manifest = load_manifest(index_dir)
    assert list(manifest["files"]) == [str(folder / JUNE.name)]
    assert set(_keys(index_dir)) == set(manifest["files"][str(folder / JUNE.name)]["keys"])


def test_a_file_that_breaks_keeps_what_was_indexed(tmp_path, encoder_dir):
    folder = tmp_path / "papers"
    folder.mkdir()
    shutil.copy(JUNE, folder / "june.txt")
    index_dir = tmp_path / "ix"
    make_index(index_dir, encoder_dir, [folder])
    before = set(_keys(index_dir))
    (folder / "june.txt").write_bytes(b"\x00\x01 broken")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4 truncated")
    report = make_index(index_dir, encoder_dir, [folder])
    reasons = {Path(e["file"]).name: e["reason"] for e in report.errors}
    assert set(reasons) == {"june.txt", "scan.pdf"}
    assert set(_keys(index_dir)) == before


def test_second_writer_gets_a_clear_error(tmp_path):
    with (
        write_lock(tmp_path),
        pytest.raises(IndexBusyError, match="being written"),
        write_lock(tmp_path),
    ):
        pass


def test_killed_indexer_leaves_an_index_that_opens_and_a_run_that_finishes(tmp_path, encoder_dir):
    index_dir = tmp_path / "ix"
    make_index(index_dir, encoder_dir, [JUNE])  # something indexed before the crash
    code = (
        "import sys; sys.path.insert(0, 'tests'); from pathlib import Path;"
        "from conftest import make_index;"
        f"make_index(Path({str(index_dir)!r}), Path({str(encoder_dir)!r}), [Path({str(CORPUS)!r})])"
    )
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=Path(__file__).parents[1])
    time.sleep(4.0)  # mid-way through embedding the corpus
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert len(_keys(index_dir)) > 0  # the shard opens and still answers
    report = make_index(index_dir, encoder_dir, [CORPUS])
    keys = _keys(index_dir)
    assert len(keys) == len(set(keys))
    manifest = load_manifest(index_dir)
    expected = {k for v in manifest["files"].values() for k in v["keys"]}
    assert set(keys) == expected and report.files == 5


def test_cli_index_json_and_status(tmp_path, encoder_dir):
    index_dir = tmp_path / "ix"
    shutil.copytree(encoder_dir, index_dir / "encoder")
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "boardqa.cli",
            "index",
            str(JUNE),
            "--index",
            str(index_dir),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    out = json.loads(run.stdout)
    assert set(out) >= {
        "files",
        "paragraphs",
        "actions",
        "indexed",
        "skipped",
        "removed",
        "errors",
        "seconds",
    }
    assert out["indexed"] == 1 and out["errors"] == []
    status = subprocess.run(
        [sys.executable, "-m", "boardqa.cli", "status", "--index", str(index_dir), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    info = json.loads(status.stdout)
    assert info["backend"] == "edge" and info["meetings"] == ["2021-06-18"]


def test_a_list_item_is_indexed_with_its_lead_in_and_the_lead_in_with_its_items(archives):
    from boardqa.index.points import points_for

    drafts = points_for(archives["lscsb-2018-12-10-reports-pack.txt"])
    item = next(d for d in drafts if d.payload["text"].startswith("approve and adopt the Comm"))
    assert item.payload["list_context"] == "It is recommended that the Board"
    assert "It is recommended that the Board" in item.embed_text
    lead = next(
        d
        for d in drafts
        if d.payload["text"] == "It is recommended that the Board"
        and d.payload["document_id"] == item.payload["document_id"]
    )
    assert "list_context" not in lead.payload  # it would match every question on its topic
    plain = next(d for d in drafts if d.payload["text"].startswith("Board members were compl"))
    assert "list_context" not in plain.payload


def test_the_manifest_says_which_papers_and_quarters_each_file_holds(seed_index):
    manifest = json.loads((seed_index / "manifest.json").read_text())
    march = manifest["files"][next(f for f in manifest["files"] if "03-19-reports" in f)]
    assert ["2021-03-19", "Agenda"] in march["papers"]
    assert "3 2020/21" in march["quarters"] and "4 2020/21" not in march["quarters"]
