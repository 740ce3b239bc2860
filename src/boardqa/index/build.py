"""Incremental, crash-safe indexing of an archive into a Store.

Safety comes from the order of writes: points are upserted under ids derived from paragraph
ids (so a repeated upsert replaces, never duplicates), stale points are deleted after the new
ones are in, the shard is flushed, and only then is the manifest replaced atomically. A run
killed at any moment leaves the previous manifest, an index that still opens and answers, and
a next run that redoes the unfinished file.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from boardqa.errors import IndexBusyError, ParseError
from boardqa.index.points import PointDraft, points_for
from boardqa.index.store import PointRecord, SearchFilter, Store
from boardqa.parse import parse_file
from boardqa.parse.archive import SUPPORTED_SUFFIXES
from boardqa.parse.dates import quarter_periods
from boardqa.parse.duplicates import link_duplicates
from boardqa.records import Archive

#: Bump when the parser, the payload, the manifest or the term stemming changes: the next run
#: re-indexes.
SCHEMA = 25
MANIFEST = "manifest.json"
CACHE = "embeddings.npz"
LOCK = "write.lock"
TERMS = "terms.json"


def write_term_counts(path: Path, texts: list[str]) -> None:
    """In how many indexed paragraphs each (stemmed) word occurs: the answerer weighs the
    question's words by how rare they are ("V9" tells more than "Community Safety"); and how
    often each word occurs as written, which tells a question's slips from its words."""
    from boardqa.spelling import WRITTEN_WORD
    from boardqa.words import spelled_initials, term_set

    counts: dict[str, int] = {}
    words: dict[str, int] = {}
    capitalised: dict[str, int] = {}
    spelled: dict[str, dict[str, int]] = {}
    for text in texts:
        for term in term_set(text):
            counts[term] = counts.get(term, 0) + 1
        # The words as written, for reading a question's typing slips (`spelling.Speller`).
        for m in WRITTEN_WORD.finditer(text):
            word = m.group(0).lower()
            words[word] = words.get(word, 0) + 1
            if m.group(0)[0].isupper():
                capitalised[word] = capitalised.get(word, 0) + 1
        spaced = " ".join(text.split())
        for letters, run in spelled_initials(text):
            if len(letters) <= 6:
                named = spelled.setdefault(letters, {})
                name = " ".join(run)
                # "Crown Prosecution Service (CPS)" defines the initials; a chance run of
                # capitals with the same letters ("Crime Prevention Strategy") does not.
                defined = f"{name} ({letters})" in spaced
                named[name] = named.get(name, 0) + (100 if defined else 1)
    # "CCG" → "Clinical Commissioning Groups": the name each run of initials most often
    # stands for, so that a question's initials find the paragraphs that spell them out.
    initials = {k: max(v.items(), key=lambda kv: (kv[1], kv[0]))[0] for k, v in spelled.items()}
    _write_json_atomic(
        path,
        {
            "paragraphs": len(texts),
            "df": counts,
            "words": words,
            "capitalised": capitalised,
            "initials": initials,
        },
    )


@dataclass
class IndexReport:
    files: int = 0
    paragraphs: int = 0
    actions: int = 0
    indexed: int = 0
    skipped: int = 0
    removed: int = 0
    errors: list[dict[str, str]] = field(default_factory=list)
    seconds: float = 0.0
    embedded: int = 0
    embed_seconds: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@contextmanager
def write_lock(index_dir: Path) -> Iterator[None]:
    """One writer at a time; a second one gets IndexBusyError instead of a corrupted shard."""
    index_dir.mkdir(parents=True, exist_ok=True)
    with open(index_dir / LOCK, "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            pid = handle.read().strip()
            raise IndexBusyError(str(index_dir), int(pid) if pid.isdigit() else None) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        try:
            yield
        finally:
            handle.seek(0)
            handle.truncate()
            fcntl.flock(handle, fcntl.LOCK_UN)


def is_being_written(index_dir: Path) -> bool:
    path = index_dir / LOCK
    if not path.exists():
        return False
    with open(path) as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(handle, fcntl.LOCK_UN)
    return False


def load_manifest(index_dir: Path) -> dict[str, Any]:
    try:
        return json.loads((index_dir / MANIFEST).read_text())
    except (OSError, ValueError):
        return {}


def _write_json_atomic(path: Path, data: dict[str, Any]) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, indent=1, ensure_ascii=False))
    os.replace(tmp, path)


def collect_files(paths: Iterable[str | Path]) -> list[Path]:
    out: set[Path] = set()
    for p in map(Path, paths):
        if p.is_dir():
            out.update(
                f for f in p.rglob("*") if f.suffix.lower() in SUPPORTED_SUFFIXES and f.is_file()
            )
        else:
            out.add(p)
    return sorted(out)


def _file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class EmbeddingCache:
    """Vectors by the hash of the text embedded: unchanged text is never embedded twice."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.vectors: dict[str, np.ndarray] = {}
        if path.exists():
            try:
                with np.load(path) as data:
                    self.vectors = dict(zip(data["keys"].tolist(), data["vectors"], strict=True))
            except (OSError, ValueError, KeyError):
                self.vectors = {}

    @staticmethod
    def key(text: str) -> str:
        return hashlib.sha1(text.encode("utf-8")).hexdigest()

    def save(self, keep: set[str]) -> None:
        keys = [k for k in self.vectors if k in keep]
        matrix = np.stack([self.vectors[k] for k in keys]) if keys else np.zeros((0, 384))
        tmp = self.path.with_name(self.path.stem + ".tmp.npz")
        np.savez(tmp, keys=np.array(keys), vectors=matrix.astype(np.float32))
        os.replace(tmp, self.path)


def index_paths(
    paths: Iterable[str | Path],
    index_dir: Path,
    store: Store,
    embedder,
    sparse,
    *,
    rebuild: bool = False,
    progress: Callable[[str, int, int], None] | None = None,
) -> IndexReport:
    """Bring the index in line with the files under `paths` (see the module docstring)."""
    started = time.perf_counter()
    report = IndexReport()
    manifest = load_manifest(index_dir)
    if rebuild or manifest.get("model") != embedder.name or manifest.get("schema") != SCHEMA:
        if manifest or rebuild:
            store.delete_where(SearchFilter())
        manifest = {}
    old_files: dict[str, dict[str, Any]] = manifest.get("files", {})
    files = collect_files(paths)
    roots = [Path(p).resolve() for p in paths]
    report.files = len(files)
    current = {str(f): _file_hash(f) for f in files if f.exists()}
    removed = [
        s
        for s in old_files
        if s not in current
        and (not Path(s).exists() or any(Path(s).resolve().is_relative_to(r) for r in roots))
    ]
    changed = [s for s, h in current.items() if old_files.get(s, {}).get("hash") != h]
    report.removed = len(removed)
    report.skipped = len(current) - len(changed)
    store.ensure_collection(embedder.dim)
    if not changed and not removed:
        report.paragraphs = sum(v.get("paragraphs", 0) for v in old_files.values())
        report.actions = sum(v.get("actions", 0) for v in old_files.values())
        report.seconds = time.perf_counter() - started
        return report
    # Duplicates are decided across the whole archive, so every kept file is parsed again
    # (parsing is cheap; embedding is what the cache saves).
    universe = sorted((set(old_files) - set(removed)) | set(current))
    archives: list[Archive] = []
    failed: dict[str, str] = {}
    for n, source in enumerate(universe, 1):
        if progress:
            progress("parse", n, len(universe))
        try:
            archives.append(parse_file(source))
        except ParseError as exc:
            failed[source] = exc.reason
            if source in current:
                report.errors.append({"file": source, "reason": exc.reason})
    archives = link_duplicates(archives)
    drafts: list[PointDraft] = [d for a in archives for d in points_for(a)]
    cache = EmbeddingCache(index_dir / CACHE)
    missing = [d for d in drafts if EmbeddingCache.key(d.embed_text) not in cache.vectors]
    t0 = time.perf_counter()
    if missing:
        texts = [d.embed_text for d in missing]
        vectors = embedder.embed_documents(texts)
        for d, v in zip(missing, vectors, strict=True):
            cache.vectors[EmbeddingCache.key(d.embed_text)] = v
    report.embed_seconds = time.perf_counter() - t0
    report.embedded = len(missing)
    records = [
        PointRecord(
            d.key,
            cache.vectors[EmbeddingCache.key(d.embed_text)].tolist(),
            sparse.encode_document(d.sparse_text),
            d.payload,
        )
        for d in drafts
    ]
    for start in range(0, len(records), 256):
        store.upsert(records[start : start + 256])
        if progress:
            progress("write", min(start + 256, len(records)), len(records))
    # Files that failed to parse keep what was indexed for them before.
    keep = {d.key for d in drafts}
    for source in failed:
        keep.update(old_files.get(source, {}).get("keys", []))
    stale = [h.key for h in store.scroll() if h.key not in keep]
    if stale:
        store.delete_where(SearchFilter(keys=tuple(stale)))
    store.flush()
    cache.save({EmbeddingCache.key(d.embed_text) for d in drafts})
    write_term_counts(index_dir / TERMS, [d.sparse_text for d in drafts])
    new_files: dict[str, dict[str, Any]] = {}
    for a in archives:
        keys = [d.key for d in points_for(a)]
        new_files[a.source] = {
            "hash": a.content_hash,
            "paragraphs": len(a.paragraphs()),
            "actions": len(a.actions),
            "documents": len(a.documents),
            "meeting_date": a.meeting_date.isoformat() if a.meeting_date else None,
            "keys": keys,
            # What the answerer says the archive holds ("no minutes of …; for it, the
            # archive holds: …") and which quarters the papers report on, without a scroll.
            "papers": [
                [d.meeting_date.isoformat(), d.title] for d in a.documents if d.meeting_date
            ],
            "quarters": sorted(
                f"{q} {year}"
                for q, year in set().union(
                    *(
                        quarter_periods(f"{d.title}. {p.text}")
                        for d in a.documents
                        for p in d.paragraphs
                    )
                )
            ),
        }
    for source in failed:
        if source in old_files:
            new_files[source] = old_files[source]
    report.indexed = len([s for s in changed if s not in failed])
    report.paragraphs = sum(v["paragraphs"] for v in new_files.values())
    report.actions = sum(v["actions"] for v in new_files.values())
    _write_json_atomic(
        index_dir / MANIFEST,
        {
            "schema": SCHEMA,
            "model": embedder.name,
            "dim": embedder.dim,
            "backend": store.backend,
            "files": new_files,
            "updated": time.time(),
        },
    )
    report.seconds = time.perf_counter() - started
    return report
