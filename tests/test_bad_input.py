"""Bad files are reported by name with their reason, skipped, and the index stays as it was."""

from __future__ import annotations

import os

import pytest
from pypdf import PdfReader, PdfWriter

from assistant import store
from assistant.index import Index
from assistant.journal import Journal
from tests.conftest import PDFS, settings_for


@pytest.fixture()
def indexed(small_corpus, tmp_path):
    index = Index(settings_for(small_corpus, tmp_path / "index"))
    report = index.ingest()
    assert len(report.added) == 2
    return index


def snapshot(index: Index) -> tuple[list[str], list[str], bytes]:
    fresh = Index(index.settings)
    ids = sorted(chunk.id for chunk in fresh.chunks())
    vectors = sorted(fresh.collection.get(include=[])["ids"])
    return ids, vectors, index.settings.store_path.read_bytes()


def write_encrypted_pdf(path):
    writer = PdfWriter(clone_from=PdfReader(PDFS / "001_5cd80dc0b6fd903b.pdf"))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    writer.write(path)


def write_scanned_pdf(path):
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.add_blank_page(width=595, height=842)
    writer.write(path)


BAD_FILES = {
    "corrupt.pdf": (lambda p: p.write_bytes(b"%PDF-1.7\n" + os.urandom(2000)), "corrupt PDF"),
    "locked.pdf": (write_encrypted_pdf, "encrypted PDF"),
    "scan.pdf": (write_scanned_pdf, "no text layer: needs OCR"),
    "empty.txt": (lambda p: p.write_bytes(b""), "empty file"),
    "latin1.txt": (lambda p: p.write_bytes("Délibération du conseil".encode("latin-1")),
                   "not UTF-8"),
    "notes.docx": (lambda p: p.write_bytes(b"PK\x03\x04 docx"), "unsupported file type '.docx'"),
    # as large as the web app refuses: ingest refuses it too, before reading it
    "huge.txt": (lambda p: p.write_bytes(b"mot " * (5 * 2**20 + 1)),
                 "20.0 MB, more than the 20 MB allowed (ASSISTANT_UPLOAD_MAX_MB)"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_file_is_reported_and_skipped_and_index_unchanged(indexed, name):
    before = snapshot(indexed)
    make, reason = BAD_FILES[name]
    make(indexed.settings.corpus_dir / name)
    report = Index(indexed.settings).ingest()
    assert [(failure.path.name, reason in failure.reason) for failure in report.failed] == [
        (name, True)
    ], report.failed
    assert failure_names(report) == [name]
    assert report.failed[0].reason.startswith(f"{name}: ")
    assert sorted(report.unchanged) == [
        "2018-presse-convention-gouvernance-territoriale-gosb",
        "presse-living-lab-sante-grand-orly-seine-bievre",
    ]
    assert report.ok
    assert snapshot(indexed) == before


def failure_names(report):
    return [failure.path.name for failure in report.failed]


def test_a_document_that_turns_bad_keeps_its_indexed_version(indexed):
    before = snapshot(indexed)
    path = indexed.settings.corpus_dir / "presse_living-lab-sante-grand-orly-seine-bievre.txt"
    path.write_bytes(path.read_text(encoding="utf-8").encode("latin-1", errors="replace"))
    report = Index(indexed.settings).ingest()
    assert failure_names(report) == [path.name]
    assert snapshot(indexed) == before


def test_nothing_ingestible_is_not_ok(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "empty.txt").write_bytes(b"")
    report = Index(settings_for(corpus, tmp_path / "index")).ingest()
    assert not report.ok
    assert "failed 1" in report.summary()
    assert "empty.txt: empty file" in report.summary()


def test_interrupted_ingest_leaves_the_previous_index_answering(indexed, monkeypatch):
    """Ctrl-C after the vectors are written, inside the store's transaction."""
    before = snapshot(indexed)
    path = indexed.settings.corpus_dir / "presse_living-lab-sante-grand-orly-seine-bievre.txt"
    path.write_text(path.read_text(encoding="utf-8") + "\n\nUn paragraphe ajouté.\n",
                    encoding="utf-8")

    def interrupted(*args):
        raise KeyboardInterrupt

    # the settings are written and the document's chunk rows deleted, then its new rows
    monkeypatch.setattr(store, "_write_document", interrupted)
    with pytest.raises(KeyboardInterrupt):
        Index(indexed.settings).ingest()
    monkeypatch.undo()

    reopened = Index.open(indexed.settings)
    live = {chunk.id for chunk in reopened.chunks()}
    assert sorted(live) == before[0]
    assert indexed.settings.store_path.read_bytes() == before[2]
    # Vectors of the half-ingested version exist but are never returned...
    assert len(reopened.collection.get(include=[])["ids"]) > len(live)
    hits = reopened.dense_search("Un paragraphe ajouté", top_k=50)
    assert hits and all(chunk_id in live for chunk_id, _ in hits)
    # ...and the next ingest removes them (the journal noted them) and completes the update
    assert Journal(indexed.settings.index_dir, reopened.collection_name).ids()
    report = Index(indexed.settings).ingest()
    assert report.updated == ["presse-living-lab-sante-grand-orly-seine-bievre"]
    final = Index(indexed.settings)
    assert sorted(final.collection.get(include=[])["ids"]) == sorted(c.id for c in final.chunks())
    spans = final.spans.get(include=["metadatas"])["metadatas"]
    assert spans and {meta["chunk_id"] for meta in spans} <= {c.id for c in final.chunks()}
