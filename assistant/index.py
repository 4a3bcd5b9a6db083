"""The index: chunks embedded in Chroma, the lexical index, and the manifest that ties them.

``store.sqlite`` in the index folder (``assistant/store.py``) is the single commit point:
it records the embedder, dimension, chunker and tokenizer versions, every indexed
document (content hash, metadata, text) and its chunks with their lexical tokens. Each
document is committed in one transaction once its vectors are in Chroma, and Chroma
vectors that it does not list are ignored, then deleted by the next ingest (the journal
notes which, ``assistant/journal.py``). So an ingest interrupted at any moment (Ctrl-C,
crash, bad file) leaves the previous consistent index answering, never a half-written
one. One process at a time changes an index folder.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import os
import secrets
import sys
import threading
import time
from collections.abc import Collection, Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from tqdm import tqdm

from assistant.chroma import Chroma, stored_vectors
from assistant.config import Settings
from assistant.embed import Embedder, make_embedder
from assistant.errors import CorpusError, IndexMismatchError
from assistant.figures import years_in
from assistant.journal import Journal, writing
from assistant.lexical import BM25, TOKENIZER_VERSION, acronyms, tokenize
from assistant.load import discover, load_document, read_manifest, slugify
from assistant.quotable import units
from assistant.store import StoreFile, chunk_from_record, chunk_record
from assistant.structure import CHUNKER_VERSION, chunk_document
from assistant.types import (
    Chunk,
    DocumentMeta,
    DocumentRecord,
    IngestReport,
    LoadFailure,
    Page,
    SourceDocument,
)

logger = logging.getLogger(__name__)

STORE_FORMAT = 1
#: Indexing time per kilobyte of documents, to say how long a first ingest takes: the five
#: shipped documents (121 KB) take from one to two minutes on two cores.
SECONDS_PER_KB = 1.0
#: Where ``ingest --rebuild`` writes the new store until it is complete, and the note
#: naming the collection it fills (removed once the new store is in place).
NEXT_STORE = "store.next.sqlite"
PENDING = "rebuild.json"
#: Chunks ranked once per query; searches restricted to some documents read from them.
DENSE_POOL = 1000
#: A search restricted to documents of at most this many chunks reads their vectors and
#: computes the similarities here: at 100k chunks, a filtered Chroma query takes 60 ms.
EXACT_UP_TO = 5000


class Index:
    """Chroma + lexical index + manifest, ingested incrementally by content hash.

    Example:
        >>> index = Index(Settings())  # doctest: +SKIP
        >>> print(index.ingest().summary())  # doctest: +SKIP

    """

    def __init__(self, settings: Settings, embedder: Embedder | None = None) -> None:
        self.settings = settings
        self.embedder = embedder or make_embedder(settings)
        self._chroma = Chroma(settings, self.embedder)
        self._opening = threading.Lock()
        self._file = StoreFile(settings.store_path)
        self._store = self._read_store()
        #: The store file as last read or written: (mtime, size, inode), None if absent.
        self._seen = self._signature()
        self._bm25: BM25 | None = None
        self._chunks: dict[str, Chunk] = {}
        self._documents: dict[str, DocumentRecord] = {}
        self._acronyms: dict[str, frozenset[str]] | None = None
        #: The last query, its vector and its ``DENSE_POOL`` best chunks.
        self._last_query: tuple[str, np.ndarray, list[tuple[str, float]]] | None = None
        self._vocabularies: dict[str, frozenset[str]] = {}
        self._years: frozenset[str] | None = None
        #: Vectors of quotable spans, (chunk id, start, end) -> vector, read once.
        self._span_vectors: dict[tuple[str, int, int], np.ndarray] = {}
        #: Unit vectors of chunks, read once for searches restricted to their documents.
        self._chunk_vectors: dict[str, np.ndarray] = {}

    @classmethod
    def open(cls, settings: Settings, embedder: Embedder | None = None) -> Index:
        """The index for querying: refused if built with other settings than configured."""
        index = cls(settings, embedder)
        index._check_compatible()
        if index.stale:
            raise IndexMismatchError(
                f"index at {settings.index_dir} was built by chunker {index._store['chunker']} "
                f"/ tokenizer {index._store['tokenizer']}, this version uses {CHUNKER_VERSION} / "
                f"{TOKENIZER_VERSION}: run `assistant ingest` to re-chunk"
            )
        return index

    # -- store ----------------------------------------------------------------------------

    def _empty_store(self) -> dict[str, Any]:
        return {
            "format": STORE_FORMAT,
            "collection": self._new_collection(),
            "embedder": self.settings.embedder,
            "dim": None,
            "chunker": CHUNKER_VERSION,
            "tokenizer": TOKENIZER_VERSION,
            "documents": {},
            "chunks": {},
        }

    def _new_collection(self) -> str:
        """A collection name of this index's own: the configured name and a random suffix.

        Indexes sharing a Chroma server so never touch each other's vectors.
        """
        return f"{self.settings.collection}-{secrets.token_hex(4)}"

    @property
    def collection_name(self) -> str:
        """The Chroma collection of this index's chunk vectors, as its store records it.

        An index written before names were recorded uses the configured name.
        """
        return str(self._store.get("collection") or self.settings.collection)

    def _read_store(self) -> dict[str, Any]:
        store = self._file.read()
        return store if store is not None else self._empty_store()

    def _check_compatible(self) -> None:
        store = self._store
        if store.get("format") != STORE_FORMAT:
            raise IndexMismatchError(
                f"index at {self.settings.index_dir} has format {store.get('format')}, "
                f"this version reads {STORE_FORMAT}: run `assistant ingest --rebuild`"
            )
        if store["documents"] and store["embedder"] != self.settings.embedder:
            raise IndexMismatchError(
                f"index at {self.settings.index_dir} was built with embedder "
                f"'{store['embedder']}', configured '{self.settings.embedder}': run "
                f"`assistant ingest --rebuild` to re-embed, or set "
                f"ASSISTANT_EMBEDDER={store['embedder']}"
            )

    def _write_store(self, doc_id: str | None = None) -> None:
        """Commit one document's records (its chunks as it has them now), or all."""
        if doc_id is None:
            self._file.write(self._store)
        else:
            self._file.commit(self._store, doc_id)
        self._seen = self._signature()
        self._forget()

    def _forget(self) -> None:
        """Drop what was derived from the store: it changed."""
        self._bm25, self._last_query = None, None
        self._chunks, self._documents, self._acronyms = {}, {}, None
        self._vocabularies, self._span_vectors, self._years = {}, {}, None
        self._chunk_vectors = {}

    def _signature(self) -> tuple[int, int, int] | None:
        try:
            found = os.stat(self.settings.store_path)
        except OSError:
            return None
        return found.st_mtime_ns, found.st_size, found.st_ino

    def sync(self) -> bool:
        """Read the store again if another process changed it; whether it did.

        An ``assistant ingest`` (or ``--rebuild``) run beside a serving app writes a new
        store, and a rebuild switches to a new collection and drops the old one: the app
        follows at its next question instead of answering from what is gone.
        """
        if self._signature() == self._seen:
            return False
        with self._opening:
            signature = self._signature()
            if signature == self._seen or signature is None:
                return False
            store = self._read_store()
            renamed = store.get("collection") != self._store.get("collection")
            self._store, self._seen = store, signature
            self._forget()
            self._chroma.reopen()
        logger.info("the index changed on disk (%d documents%s): read again",
                    len(store["documents"]),
                    f", collection {self.collection_name}" if renamed else "")
        return True

    @property
    def stale(self) -> bool:
        """Whether the index was built by another chunker or tokenizer version."""
        return bool(self._store["documents"]) and (
            self._store["chunker"] != CHUNKER_VERSION
            or self._store["tokenizer"] != TOKENIZER_VERSION
        )

    # -- chroma ---------------------------------------------------------------------------

    @property
    def collection(self) -> Any:
        """The Chroma collection of chunk vectors (embedded store, or a server)."""
        return self._chroma.chunks(self.collection_name)

    @property
    def spans(self) -> Any:
        """The Chroma collection of quotable spans' vectors (chunks of several spans only)."""
        return self._chroma.spans(self.collection_name)

    @property
    def _journal(self) -> Journal:
        return Journal(self.settings.index_dir, self.collection_name)

    def _collect_garbage(self) -> None:
        """Delete the vectors an interrupted ingest noted and the store does not list."""
        noted = self._journal.ids()
        orphans = [chunk_id for chunk_id in noted if chunk_id not in self._store["chunks"]]
        if orphans:
            logger.info("removing the vectors of %d chunks left by an interrupted ingest",
                        len(orphans))
            self._delete_vectors(orphans)
        if noted:
            self._journal.clear()

    def _delete_vectors(self, ids: Sequence[str]) -> None:
        self._chroma.delete(self.collection_name, ids)

    # -- reading --------------------------------------------------------------------------

    def documents(self) -> list[DocumentRecord]:
        """Indexed documents, by id."""
        return [self.document(doc_id) for doc_id in sorted(self._store["documents"])]

    def document(self, doc_id: str) -> DocumentRecord:
        """One indexed document (records are built once, then kept)."""
        if doc_id not in self._documents:
            self._documents[doc_id] = self._document(doc_id)
        return self._documents[doc_id]

    def _document(self, doc_id: str) -> DocumentRecord:
        data = self._store["documents"][doc_id]
        return DocumentRecord(
            doc_id=doc_id,
            path=data["path"],
            content_hash=data["hash"],
            meta=DocumentMeta(**data["meta"]),
            text=data["text"],
            pages=tuple(Page(**page) for page in data["pages"]),
            chunk_ids=tuple(data["chunk_ids"]),
        )

    def vocabulary(self, doc_id: str) -> frozenset[str]:
        """Every lexical token of a document's chunks (what the document speaks of)."""
        if doc_id not in self._vocabularies:
            chunks = self._store["chunks"]
            self._vocabularies[doc_id] = frozenset(
                token for chunk_id in self.document(doc_id).chunk_ids
                for token in chunks[chunk_id]["tokens"]
            )
        return self._vocabularies[doc_id]

    def section_vocabulary(self, doc_id: str, section_path: str) -> frozenset[str]:
        """Every lexical token of the chunks under one section of a document.

        "Pour : 45" says nothing alone; its section holds the decisions it voted.
        """
        key = f"{doc_id}\n{section_path}"
        if key not in self._vocabularies:
            chunks = self._store["chunks"]
            self._vocabularies[key] = frozenset(
                token for chunk in self.chunks(doc_id) if chunk.section_path == section_path
                for token in chunks[chunk.id]["tokens"]
            )
        return self._vocabularies[key]

    def chunks(self, doc_id: str | None = None) -> list[Chunk]:
        """Indexed chunks in document order, for one document or all."""
        doc_ids = [doc_id] if doc_id is not None else sorted(self._store["documents"])
        out: list[Chunk] = []
        for current in doc_ids:
            if current not in self._store["documents"]:
                raise CorpusError(
                    f"no document '{current}' in the index; `assistant chunks` without --doc "
                    "lists them all"
                )
            ids = self._store["documents"][current]["chunk_ids"]
            out.extend(self.chunk(chunk_id) for chunk_id in ids)
        return out

    def chunk(self, chunk_id: str) -> Chunk:
        """One chunk by id (records are built once, then kept)."""
        if chunk_id not in self._chunks:
            self._chunks[chunk_id] = chunk_from_record(self._store["chunks"][chunk_id])
        return self._chunks[chunk_id]

    @property
    def acronyms(self) -> dict[str, frozenset[str]]:
        """The corpus's acronyms with the tokens of their long forms (for query expansion)."""
        if self._acronyms is None:
            self._acronyms = acronyms(data["text"] for data in self._store["documents"].values())
        return self._acronyms

    @property
    def years(self) -> frozenset[str]:
        """Every year the documents give, spans of years included ("2025-2027")."""
        if self._years is None:
            self._years = frozenset(year for data in self._store["documents"].values()
                                    for year in years_in(data["text"]))
        return self._years

    @property
    def lexical(self) -> BM25:
        """The BM25 index over the stored tokens of the live chunks."""
        if self._bm25 is None:
            self._bm25 = BM25(
                {key: data["tokens"] for key, data in self._store["chunks"].items()}
            )
        return self._bm25

    def dense_search(
        self, query: str, top_k: int = 20, doc_ids: Collection[str] | None = None
    ) -> list[tuple[str, float]]:
        """Chunk ids by cosine similarity to the query (only chunks the manifest lists).

        ``doc_ids`` restricts the search to some documents. One question searches the
        corpus, then each document on its own: the first search ranks ``DENSE_POOL`` chunks
        once, and a restricted search reads its hits from there when they are enough.
        """
        live = self._store["chunks"]
        if not live:
            return []
        if self._last_query is None or self._last_query[0] != query:
            vector = self.embedder.embed_query(query)
            self._last_query = (query, vector, self._dense(vector, DENSE_POOL, None))
        _, vector, pool = self._last_query
        wanted = [(chunk_id, score) for chunk_id, score in pool
                  if doc_ids is None or live[chunk_id]["doc_id"] in doc_ids][:top_k]
        documents = self._store["documents"]
        available = len(live) if doc_ids is None else sum(
            len(documents[doc_id]["chunk_ids"]) for doc_id in doc_ids if doc_id in documents)
        if len(wanted) == min(top_k, available) or len(pool) == len(live):
            return wanted
        if doc_ids is not None and available <= EXACT_UP_TO:
            return self._exact(vector, top_k, doc_ids)
        return self._dense(vector, top_k, doc_ids)

    def _exact(self, vector: np.ndarray, top_k: int,
               doc_ids: Collection[str]) -> list[tuple[str, float]]:
        """``dense_search`` among the chunks of a few documents, computed here.

        The cosine similarity of the query to each of their stored vectors, as Chroma
        computes it, best first (ties by chunk id).
        """
        documents = self._store["documents"]
        ids = [chunk_id for doc_id in sorted(doc_ids) if doc_id in documents
               for chunk_id in documents[doc_id]["chunk_ids"]]
        missing = [chunk_id for chunk_id in ids if chunk_id not in self._chunk_vectors]
        for chunk_id, stored in stored_vectors(self.collection, missing):
            self._chunk_vectors[chunk_id] = stored / (np.linalg.norm(stored) or 1.0)
        ids = [chunk_id for chunk_id in ids if chunk_id in self._chunk_vectors]
        if not ids:
            return []
        query = np.asarray(vector, dtype=np.float32)
        query = query / (np.linalg.norm(query) or 1.0)
        similarity = np.stack([self._chunk_vectors[chunk_id] for chunk_id in ids]) @ query
        ranked = sorted(zip(ids, (float(value) for value in similarity), strict=True),
                        key=lambda item: (-item[1], item[0]))
        return ranked[:top_k]

    def _dense(self, vector: np.ndarray, top_k: int,
               doc_ids: Collection[str] | None) -> list[tuple[str, float]]:
        """The Chroma query behind ``dense_search``."""
        live = self._store["chunks"]
        result = self.collection.query(
            query_embeddings=[vector.tolist()],
            n_results=min(top_k, len(live)),
            where={"doc_id": {"$in": sorted(doc_ids)}} if doc_ids is not None else None,
            include=["distances"],
        )
        return [
            (chunk_id, 1.0 - float(distance))
            for chunk_id, distance in zip(result["ids"][0], result["distances"][0], strict=True)
            if chunk_id in live
        ]

    def query_vector(self, query: str) -> np.ndarray:
        """The embedding of a query (the one of the last search when it is the same)."""
        if self._last_query is not None and self._last_query[0] == query:
            return self._last_query[1]
        return self.embedder.embed_query(query)

    def span_vectors(self, chunks: Sequence[Chunk]) -> dict[tuple[str, int, int], np.ndarray]:
        """The vector of every quotable span of ``chunks``, by (chunk id, start, end).

        A chunk of one span is its own span (the chunk's vector); the spans of longer
        chunks were embedded at ingestion. Vectors are read from Chroma once, then kept.
        """
        wanted: dict[str, tuple[str, int, int]] = {}
        whole: dict[str, tuple[str, int, int]] = {}
        spans_of = [[(chunk.id, start, end) for start, end, _ in units(chunk)]
                    for chunk in chunks]
        for spans in spans_of:
            for key in spans:
                if key not in self._span_vectors:
                    chunk_id, start, end = key
                    if len(spans) == 1:
                        whole[chunk_id] = key
                    else:
                        wanted[f"{chunk_id}:{start}:{end}"] = key
        for collection, keys in ((self.spans, wanted), (self.collection, whole)):
            for found_id, vector in stored_vectors(collection, list(keys)):
                self._span_vectors[keys[found_id]] = vector
        return {key: self._span_vectors[key] for spans in spans_of for key in spans
                if key in self._span_vectors}

    # -- writing --------------------------------------------------------------------------

    def ingest(self, paths: Iterable[Path] | None = None, rebuild: bool = False) -> IngestReport:
        """Bring the index in line with the given files and folders (default: the corpus).

        Unchanged documents are skipped (nothing embedded), changed ones replaced,
        documents gone from a scanned folder removed; a file that cannot be read is
        reported in ``failed`` and what was indexed before stays.
        """
        began = time.perf_counter()
        roots = [Path(p) for p in (paths if paths is not None else [self.settings.corpus_dir])]
        for root in roots:
            if not root.exists():
                raise CorpusError(f"{root}: no such file or folder")
        with writing(self.settings.index_dir):
            self.sync()  # another process may have changed it while this one waited
            self._clean_interrupted()
            if rebuild:
                return self._rebuild(roots, began)
            return self._ingest(roots, began)

    def _ingest(self, roots: list[Path], began: float) -> IngestReport:
        self._check_compatible()
        self._collect_garbage()
        store = self._store
        if store["chunker"] == CHUNKER_VERSION and store["tokenizer"] != TOKENIZER_VERSION:
            self._retokenize()
        reindex_all = self.stale
        report = IngestReport()
        files = discover(roots)
        manifests: dict[Path, dict[str, DocumentMeta]] = {}
        seen: set[str] = set()
        for path in tqdm(files, desc="ingest", unit="doc", disable=not self._progress(files)):
            doc_id = slugify(path.stem)
            if doc_id in seen:
                report.failed.append(
                    LoadFailure(path, f"another file already has the id '{doc_id}'; rename it")
                )
                continue
            seen.add(doc_id)
            try:
                self._ingest_file(path, doc_id, manifests, reindex_all, report)
            except CorpusError as error:
                report.failed.append(LoadFailure(path, str(error)))
                logger.warning("skipped %s: %s", path, error)
        folders = [root.resolve() for root in roots if root.is_dir()]
        for doc_id, data in sorted(self._store["documents"].items()):
            path = Path(data["path"]).resolve()
            if doc_id not in seen and any(path.is_relative_to(f) for f in folders):
                if not path.exists():
                    self._remove(doc_id)
                    report.removed.append(doc_id)
        report.chunks = len(self._store["chunks"])
        report.seconds = time.perf_counter() - began
        report.collection = self.collection_name
        return report

    def ingest_first(self) -> IngestReport:
        """The corpus indexed into this empty index, saying what it does and how long.

        The estimate is the corpus's size at ``SECONDS_PER_KB``.
        """
        files = discover([self.settings.corpus_dir])
        kilobytes = sum(path.stat().st_size for path in files) / 1024
        logger.info("the index is empty: indexing %d documents of %s first (about %.0f s)",
                    len(files), self.settings.corpus_dir, kilobytes * SECONDS_PER_KB)
        report = self.ingest()
        logger.info(report.summary())
        return report

    def _rebuild(self, roots: list[Path], began: float) -> IngestReport:
        """Everything embedded again into a new collection, e.g. after changing the embedder.

        The index in place answers until the new one is complete, then the new store
        replaces it in one rename and the old collection is dropped. Killed before the
        rename, the old index stays and the next ingest drops what was half built.
        """
        previous, old_name = self._store, self.collection_name
        self._store = self._empty_store()
        self._file = StoreFile(self.settings.index_dir / NEXT_STORE)
        self._file.discard()
        pending = self.settings.index_dir / PENDING
        pending.parent.mkdir(parents=True, exist_ok=True)
        pending.write_text(json.dumps({"collection": self.collection_name,
                                       "previous": old_name}), encoding="utf-8")
        try:
            self._write_store()
            report = self._ingest(roots, began)
            os.replace(self._file.path, self.settings.store_path)  # the switch
            self._seen = self._signature()
        except BaseException:
            self._store = previous
            raise
        finally:
            self._file = StoreFile(self.settings.store_path)
            self._clean_interrupted()
        return report

    def _clean_interrupted(self) -> None:
        """Remove what an interrupted commit or rebuild left.

        That is temporary store files, and the collection a rebuild was filling (or, once
        it was switched to, the one it replaced). Only collections this index named itself
        are ever dropped.
        """
        folder = self.settings.index_dir
        for temporary in folder.glob(".store-*.json"):  # left by versions that wrote JSON
            temporary.unlink(missing_ok=True)
        pending = folder / PENDING
        if not pending.exists():
            return
        try:
            names = json.loads(pending.read_text(encoding="utf-8"))
            built, previous = str(names["collection"]), str(names["previous"])
        except (OSError, ValueError, KeyError) as error:
            logger.warning("cannot read %s (%s): removing it", pending, error)
        else:
            done = built == self.collection_name
            left = previous if done else built
            if left != self.collection_name:
                logger.info("dropping the collection %s %s", left,
                            "replaced by a rebuild" if done else "of an interrupted rebuild")
                self._drop_collection(left)
        StoreFile(folder / NEXT_STORE).discard()
        pending.unlink(missing_ok=True)

    def _drop_collection(self, name: str) -> None:
        Journal(self.settings.index_dir, name).clear()
        self._chroma.drop(name)

    def _progress(self, files: list[Path]) -> bool:
        """A progress bar for several files, on a terminal only (no escape codes in logs)."""
        return self.settings.progress and len(files) > 1 and sys.stderr.isatty()

    def _ingest_file(
        self,
        path: Path,
        doc_id: str,
        manifests: dict[Path, dict[str, DocumentMeta]],
        reindex_all: bool,
        report: IngestReport,
    ) -> None:
        existing = self._store["documents"].get(doc_id)
        size = path.stat().st_size if path.is_file() else 0
        if size > self.settings.max_bytes:  # the bound of an upload: a 30 MB text is no document
            raise CorpusError(f"{path.name}: {size / 2**20:.1f} MB, more than the "
                              f"{self.settings.upload_max_mb:g} MB allowed "
                              "(ASSISTANT_UPLOAD_MAX_MB)")
        digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else ""
        folder = path.parent.resolve()
        if folder not in manifests:
            manifests[folder] = read_manifest(folder)
        meta = manifests[folder].get(path.name)
        meta_json = dataclasses.asdict(meta) if meta else None
        if (
            existing is not None
            and existing["hash"] == digest
            and not reindex_all
            and (meta_json is None or existing["meta"] == meta_json)
        ):
            report.unchanged.append(doc_id)
            return
        document = load_document(path, meta)
        chunks = chunk_document(document, self.settings.chunk_max_chars)
        if not chunks:
            raise CorpusError(f"{path.name}: no text to index")
        self._add(document, chunks)
        logger.info("indexed %s: %d chunks", path.name, len(chunks))
        report.embedded += len(chunks)
        (report.updated if existing is not None else report.added).append(doc_id)

    def _add(self, document: SourceDocument, chunks: list[Chunk]) -> None:
        """Embed and store one document's chunks, then commit it in the manifest."""
        texts = [chunk.search_text for chunk in chunks]
        # the spans of chunks that say several things are embedded on their own too, with
        # the chunk's headings (a sentence often leaves its subject to them)
        spans = [(chunk, start, end, f"{chunk.context}\n{text}") for chunk in chunks
                 if len(pieces := units(chunk)) > 1 for start, end, text in pieces]
        batch = self.settings.embed_batch_size
        vectors: list[np.ndarray] = []
        span_vectors: list[np.ndarray] = []
        with tqdm(
            total=len(texts) + len(spans),
            desc=document.doc_id[:24],
            unit="chunk",
            leave=False,
            disable=not (self.settings.progress and len(texts) > batch and sys.stderr.isatty()),
        ) as bar:
            for start in range(0, len(texts), batch):
                vectors.append(self.embedder.embed_passages(texts[start : start + batch]))
                bar.update(len(texts[start : start + batch]))
            for start in range(0, len(spans), batch):
                said = [text for _, _, _, text in spans[start : start + batch]]
                span_vectors.append(self.embedder.embed_passages(said))
                bar.update(len(said))
        matrix = np.vstack(vectors)
        if self._store["dim"] not in (None, matrix.shape[1]):
            raise IndexMismatchError(
                f"embedder gives {matrix.shape[1]} dimensions, index has {self._store['dim']}: "
                "run `assistant ingest --rebuild`"
            )
        previous = self._store["documents"].get(document.doc_id)
        old_ids = set(previous["chunk_ids"]) if previous else set()
        self._journal.write(old_ids | {chunk.id for chunk in chunks})
        self._chroma.add(self.collection_name, chunks, matrix,
                         [(chunk, start, end) for chunk, start, end, _ in spans],
                         np.vstack(span_vectors) if spans else None)
        for chunk_id in old_ids:
            self._store["chunks"].pop(chunk_id, None)
        for chunk in chunks:
            self._store["chunks"][chunk.id] = chunk_record(chunk)
        self._store["documents"][document.doc_id] = {
            "path": document.path,
            "hash": document.content_hash,
            "meta": dataclasses.asdict(document.meta),
            "text": document.text,
            "pages": [dataclasses.asdict(page) for page in document.pages],
            "chunk_ids": [chunk.id for chunk in chunks],
        }
        self._store.update(
            dim=int(matrix.shape[1]),
            embedder=self.settings.embedder,
            chunker=CHUNKER_VERSION,
            tokenizer=TOKENIZER_VERSION,
        )
        stale = sorted(old_ids - {chunk.id for chunk in chunks})
        self._write_store(document.doc_id)
        if stale:
            self._delete_vectors(stale)
        self._journal.clear()

    def _retokenize(self) -> None:
        """A new tokenizer only changes the lexical index: no re-embedding."""
        for data in self._store["chunks"].values():
            data["tokens"] = tokenize(chunk_from_record(data).search_text)
        self._store["tokenizer"] = TOKENIZER_VERSION
        self._write_store()

    def _remove(self, doc_id: str) -> None:
        data = self._store["documents"].pop(doc_id)
        self._journal.write(data["chunk_ids"])
        for chunk_id in data["chunk_ids"]:
            self._store["chunks"].pop(chunk_id, None)
        self._write_store(doc_id)
        self._delete_vectors(data["chunk_ids"])
        self._journal.clear()

    def remove(self, doc_id: str) -> None:
        """Remove one document from both indexes (the file itself is left alone)."""
        with writing(self.settings.index_dir):
            self.sync()
            if doc_id not in self._store["documents"]:
                raise CorpusError(f"no document '{doc_id}' in the index")
            self._remove(doc_id)
