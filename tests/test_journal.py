"""One process at a time changes an index, and an interrupted one's vectors are cleaned
up by id from its journal, never by scanning the collection."""

from __future__ import annotations

import subprocess
import sys
import time

from assistant.index import Index
from assistant.journal import Journal
from tests.conftest import LIVING_LAB, ROOT, settings_for

HOLDER = """
import sys, time
from pathlib import Path
from assistant.journal import writing
with writing(Path(sys.argv[1])):
    print("held", flush=True)
    time.sleep(float(sys.argv[2]))
    Path(sys.argv[3]).write_text(repr(time.time()))
"""


def test_an_ingest_waits_while_another_process_changes_the_index(small_corpus, tmp_path):
    settings = settings_for(small_corpus, tmp_path / "index")
    released = tmp_path / "released"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(settings.index_dir), "3", str(released)],
        cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        report = Index(settings).ingest()
        finished = time.time()
    finally:
        holder.wait(timeout=60)
    assert report.ok and len(report.added) == 2
    assert float(released.read_text()) <= finished  # it began only once the other was done


def test_an_ingest_deletes_only_the_vectors_its_journal_noted(small_corpus, tmp_path):
    settings = settings_for(small_corpus, tmp_path / "index")
    Index(settings).ingest()
    index = Index(settings)
    assert not Journal(settings.index_dir, index.collection_name).ids()  # done: cleared
    live = sorted(chunk.id for chunk in index.chunks())
    vector = index.collection.get(ids=[live[0]], include=["embeddings"])["embeddings"][0]
    # a vector no record of this index names, and one an interrupted ingest had noted
    index.collection.upsert(ids=["foreign", f"{LIVING_LAB}:left"],
                            embeddings=[list(vector), list(vector)])
    Journal(settings.index_dir, index.collection_name).write([f"{LIVING_LAB}:left", live[0]])

    report = Index(settings).ingest()

    assert report.ok and report.embedded == 0
    stored = set(Index(settings).collection.get(include=[])["ids"])
    assert f"{LIVING_LAB}:left" not in stored
    assert stored == set(live) | {"foreign"}
    assert not Journal(settings.index_dir, index.collection_name).ids()
