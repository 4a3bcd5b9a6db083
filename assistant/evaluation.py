"""Metrics over a question set or a claim set.

A question set is JSONL (see ``evals/dev.jsonl``): each question has its kind, language,
history, whether the corpus answers it, the gold places (document, locator, exact quote)
and the figures the answer must state. Its metrics: correct answers, figures, citations,
abstention, latency.

A claim set (``evals/claims_dev.jsonl``) has a "claim" field instead: each claim has its
expected verdict, the kind of error a contradicted claim makes and the gold clauses. Its
metrics: verdict accuracy overall, by expected verdict and by error kind, macro-F1, the
evidence cited at the gold clause, latency.
"""

from __future__ import annotations

import json
import logging
import re
import statistics
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from assistant.errors import AssistantError
from assistant.figures import mentions
from assistant.index import Index
from assistant.types import Answer, Citation, Verdict

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


def _document_text(index: Index, doc_id: str, path: Path, number: int) -> str:
    """The text of a gold document, or an error naming the line that cites an unknown one."""
    if doc_id not in {record.doc_id for record in index.documents()}:
        raise AssistantError(f"{path}:{number}: no document '{doc_id}' in the index the set is "
                             "asked of; `assistant chunks` lists the document ids")
    return index.document(doc_id).text


def load_questions(path: Path, index: Index) -> list[Question]:
    """Read a question set, locating every gold quote in its document's text."""
    questions = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        data = json.loads(line)
        gold: list[Gold] = []
        for entry in data.get("gold", []):
            text = _document_text(index, entry["doc_id"], path, number)
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
        "latency_p95_ms": percentile(latencies, 0.95),
    }


def percentile(values: list[float], share: float) -> float | None:
    """The value at ``share`` of sorted ``values`` (None when there are none)."""
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


class Reportable(Protocol):
    """A report that can be written: a name, its JSON and its Markdown."""

    name: str

    def to_json(self) -> dict[str, object]: ...  # noqa: D102

    def markdown(self) -> str: ...  # noqa: D102


def write_report(report: Reportable, folder: Path) -> tuple[Path, Path]:
    """Write ``<set>.json`` and ``<set>.md`` into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    json_path = folder / f"{report.name}.json"
    markdown_path = folder / f"{report.name}.md"
    json_path.write_text(json.dumps(report.to_json(), ensure_ascii=False, indent=1), "utf-8")
    markdown_path.write_text(report.markdown(), "utf-8")
    return json_path, markdown_path


# -- claim sets ---------------------------------------------------------------------------

#: The verdicts a claim can get, in the order reports show them.
VERDICTS = ("supported", "contradicted", "not_in_corpus")


@dataclass(frozen=True)
class ClaimCase:
    """One claim of a claim set (``evals/claims_dev.jsonl``).

    ``verdict`` is the expected one; ``error`` the kind of mistake a contradicted claim
    makes (ht_ttc, envelope, year, measure, vote_row, date, count, body), "" otherwise;
    ``gold`` the clauses that support or contradict it.
    """

    id: str
    claim: str
    verdict: str
    error: str
    gold: tuple[Gold, ...]
    figures: tuple[str, ...]


@dataclass(frozen=True)
class ClaimOutcome:
    """How one verdict fared: right verdict, and the evidence at the gold clause."""

    case: ClaimCase
    verdict: Verdict
    evidence_ok: bool
    first_evidence_ok: bool

    @property
    def correct(self) -> bool:
        """The verdict is the expected one."""
        return self.verdict.verdict == self.case.verdict


def is_claim_set(path: Path) -> bool:
    """Whether a JSONL set holds claims (a "claim" field) rather than questions."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            return "claim" in json.loads(line)
    return False


def locate(text: str, quote: str) -> list[tuple[int, int]]:
    """Every place of ``quote`` in ``text``, whitespace runs matching any whitespace run."""
    pattern = r"\s+".join(re.escape(word) for word in quote.split())
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)] if pattern else []


def load_claims(path: Path, index: Index) -> list[ClaimCase]:
    """Read a claim set, locating every gold quote in its document's text.

    A quote may differ from the text in its whitespace only (the contract compares
    quotes after collapsing whitespace).
    """
    cases = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        data = json.loads(line)
        gold: list[Gold] = []
        for entry in data.get("gold", []):
            places = locate(_document_text(index, entry["doc_id"], path, number), entry["quote"])
            if not places:
                raise AssistantError(
                    f"{path}:{number}: gold quote not found in {entry['doc_id']}; "
                    "quotes must be substrings of the cleaned document text"
                )
            gold.extend(Gold(entry["doc_id"], entry.get("locator", ""), entry["quote"], start,
                             end) for start, end in places)
        if data["verdict"] not in VERDICTS:
            raise AssistantError(f"{path}:{number}: verdict must be one of {', '.join(VERDICTS)}")
        cases.append(ClaimCase(
            id=data["id"], claim=data["claim"], verdict=data["verdict"],
            error=data.get("error") or "", gold=tuple(gold),
            figures=tuple(data.get("figures", [])),
        ))
    return cases


def judge_claim(case: ClaimCase, verdict: Verdict) -> ClaimOutcome:
    """Score one verdict: any citation, and the first, at a gold clause."""
    at_gold = [any(at_clause(c.doc_id, c.start, c.end, gold) for gold in case.gold)
               for c in verdict.citations]
    return ClaimOutcome(case, verdict, any(at_gold), bool(at_gold and at_gold[0]))


def claim_metrics(outcomes: list[ClaimOutcome]) -> dict[str, float | int | None]:
    """Verdict accuracy, macro-F1, evidence at the gold clause and latency."""
    evidenced = [o for o in outcomes if o.case.verdict != "not_in_corpus"]
    latencies = sorted(o.verdict.latency_ms for o in outcomes)
    return {
        "claims": len(outcomes),
        "accuracy": _rate(o.correct for o in outcomes),
        # F1 over the three verdicts is only meaningful on claims of several verdicts
        "macro_f1": macro_f1(outcomes) if len({o.case.verdict for o in outcomes}) > 1
        else None,
        "evidence_at_clause": _rate(o.correct and o.evidence_ok for o in evidenced),
        "first_evidence_at_clause": _rate(o.correct and o.first_evidence_ok for o in evidenced),
        "latency_p50_ms": statistics.median(latencies) if latencies else None,
        "latency_p95_ms": percentile(latencies, 0.95),
    }


def macro_f1(outcomes: list[ClaimOutcome]) -> float:
    """Mean over the three verdicts of the F1 of predicting that verdict."""
    scores = []
    for label in VERDICTS:
        predicted = sum(o.verdict.verdict == label for o in outcomes)
        expected = sum(o.case.verdict == label for o in outcomes)
        right = sum(o.verdict.verdict == label == o.case.verdict for o in outcomes)
        precision = right / predicted if predicted else 0.0
        recall = right / expected if expected else 0.0
        scores.append(2 * precision * recall / (precision + recall) if right else 0.0)
    return sum(scores) / len(scores)


CLAIM_METRIC_NAMES = {
    "claims": "claims",
    "accuracy": "verdict accuracy",
    "macro_f1": "macro-F1",
    "evidence_at_clause": "evidence at clause",
    "first_evidence_at_clause": "1st evidence at clause",
    "latency_p50_ms": "p50 ms",
    "latency_p95_ms": "p95 ms",
}


@dataclass
class ClaimReport:
    """Claim-checking metrics overall, by expected verdict and by error kind.

    ``evidence_at_clause`` counts the supported and contradicted claims given the right
    verdict with a citation at a gold clause (``first_…``: the first citation).
    """

    name: str
    metrics: dict[str, float | int | None]
    by_verdict: dict[str, dict[str, float | int | None]]
    by_error: dict[str, dict[str, float | int | None]]
    confusion: dict[str, dict[str, int]]
    outcomes: list[ClaimOutcome] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        """Report as JSON: metrics, confusion matrix and one line per claim."""
        return {
            "set": self.name,
            "metrics": self.metrics,
            "by_verdict": self.by_verdict,
            "by_error": self.by_error,
            "confusion": self.confusion,
            "claims": [
                {
                    "id": o.case.id,
                    "claim": o.case.claim,
                    "expected": o.case.verdict,
                    "error": o.case.error or None,
                    "verdict": o.verdict.verdict,
                    "correct": o.correct,
                    "evidence_ok": o.evidence_ok,
                    "first_evidence_ok": o.first_evidence_ok,
                    "latency_ms": round(o.verdict.latency_ms, 1),
                    "explanation": o.verdict.explanation,
                    "citations": [c.label for c in o.verdict.citations],
                    "gold": [g.locator for g in o.case.gold],
                }
                for o in self.outcomes
            ],
        }

    def markdown(self) -> str:
        """Report as Markdown: metrics overall, by verdict and by error, confusion, failures."""
        columns = list(CLAIM_METRIC_NAMES)
        head = "| | " + " | ".join(CLAIM_METRIC_NAMES[c] for c in columns) + " |"
        rule = "|---" * (len(columns) + 1) + "|"
        lines = [f"# Evaluation: {self.name}", "", head, rule]
        rows = [("all", self.metrics),
                *((f"expected {name}", values) for name, values in self.by_verdict.items()),
                *((f"error {name}", values) for name, values in self.by_error.items())]
        for name, values in rows:
            lines.append(f"| {name} | " + " | ".join(format_metric(values.get(c))
                                                       for c in columns) + " |")
        lines += ["", "## Confusion (rows: expected, columns: verdict)", "",
                  "| | " + " | ".join(VERDICTS) + " |", "|---" * (len(VERDICTS) + 1) + "|"]
        for expected in VERDICTS:
            counts = self.confusion.get(expected, {})
            lines.append(f"| {expected} | "
                         + " | ".join(str(counts.get(v, 0)) for v in VERDICTS) + " |")
        failures = [o for o in self.outcomes if not o.correct
                    or (o.case.verdict != "not_in_corpus" and not o.evidence_ok)]
        if failures:
            lines += ["", "## Not right", ""]
            for o in failures:
                cited = ", ".join(c.label for c in o.verdict.citations[:2]) or "—"
                kind = f"{o.case.verdict}/{o.case.error}" if o.case.error else o.case.verdict
                gold = ", ".join(dict.fromkeys(g.locator for g in o.case.gold))
                lines.append(
                    f"- {o.case.id} ({kind}) {o.case.claim} → {o.verdict.verdict}, cited "
                    f"{cited}; gold: {gold or 'not in corpus'}"
                )
        return "\n".join(lines) + "\n"


def evaluate_claims(
    name: str, cases: list[ClaimCase], check: Callable[[ClaimCase], Verdict]
) -> ClaimReport:
    """Check every claim and score the verdicts.

    Args:
        name: the set's name, for the report.
        cases: the claim set.
        check: the verdict on one claim.
    """
    outcomes = [judge_claim(case, check(case)) for case in cases]
    by_verdict = {
        label: claim_metrics([o for o in outcomes if o.case.verdict == label])
        for label in VERDICTS if any(o.case.verdict == label for o in outcomes)
    }
    by_error = {
        error: claim_metrics([o for o in outcomes if o.case.error == error])
        for error in sorted({o.case.error for o in outcomes} - {""})
    }
    confusion = {
        expected: {verdict: sum(o.case.verdict == expected and o.verdict.verdict == verdict
                                for o in outcomes) for verdict in VERDICTS}
        for expected in VERDICTS
    }
    return ClaimReport(name, claim_metrics(outcomes), by_verdict, by_error, confusion, outcomes)


# -- cross-validation ---------------------------------------------------------------------


@dataclass
class CVReport:
    """Leave-one-set-out results: each set scored by a model that never saw it.

    ``pooled`` holds the metrics over all questions of the sets of new documents
    (``evals/corpora``), and over those of the shipped corpus's sets.
    """

    name: str
    by_set: dict[str, dict[str, float | int | None]]
    pooled: dict[str, dict[str, float | int | None]]

    def to_json(self) -> dict[str, object]:
        """Report as JSON."""
        return {"set": self.name, "pooled": self.pooled, "by_set": self.by_set}

    def markdown(self) -> str:
        """Report as a Markdown table: pooled rows first, then one row per set."""
        columns = list(METRIC_NAMES)
        lines = [f"# Leave-one-set-out cross-validation: {self.name}", "",
                 "| | " + " | ".join(METRIC_NAMES[c] for c in columns) + " |",
                 "|---" * (len(columns) + 1) + "|"]
        for name, values in [*self.pooled.items(), *self.by_set.items()]:
            lines.append(f"| {name} | " + " | ".join(format_metric(values.get(c))
                                                       for c in columns) + " |")
        return "\n".join(lines) + "\n"


def cv_report(sets: list[Any], reports: list[Any]) -> CVReport:
    """The cross-validation summary of per-set reports (``sets[i]`` scored by ``reports[i]``)."""
    new = [r for s, r in zip(sets, reports, strict=True) if s.docs is not None]
    shipped = [r for s, r in zip(sets, reports, strict=True) if s.docs is None]
    pooled = {}
    for label, group in (("new documents (pooled)", new), ("shipped corpus (pooled)", shipped)):
        if group:
            pooled[label] = metrics([o for report in group for o in report.outcomes])
    return CVReport("cv", {s.name: r.metrics for s, r in zip(sets, reports, strict=True)},
                    pooled)
