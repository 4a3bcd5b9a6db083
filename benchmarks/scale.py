"""Scale benchmark: ingest and warm question time as the corpus grows.

Two kinds of corpus:

* **generated** (``--documents``): N deliberations written from a seeded template, in French
  administrative style (articles, a budget table, votes), all speaking of the same
  subjects with figures of their own, so that every document is a rival for a figure
  question. They are ingested for real into a temporary index, ``--step`` documents at a
  time as users add them, which gives the time per document as the index grows (the first
  and the last ``--step``), chunks embedded per second, and the index's size on disk.
* **grown** (``--grown``): the shipped corpus's index copied under new ids up to N
  documents, records and vectors alike. Nothing is re-embedded, so a 100k-chunk index is
  built in minutes instead of hours; the copies say the same things as the originals, so
  this measures time, not answers.

Over each index, the warm time per question (p50/p95 over every question of every pass):
the template's questions over the generated corpus, the dev set's over the grown one.

Usage:
    python benchmarks/scale.py          # generated: 5, 300, 3000 documents; grown: 180 copies
    python benchmarks/scale.py --documents 5 300 --grown --passes 2   # no grown index
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from store import add_copy  # benchmarks/store.py: a seed document under a new id

from assistant.chat import Assistant
from assistant.config import Settings
from assistant.index import Index
from assistant.store import StoreFile

ROOT = Path(__file__).resolve().parents[1]
QUESTIONS = (
    "Quel est le montant de la cotisation 2024 de l'association Alpha Santé ?",
    "Combien de conseillers ont voté pour la délibération sur la maison de santé ?",
    "Quelle subvention le bureau accorde-t-il au centre de santé en 2025 ?",
    "What is the 2024 membership fee of the Alpha Santé association?",
    "Qui préside le bureau communautaire ?",
    "Quel est le coût total du plan de financement ?",
    "Quelle est la durée de la convention ?",
)
SUBJECTS = ("la maison de santé pluriprofessionnelle", "le centre de santé intercommunal",
            "la communauté professionnelle territoriale de santé", "le dispositif de télémédecine",
            "le contrat local de santé", "l'équipe mobile de prévention")
FUNDERS = ("Agence régionale de santé", "Conseil départemental", "Région",
           "Caisse primaire d'assurance maladie", "Fonds européen FEDER")


def spaced(amount: int) -> str:
    """An amount as French documents write it: 125 000."""
    return f"{amount:,}".replace(",", " ")


def document(number: int) -> str:
    """A deliberation of its own numbers, on the subjects every other one speaks of."""
    draw = random.Random(number)
    subject = draw.choice(SUBJECTS)
    funders = draw.sample(FUNDERS, 3)
    amounts = [draw.randrange(5, 400) * 1000 for _ in funders]
    rows = "\n".join(f"| {funder} | {spaced(amount)} € |"
                     for funder, amount in zip(funders, amounts, strict=True))
    votes = (30 + number % 7, number % 3, number % 2)
    return (
        f"# DÉLIBÉRATION N° 2024-{number:04d} DU BUREAU COMMUNAUTAIRE DE LA COMMUNE {number}\n\n"
        f"Séance du {1 + number % 28} mars 2024, présidée par M. Jean Martin{number}, "
        "président.\n\n"
        f"Objet : {subject} – convention de financement et cotisation 2024.\n\n"
        "Vu le code général des collectivités territoriales ;\n\n"
        f"Considérant que {subject} répond aux besoins de santé du territoire ;\n\n"
        f"## Article 1er – Cotisation\n\nLe bureau fixe la cotisation 2024 de l'association "
        f"Alpha Santé à {1000 + 10 * number} € HT, soit {1200 + 12 * number} € TTC.\n\n"
        f"## Article 2 – Subvention\n\nUne subvention de {20000 + 100 * number} € est accordée "
        "au centre de santé pour l'année 2025. Elle est versée en deux fois : 60 % à la "
        "signature, le solde sur justificatifs.\n\n"
        f"## Article 3 – Plan de financement\n\nLe plan de financement de {subject} est "
        f"arrêté comme suit, pour un coût total de {spaced(sum(amounts))} €.\n\n"
        f"| Financeur | Montant |\n|---|---|\n{rows}\n\n"
        f"## Article 4 – Durée\n\nLa convention est conclue pour une durée de "
        f"{draw.choice((2, 3, 4, 5))} ans à compter de sa signature.\n\n"
        f"## Article 5 – Vote\n\nLe projet est approuvé. Pour : {votes[0]} ; Contre : "
        f"{votes[1]} ; Abstentions : {votes[2]}.\n\n"
        "## Article 6 – Exécution\n\nLa présente délibération est transmise au contrôle de "
        "légalité et publiée au recueil des actes administratifs.\n"
    )


def size_on_disk(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


def timed_questions(assistant: Assistant, questions: list[str], passes: int) -> dict[str, float]:
    """Warm p50/p95 in milliseconds over every question of every pass."""
    assistant.ask(questions[0])  # warm: the lexical index, the model, the first Chroma query
    times = []
    for _ in range(passes):
        for question in questions:
            began = time.perf_counter()
            assistant.ask(question)
            times.append((time.perf_counter() - began) * 1000)
    times.sort()
    return {"questions": len(questions), "question_p50_ms": round(statistics.median(times), 1),
            "question_p95_ms": round(times[min(len(times) - 1, int(0.95 * len(times)))], 1)}


def generated(documents: int, step: int, passes: int) -> dict[str, Any]:
    """A generated corpus ingested ``step`` documents at a time, then asked."""
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus"
        corpus.mkdir()
        settings = Settings(corpus_dir=corpus, index_dir=Path(folder) / "index", progress=False)
        index = Index(settings)
        per_document: list[float] = []
        embedded = 0
        began = time.perf_counter()
        for first in range(0, documents, step):
            paths = []
            for number in range(first, min(documents, first + step)):
                paths.append(corpus / f"deliberation-{number:04d}.md")
                paths[-1].write_text(document(number), "utf-8")
            started = time.perf_counter()
            embedded += index.ingest(paths).embedded
            per_document.append((time.perf_counter() - started) / len(paths))
        ingest_s = time.perf_counter() - began
        opened = time.perf_counter()
        assistant = Assistant(Index.open(settings))
        open_s = time.perf_counter() - opened
        return {"corpus": "generated", "documents": documents,
                "chunks": len(assistant.index.chunks()), "ingest_s": round(ingest_s, 1),
                "chunks_per_s": round(embedded / ingest_s, 1),
                "first_step_ms_per_document": round(per_document[0] * 1000),
                "last_step_ms_per_document": round(per_document[-1] * 1000),
                "ms_per_document_by_step": [round(value * 1000) for value in per_document],
                "index_mb": round(size_on_disk(settings.index_dir) / 2**20, 1),
                "open_s": round(open_s, 2),
                **timed_questions(assistant, list(QUESTIONS), passes)}


def grow(seed: Index, settings: Settings, copies: int) -> None:
    """``copies`` copies of the seed index's documents, records and vectors, in a new index."""
    store = StoreFile(seed.settings.store_path).read()
    assert store is not None
    chunks = seed.collection.get(include=["embeddings", "documents", "metadatas"])
    spans = seed.spans.get(include=["embeddings", "metadatas"])
    index = Index(settings)  # an empty index: its own collection name
    copied: dict[str, Any] = {**store, "collection": index.collection_name,
                              "documents": {}, "chunks": {}}
    for number in range(copies):
        prefix = f"c{number:05d}"
        for doc_id in store["documents"]:  # records under "<prefix>-<id>", as upsert names
            add_copy(copied, store, doc_id, prefix)
        upsert(index.collection, prefix, chunks, with_documents=True)
        upsert(index.spans, prefix, spans, with_documents=False)
    StoreFile(settings.store_path).write(copied)


def upsert(collection: Any, prefix: str, found: dict[str, Any], with_documents: bool) -> None:
    """The seed's vectors under ids and document ids with ``prefix``, 5,000 at a time."""
    for start in range(0, len(found["ids"]), 5000):
        part = slice(start, start + 5000)
        metadatas = []
        for meta in found["metadatas"][part]:
            meta = {**meta, "doc_id": f"{prefix}-{meta['doc_id']}"}
            if "chunk_id" in meta:
                meta["chunk_id"] = f"{prefix}-{meta['chunk_id']}"
            metadatas.append(meta)
        extra = {"documents": found["documents"][part]} if with_documents else {}
        collection.upsert(ids=[f"{prefix}-{key}" for key in found["ids"][part]],
                          embeddings=found["embeddings"][part], metadatas=metadatas, **extra)


def grown(copies: int, passes: int, questions: int) -> dict[str, Any]:
    """The shipped index copied ``copies`` times, then asked the dev set's questions."""
    seed = Index.open(Settings(progress=False))
    if not seed.documents():
        seed.ingest_first()
    asked = [json.loads(line)["question"] for line in
             (ROOT / "evals" / "dev.jsonl").read_text("utf-8").splitlines() if line.strip()]
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(corpus_dir=Path(folder) / "corpus", index_dir=Path(folder) / "index",
                            progress=False)
        began = time.perf_counter()
        grow(seed, settings, copies)
        built_s = time.perf_counter() - began
        opened = time.perf_counter()
        assistant = Assistant(Index.open(settings))
        open_s = time.perf_counter() - opened
        return {"corpus": "grown", "documents": len(assistant.index.documents()),
                "chunks": len(assistant.index.chunks()), "copy_s": round(built_s, 1),
                "index_mb": round(size_on_disk(settings.index_dir) / 2**20, 1),
                "open_s": round(open_s, 2),
                **timed_questions(assistant, asked[:questions], passes)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, nargs="*", default=[5, 300, 3000],
                        help="sizes of the generated corpus")
    parser.add_argument("--step", type=int, default=50, help="documents ingested at a time")
    parser.add_argument("--grown", type=int, nargs="*", default=[180],
                        help="copies of the shipped corpus (180: about 100k chunks)")
    parser.add_argument("--questions", type=int, default=40,
                        help="dev questions asked over a grown index")
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks/results/scale.json")
    args = parser.parse_args()
    results = []
    for documents in args.documents:
        results.append(generated(documents, args.step, args.passes))
        print(json.dumps(results[-1]), flush=True)  # noqa: T201
    for copies in args.grown:
        results.append(grown(copies, args.passes, args.questions))
        print(json.dumps(results[-1]), flush=True)  # noqa: T201
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
