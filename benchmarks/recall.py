"""Retrieval recall benchmark: is a gold clause among the first 5 / 10 chunks retrieved?

Asks every answerable question of every labelled set that is not frozen (the shipped
corpus's sets and evals/corpora's) and reads the chunks the answer was built on, in the
order retrieval ranked them. Used to judge a change of the lexical side (tokenizer,
stemmer, BM25) before and after: the change is kept only if recall does not drop.

Usage:
    python benchmarks/recall.py                       # prints a table, writes results/recall.json
    python benchmarks/recall.py --out /tmp/recall.json
"""

from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path
from typing import Any

from assistant.chat import Assistant
from assistant.config import Settings
from assistant.evaluation import Gold, load_questions
from assistant.sets import labelled_sets

ROOT = Path(__file__).resolve().parents[1]
DEPTHS = (1, 5, 10)


def _holds(located: tuple[str, int, int], gold: Gold) -> bool:
    doc_id, start, end = located
    return doc_id == gold.doc_id and start < gold.end and gold.start < end


def recall(settings: Settings) -> dict[str, dict[str, Any]]:
    """Per set: questions asked, the share with a gold clause in the first k chunks, and
    the questions with none in the first 10."""
    out: dict[str, dict[str, Any]] = {}
    for labelled in labelled_sets(ROOT / "evals"):
        if labelled.questions is None:
            continue
        index = labelled.index(settings)
        assistant = Assistant(index)
        found = {depth: 0 for depth in DEPTHS}
        missed: list[str] = []
        asked = 0
        for question in load_questions(labelled.questions, index):
            if not question.answerable:
                continue
            asked += 1
            answer = assistant.ask(question.question, list(question.history))
            located = [(c.doc_id, c.start, c.end)
                       for c in (index.chunk(chunk_id) for chunk_id in answer.retrieved)]
            for depth in DEPTHS:
                hit = any(_holds(place, gold) for place in located[:depth]
                          for gold in question.gold)
                found[depth] += hit
            if not hit:
                missed.append(question.id)
        out[labelled.name] = {"questions": asked,
                              **{f"recall@{d}": round(found[d] / max(asked, 1), 4)
                                 for d in DEPTHS}, "missed@10": missed}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks/results/recall.json")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    results = recall(Settings(progress=False))
    pooled = {name: sum(r["questions"] for r in results.values()) for name in ("questions",)}
    for depth in DEPTHS:
        key = f"recall@{depth}"
        pooled[key] = round(sum(r[key] * r["questions"] for r in results.values())
                            / max(pooled["questions"], 1), 4)
    results["pooled"] = pooled
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    print(f"{'set':32} {'n':>4} " + " ".join(f"{'@' + str(d):>6}" for d in DEPTHS))  # noqa: T201
    for name, row in results.items():
        print(f"{name:32} {row['questions']:>4} "  # noqa: T201
              + " ".join(f"{100 * row[f'recall@{d}']:6.1f}" for d in DEPTHS))


if __name__ == "__main__":
    main()
