"""Claim -> Verdict: the evidence on the claim's subject, its figures set against the claim's.

The stages, each a module of this package: the claim is read (``reading``: the figures
it asserts and what qualifies each), evidence is retrieved and its figures read as slots
(``evidence``, ``tables``), each asserted figure is aligned with the slots of its kind
(``alignment``, with ``coverage``, ``nouns`` and ``bodies``), and the verdict is written
with its citations and explanation (``explanation``). The ``Checker`` composes them.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from functools import cached_property

from assistant.answer import Answerer
from assistant.claims.alignment import MIN_SUBJECT, Aligner, Finding, span_key
from assistant.claims.bodies import Bodies
from assistant.claims.coverage import ClaimCoverage
from assistant.claims.evidence import Context, EvidenceReader
from assistant.claims.explanation import Explainer
from assistant.claims.reading import Claim, Lexicon, lexicon_of, read_claim, without_units
from assistant.claims.tables import Tables
from assistant.index import Index
from assistant.retrieve import Hit, ref_of, refs_in
from assistant.spans import Evidence
from assistant.types import Verdict

logger = logging.getLogger(__name__)

#: A claim without figures is supported by a span that says this much of it.
MIN_STATEMENT = 0.85


class Checker:
    """Checks claims against the indexed documents.

    Its stages hold what they need: ``evidence`` retrieves and reads the evidence,
    ``aligner`` sets the claim's figures against it, ``explainer`` writes the verdict.
    Those that read the documents' words (the lexicon) are built on first use.

    Example:
        >>> checker = Checker(Index.open(Settings()))  # doctest: +SKIP
        >>> claim = "L'enveloppe globale de la mesure 8 est de 25 M€."
        >>> verdict = checker.check(claim)  # doctest: +SKIP
        >>> verdict.verdict, verdict.figures[0][0].found  # doctest: +SKIP
        ('contradicted', '47')
    """

    def __init__(self, index: Index, answerer: Answerer | None = None) -> None:
        self.index = index
        self.answerer = answerer or Answerer(index)
        self.tables = Tables(index, self.answerer.words)
        self.evidence = EvidenceReader(index, self.tables)
        self.coverage = ClaimCoverage(self.answerer.words)
        self._units: frozenset[tuple[str, str]] | None = None

    @cached_property
    def lexicon(self) -> Lexicon:
        """What the indexed documents say of words (built on first use)."""
        return lexicon_of(self.index)

    @cached_property
    def bodies(self) -> Bodies:
        """Where the evidence names the claim's bodies, or others (built on first use)."""
        return Bodies(self.index, self.lexicon.names)

    @cached_property
    def aligner(self) -> Aligner:
        """The alignment of the claim's figures with the evidence's (built on first use)."""
        return Aligner(self.tables, self.coverage, self.bodies)

    @cached_property
    def explainer(self) -> Explainer:
        """The writer of verdicts (built on first use)."""
        return Explainer(self.answerer, self.bodies)

    def check(self, text: str) -> Verdict:
        """The verdict on a claim, with the evidence and the explanation."""
        began = time.perf_counter()
        claim = read_claim(text, self.lexicon)
        hits = self.evidence.retrieve(claim)
        verdict = self.judge(claim, hits)
        return dataclasses.replace(verdict, retrieved=tuple(h.chunk.id for h in hits),
                                   latency_ms=(time.perf_counter() - began) * 1000)

    def judge(self, claim: Claim, hits: list[Hit]) -> Verdict:
        """The verdict from the retrieved chunks."""
        if self._missing_unit(claim):
            return self.explainer.not_in_corpus(claim, hits)
        spans = self.evidence.spans(hits, claim)
        if not claim.figures:
            return self._statement(claim, hits, spans)
        slots = self.evidence.slots(claim, spans)
        findings = [self.aligner.find(claim, part, slots) for part in claim.parts]
        anchors = frozenset(span_key(f.best.slot.span) for f in findings
                            if f.status == "supported" and f.best)
        if anchors and any(f.status == "unknown" for f in findings):
            # what the spans stating the claim's other figures say of this one
            findings = [self.aligner.find(claim, f.part, slots, anchors)
                        if f.status == "unknown" and f.part else f for f in findings]
        for finding in findings:
            logger.debug("%s: %s %s", finding.part.figure.text if finding.part else "",
                        finding.status,
                        finding.best.slot.span.text[:80] if finding.best else "")
        if any(f.status == "contradicted" for f in findings):
            return self.explainer.contradicted(claim, findings)
        if all(f.status == "supported" for f in findings):
            body = self.bodies.replaced(claim, [f.best.slot.span for f in findings if f.best])
            if body:
                return self.explainer.contradicted(
                    claim, [*findings, Finding(None, "contradicted", body=body)])
            return self.explainer.supported(claim, findings)
        return self.explainer.not_in_corpus(claim, hits)

    def _missing_unit(self, claim: Claim) -> bool:
        """Whether the claim names a measure, article… that no document has."""
        kinds = ("mesure", "article", "axe", "objectif", "annexe")
        if self._units is None:
            self._units = frozenset((kind, number) for chunk in self.index.chunks()
                                    for kind in kinds for number in ref_of(chunk, kind))
        return any(kind in kinds and (kind, number) not in self._units
                   for kind, number in claim.refs)

    def _statement(self, claim: Claim, hits: list[Hit],
                   spans: list[tuple[Evidence, Context]]) -> Verdict:
        """The verdict on a claim without figures.

        Supported when a span says nearly all of it, unless it gives one of the claim's
        bodies as another.
        """
        ranked = sorted((dataclasses.replace(
            span, coverage=self.coverage.cover(claim.subject, context, claim.names)[0])
            for span, context in spans), key=lambda e: (-e.coverage, e.start))
        close = [span for span in ranked[:3] if span.coverage >= MIN_SUBJECT]
        body = self.bodies.replaced(claim, close)
        if body:
            return self.explainer.contradicted(claim, [Finding(None, "contradicted", body=body)])
        swapped = self._other_unit(claim, spans)
        if swapped:
            return swapped
        best = ranked[0] if ranked else None
        if best is not None and best.coverage >= MIN_STATEMENT:
            return self.explainer.stated(claim, best)
        return self.explainer.not_in_corpus(claim, hits)

    def _other_unit(self, claim: Claim, spans: list[tuple[Evidence, Context]]) -> Verdict | None:
        """Contradicted when what the claim says of "la mesure 14" is said of another one.

        The span that says nearly all of the claim but its unit number (in its label or
        its text: "La mesure 15 permettant la création d'un guichet public unique") names
        another unit of that kind, and not the claim's.
        """
        if not claim.refs:
            return None
        subject = without_units(claim)
        ranked = sorted(((self.coverage.cover(subject, context, claim.names)[0], span)
                         for span, context in spans), key=lambda item: (-item[0], item[1].start))
        if not ranked or ranked[0][0] < MIN_STATEMENT:
            return None
        span = ranked[0][1]
        for kind, number in claim.refs:
            theirs = ref_of(span.chunk, kind) | refs_in(span.text, kind)
            if theirs and number not in theirs:
                return self.explainer.other_unit(claim, span, kind, number, theirs)
        return None
