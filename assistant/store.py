"""The index's records on disk: one SQLite file, written a document at a time.

Everything the index keeps besides vectors lives in ``index/store.sqlite``: the index's
own settings (format, Chroma collection, embedder, dimensions, chunker and tokenizer
versions), each document's record (path, hash, metadata, text, pages, chunk ids) and each
chunk's record with its lexical tokens. Committing a document writes its rows only, in
one transaction, so ingest time per document does not grow with the index, and a kill at
any point leaves the previous commit (SQLite rolls back what it had not finished).

The index holds the records in memory as one dictionary (``{"format": …, "documents":
{doc_id: …}, "chunks": {chunk_id: …}}``), read once at start. An index written by earlier
versions as ``store.json`` is moved into SQLite the first time it is opened.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from assistant.errors import IndexMismatchError, IndexWriteError
from assistant.lexical import tokenize
from assistant.types import Chunk

logger = logging.getLogger(__name__)

#: The index's own settings, one row each.
SETTINGS = ("format", "collection", "embedder", "dim", "chunker", "tokenizer")
#: What earlier versions wrote: the whole index as one JSON file, rewritten per document.
LEGACY = "store.json"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (doc_id TEXT PRIMARY KEY, record TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS chunks (chunk_id TEXT PRIMARY KEY, doc_id TEXT NOT NULL,
                                   record TEXT NOT NULL);
"""


class StoreFile:
    """One SQLite file of index records.

    Example:
        >>> store = StoreFile(Path("index/store.sqlite"))  # doctest: +SKIP
        >>> records = store.read()  # doctest: +SKIP
    """

    def __init__(self, path: Path) -> None:
        self.path = path

    def read(self) -> dict[str, Any] | None:
        """Every record, as the index holds them; None when there is no store yet."""
        if not self.path.exists():
            legacy = self.path.with_name(LEGACY)
            if not legacy.exists():
                return None
            return self._migrate(legacy)
        try:
            with self._connection() as connection:
                store: dict[str, Any] = {
                    key: json.loads(value)
                    for key, value in connection.execute("SELECT key, value FROM settings")}
                store["documents"] = {
                    doc_id: json.loads(record) for doc_id, record in
                    connection.execute("SELECT doc_id, record FROM documents")}
                store["chunks"] = {
                    chunk_id: json.loads(record) for chunk_id, record in
                    connection.execute("SELECT chunk_id, record FROM chunks")}
        except (sqlite3.Error, ValueError) as error:
            raise IndexMismatchError(
                f"index store {self.path} is unreadable ({error}): run "
                "`assistant ingest --rebuild`") from error
        return store

    def write(self, store: dict[str, Any]) -> None:
        """Every record written anew (a new store, or every chunk's tokens changed)."""
        with self._transaction() as connection:
            connection.execute("DELETE FROM settings")
            connection.execute("DELETE FROM documents")
            connection.execute("DELETE FROM chunks")
            _write_settings(connection, store)
            for doc_id in store["documents"]:
                _write_document(connection, store, doc_id)

    def commit(self, store: dict[str, Any], doc_id: str) -> None:
        """One document's rows written as ``store`` has them, with the settings.

        Its chunk rows are replaced by those it has now; a document no longer in
        ``store`` is deleted.
        """
        with self._transaction() as connection:
            _write_settings(connection, store)
            connection.execute("DELETE FROM chunks WHERE doc_id = ?", (doc_id,))
            if doc_id in store["documents"]:
                _write_document(connection, store, doc_id)
            else:
                connection.execute("DELETE FROM documents WHERE doc_id = ?", (doc_id,))

    def discard(self) -> None:
        """Remove the file (a rebuild's unfinished store) and its journal."""
        for path in (self.path, self.path.with_name(self.path.name + "-journal")):
            path.unlink(missing_ok=True)

    def _migrate(self, legacy: Path) -> dict[str, Any]:
        """The records of a ``store.json``, moved into this SQLite file."""
        try:
            store: dict[str, Any] = json.loads(legacy.read_text(encoding="utf-8"))
            if not {"documents", "chunks"} <= store.keys():
                raise ValueError("no documents or chunks")
        except (OSError, ValueError) as error:
            raise IndexMismatchError(
                f"index manifest {legacy} is unreadable ({error}): run "
                "`assistant ingest --rebuild`") from error
        staged = StoreFile(self.path.with_name(f".{self.path.name}.migrating"))
        staged.discard()
        staged.write(store)
        os.replace(staged.path, self.path)
        legacy.unlink()
        logger.info("moved the index records of %s into %s", legacy, self.path)
        return store

    @contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        connection = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        try:
            connection.executescript(_SCHEMA)
            yield connection
        finally:
            connection.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self._connection() as connection:
                connection.execute("BEGIN IMMEDIATE")
                try:
                    yield connection
                except BaseException:
                    connection.execute("ROLLBACK")
                    raise
                connection.execute("COMMIT")
        except (OSError, sqlite3.OperationalError) as error:
            raise IndexWriteError(f"cannot write {self.path} ({error}): check disk space and "
                                  "rights") from error
        except sqlite3.DatabaseError as error:  # not a database, or a damaged one
            raise IndexWriteError(f"cannot write {self.path}: it is damaged ({error}); run "
                                  "`assistant ingest --rebuild`") from error


def _write_settings(connection: sqlite3.Connection, store: dict[str, Any]) -> None:
    connection.executemany(
        "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
        [(key, json.dumps(store.get(key))) for key in SETTINGS])


def _write_document(connection: sqlite3.Connection, store: dict[str, Any], doc_id: str) -> None:
    record = store["documents"][doc_id]
    connection.execute("INSERT OR REPLACE INTO documents (doc_id, record) VALUES (?, ?)",
                       (doc_id, json.dumps(record, ensure_ascii=False)))
    connection.executemany(
        "INSERT OR REPLACE INTO chunks (chunk_id, doc_id, record) VALUES (?, ?, ?)",
        [(chunk_id, doc_id, json.dumps(store["chunks"][chunk_id], ensure_ascii=False))
         for chunk_id in record["chunk_ids"]])


def chunk_record(chunk: Chunk) -> dict[str, Any]:
    """A chunk as the store keeps it, with its lexical tokens."""
    data = dataclasses.asdict(chunk)
    data["section"] = list(chunk.section)
    data["cells"] = [list(pair) for pair in chunk.cells]
    data["tokens"] = tokenize(chunk.search_text)
    return data


def chunk_from_record(data: dict[str, Any]) -> Chunk:
    """The chunk of a stored record."""
    fields = {f.name for f in dataclasses.fields(Chunk)}
    values = {key: value for key, value in data.items() if key in fields}
    values["section"] = tuple(values["section"])
    values["cells"] = tuple(tuple(pair) for pair in values.get("cells", ()))
    return Chunk(**values)
