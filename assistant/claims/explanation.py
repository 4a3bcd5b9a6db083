"""The verdict's explanation and citations, in the claim's language (French or English).

The explanation says what the document says instead and where; each citation carries
the claim's figures set against the document's there, for the UI to highlight.
"""

from __future__ import annotations

from assistant.answer import Answerer
from assistant.claims.alignment import Finding, Match
from assistant.claims.bodies import Bodies
from assistant.claims.evidence import Slot
from assistant.claims.reading import Claim
from assistant.claims.tables import SCALE_HEADER
from assistant.retrieve import Hit
from assistant.spans import Evidence
from assistant.types import Citation, FigureCheck, Verdict


class Explainer:
    """Writes verdicts: their explanation, their citations and the figures compared there.

    Args:
        answerer: Cites spans and names the sections closest to a claim.
        bodies: Names the bodies a span gives instead of the claim's.
    """

    def __init__(self, answerer: Answerer, bodies: Bodies) -> None:
        self.answerer = answerer
        self.bodies = bodies

    def supported(self, claim: Claim, findings: list[Finding]) -> Verdict:
        """Supported: the span stating each figure, the first one quoted."""
        citations: list[Citation] = []
        checks: list[list[FigureCheck]] = []
        for finding in findings:
            if finding.best:
                self._add(citations, checks, finding.best)
        return Verdict(claim.text, "supported", self._said(claim, citations[0]),
                       tuple(citations), tuple(tuple(c) for c in checks))

    def stated(self, claim: Claim, span: Evidence) -> Verdict:
        """Supported by a span that says nearly all of a claim without figures."""
        citation = self.answerer.cite(span)
        return Verdict(claim.text, "supported", self._said(claim, citation), (citation,),
                       ((),))

    def contradicted(self, claim: Claim, findings: list[Finding]) -> Verdict:
        """Contradicted: what differs, cited and explained first, then what agrees."""
        citations: list[Citation] = []
        checks: list[list[FigureCheck]] = []
        sentences = []
        for finding in findings:
            if finding.status != "contradicted":
                continue
            if finding.body:
                self._add_body(claim, citations, checks, finding)
            if finding.best:
                self._add(citations, checks, finding.best)
            if finding.clash:
                self._add(citations, checks, finding.clash)
            sentences.append(self._difference(claim, finding))
        for finding in findings:  # what agrees is cited after what differs
            if finding.status == "supported" and finding.best:
                self._add(citations, checks, finding.best)
        return Verdict(claim.text, "contradicted", " ".join(sentences), tuple(citations),
                       tuple(tuple(c) for c in checks))

    def other_unit(self, claim: Claim, span: Evidence, kind: str, number: str,
                   theirs: set[str]) -> Verdict:
        """Contradicted: the span says what the claim says of its unit of another one."""
        citation = self.answerer.cite(span)
        other = ", ".join(sorted(theirs, key=int))
        where = f"{citation.title}, {citation.label}"
        text = (f"The document says this of {kind} {other}, not {kind} {number} ({where})."
                if claim.lang == "en" else
                f"Le document le dit de {_the(kind)} {other}, et non de {_the(kind)} "
                f"{number} ({where}) : « {citation.quote} »")
        return Verdict(claim.text, "contradicted", text, (citation,), ((),))

    def not_in_corpus(self, claim: Claim, hits: list[Hit]) -> Verdict:
        """Not in the corpus, with the sections closest to the claim."""
        text = self.answerer.nothing_found(
            hits, claim.lang, "The documents say nothing that supports or contradicts this claim.",
            "Les documents ne disent rien qui confirme ou contredise cette affirmation.")
        return Verdict(claim.text, "not_in_corpus", text)

    def _add(self, citations: list[Citation], checks: list[list[FigureCheck]],
             match: Match) -> None:
        """Cite a match's span (once) and record how the claim's figure compares there."""
        found = match.slot.quantity
        check = FigureCheck(
            claimed=match.figure.text, found=found.text,
            agrees=match.equal and not match.conflicts, aspect=match.aspect,
            claim_start=match.figure.start, claim_end=match.figure.end,
            start=found.start, end=found.end,
        )
        self._cite(citations, checks, match.slot.span, check)

    def _add_body(self, claim: Claim, citations: list[Citation],
                  checks: list[list[FigureCheck]], finding: Finding) -> None:
        assert finding.body is not None
        name, found, span, start, end = finding.body
        position = claim.text.find(name)
        check = FigureCheck(claimed=name, found=found, agrees=False, aspect="body",
                            claim_start=position, claim_end=position + len(name),
                            start=start, end=end)
        self._cite(citations, checks, span, check)

    def _cite(self, citations: list[Citation], checks: list[list[FigureCheck]],
              span: Evidence, check: FigureCheck) -> None:
        citation = self.answerer.cite(span)
        for position, known in enumerate(citations):
            if (known.doc_id, known.start, known.end) == (citation.doc_id, citation.start,
                                                          citation.end):
                if check not in checks[position]:
                    checks[position].append(check)
                return
        citations.append(citation)
        checks.append([check])

    def _where(self, span: Evidence) -> str:
        citation = self.answerer.cite(span)
        page = f", p. {citation.page}" if citation.page is not None else ""
        return f"{citation.title}, {citation.label}{page}"

    def _said(self, claim: Claim, citation: Citation) -> str:
        page = f", p. {citation.page}" if citation.page is not None else ""
        where = f"{citation.title}, {citation.label}{page}"
        quote = _clip(citation.quote, 300)
        if claim.lang == "en":
            return f"The documents say so: « {quote} » ({where})."
        return f"Les documents le confirment : « {quote} » ({where})."

    def _difference(self, claim: Claim, finding: Finding) -> str:
        """One or two sentences: what the document says instead, where, and the mix-up."""
        english = claim.lang == "en"
        if finding.body:
            name, found, span, _, _ = finding.body
            if english:
                return f"The document names {found}, not {name} ({self._where(span)})."
            return f"Le document nomme {found}, et non {name} ({self._where(span)})."
        assert finding.part is not None
        claimed = finding.part.figure.text
        parts = []
        if finding.best:
            found_text = _described(finding.best.slot)
            where = self._where(finding.best.slot.span)
            if english:
                parts.append(f"The document gives {found_text}, not {claimed} ({where}).")
            else:
                parts.append(f"Le document indique {found_text}, et non {claimed} ({where}).")
            if finding.best.aspect == "year" and finding.part.figure.kind in ("date", "year"):
                parts[-1] = parts[-1][:-1] + (": the year differs." if english
                                              else " : l'année diffère.")
        if finding.clash:
            others = self.bodies.other_names(claim, finding.clash.slot)
            parts.append(_clash_sentence(finding.clash, self._where(finding.clash.slot.span),
                                         english, others[-1] if others else ""))
        return " ".join(parts)


def _with_unit(slot: Slot) -> str:
    """A figure as written, with the unit its column header gives ("47" -> "47 M€")."""
    text = slot.quantity.text
    if slot.column and slot.quantity.kind == "money" and "€" not in text:
        unit = next((u for u, _ in SCALE_HEADER if u in slot.column), "€")
        return f"{text} {unit.replace('K€', 'k€')}"
    return text


def _described(slot: Slot) -> str:
    """A figure of the documents as shown in an explanation: "47 M€ (Mesure n°8, « … »)"."""
    if slot.column:
        return f"{_with_unit(slot)} ({slot.row}, « {slot.column} »)"
    text = slot.quantity.text
    noun = slot.quantity.noun
    if slot.quantity.kind in ("count", "number", "ordinal") and noun:
        return f"{noun} : {text}" if noun[0].isupper() else f"{text} {noun}"
    return text


def _clash_sentence(clash: Match, where: str, english: bool, body: str = "") -> str:
    """The claim's figure where the documents give it, and for what instead."""
    slot = clash.slot
    found = _described(slot)
    value = _with_unit(slot)
    aspect = clash.conflicts[0]
    label = slot.span.chunk.label.split(" › ")[-1]
    mine = clash.figure.qualifier
    if english:
        why = {
            "HT/TTC": f"the document gives {found}, {_tax(slot.quantity.qualifier, True)}, "
                      f"not {_tax(mine, True)}",
            "year": f"{found} is given for {_years(slot.years)}, not "
                    f"{_years(clash.part.years)}",
            "column": f"{value} is in the column « {slot.column} » ({slot.row})",
            "row": f"{value} is on the line « {slot.row} » of the table",
            "measure": f"{found} is in {label}",
            "body": f"{found} is said of {body}",
        }[aspect]
    else:
        why = {
            "HT/TTC": f"le document donne {found}, {_tax(slot.quantity.qualifier, False)}, "
                      f"et non {_tax(mine, False)}",
            "year": f"{found} est donné pour {_years(slot.years)}, pas pour "
                    f"{_years(clash.part.years)}",
            "column": f"{value} figure dans la colonne « {slot.column} » ({slot.row})",
            "row": f"{value} figure à la ligne « {slot.row} » du tableau",
            "measure": f"{found} concerne {label}",
            "body": f"{found} y concerne {body}",
        }[aspect]
    return f"{why[0].upper()}{why[1:]} ({where})."


def _years(years: frozenset[int]) -> str:
    ordered = sorted(years)
    if not ordered:
        return "?"
    if len(ordered) > 2 and ordered == list(range(ordered[0], ordered[-1] + 1)):
        return f"{ordered[0]}-{ordered[-1]}"
    return ", ".join(str(y) for y in ordered)


def _tax(qualifier: str, english: bool) -> str:
    if english:
        return {"HT": "excluding VAT (HT)", "TTC": "including VAT (TTC)"}.get(qualifier, "")
    return {"HT": "hors taxes (HT)", "TTC": "toutes taxes comprises (TTC)"}.get(qualifier, "")


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def _the(kind: str) -> str:
    """The unit word with its French article: "la mesure", "l'article"."""
    return f"l'{kind}" if kind[0] in "aeiouy" else f"la {kind}"
