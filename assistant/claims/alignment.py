"""Alignment: each asserted figure set against the documents' figures of its kind.

Each asserted figure is set against the slots of its kind in spans on its subject:

- **supported**: the same value with compatible qualifiers, in a span that covers the
  subject of the figure's clause, for every asserted figure, and no body or person of
  the claim replaced by another in that span;
- **contradicted**: a span on the same subject gives another value with the same
  qualifiers (the 2020 cotisation is 5.500 € HT), or gives the claim's value with another
  qualifier (7 500 € HT is the 2019 amount; 25 M€ is the budget, not the envelope; 43
  votants is another line of the table), or says it of another body or person ("présidée
  par Alexandra Dublanche", not Valérie Pécresse);
- **not_in_corpus**: no span covers the subject, or none gives a figure of that kind with
  the claim's qualifiers.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Literal

from assistant.claims.bodies import Bodies, Replacement
from assistant.claims.coverage import ClaimCoverage
from assistant.claims.evidence import Slot
from assistant.claims.nouns import noun_tokens, same_noun
from assistant.claims.reading import Claim, Part
from assistant.claims.tables import RANGE, Tables
from assistant.figures import Quantity, rounded
from assistant.lexical import tokenize
from assistant.retrieve import QueryAnalysis, ref_of
from assistant.spans import Evidence

#: A span must cover this share of the subject of a figure's clause (idf-weighted, with
#: its section, the sentence before and the document title as context) to support it.
MIN_SUBJECT = 0.6
#: ... or this much when the figure's noun, year or column agree, or the words before it
#: in the span are the claim's.
MIN_AGREED = 0.4
#: A span giving another value must cover this much of it to contradict it.
MIN_RIVAL = 0.7
#: The claim's figure found with compatible qualifiers wins unless a span giving another
#: value is this much closer to the claim.
MARGIN = 0.15
#: Qualifiers that, when only they differ, make the document's figure the claim's figure
#: misattributed (so the claim is contradicted): HT for TTC, another year, another column
#: (budget vs envelope), another line of a table, another measure, another body.
MISATTRIBUTED = frozenset({"HT/TTC", "year", "column", "row", "measure", "body"})
#: A figure given as a part of something: the object of a preposition ("en faveur de 26
#: entreprises", "pour 6 entreprises", "dont 40"), approximations aside.
_OF_SOMETHING = re.compile(
    r"(?:\b(?:de|d['’]|pour|dont|parmi|sur|of|for|among)\s*)"
    r"(?:(?:près|plus|moins) de\s*|environ\s*|quelque\s*)?$", re.IGNORECASE)
_APPROXIMATELY = re.compile(r"(?:près|plus|moins)\s+de\s*$|environ\s*$", re.IGNORECASE)

Status = Literal["supported", "contradicted", "unknown"]


@dataclass(frozen=True)
class Match:
    """A figure of the claim set against a slot: same value or not, what else differs."""

    part: Part
    slot: Slot
    equal: bool
    conflicts: tuple[str, ...]
    subject: float
    own: float
    local: float
    agreement: int
    noun: bool | None = None
    named: bool = False
    anchored: bool = False

    @property
    def figure(self) -> Quantity:
        """The claim's figure."""
        return self.part.figure

    @property
    def score(self) -> float:
        """How close the slot is to what the claim says of its figure."""
        return self.subject + 0.3 * self.local + 0.05 * self.agreement

    @property
    def aspect(self) -> str:
        """What differs, most telling first ("" when the slot states the claim's figure)."""
        if self.conflicts:
            return self.conflicts[0]
        if self.equal:
            return ""
        found = self.slot.quantity
        if self.figure.kind in ("date", "year") and found.kind in ("date", "year"):
            years = self.figure.year, found.year
            if self.figure.month_day == found.month_day and all(years) and years[0] != years[1]:
                return "year"
            return "date"
        return "value"


@dataclass(frozen=True)
class Finding:
    """What the documents say of one asserted figure (or, with no figure, of a body)."""

    part: Part | None
    status: Status
    best: Match | None = None
    clash: Match | None = None
    body: Replacement | None = None


class Aligner:
    """Sets each figure of a claim against the slots of the evidence.

    Args:
        tables: The documents' table rows, as a claim names them.
        coverage: How much of a claim's subject a span says.
        bodies: Where the evidence names the claim's bodies, or others.
    """

    def __init__(self, tables: Tables, coverage: ClaimCoverage, bodies: Bodies) -> None:
        self.tables = tables
        self.coverage = coverage
        self.bodies = bodies

    def compare(self, claim: Claim, part: Part, slot: Slot) -> Match | None:
        """A figure of the claim set against a slot, or None when they are not comparable."""
        figure, found = part.figure, slot.quantity
        if not _comparable(figure, found):
            return None
        conflicts = list(slot.conflicts)
        named = slot.named
        mine_row = self._part_row(claim, part, slot)
        agreement = 0
        if mine_row is not None:  # the words next to the figure name its line
            conflicts = [c for c in conflicts if c != "row"] + ([] if mine_row else ["row"])
            # named outright when the claim has every word of the line ("Total"; not
            # "Commission n°2" for "sa commission permanente")
            named = mine_row and set(tokenize(slot.row)) <= part.near | claim.tokens
            agreement += mine_row
        if figure.qualifier and found.qualifier and figure.qualifier != found.qualifier:
            conflicts.append("HT/TTC")
        if (figure.kind == "date" and found.kind == "date" and figure.month_day[1]
                and figure.month_day == found.month_day and figure.year != found.year):
            agreement += 1  # the same day of another year: the same event, misdated
        if (figure.kind == "date" and found.kind == "date" and figure.year
                and figure.month_day[1] and _states_all(figure, found)):
            agreement += 1  # the whole date as the claim writes it: hardly a coincidence
        if figure.kind not in ("date", "year", "time") and part.years and slot.years:
            if part.years & slot.years:
                agreement += 1
            else:
                conflicts.append("year")
        noun: bool | None = None
        if figure.kind in ("count", "number", "ordinal"):
            mine = noun_tokens(claim.text, figure, claim.lang == "en")
            if mine and slot.noun:
                noun = same_noun(mine, slot.noun)
                if noun:
                    agreement += 1
                elif not slot.column and figure.kind != "ordinal":
                    # "le deuxième après Paris" ranks what the sentence is about
                    conflicts.append("noun")
        if slot.span.chunk.kind != "table_row" and self.bodies.another_body(claim, slot):
            conflicts.append("body")
        if slot.column:
            comparable = tuple(h for h, kinds in slot.columns
                               if any(_comparable(figure, Quantity("", k, 0.0, 0, 0))
                                      for k in kinds))
            chosen = self.tables.claimed_columns(part, claim, comparable)
            if chosen and slot.column not in chosen:
                conflicts.append("column")
            elif chosen:
                agreement += 1
        names = claim.names
        subject, own = self.coverage.cover(part.subject, slot.context, names)
        if part.whole is not None and part.whole is not part.subject:
            whole, whole_own = self.coverage.cover(part.whole, slot.context, names)
            subject, own = max(subject, whole), max(own, whole_own)
        local = self.coverage.share(_focus(part), set(slot.local), names)
        return Match(part, slot, figure.same_value(found), tuple(dict.fromkeys(conflicts)),
                     subject, own, local, agreement, noun, named)

    def _part_row(self, claim: Claim, part: Part, slot: Slot) -> bool | None:
        """Whether a table row is the line the words next to a figure of the claim name.

        "Les salaires du personnel représentent 285 000 euros …, dont le total atteint
        490 000 euros": each figure has its own line. None when those words name no line
        of the table, or when the line is named by a number (a measure, a range).
        """
        chunk = slot.span.chunk
        if not slot.row or not chunk.group or RANGE.search(slot.row) or any(
                ref_of(chunk, kind) for kind, _ in claim.refs):
            return None
        names = self.tables.row_names(chunk.doc_id, chunk.group)
        if len(names) < 2 or chunk.id not in names:
            return None
        common = set.intersection(*names.values())
        scores = {cid: len((toks - common) & part.near) - 0.1 * len(toks - common - part.near)
                  for cid, toks in names.items()}
        best = max(scores.values())
        if best <= 0:
            return None
        return scores[chunk.id] >= best - 1e-9

    def find(self, claim: Claim, part: Part, slots: list[Slot],
             anchors: frozenset[tuple[str, int, int]] = frozenset()) -> Finding:
        """What the slots say of one asserted figure: support, a rival value, or a clash.

        ``anchors`` are the spans that state another figure of the claim: a figure of
        the same kind said next to it there ("Avec dix hôpitaux dont 3 centres
        hospitaliers universitaires" for "douze hôpitaux, dont trois CHU") is said of
        the claim's subject, however the claim words the rest.
        """
        matches = [m for m in (self.compare(claim, part, s) for s in slots) if m]
        if anchors:
            matches = [dataclasses.replace(m, anchored=span_key(m.slot.span) in anchors)
                       for m in matches]
        # The claim's value said of its subject supports it; with one qualifier that
        # differs (another year, HT for TTC, another line…), the same evidence contradicts
        # it: both are read with the same test.
        said = [m for m in matches if m.equal and (
            m.subject >= MIN_SUBJECT
            or (m.subject >= MIN_AGREED and (m.agreement > 0 or m.local >= 0.2))
            or (m.anchored and m.agreement > 0))]
        support = [m for m in said if not m.conflicts]
        rivals = [m for m in matches if not m.equal and not m.conflicts
                  and not self._accounted(claim, m) and not rounded(m.slot.quantity, part.figure)
                  and self._telling(claim, m)]
        clashes = [m for m in said if m.conflicts and set(m.conflicts) <= MISATTRIBUTED
                   and ("year" not in m.conflicts or _year_slip(part.years, m.slot.years))]
        if part.figure.qualifier and any("HT/TTC" in m.conflicts for m in clashes):
            # "490 000" in a table does not say HT or TTC; "490 000 € TTC" elsewhere does
            support = [m for m in support if m.slot.quantity.qualifier]
        if any("column" in m.conflicts for m in clashes):
            # a sentence does not say "budget" or "envelope" as a table's columns do
            support = [m for m in support if m.slot.column]
        best_support = max(support, key=_rank, default=None)
        best_rival = max(rivals, key=_rank, default=None)
        best_clash = max(clashes, key=_rank, default=None)
        # A full date found as the claim writes it, in words that speak of the claim, is
        # hardly a coincidence.
        margin = MARGIN
        if part.figure.kind == "date" and part.figure.month_day[1] and best_support and (
                best_support.own >= 0.3 or best_support.local >= 0.2):
            margin = 2 * MARGIN
        if best_support and best_rival and _heads(best_support.slot, best_rival.slot):
            best_rival = None  # "Séance du 11 avril 2024" dates what its section says
        if best_support and (not best_rival or best_support.score >= best_rival.score - margin):
            return Finding(part, "supported", best_support)
        if best_rival and best_clash:
            # The claim's value with another qualifier is the surest sign of the mix-up;
            # what the document gives instead is best read next to it.
            # Next to it: in its span, else in its table, else in its section.
            clash_chunk = best_clash.slot.span.chunk
            beside = ([m for m in rivals if m.slot.span == best_clash.slot.span]
                      or [m for m in rivals if clash_chunk.group
                          and (m.slot.span.chunk.doc_id, m.slot.span.chunk.group)
                          == (clash_chunk.doc_id, clash_chunk.group)]
                      or [m for m in rivals
                          if (m.slot.span.chunk.doc_id, m.slot.span.chunk.section_path)
                          == (clash_chunk.doc_id, clash_chunk.section_path)])
            if beside:
                # in the table, the line the claim names (the range its deliberation is in)
                beside = [m for m in beside if m.slot.named] or beside
                best_rival = max(beside, key=_rank)
            elif best_rival.score < best_clash.score:
                best_rival = None
        if best_rival:
            return Finding(part, "contradicted", best_rival, best_clash)
        if best_clash:
            return Finding(part, "contradicted", None, best_clash)
        return Finding(part, "unknown")

    def _accounted(self, claim: Claim, match: Match) -> bool:
        """Whether a differing value is another figure of the claim, in the claim's words.

        "passé de 42 000 € en 2024 à 35 000 €": the document's 42 000 € is said with the
        words the claim says it with, so it does not contradict the 35 000 €; a value said
        with this figure's words ("ouverte à 18h00" for "ouverte à 20h58") still does.
        """
        found = match.slot.quantity
        return any(other is not match.part and _comparable(other.figure, found)
                   and other.figure.same_value(found)
                   and self.coverage.share(_focus(other), set(match.slot.local), claim.names)
                   >= match.local for other in claim.parts)

    def _telling(self, claim: Claim, match: Match) -> bool:
        """Whether a differing figure is said of what the claim's figure is said of.

        The span must cover the figure's subject, and name one of the claim's bodies when
        it names bodies of its own; a table row must be one the claim names; a count must
        count the same noun; an amount must be given for the claim's year, in the column
        it names, or be introduced by the claim's words; a date or a year must be said
        with the claim's words around it.
        """
        slot, figure = match.slot, match.figure
        close = match.subject >= MIN_RIVAL or (
            (match.subject >= MIN_SUBJECT or match.anchored) and match.agreement > 0)
        if slot.span.chunk.kind == "table_row":
            if not match.named and not (match.noun and not slot.column):
                # a row the claim does not name says nothing of its subject, unless its
                # label says what the claim counts ("Nombre de Conseillers en exercice")
                return False
            # the row and the column (or year) the claim names
            close = close or (match.subject >= MIN_AGREED and match.agreement > 0)
        if not close:
            return False
        if figure.kind in ("date", "year", "time"):
            # Nothing but its subject says what a date is of: the span must name the claim's
            # body, or no other one before the date.
            return (match.local >= 0.3 or match.own >= 0.5) and self.bodies.same_bodies(
                claim, slot)
        if figure.kind == "ordinal":
            return match.noun is True or match.local >= 0.3
        if figure.kind in ("count", "number"):
            if "total" in match.part.near and _a_part(slot, claim):
                return False  # a whole ("au total 250 entreprises") against a part
            return match.noun is True or (not figure.noun and match.local >= 0.2)
        return match.agreement > 0 or match.local >= 0.2


def span_key(span: Evidence) -> tuple[str, int, int]:
    """Where a span is: its document and its offsets there."""
    return span.chunk.doc_id, span.start, span.end


def _a_part(slot: Slot, claim: Claim) -> bool:
    """Whether the document gives a count as a part, not as the whole a claim asserts.

    Introduced by a preposition ("en faveur de 26 entreprises"), or restricted by a
    complement that names what the claim does not ("25 entreprises sur le territoire
    GBM").
    """
    text, start = slot.span.text, slot.quantity.start - slot.span.start
    before = _APPROXIMATELY.sub("", text[max(0, start - 40) : start])
    if _OF_SOMETHING.search(before):
        return True
    after = re.match(r"[^.;:,()\n\t]{0,60}", text[slot.quantity.end - slot.span.start :])
    complement = re.search(r"\s(?:sur|du|de la|dans|issues? d[eu]|in|across)\s(.*)",
                           after.group(0) if after else "")
    if not complement:
        return False
    mine = set(tokenize(claim.text)) | claim.tokens  # (its acronyms too)
    return any(not set(tokenize(word)) <= mine
               for word in re.findall(r"\b[A-ZÀ-Ý][\w-]+|\bterritoire\b", complement.group(1)))


def _focus(part: Part) -> QueryAnalysis:
    """The subject words said right next to a figure of the claim (all, if none is).

    What the words around the document's figure are matched with: in "ouverte à 18h00
    et levée à 20h58", "levée" says what 20h58 is, "ouverte" what 18h00 is.
    """
    subject = part.subject
    primary = subject.primary or subject.concepts
    kept = [(c, o) for c, o in zip(subject.concepts, primary, strict=True) if c & part.near]
    if not kept or len(kept) == len(subject.concepts):
        return subject
    return dataclasses.replace(subject, concepts=tuple(c for c, _ in kept),
                               primary=tuple(o for _, o in kept))


def _states_all(claimed: Quantity, found: Quantity) -> bool:
    """Whether a date of the documents gives every part (year, month, day) a claim's does."""
    (month, day), (found_month, found_day) = claimed.month_day, found.month_day
    return all(theirs or not mine for mine, theirs in (
        (claimed.year, found.year), (month, found_month), (day, found_day)))


def _heads(heading: Slot, other: Slot) -> bool:
    """Whether a slot is in the heading of the section another slot is in."""
    chunk, below = heading.span.chunk, other.span.chunk
    return (chunk.kind == "heading" and chunk.doc_id == below.doc_id
            and below.section_path.startswith(chunk.section_path) and chunk.id != below.id)


def _year_slip(claimed: frozenset[int], found: frozenset[int]) -> bool:
    """Whether the claim's years are the document's shifted by a year at most.

    45 000 € given for 2021 to 2024 says nothing of 2019: the documents are silent on
    that year rather than contradicting the claim.
    """
    return min((abs(a - b) for a in claimed for b in found), default=0) <= 1


def _rank(match: Match) -> tuple[float, int]:
    return match.score, match.agreement


def _comparable(claimed: Quantity, found: Quantity) -> bool:
    if claimed.kind == "money":
        return found.kind == "money"
    if claimed.kind == "percent":
        return found.kind == "percent"
    if claimed.kind in ("count", "number"):
        return found.kind in ("count", "number")
    if claimed.kind == "date":
        return found.kind == "date"
    if claimed.kind == "year":
        return found.kind == "year" or (found.kind == "date" and found.year > 0)
    return claimed.kind == found.kind
