"""A written answer checked against the passages it was written from, before it is shown.

A writer model (``writer.py``) gets numbered passages and answers with ``[n]`` after
each sentence. Its text is kept only when:

- every ``[n]`` names a passage it was given, and every sentence carries one;
- the best passage (the extractive answer's first citation) is among those cited;
- every figure of a sentence is in a passage that sentence cites, with the same value
  and the same qualifiers: HT/TTC, year, unit (read by ``figures.quantities``);
- every quoted string is verbatim in a passage it cites;
- every figure the extractive answer states is still there, written as the document
  writes it: a written answer says no less than the extractive one.

Otherwise the reason is returned and the extractive answer is shown instead.

Example:
    >>> from assistant.types import Answer, Citation, Passage
    >>> cited = Citation("d", "Convention", "Article 5", "Article 5",
    ...                  "La cotisation est fixée à 7 500 € HT.", None, 0, 36)
    >>> verify("La cotisation est de 7 500 € HT [1].", (Passage(cited),), ()).reason is None
    True
    >>> verify("La cotisation est de 9 000 € TTC [1].", (Passage(cited),), ()).reason
    'figure_not_in_passage'
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.figures import (
    YEAR,
    Figure,
    Quantity,
    QuantityKind,
    mentions,
    quantities,
    tax_asked,
    years_in,
)
from assistant.language import lang
from assistant.types import Answer, Citation, Passage

#: What a writer model answers when the passages do not answer the question.
NO_ANSWER = "NO_ANSWER"
#: "[2]": the passage a sentence relies on.
MARKER = re.compile(r"\[(\d{1,2})\]")
#: A sentence ends at . ! ? or a line break; markers right after the stop stay with it.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?!\[\d)|\n+")
#: « … », “…” or "…": a quotation of the documents.
_QUOTED = re.compile(r"«\s*(?P<a>[^»]+?)\s*»|“(?P<b>[^”]+)”|\"(?P<c>[^\"]+)\"")
#: Kinds of figure that state the same sort of thing ("32" in a table cell, "32 membres").
_FAMILY = {"number": "count"}
#: What a column header says of the bare numbers under it: their kind and scale.
_COLUMN_UNITS: tuple[tuple[re.Pattern[str], QuantityKind, float], ...] = (
    (re.compile(r"k€|K€|\bk\s?euros?|milliers d['’]euros", re.I), "money", 1e3),
    (re.compile(r"M€|\bM\s?euros?|millions? d['’]euros", re.I), "money", 1e6),
    (re.compile(r"€|\beuros?\b|\bEUR\b", re.I), "money", 1.0),
    (re.compile(r"%|pourcentage|\bpart\b|\bshare\b", re.I), "percent", 1.0),
)

#: Why a written answer was not kept (``Answer.fallback_reason``), beside the endpoint's
#: own failures (writer.py): the model said the passages do not answer, or a check failed.
REASONS = ("empty", "llm_abstained", "unknown_citation", "uncited_sentence",
           "best_passage_not_cited", "figure_not_in_passage", "quote_not_in_passage",
           "figure_dropped")


@dataclass(frozen=True)
class Checked:
    """A written answer after the checks.

    ``text`` has its markers renumbered so that ``[k]`` is ``citations[k-1]``, the best
    passage first; ``reason`` is None when every check passed.
    """

    text: str
    citations: tuple[Citation, ...]
    reason: str | None


def verify(written: str, passages: Sequence[Passage], kept: Sequence[Figure]) -> Checked:
    """Check ``written`` against the ``passages`` it was given (numbered from 1).

    ``kept`` are the figures the extractive answer states: each must still be written.
    """
    text = written.strip()
    if not text:
        return Checked("", (), "empty")
    if NO_ANSWER in text:
        return Checked(text, (), "llm_abstained")
    sentences = [s for s in _SENTENCE_END.split(text) if re.search(r"\w", MARKER.sub("", s))]
    named = [int(n) for n in MARKER.findall(text)]
    if any(not 1 <= n <= len(passages) for n in named):
        return Checked(text, (), "unknown_citation")
    for sentence in sentences:
        cited = [passages[int(n) - 1] for n in MARKER.findall(sentence)]
        if not cited:
            return Checked(text, (), "uncited_sentence")
        if _unstated(sentence, cited):
            return Checked(text, (), "figure_not_in_passage")
        if not all(_verbatim(quote, cited) for quote in _quotes(MARKER.sub(" ", sentence))):
            return Checked(text, (), "quote_not_in_passage")
    if 1 not in named:
        return Checked(text, (), "best_passage_not_cited")
    if not all(mentions(figure.text, MARKER.sub(" ", text)) for figure in kept):
        return Checked(text, (), "figure_dropped")
    order = [1] + [n for n in dict.fromkeys(named) if n != 1]
    number = {n: k + 1 for k, n in enumerate(order)}
    renumbered = MARKER.sub(lambda m: f"[{number[int(m.group(1))]}]", text)
    return Checked(renumbered, tuple(passages[n - 1].citation for n in order), None)


def unsupported(answer: Answer) -> list[str]:
    """The figures of a shown written answer that no passage its sentence cites states.

    What ``assistant eval --llm`` counts over every answer shown: it must find none. The
    ``[k]`` of a shown answer name its citations; the quote it ends with cites nothing.
    """
    if not answer.generated:
        return []
    rows = {p.citation: p for p in answer.passages}
    given = [rows.get(c, Passage(c)) for c in answer.citations]
    found = []
    for sentence in _SENTENCE_END.split(answer.answer):
        numbers = [int(n) for n in MARKER.findall(sentence)]
        if numbers:
            cited = [given[n - 1] for n in numbers if 1 <= n <= len(given)]
            found += [q.text for q in _unstated(sentence, cited)]
    return found


def _unstated(sentence: str, cited: Sequence[Passage]) -> list[Quantity]:
    """The figures of a sentence (its markers aside) that none of ``cited`` states."""
    claim = MARKER.sub(" ", sentence)
    return [q for q in quantities(claim, lang(claim)) if not _in_passages(q, claim, cited)]


def _said(passage: Passage) -> str:
    """What a passage says, with where it sits: its section and headers give years."""
    citation = passage.citation
    return "\n".join((citation.section, passage.headers, citation.quote))


def _in_passages(claimed: Quantity, claim: str, cited: Sequence[Passage]) -> bool:
    """Whether a cited passage states ``claimed``: same value, unit, HT/TTC and year.

    A table row states it in a cell: the cell's column gives what the cell leaves out
    (the unit, "k€", HT/TTC) and its year must be the year the sentence gives nearest
    the figure ("En 2025, … 80 000 €" is not the 2024 column's 80 000).
    """
    if claimed.kind == "year":
        return any(str(claimed.year) in years_in(_said(p)) for p in cited)
    year = _nearest_year(claim, claimed)
    for passage in cited:
        if passage.cells:
            if any(_in_cell(claimed, year, header, value, passage.citation.section)
                   for header, value in passage.cells):
                return True
        elif any(_same(claimed, found, passage.citation.section)
                 for found in quantities(_said(passage))):
            return True
    return False


def _in_cell(claimed: Quantity, year: str, header: str, value: str, section: str) -> bool:
    columns = years_in(header)
    if year and columns and year not in columns:
        return False
    return any(_same(claimed, _as_column_says(found, header), f"{section} {header}")
               for found in quantities(value))


def _as_column_says(found: Quantity, header: str) -> Quantity:
    """A bare number of a cell read with its column's unit: "120" under "Budget (k€)"."""
    if found.kind not in ("number", "count"):
        return found
    for pattern, kind, scale in _COLUMN_UNITS:
        if pattern.search(header):
            return dataclasses.replace(found, kind=kind, value=found.value * scale)
    return found


def _same(claimed: Quantity, found: Quantity, where: str) -> bool:
    """Same kind of figure, same value, and no other HT/TTC (``where`` may give it)."""
    if _FAMILY.get(found.kind, found.kind) != _FAMILY.get(claimed.kind, claimed.kind):
        return False
    if not claimed.same_value(found):
        return False
    qualifier = found.qualifier or tax_asked(where)
    return not claimed.qualifier or qualifier == claimed.qualifier


def _nearest_year(claim: str, claimed: Quantity) -> str:
    """The year the sentence gives nearest a figure ("" when it gives none)."""
    years = [(abs(m.start() - claimed.start), m.group(0)) for m in YEAR.finditer(claim)
             if not claimed.start <= m.start() < claimed.end]
    return min(years)[1] if years else ""


def _quotes(sentence: str) -> list[str]:
    """The quotations of a sentence that are long enough to be quotes (three words)."""
    found = [next(g for g in m.groups() if g) for m in _QUOTED.finditer(sentence)]
    return [quote for quote in found if len(quote.split()) >= 3]


def _flat(text: str) -> str:
    return " ".join(text.replace("’", "'").split())


def _verbatim(quote: str, cited: Sequence[Passage]) -> bool:
    return any(_flat(quote) in _flat(p.citation.quote) for p in cited)
