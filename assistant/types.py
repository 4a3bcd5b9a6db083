"""Records that flow between the stages: documents, pages, chunks, answers and verdicts."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

#: Separator of section paths, as shown to users: "CONVENTION › ARTICLE 5 : Adhésion".
PATH_SEPARATOR = " › "

ChunkKind = Literal["clause", "paragraph", "list_item", "table_row", "heading"]


@dataclass(frozen=True)
class DocumentMeta:
    """What the corpus manifest (or inference from the text) says about a document."""

    title: str
    issuer: str = ""
    date: str = ""
    doc_type: str = "document"
    provenance: str = ""


@dataclass(frozen=True)
class Page:
    """A physical page of a paged document, as a span of the document text."""

    number: int
    label: str
    start: int
    end: int


def page_at(pages: tuple[Page, ...], offset: int) -> Page | None:
    """The page holding a text offset, or None for unpaged documents."""
    if not pages:
        return None
    starts = [page.start for page in pages]
    return pages[max(0, bisect.bisect_right(starts, offset) - 1)]


@dataclass(frozen=True)
class SourceDocument:
    """A loaded, cleaned document: every offset downstream refers to ``text``."""

    doc_id: str
    path: str
    text: str
    content_hash: str
    meta: DocumentMeta
    pages: tuple[Page, ...] = ()

    def page_at(self, offset: int) -> Page | None:
        """The page holding ``offset`` in ``text``, or None for unpaged documents."""
        return page_at(self.pages, offset)


@dataclass(frozen=True)
class Chunk:
    """The smallest citable unit of a document, with where it came from.

    ``text`` is exactly ``document.text[start:end]`` and is what gets quoted;
    ``context`` (document title and section path) and ``rendered`` (the text with
    what makes it understandable alone: table headers, a list's introduction) are
    used for search only.
    """

    id: str
    doc_id: str
    kind: ChunkKind
    text: str
    start: int
    end: int
    section: tuple[str, ...]
    label: str
    context: str
    rendered: str
    page: int | None = None
    page_label: str = ""
    group: str = ""
    cells: tuple[tuple[str, str], ...] = field(default=())

    @property
    def section_path(self) -> str:
        """The section titles joined with " › "."""
        return PATH_SEPARATOR.join(self.section)

    @property
    def search_text(self) -> str:
        """What the embedder and the lexical index see."""
        return f"{self.context}\n{self.rendered}"


@dataclass(frozen=True)
class Citation:
    """The exact span of a document that supports an answer."""

    doc_id: str
    title: str
    section: str
    label: str
    quote: str
    page: int | None
    start: int
    end: int

    def to_json(self) -> dict[str, object]:
        """The citation as in the command-line contract."""
        return {
            "doc_id": self.doc_id,
            "title": self.title,
            "section": self.section,
            "label": self.label,
            "quote": self.quote,
            "page": self.page,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True)
class Passage:
    """A ranked span an answer may be written from; a table row also has its cells.

    ``cells`` are (column header, value) pairs, empty for a sentence or a list item.
    """

    citation: Citation
    cells: tuple[tuple[str, str], ...] = ()

    @property
    def headers(self) -> str:
        """The column headers of a table row, " | "-joined ("" for other spans)."""
        return " | ".join(name for name, _ in self.cells if name)


@dataclass(frozen=True)
class Answer:
    """An answer with its citations, most important first.

    ``resolved`` is the question as understood after reading the conversation;
    ``retrieved`` the ids of the chunks retrieved for it, best first (for evaluation);
    ``passages`` the best ranked spans, the cited ones first (what a writer model may
    write from). ``generated`` is true when a writer model wrote the text and every
    figure and citation of it was verified; ``fallback_reason`` says why a written
    answer was not kept (the extractive answer is shown instead).
    """

    question: str
    answer: str
    abstained: bool
    citations: tuple[Citation, ...]
    retrieved: tuple[str, ...] = ()
    resolved: str = ""
    latency_ms: float = 0.0
    passages: tuple[Passage, ...] = ()
    generated: bool = False
    fallback_reason: str | None = None

    def to_json(self, question_id: str | None = None) -> dict[str, object]:
        """The answer as in the command-line contract (``id`` first when given)."""
        data: dict[str, object] = {} if question_id is None else {"id": question_id}
        data.update(
            question=self.question,
            answer=self.answer,
            abstained=self.abstained,
            citations=[citation.to_json() for citation in self.citations],
            latency_ms=round(self.latency_ms, 1),
            generated=self.generated,
            fallback_reason=self.fallback_reason,
        )
        if self.resolved and self.resolved != self.question:
            data["resolved_question"] = self.resolved
        return data


#: What a claim checker concludes.
VerdictLabel = Literal["supported", "contradicted", "not_in_corpus"]


@dataclass(frozen=True)
class FigureCheck:
    """A figure of the claim set against the document's figure in one citation.

    ``claimed`` is written as in the claim (``claim_start``/``claim_end`` in the claim),
    ``found`` as in the document (``start``/``end`` in the document text, inside the
    citation's quote; ``found`` is empty when the citation only gives context). ``aspect``
    says what differs: ``""`` when they agree, else ``"value"``, ``"HT/TTC"``, ``"year"``,
    ``"date"``, ``"column"`` (budget vs envelope…), ``"row"`` (another line of a table:
    another body, another vote), ``"measure"`` (another numbered unit).
    """

    claimed: str
    found: str
    agrees: bool
    aspect: str
    claim_start: int
    claim_end: int
    start: int
    end: int

    def to_json(self) -> dict[str, object]:
        """The comparison as JSON (offsets in the claim and in the document)."""
        return {
            "claimed": self.claimed,
            "found": self.found,
            "agrees": self.agrees,
            "aspect": self.aspect,
            "claim_start": self.claim_start,
            "claim_end": self.claim_end,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True)
class Verdict:
    """Whether the corpus supports a claim, contradicts it or says nothing of it.

    ``citations`` are the evidence, most important first (for a contradiction: what the
    document says instead, then where the claim's figure comes from); ``figures`` holds,
    for each citation in the same order, the claim's figures set against the document's.
    """

    claim: str
    verdict: VerdictLabel
    explanation: str
    citations: tuple[Citation, ...] = ()
    figures: tuple[tuple[FigureCheck, ...], ...] = ()
    retrieved: tuple[str, ...] = ()
    latency_ms: float = 0.0

    def to_json(self, claim_id: str | None = None) -> dict[str, object]:
        """The verdict as in the command-line contract (``id`` first when given).

        Each citation also carries ``figures``: the claim's figures set against the
        document's in that citation, so that a differing figure can be highlighted.
        """
        data: dict[str, object] = {} if claim_id is None else {"id": claim_id}
        checks = list(self.figures) + [()] * (len(self.citations) - len(self.figures))
        data.update(
            claim=self.claim,
            verdict=self.verdict,
            explanation=self.explanation,
            citations=[
                {**citation.to_json(), "figures": [check.to_json() for check in checked]}
                for citation, checked in zip(self.citations, checks, strict=False)
            ],
            latency_ms=round(self.latency_ms, 1),
        )
        return data


@dataclass(frozen=True)
class LoadFailure:
    """A file that could not be loaded, with a reason a user can act on."""

    path: Path
    reason: str


@dataclass(frozen=True)
class DocumentRecord:
    """What the index knows of one document."""

    doc_id: str
    path: str
    content_hash: str
    meta: DocumentMeta
    text: str
    pages: tuple[Page, ...]
    chunk_ids: tuple[str, ...]

    def page_at(self, offset: int) -> Page | None:
        """The page holding ``offset`` in ``text``, or None for unpaged documents."""
        return page_at(self.pages, offset)


@dataclass
class IngestReport:
    """What an ingest did, for the command line and the UI."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    failed: list[LoadFailure] = field(default_factory=list)
    embedded: int = 0
    chunks: int = 0
    seconds: float = 0.0
    collection: str = ""

    @property
    def ok(self) -> bool:
        """False only when there were files and none of them could be ingested."""
        succeeded = self.added or self.updated or self.unchanged or self.removed
        return bool(succeeded) or not self.failed

    def summary(self) -> str:
        """One line per outcome, as printed by ``assistant ingest``."""
        lines = [
            f"added {len(self.added)}, updated {len(self.updated)}, unchanged "
            f"{len(self.unchanged)}, removed {len(self.removed)}, failed {len(self.failed)}; "
            f"{self.embedded} chunks embedded, {self.chunks} chunks in the index "
            f"({self.seconds:.1f} s)"
        ]
        if self.collection:
            lines.append(f"Chroma collection: {self.collection}")
        lines += [f"failed: {failure.path}: {failure.reason}" for failure in self.failed]
        return "\n".join(lines)
