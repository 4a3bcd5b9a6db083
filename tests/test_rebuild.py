"""`ingest --rebuild` builds a new collection beside the index in place and switches only
once complete; a killed rebuild leaves the previous index answering and is cleaned up."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.chat import Assistant
from assistant.index import NEXT_STORE, PENDING, Index
from tests.conftest import CORPUS, ROOT, settings_for

COTISATION = "Quel est le montant de la cotisation 2020 de l'EPT à Medicen ?"


def collections(index: Index) -> set[str]:
    index.collection  # noqa: B018 (opens the client)
    return {c.name for c in index._chroma.client.list_collections()}  # noqa: SLF001


def staged_documents(path: Path) -> int:
    """How many documents a rebuild's store holds so far (0 while it cannot be read)."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1)
        try:
            return int(connection.execute("SELECT count(*) FROM documents").fetchone()[0])
        finally:
            connection.close()
    except sqlite3.Error:
        return 0


def vector_ids(index: Index) -> list[str]:
    return sorted(index.collection.get(include=[])["ids"])


@pytest.fixture()
def copied(corpus_index: Index, tmp_path: Path) -> Index:
    """The session's corpus and its index, copied: this test may change them."""
    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    shutil.copytree(CORPUS, corpus)
    shutil.copytree(corpus_index.settings.index_dir, index_dir)
    return Index.open(settings_for(corpus, index_dir))


def test_a_rebuild_fills_a_new_collection_then_drops_the_old_one(small_corpus, tmp_path):
    settings = settings_for(small_corpus, tmp_path / "index")
    first = Index(settings)
    report = first.ingest()
    old = first.collection_name
    assert f"Chroma collection: {old}" in report.summary()
    (settings.index_dir / ".store-left.json").write_text("{}")  # a commit killed midway
    rebuilt = Index(settings)
    report = rebuilt.ingest(rebuild=True)
    assert report.embedded == 37 and report.collection == rebuilt.collection_name != old
    reopened = Index.open(settings)
    assert reopened.collection_name == rebuilt.collection_name
    assert vector_ids(reopened) == sorted(c.id for c in reopened.chunks())
    assert collections(reopened) == {reopened.collection_name,
                                     f"{reopened.collection_name}_spans"}
    assert sorted(p.name for p in settings.index_dir.iterdir()) == ["chroma", "store.sqlite",
                                                                  "writing.lock"]


def test_a_killed_rebuild_leaves_the_previous_index_answering(copied: Index):
    settings = copied.settings
    before = settings.store_path.read_bytes()
    old = copied.collection_name
    env = {**os.environ, "ASSISTANT_CORPUS_DIR": str(settings.corpus_dir),
           "ASSISTANT_INDEX_DIR": str(settings.index_dir), "ASSISTANT_PROGRESS": "false"}
    process = subprocess.Popen([sys.executable, "-m", "assistant", "ingest", "--rebuild"],
                               cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    staged = settings.index_dir / NEXT_STORE
    deadline = time.monotonic() + 300
    try:
        # killed once the new collection holds a document and before it holds them all
        while time.monotonic() < deadline and process.poll() is None:
            if staged_documents(staged):
                break
            time.sleep(0.02)
        assert process.poll() is None, "the rebuild ended before it could be killed"
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    assert (settings.index_dir / PENDING).exists()
    assert settings.store_path.read_bytes() == before
    reopened = Index.open(settings)
    assert reopened.collection_name == old
    answer = Assistant(reopened).ask(COTISATION)
    assert "5.500 € HT" in answer.answer
    assert vector_ids(reopened) == sorted(c.id for c in reopened.chunks())
    # the next ingest drops what the rebuild half built, and embeds nothing
    report = Index(settings).ingest()
    assert report.embedded == 0 and not report.failed
    assert not (settings.index_dir / PENDING).exists() and not staged.exists()
    assert not staged.with_name(f"{staged.name}-journal").exists()
    assert collections(Index.open(settings)) == {old, f"{old}_spans"}


def test_a_serving_assistant_follows_a_rebuild_run_by_another_process(small_corpus, tmp_path):
    """`assistant ingest --rebuild` run beside a serving app: the app answers from the new
    index at its next question, though the collection it had open was dropped."""
    settings = settings_for(small_corpus, tmp_path / "index")
    Index(settings).ingest()
    index = Index.open(settings)
    assistant = Assistant(index)
    assert "5.500 € HT" not in assistant.ask(COTISATION).answer
    old = index.collection_name
    shutil.copy(CORPUS / "2019-12-21_deliberation-ept-gosb-convention-medicen.txt", small_corpus)
    env = {**os.environ, "ASSISTANT_CORPUS_DIR": str(settings.corpus_dir),
           "ASSISTANT_INDEX_DIR": str(settings.index_dir), "ASSISTANT_PROGRESS": "false"}
    subprocess.run([sys.executable, "-m", "assistant", "ingest", "--rebuild"], cwd=ROOT,
                   env=env, check=True, capture_output=True, timeout=600)
    assert old not in collections(Index.open(settings))
    answer = assistant.ask(COTISATION)
    assert index.collection_name not in ("", old)
    assert not answer.abstained and "5.500 € HT" in answer.answer
    assert answer.citations[0].doc_id == "2019-12-21-deliberation-ept-gosb-convention-medicen"
    assert not index.sync()  # read once: nothing changed since
