"""Ingest benchmark: cold ingest, warm (unchanged) re-ingest, chunks per second, peak memory.

Usage:
    python benchmarks/ingest.py                 # the text corpus in corpus/
    python benchmarks/ingest.py --pdf           # the PDF renderings in ../shared/pdf
    python benchmarks/ingest.py --corpus DIR    # any folder
"""

from __future__ import annotations

import argparse
import json
import resource
import tempfile
import time
from pathlib import Path

from assistant.config import Settings
from assistant.index import Index

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    parser.add_argument("--pdf", action="store_true", help="use ../shared/pdf")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results")
    args = parser.parse_args()
    corpus = ROOT.parent / "shared" / "pdf" if args.pdf else args.corpus

    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(corpus_dir=corpus, index_dir=Path(folder), progress=False)
        began = time.perf_counter()
        cold = Index(settings).ingest()
        cold_seconds = time.perf_counter() - began
        began = time.perf_counter()
        warm = Index(settings).ingest()
        warm_seconds = time.perf_counter() - began
        index = Index(settings)
        per_document = {record.doc_id: len(record.chunk_ids) for record in index.documents()}
        pages = {record.doc_id: len(record.pages) for record in index.documents()}

    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result = {
        "corpus": str(corpus),
        "documents": len(per_document),
        "chunks": cold.chunks,
        "cold_ingest_s": round(cold_seconds, 2),
        "warm_reingest_s": round(warm_seconds, 3),
        "warm_embedded": warm.embedded,
        "chunks_per_s_cold": round(cold.chunks / cold_seconds, 1),
        "peak_rss_mib": round(peak_mib, 1),
        "chunks_per_document": per_document,
        "pages_per_document": pages,
        "failed": [f"{failure.path.name}: {failure.reason}" for failure in cold.failed],
    }
    print(f"corpus              {corpus}")
    print(f"documents           {result['documents']}  ({cold.chunks} chunks)")
    print(f"cold ingest         {cold_seconds:.2f} s  ({result['chunks_per_s_cold']} chunks/s)")
    print(f"warm re-ingest      {warm_seconds * 1000:.1f} ms  ({warm.embedded} chunks embedded)")
    print(f"peak memory (RSS)   {peak_mib:.0f} MiB")
    for doc_id, count in per_document.items():
        page_note = f", {pages[doc_id]} pages" if pages[doc_id] else ""
        print(f"  {count:4d} chunks  {doc_id}{page_note}")
    args.out.mkdir(parents=True, exist_ok=True)
    name = "ingest-pdf.json" if args.pdf else "ingest.json"
    (args.out / name).write_text(json.dumps(result, ensure_ascii=False, indent=2), "utf-8")


if __name__ == "__main__":
    main()
