"""The corpus folder as the web app changes it: checked uploads, added and deleted documents.

An upload is checked (type, size, not empty, not already there), given a safe name that
overwrites nothing, written to the corpus folder and ingested; if ingestion fails (a
corrupt or scanned PDF, text that is not UTF-8) the file is removed again, and the index,
which commits a document only once it is fully embedded, is left as it was.

Example:
    >>> safe_filename("../../Délibération n°12 (v2).PDF")
    'Deliberation-n12-v2.pdf'
"""

from __future__ import annotations

import hashlib
import logging
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from assistant.errors import CorpusError, UploadRejected
from assistant.index import Index
from assistant.load import SUPPORTED_SUFFIXES, slugify

logger = logging.getLogger(__name__)

#: Longest file stem kept from an uploaded name.
MAX_STEM = 80


@dataclass(frozen=True)
class Added:
    """A document added from an upload."""

    name: str
    doc_id: str
    path: Path
    chunks: int


def safe_filename(name: str) -> str:
    """A file name without folders, in safe ASCII characters, with a lower-case extension."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    stem, dot, suffix = base.rpartition(".")
    if not dot:
        stem, suffix = base, ""
    ascii_stem = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode()
    clean = re.sub(r"[^A-Za-z0-9_-]+", "-", ascii_stem)
    clean = re.sub(r"-{2,}", "-", clean).strip("-_")[:MAX_STEM].strip("-_") or "document"
    clean_suffix = re.sub(r"[^a-z0-9]", "", suffix.lower())
    return f"{clean}.{clean_suffix}" if clean_suffix else clean


def check_upload(name: str, size: int, max_bytes: int) -> None:
    """Refuse a file of another type than PDF, TXT or MD, an empty one or a too large one.

    Raises:
        UploadRejected: with ``reason`` ``type``, ``empty`` or ``size``.
    """
    suffix = Path(safe_filename(name)).suffix
    if suffix not in SUPPORTED_SUFFIXES:
        raise UploadRejected(
            f"{name}: unsupported file type '{suffix or 'none'}' "
            f"(supported: {', '.join(SUPPORTED_SUFFIXES)})", "type", name)
    if size == 0:
        raise UploadRejected(f"{name}: empty file", "empty", name)
    if size > max_bytes:
        raise UploadRejected(
            f"{name}: {size} bytes, more than the {max_bytes} allowed "
            "(ASSISTANT_UPLOAD_MAX_MB)", "size", name)


def free_name(folder: Path, name: str, taken_ids: set[str]) -> str:
    """``name``, or ``name-2``, ``name-3``… : no file of ``folder`` and no document id clash.

    A document's id is its slugified file stem, so a new file must not share it with an
    indexed document or another file of the folder: it would replace that document.
    """
    path = Path(name)
    existing = {slugify(p.stem) for p in folder.iterdir()} if folder.is_dir() else set()
    taken = taken_ids | existing
    candidate, number = path.stem, 1
    while slugify(candidate) in taken or (folder / f"{candidate}{path.suffix}").exists():
        number += 1
        candidate = f"{path.stem}-{number}"
    return f"{candidate}{path.suffix}"


def add_upload(index: Index, source: Path, name: str, max_bytes: int) -> Added:
    """Check an uploaded file, store it in the corpus folder under a safe name and ingest it.

    Args:
        index: the index to add it to; its settings name the corpus folder.
        source: where the upload was received (a temporary file).
        name: the file name the user gave.
        max_bytes: the largest size accepted.

    Raises:
        UploadRejected: the file was refused; the corpus folder and the index are unchanged.

    """
    size = source.stat().st_size if source.is_file() else 0
    check_upload(name, size, max_bytes)
    data = source.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    same = [r.doc_id for r in index.documents() if r.content_hash == digest]
    if same:
        raise UploadRejected(f"{name}: already indexed as {same[0]}", "duplicate", name, same[0])
    folder = index.settings.corpus_dir
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / free_name(folder, safe_filename(name), {r.doc_id for r in index.documents()})
    with target.open("xb") as out:  # "x": never overwrite, even if a file just appeared
        out.write(data)
    try:
        report = index.ingest([target])
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    doc_id = slugify(target.stem)
    if doc_id not in report.added:
        target.unlink(missing_ok=True)
        reason = report.failed[0].reason if report.failed else "nothing to index"
        # The reader's reason starts with the stored file name; the user knows it by theirs.
        reason = reason.removeprefix(f"{target.name}: ")
        raise UploadRejected(f"{name}: {reason}", "unreadable", name, reason)
    logger.info("added %s as %s (%d chunks)", name, target, len(index.document(doc_id).chunk_ids))
    return Added(name=name, doc_id=doc_id, path=target,
                 chunks=len(index.document(doc_id).chunk_ids))


def delete_document(index: Index, doc_id: str) -> Path | None:
    """Remove a document from the index, and its file when it lies in the corpus folder.

    Returns:
        The deleted file, or None when the file was outside the corpus folder (left alone).

    """
    if doc_id not in {record.doc_id for record in index.documents()}:
        raise CorpusError(f"no document '{doc_id}' in the index")
    path = Path(index.document(doc_id).path)
    index.remove(doc_id)
    if path.is_file() and path.resolve().is_relative_to(index.settings.corpus_dir.resolve()):
        path.unlink()
        return path
    return None

