"""A question set answered with and without the writer model, side by side.

``assistant eval --llm`` asks each question once, then has the model write from the
same ranked passages, so the two runs differ only by the model. The report gives, for
both runs, correct answers, figures and first citations by kind; how many written
answers were kept and why the others fell back; the writing latency; and which
questions the model made right or wrong. Verification is what keeps the second run
from being lower than the first: ``lost`` must stay empty.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

from assistant.evaluation import Report, format_metric, percentile
from assistant.verification import unsupported

#: The metrics set side by side, by kind and overall.
COMPARED = {"correct": "correct", "figure_accuracy": "figures",
            "first_citation": "1st citation", "abstention": "abstention"}


@dataclass(frozen=True)
class Written:
    """What became of the answers the model was asked to write (the non-abstentions)."""

    asked: int
    kept: int
    fallbacks: dict[str, int]
    p50_ms: float | None
    p95_ms: float | None
    first_p50_ms: float | None
    first_p95_ms: float | None
    unsupported: int
    gained: tuple[str, ...]
    lost: tuple[str, ...]

    def to_json(self) -> dict[str, object]:
        """As in the report's JSON."""
        return {"answers_written": self.asked, "kept": self.kept,
                "kept_rate": self.kept / self.asked if self.asked else None,
                "fallbacks": self.fallbacks, "writing_p50_ms": self.p50_ms,
                "writing_p95_ms": self.p95_ms, "first_words_p50_ms": self.first_p50_ms,
                "first_words_p95_ms": self.first_p95_ms,
                "shown_with_a_figure_no_cited_passage_states": self.unsupported,
                "gained": list(self.gained), "lost": list(self.lost)}


@dataclass
class LLMReport:
    """Two reports of one set, without and with the writer model."""

    name: str
    without: Report
    with_llm: Report
    first_words_ms: list[float] = field(default_factory=list)

    @cached_property
    def written(self) -> Written:
        """Kept and fallback counts, writing latency, questions gained and lost."""
        pairs = list(zip(self.without.outcomes, self.with_llm.outcomes, strict=True))
        written = [b.answer for a, b in pairs if not a.answer.abstained]
        reasons = Counter(answer.fallback_reason for answer in written
                          if not answer.generated and answer.fallback_reason)
        extra = sorted(b.answer.latency_ms - a.answer.latency_ms for a, b in pairs
                       if not a.answer.abstained)
        first = sorted(self.first_words_ms)
        return Written(
            asked=len(written), kept=sum(answer.generated for answer in written),
            fallbacks=dict(sorted(reasons.items())),
            p50_ms=percentile(extra, 0.5), p95_ms=percentile(extra, 0.95),
            first_p50_ms=percentile(first, 0.5), first_p95_ms=percentile(first, 0.95),
            unsupported=sum(bool(unsupported(answer)) for answer in written),
            gained=tuple(b.question.id for a, b in pairs if b.correct and not a.correct),
            lost=tuple(b.question.id for a, b in pairs if a.correct and not b.correct))

    def to_json(self) -> dict[str, object]:
        """Both runs' metrics, by kind, and what became of the written answers."""
        return {
            "set": self.name,
            "without_llm": {"metrics": self.without.metrics, "by_kind": self.without.by_kind},
            "with_llm": {"metrics": self.with_llm.metrics, "by_kind": self.with_llm.by_kind},
            "written": self.written.to_json(),
        }

    def markdown(self) -> str:
        """Side by side by kind (without → with), then the written answers' fate."""
        written = self.written
        head = " | ".join(COMPARED.values())
        lines = [f"# With and without the writer model: {self.name}", "",
                 f"| | {head} |", "|---" * (len(COMPARED) + 1) + "|"]
        rows = [("all", self.without.metrics, self.with_llm.metrics)]
        rows += [(kind, values, self.with_llm.by_kind[kind])
                 for kind, values in sorted(self.without.by_kind.items())]
        for name, before, after in rows:
            cells = " | ".join(f"{format_metric(before.get(key))} → "
                               f"{format_metric(after.get(key))}" for key in COMPARED)
            lines.append(f"| {name} | {cells} |")
        fallbacks = ", ".join(f"{reason} {count}" for reason, count in
                              written.fallbacks.items()) or "none"
        kept = f"{written.kept / written.asked:.1%}" if written.asked else "—"
        lines += [
            "",
            f"- written answers kept: {written.kept} of {written.asked} ({kept})",
            f"- fallbacks by reason: {fallbacks}",
            f"- writing time: p50 {_ms(written.p50_ms)}, p95 {_ms(written.p95_ms)}; first "
            f"words after p50 {_ms(written.first_p50_ms)}, p95 {_ms(written.first_p95_ms)}",
            f"- written answers shown with a figure that no cited passage states: "
            f"{written.unsupported}",
            f"- made right by the model: {', '.join(written.gained) or 'none'}",
            f"- made wrong by the model: {', '.join(written.lost) or 'none'}",
        ]
        return "\n".join(lines) + "\n"


def _ms(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f} ms"
