"""The Chroma side of an index: one client, its chunk and span collections, vectors by id.

The client is an embedded store in the index folder, or a Chroma server when
``ASSISTANT_CHROMA_HOST`` is set. Collections are opened on first use, once, whichever
thread asks first, and opened anew when the index names another one (after a rebuild).
Chroma embeds nothing itself: the index's embedder computes every vector.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator, Sequence
from typing import Any

import numpy as np

from assistant.config import Settings
from assistant.embed import Embedder, make_embedder
from assistant.errors import IndexWriteError
from assistant.types import Chunk

logger = logging.getLogger(__name__)

#: Vectors read from Chroma at a time (one read of tens of thousands fails in Chroma:
#: "too many SQL variables").
PAGE = 5000
#: Vectors written or deleted at a time.
BATCH = 500


def metadata(chunk: Chunk) -> dict[str, str | int]:
    """Flat, scalar Chroma metadata (no None, no lists)."""
    return {
        "doc_id": chunk.doc_id,
        "kind": chunk.kind,
        "label": chunk.label,
        "section": chunk.section_path,
        "page": chunk.page if chunk.page is not None else -1,
        "start": chunk.start,
        "end": chunk.end,
        "group": chunk.group,
    }


def stored_vectors(collection: Any, ids: Sequence[str]) -> Iterator[tuple[str, np.ndarray]]:
    """The stored vectors of ``ids`` (those the collection has), ``PAGE`` ids at a time."""
    for start in range(0, len(ids), PAGE):
        found = collection.get(ids=list(ids[start : start + PAGE]), include=["embeddings"])
        for found_id, vector in zip(found["ids"], found["embeddings"], strict=True):
            yield found_id, np.asarray(vector, dtype=np.float32)


class _ChromaEmbedding:
    """Chroma embedding function backed by our embedder, so Chroma never loads its own."""

    def __init__(self, embedder: Embedder) -> None:
        self.embedder = embedder

    def __call__(self, input: Sequence[str]) -> list[np.ndarray]:  # noqa: A002 (Chroma's name)
        return list(self.embedder.embed_passages(list(input)))

    def embed_query(self, input: Sequence[str]) -> list[np.ndarray]:  # noqa: A002
        return [self.embedder.embed_query(text) for text in input]

    @staticmethod
    def name() -> str:
        return "assistant-embedder"

    def is_legacy(self) -> bool:
        return False

    def default_space(self) -> str:
        return "cosine"

    def supported_spaces(self) -> list[str]:
        return ["cosine"]

    def get_config(self) -> dict[str, Any]:
        return {"model": self.embedder.name}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> _ChromaEmbedding:
        # Chroma rebuilds the function it recorded when a collection is reopened.
        return _ChromaEmbedding(make_embedder(Settings(embedder=config["model"])))


class Chroma:
    """The Chroma client of one index and the two collections it names.

    Args:
        settings: Where the store is (the index folder, or a server).
        embedder: What computes the vectors.
    """

    def __init__(self, settings: Settings, embedder: Embedder) -> None:
        self.settings = settings
        self.embedder = embedder
        self.client: Any = None
        self._chunks: Any = None
        self._spans: Any = None
        self._opening = threading.Lock()

    def chunks(self, name: str) -> Any:
        """The collection of chunk vectors called ``name`` (created if missing)."""
        with self._opening:  # several threads may ask first: one client, opened once
            if self._chunks is None or self._chunks.name != name:
                self._chunks = self._open(name, {
                    "hnsw:space": "cosine",
                    # A wide HNSW search is all but exact at this size, so two builds of
                    # the same corpus rank alike and answers are reproducible.
                    "hnsw:search_ef": 200, "hnsw:construction_ef": 200})
            return self._chunks

    def spans(self, name: str) -> Any:
        """The collection of quotable spans' vectors beside ``name`` (chunks of several spans)."""
        with self._opening:
            if self._spans is None or self._spans.name != f"{name}_spans":
                self._spans = self._open(f"{name}_spans", {"hnsw:space": "cosine"})
            return self._spans

    def _open(self, name: str, metadata: dict[str, Any]) -> Any:
        client = self._client()
        try:
            return client.get_or_create_collection(
                name, embedding_function=_ChromaEmbedding(self.embedder),  # type: ignore[arg-type]
                metadata=metadata)
        except Exception as error:  # connection refused, server version…
            raise self._unreachable(error) from error

    def _client(self) -> Any:
        if self.client is None:
            import chromadb
            from chromadb.config import Settings as ChromaSettings

            chroma_settings = ChromaSettings(anonymized_telemetry=False)
            try:
                if self.settings.chroma_host:
                    self.client = chromadb.HttpClient(host=self.settings.chroma_host,
                                                      port=self.settings.chroma_port,
                                                      settings=chroma_settings)
                else:
                    self.settings.chroma_path.mkdir(parents=True, exist_ok=True)
                    self.client = chromadb.PersistentClient(
                        path=str(self.settings.chroma_path), settings=chroma_settings)
            except Exception as error:  # connection refused, bad path…
                raise self._unreachable(error) from error
        return self.client

    def _unreachable(self, error: Exception) -> IndexWriteError:
        where = (f"Chroma server {self.settings.chroma_host}:{self.settings.chroma_port}"
                 if self.settings.chroma_host else f"Chroma store {self.settings.chroma_path}")
        return IndexWriteError(f"cannot open {where} ({error}); check "
                               "ASSISTANT_CHROMA_HOST/PORT or the index folder")

    def add(self, name: str, chunks: Sequence[Chunk], vectors: np.ndarray,
            spans: Sequence[tuple[Chunk, int, int]], span_vectors: np.ndarray | None) -> None:
        """Write the vectors of chunks and of their spans (by chunk id and offsets).

        Raises:
            IndexWriteError: when Chroma refuses them.

        """
        collection, span_collection = self.chunks(name), self.spans(name)
        try:
            for start in range(0, len(chunks), BATCH):
                part = chunks[start : start + BATCH]
                collection.upsert(ids=[chunk.id for chunk in part],
                                  embeddings=vectors[start : start + len(part)].tolist(),
                                  documents=[chunk.text for chunk in part],
                                  metadatas=[metadata(chunk) for chunk in part])
            if span_vectors is not None:
                for start in range(0, len(spans), BATCH):
                    some = spans[start : start + BATCH]
                    span_collection.upsert(
                        ids=[f"{chunk.id}:{begin}:{end}" for chunk, begin, end in some],
                        embeddings=span_vectors[start : start + len(some)].tolist(),
                        metadatas=[{"doc_id": chunk.doc_id, "chunk_id": chunk.id}
                                   for chunk, _, _ in some])
        except Exception as error:
            raise IndexWriteError(f"cannot write to Chroma ({error})") from error

    def delete(self, name: str, chunk_ids: Sequence[str]) -> None:
        """Delete the vectors of these chunks, and of their spans."""
        chunks, spans = self.chunks(name), self.spans(name)
        for start in range(0, len(chunk_ids), BATCH):
            part = list(chunk_ids[start : start + BATCH])
            chunks.delete(ids=part)
            spans.delete(where={"chunk_id": {"$in": part}})

    def drop(self, name: str) -> None:
        """Drop the collection ``name`` and its spans' (nothing when they do not exist)."""
        with self._opening:
            client = self._client()
        for one in (name, f"{name}_spans"):
            try:
                client.delete_collection(one)
            except Exception:  # noqa: BLE001 (Chroma says "does not exist" in several ways)
                logger.debug("no collection %s to drop", one)

    def reopen(self) -> None:
        """Open Chroma anew at the next use: another process wrote to it.

        An embedded Chroma store, once open in this process, does not find the vectors
        another process added since ("Error finding id"); a client opened afterwards
        does. Chroma keeps one system per folder in a process: this folder's is dropped.
        """
        with self._opening:
            if self.client is not None and not self.settings.chroma_host:
                from chromadb.api.shared_system_client import SharedSystemClient

                identifier = self.client._identifier  # noqa: SLF001
                SharedSystemClient._identifier_to_system.pop(identifier, None)  # noqa: SLF001
                SharedSystemClient._identifier_to_refcount.pop(identifier, None)  # noqa: SLF001
                self.client = None
            self._chunks = self._spans = None
