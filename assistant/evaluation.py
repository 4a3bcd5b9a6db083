"""Metrics over a question set: correct answers, figures, citations, abstention, latency.

A question set is JSONL (see ``evals/dev.jsonl``): each question has its kind, language,
history, whether the corpus answers it, the gold places (document, locator, exact quote)
and the figures the answer must state.
"""

from __future__ import annotations

import json
import logging
import re
import statistics
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from assistant.errors import AssistantError
from assistant.figures import mentions
from assistant.index import Index
from assistant.types import Answer, Citation

logger = logging.getLogger(__name__)

#: A citation that contains the gold clause may be this much longer and still be "at the
#: clause": a sentence or a short article, not a page.
CLAUSE_SLACK = 400


@dataclass(frozen=True)
class Gold:
    """A place of a document that answers: the exact quote and its offsets."""

    doc_id: str
    locator: str
    quote: str
    start: int
    end: int


@dataclass(frozen=True)
class Question:
    """One question of an evaluation set."""

    id: str
    kind: str
    lang: str
    question: str
    history: tuple[str, ...]
    answerable: bool
    gold: tuple[Gold, ...]
    figures: tuple[str, ...]


@dataclass(frozen=True)
class Outcome:
    """How one answer fared."""

    question: Question
    answer: Answer
    figures_ok: bool
    first_citation_ok: bool
    top3_ok: bool

    @property
    def correct(self) -> bool:
        """Answered, with the figures present and the first citation at the right clause."""
        if not self.question.answerable:
            return self.answer.abstained
        return not self.answer.abstained and self.figures_ok and self.first_citation_ok


@dataclass
class Report:
    """Metrics overall and by kind, with every outcome."""

    name: str
    metrics: dict[str, float | int | None]
    by_kind: dict[str, dict[str, float | int | None]]
    outcomes: list[Outcome] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        """Report as JSON: metrics and one line per question."""
        return {
            "set": self.name,
            "metrics": self.metrics,
            "by_kind": self.by_kind,
            "questions": [
                {
                    "id": o.question.id,
                    "kind": o.question.kind,
                    "question": o.question.question,
                    "correct": o.correct,
                    "abstained": o.answer.abstained,
                    "figures_ok": o.figures_ok,
                    "first_citation_ok": o.first_citation_ok,
                    "top3_ok": o.top3_ok,
                    "latency_ms": round(o.answer.latency_ms, 1),
                    "answer": o.answer.answer,
                    "first_citation": o.answer.citations[0].label if o.answer.citations else None,
                    "gold": [g.locator for g in o.question.gold],
                }
                for o in self.outcomes
            ],
        }

    def markdown(self) -> str:
        """Report as a Markdown table (overall and by kind), then the failures."""
        columns = list(METRIC_NAMES)
        lines = [f"# Evaluation: {self.name}", "", "| | " + " | ".join(
            METRIC_NAMES[c] for c in columns) + " |", "|---" * (len(columns) + 1) + "|"]
        rows = [("all", self.metrics), *sorted(self.by_kind.items())]
        for name, values in rows:
            cells = " | ".join(format_metric(values.get(c)) for c in columns)
            lines.append(f"| {name} | {cells} |")
        failures = [o for o in self.outcomes if not o.correct]
        if failures:
            lines += ["", "## Not correct", ""]
            for o in failures:
                first = o.answer.citations[0].label if o.answer.citations else "—"
                lines.append(
                    f"- {o.question.id} ({o.question.kind}) {o.question.question} → "
                    f"{'abstained' if o.answer.abstained else 'cited ' + first}; gold: "
                    f"{', '.join(g.locator for g in o.question.gold) or 'not in corpus'}"
                )
        return "\n".join(lines) + "\n"


METRIC_NAMES = {
    "questions": "questions",
    "correct": "correct (answerable)",
    "figure_accuracy": "figures",
    "first_citation": "1st citation at clause",
    "top3": "gold in top 3",
    "abstention": "abstention (unanswerable)",
    "false_abstention": "false abstentions",
    "latency_p50_ms": "p50 ms",
    "latency_p95_ms": "p95 ms",
}


def format_metric(value: float | int | None) -> str:
    """A metric as shown in reports: shares as percentages, milliseconds as integers."""
    if value is None:
        return "—"
    if isinstance(value, float) and value <= 1.0:
        return f"{value:.1%}"
    return f"{value:.0f}" if isinstance(value, float) else str(value)


def load_questions(path: Path, index: Index) -> list[Question]:
    """Read a question set, locating every gold quote in its document's text."""
    questions = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        data = json.loads(line)
        gold: list[Gold] = []
        for entry in data.get("gold", []):
            text = index.document(entry["doc_id"]).text
            # Whitespace aside, as the contract compares quotes.
            pattern = r"\s+".join(re.escape(word) for word in entry["quote"].split())
            found = list(re.finditer(pattern, text))
            if not found:
                raise AssistantError(
                    f"{path}:{number}: gold quote not found in {entry['doc_id']}; quotes must "
                    "be exact substrings of the cleaned document text (whitespace aside)"
                )
            # A quote written twice (a table of contents, then the heading) is right anywhere.
            gold.extend(Gold(entry["doc_id"], entry.get("locator", ""), entry["quote"],
                             match.start(), match.end()) for match in found)
        questions.append(Question(
            id=data["id"], kind=data.get("kind", ""), lang=data.get("lang", "fr"),
            question=data["question"], history=tuple(data.get("history", [])),
            answerable=bool(data.get("answerable", True)), gold=tuple(gold),
            figures=tuple(data.get("figures", [])),
        ))
    return questions


def at_clause(doc_id: str, start: int, end: int, gold: Gold) -> bool:
    """Whether a cited span is the gold clause: inside it, or holding it without a page more."""
    if doc_id != gold.doc_id:
        return False
    overlap = min(end, gold.end) - max(start, gold.start)
    if overlap <= 0:
        return False
    if gold.start <= start and end <= gold.end:
        return True
    if start <= gold.start and gold.end <= end:
        return (end - start) <= (gold.end - gold.start) + CLAUSE_SLACK
    return overlap >= 0.5 * min(end - start, gold.end - gold.start)


def judge(question: Question, answer: Answer, retrieved: list[tuple[str, int, int]]) -> Outcome:
    """Score one answer; ``retrieved`` is (doc_id, start, end) of the top chunks, best first."""
    figures_ok = all(mentions(figure, answer.answer) for figure in question.figures)
    first: Citation | None = answer.citations[0] if answer.citations else None
    first_ok = first is not None and any(
        at_clause(first.doc_id, first.start, first.end, gold) for gold in question.gold
    )
    top3_ok = any(
        doc_id == gold.doc_id and start < gold.end and gold.start < end
        for doc_id, start, end in retrieved[:3] for gold in question.gold
    )
    return Outcome(question, answer, figures_ok, first_ok, top3_ok)


def _rate(values: Iterable[bool]) -> float | None:
    values = list(values)
    return sum(values) / len(values) if values else None


def metrics(outcomes: list[Outcome]) -> dict[str, float | int | None]:
    """The suite's numbers for a list of outcomes."""
    answerable = [o for o in outcomes if o.question.answerable]
    unanswerable = [o for o in outcomes if not o.question.answerable]
    with_figures = [o for o in answerable if o.question.figures]
    latencies = sorted(o.answer.latency_ms for o in outcomes)
    return {
        "questions": len(outcomes),
        "correct": _rate(o.correct for o in answerable),
        "figure_accuracy": _rate(o.figures_ok and not o.answer.abstained for o in with_figures),
        "first_citation": _rate(o.first_citation_ok for o in answerable),
        "top3": _rate(o.top3_ok for o in answerable),
        "abstention": _rate(o.answer.abstained for o in unanswerable),
        "false_abstention": _rate(o.answer.abstained for o in answerable),
        "latency_p50_ms": statistics.median(latencies) if latencies else None,
        "latency_p95_ms": _percentile(latencies, 0.95),
    }


def _percentile(values: list[float], share: float) -> float | None:
    if not values:
        return None
    position = min(len(values) - 1, max(0, round(share * len(values) + 0.5) - 1))
    return values[position]


def evaluate(
    name: str,
    questions: list[Question],
    ask: Callable[[Question], Answer],
    locate: Callable[[str], tuple[str, int, int]],
) -> Report:
    """Ask every question and score the answers.

    Args:
        name: the set's name, for the report.
        questions: the question set.
        ask: answers one question (with its history).
        locate: (doc_id, start, end) of a retrieved chunk id.
    """
    outcomes = []
    for question in questions:
        answer = ask(question)
        retrieved = [locate(chunk_id) for chunk_id in answer.retrieved]
        outcomes.append(judge(question, answer, retrieved))
    by_kind = {
        kind: metrics([o for o in outcomes if o.question.kind == kind])
        for kind in sorted({o.question.kind for o in outcomes})
    }
    return Report(name, metrics(outcomes), by_kind, outcomes)


def write_report(report: Report, folder: Path) -> tuple[Path, Path]:
    """Write ``<set>.json`` and ``<set>.md`` into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    json_path = folder / f"{report.name}.json"
    markdown_path = folder / f"{report.name}.md"
    json_path.write_text(json.dumps(report.to_json(), ensure_ascii=False, indent=1), "utf-8")
    markdown_path.write_text(report.markdown(), "utf-8")
    return json_path, markdown_path
