"""The index's records in SQLite: a document committed at a time, an index of earlier
versions (one store.json) moved in without re-embedding, a damaged store named."""

from __future__ import annotations

import json
import sqlite3

import pytest

from assistant.chat import Assistant
from assistant.errors import IndexMismatchError, IndexWriteError
from assistant.index import Index
from assistant.store import StoreFile
from tests.conftest import LIVING_LAB, settings_for


def rows(path, table: str) -> dict[str, str]:
    """A table of the store: key -> JSON record."""
    connection = sqlite3.connect(path)
    try:
        return {row[0]: row[-1] for row in connection.execute(f"SELECT * FROM {table}")}
    finally:
        connection.close()


def test_a_document_is_committed_alone(small_corpus, tmp_path):
    settings = settings_for(small_corpus, tmp_path / "index")
    Index(settings).ingest()
    before_documents = rows(settings.store_path, "documents")
    before_chunks = rows(settings.store_path, "chunks")
    article = small_corpus / "presse_living-lab-sante-grand-orly-seine-bievre.txt"
    article.write_text(article.read_text(encoding="utf-8") + "\nUn paragraphe ajouté.\n",
                       encoding="utf-8")
    report = Index(settings).ingest()
    assert report.updated == [LIVING_LAB]
    after_documents = rows(settings.store_path, "documents")
    after_chunks = rows(settings.store_path, "chunks")
    # the other document's rows are as they were; the changed one's chunks replaced
    assert {k: v for k, v in after_documents.items() if k != LIVING_LAB} == {
        k: v for k, v in before_documents.items() if k != LIVING_LAB}
    assert after_documents[LIVING_LAB] != before_documents[LIVING_LAB]
    others = {i for k, v in before_documents.items() if k != LIVING_LAB
              for i in json.loads(v)["chunk_ids"]}
    assert {i: after_chunks[i] for i in others} == {i: before_chunks[i] for i in others}
    ids = json.loads(after_documents[LIVING_LAB])["chunk_ids"]
    assert set(after_chunks) == {i for k, v in after_documents.items()
                                 for i in json.loads(v)["chunk_ids"]}
    assert any("Un paragraphe ajouté." in json.loads(after_chunks[i])["text"] for i in ids)
    index = Index.open(settings)
    assert sorted(index.collection.get(include=[])["ids"]) == sorted(after_chunks)
    Index(settings).remove(LIVING_LAB)
    assert LIVING_LAB not in rows(settings.store_path, "documents")
    assert not set(ids) & set(rows(settings.store_path, "chunks"))


def test_an_index_of_earlier_versions_is_moved_in_without_reembedding(small_corpus, tmp_path):
    settings = settings_for(small_corpus, tmp_path / "index")
    Index(settings).ingest()
    store = StoreFile(settings.store_path).read()
    legacy = settings.index_dir / "store.json"
    legacy.write_text(json.dumps(store, ensure_ascii=False), encoding="utf-8")
    settings.store_path.unlink()
    index = Index.open(settings)
    assert settings.store_path.exists() and not legacy.exists()
    assert [d.doc_id for d in index.documents()] == sorted(store["documents"])
    answer = Assistant(index).ask("Qu'est-ce que l'Agora des projets du living lab ?")
    assert not answer.abstained and answer.citations[0].doc_id == LIVING_LAB
    assert Index(settings).ingest().embedded == 0


def test_a_damaged_store_says_how_to_rebuild(tmp_path):
    path = tmp_path / "index" / "store.sqlite"
    path.parent.mkdir()
    path.write_bytes(b"not a database at all" * 100)
    with pytest.raises(IndexMismatchError, match="ingest --rebuild"):
        StoreFile(path).read()
    # written to, it says the same, and is left as it was for whoever looks at it
    store = {"format": 1, "documents": {}, "chunks": {}}
    with pytest.raises(IndexWriteError, match="damaged .*ingest --rebuild"):
        StoreFile(path).write(store)
    assert path.read_bytes() == b"not a database at all" * 100
