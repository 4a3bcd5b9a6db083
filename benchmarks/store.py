"""Store benchmark: the time to commit one document, and to open the index, as it grows.

The records of the shipped corpus's five documents (texts, metadata, chunks and their
tokens: what `assistant ingest` stores besides vectors) are copied under new ids up to N
documents. For each N, one more document is committed several times, by the SQLite
store (`assistant/store.py`, one transaction of that document's rows) and, for
comparison, as earlier versions did (the whole index rewritten as one JSON file, synced
and renamed); and the index's records are read back as when an index is opened.

Usage:
    python benchmarks/store.py                          # 50, 300, 1000 and 3000 documents
    python benchmarks/store.py --documents 50 300 --json-up-to 300
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from assistant.config import Settings
from assistant.index import Index
from assistant.store import StoreFile

ROOT = Path(__file__).resolve().parents[1]


def grown(seed: dict[str, Any], count: int) -> dict[str, Any]:
    """A store of ``count`` documents: the seed's documents copied under new ids."""
    store = {key: value for key, value in seed.items() if key not in ("documents", "chunks")}
    store["documents"], store["chunks"] = {}, {}
    originals = sorted(seed["documents"])
    for number in range(count):
        add_copy(store, seed, originals[number % len(originals)], f"copy{number:05d}")
    return store


def add_copy(store: dict[str, Any], seed: dict[str, Any], doc_id: str, prefix: str) -> str:
    """One of the seed's documents added to ``store`` under a new id; that id."""
    new_id = f"{prefix}-{doc_id}"
    record = copy.deepcopy(seed["documents"][doc_id])
    record["chunk_ids"] = [f"{prefix}-{chunk_id}" for chunk_id in record["chunk_ids"]]
    for old, new in zip(seed["documents"][doc_id]["chunk_ids"], record["chunk_ids"],
                        strict=True):
        chunk = dict(seed["chunks"][old], id=new, doc_id=new_id)
        store["chunks"][new] = chunk
    store["documents"][new_id] = record
    return new_id


def json_commit(store: dict[str, Any], path: Path) -> None:
    """What earlier versions did after every document: the whole index rewritten."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".json")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        json.dump(store, out, ensure_ascii=False)
        out.flush()
        os.fsync(out.fileno())
    os.replace(temporary, path)


def measure(seed: dict[str, Any], count: int, commits: int, with_json: bool) -> dict[str, Any]:
    store = grown(seed, count)
    first = sorted(seed["documents"])[0]
    with tempfile.TemporaryDirectory() as folder:
        sqlite_file = StoreFile(Path(folder) / "store.sqlite")
        sqlite_file.write(store)
        times = []
        for number in range(commits):
            doc_id = add_copy(store, seed, first, f"new{number}")
            began = time.perf_counter()
            sqlite_file.commit(store, doc_id)
            times.append(time.perf_counter() - began)
        began = time.perf_counter()
        sqlite_file.read()
        opened = time.perf_counter() - began
        row: dict[str, Any] = {
            "documents": count, "chunks": len(store["chunks"]),
            "sqlite_bytes": sqlite_file.path.stat().st_size,
            "sqlite_commit_ms": round(statistics.median(times) * 1000, 1),
            "sqlite_open_s": round(opened, 2),
        }
        if with_json:
            path = Path(folder) / "store.json"
            times = []
            for _ in range(commits):
                began = time.perf_counter()
                json_commit(store, path)
                times.append(time.perf_counter() - began)
            began = time.perf_counter()
            json.loads(path.read_text(encoding="utf-8"))
            row |= {"json_bytes": path.stat().st_size,
                    "json_commit_ms": round(statistics.median(times) * 1000, 1),
                    "json_open_s": round(time.perf_counter() - began, 2)}
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, nargs="+", default=[50, 300, 1000, 3000])
    parser.add_argument("--commits", type=int, default=5, help="commits timed at each size")
    parser.add_argument("--json-up-to", type=int, default=1000,
                        help="the JSON rewrite is timed up to this many documents")
    args = parser.parse_args()
    index = Index.open(Settings(progress=False))
    if not index.documents():
        index.ingest_first()
    seed = StoreFile(index.settings.store_path).read()
    assert seed is not None
    rows = []
    for count in args.documents:
        row = measure(seed, count, args.commits, count <= args.json_up_to)
        print(json.dumps(row), flush=True)
        rows.append(row)
    out = ROOT / "benchmarks" / "results" / "store.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    print(f"written {out}")


if __name__ == "__main__":
    main()
