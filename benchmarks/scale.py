"""Scale benchmark: warm question time as the corpus grows.

Generates corpora of N small deliberations that all speak of the same subjects (each with
its own figures, so every document is a candidate rival for a figure question), ingests
each into a temporary index, and times the same questions over it (best of the passes).

Usage:
    python benchmarks/scale.py                      # 20 and 160 documents
    python benchmarks/scale.py --documents 20 80 320 --passes 3
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

from assistant.chat import Assistant
from assistant.config import Settings
from assistant.index import Index

ROOT = Path(__file__).resolve().parents[1]
QUESTIONS = (
    "Quel est le montant de la cotisation 2024 de l'association Alpha Santé ?",
    "Combien de conseillers ont voté pour la délibération sur la maison de santé ?",
    "Quelle subvention le bureau accorde-t-il au centre de santé en 2025 ?",
    "What is the 2024 membership fee of the Alpha Santé association?",
    "Qui préside le bureau communautaire ?",
)


def document(number: int) -> str:
    """A deliberation of its own numbers, on the subjects every other one speaks of."""
    return (
        f"DÉLIBÉRATION N° 2024-{number:04d} DU BUREAU COMMUNAUTAIRE DE LA COMMUNE {number}\n\n"
        f"Séance présidée par M. Jean Martin{number}, président.\n\n"
        f"Article 1er – Le bureau fixe la cotisation 2024 de l'association Alpha Santé à "
        f"{1000 + 10 * number} € HT, soit {1200 + 12 * number} € TTC.\n\n"
        f"Article 2 – Une subvention de {20000 + 100 * number} € est accordée au centre de "
        "santé pour l'année 2025.\n\n"
        f"Article 3 – Le projet de maison de santé est approuvé. Pour : {30 + number % 7} ; "
        f"Contre : {number % 3} ; Abstentions : {number % 2}.\n\n"
        "Article 4 – La présente délibération est transmise au contrôle de légalité.\n"
    )


def measure(documents: int, passes: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus"
        corpus.mkdir()
        for number in range(documents):
            (corpus / f"deliberation-{number:04d}.txt").write_text(document(number), "utf-8")
        settings = Settings(corpus_dir=corpus, index_dir=Path(folder) / "index", progress=False)
        began = time.perf_counter()
        report = Index(settings).ingest()
        ingest_s = time.perf_counter() - began
        assistant = Assistant(Index.open(settings))
        assistant.ask(QUESTIONS[0])  # warm
        best: list[float] = []
        for _ in range(passes):
            times = []
            for question in QUESTIONS:
                start = time.perf_counter()
                assistant.ask(question)
                times.append((time.perf_counter() - start) * 1000)
            if not best or statistics.median(times) < statistics.median(best):
                best = times
        return {"documents": documents, "chunks": report.embedded,
                "ingest_s": round(ingest_s, 1),
                "question_p50_ms": round(statistics.median(best), 1),
                "question_max_ms": round(max(best), 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, nargs="+", default=[20, 160])
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks/results/scale.json")
    args = parser.parse_args()
    results = [measure(n, args.passes) for n in args.documents]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    for row in results:
        print(json.dumps(row))  # noqa: T201


if __name__ == "__main__":
    main()
