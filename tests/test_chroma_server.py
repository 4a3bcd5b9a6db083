"""The same index against a `chroma run` server (how users scale past one machine)."""

from __future__ import annotations

import pytest

from assistant.index import Index
from tests.conftest import LIVING_LAB, PRESS_2018, free_port, settings_for


@pytest.mark.slow
def test_ingest_and_search_through_a_chroma_server(small_corpus, tmp_path, chroma_server):
    settings = settings_for(small_corpus, tmp_path / "index", chroma_host="127.0.0.1",
                            chroma_port=chroma_server)
    report = Index(settings).ingest()
    assert sorted(report.added) == [PRESS_2018, LIVING_LAB]
    index = Index.open(settings)
    assert sorted(index.collection.get(include=[])["ids"]) == sorted(c.id for c in index.chunks())
    best, _ = index.dense_search("Agora des projets living lab", top_k=1)[0]
    assert index.chunk(best).doc_id == LIVING_LAB
    assert Index(settings).ingest().embedded == 0
    rebuilt = Index(settings).ingest(rebuild=True)
    assert rebuilt.embedded == 37


def test_unreachable_server_is_a_clear_error(small_corpus, tmp_path):
    from assistant.errors import IndexWriteError

    settings = settings_for(small_corpus, tmp_path / "index", chroma_host="127.0.0.1",
                            chroma_port=free_port())
    with pytest.raises(IndexWriteError, match="cannot open Chroma server 127.0.0.1"):
        Index(settings).ingest()


@pytest.mark.slow
def test_two_indexes_sharing_a_chroma_server_keep_every_vector(small_corpus, tmp_path,
                                                              chroma_server):
    """Two machines (two index folders) against one `chroma run`: neither loses a vector."""
    first, second = (settings_for(small_corpus, tmp_path / name, chroma_host="127.0.0.1",
                                  chroma_port=chroma_server) for name in ("a", "b"))
    Index(first).ingest()
    Index(second).ingest()
    a, b = Index.open(first), Index.open(second)
    assert a.collection_name != b.collection_name
    for index in (a, b):
        assert sorted(index.collection.get(include=[])["ids"]) == sorted(
            c.id for c in index.chunks())
    # each garbage-collects, re-ingests and rebuilds: only its own collection is touched
    assert Index(first).ingest().embedded == 0
    Index(second).ingest(rebuild=True)
    assert Index(first).ingest().embedded == 0
    a, b = Index.open(first), Index.open(second)
    for index in (a, b):
        assert sorted(index.collection.get(include=[])["ids"]) == sorted(
            c.id for c in index.chunks())
        best, _ = index.dense_search("Agora des projets living lab", top_k=1)[0]
        assert index.chunk(best).doc_id == LIVING_LAB
