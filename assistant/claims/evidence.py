"""Evidence for a claim: the chunks retrieved, their quotable spans, every figure a slot.

Evidence is retrieved twice, with and without the asserted figures (a wrong figure must
not steer retrieval away), and cut into quotable spans (``answer.units``): sentences,
list items, table rows. Every figure of those spans is a *slot*: a value with its years,
HT/TTC, its table column and row, its noun and the words before it.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from assistant.claims.nouns import noun_tokens
from assistant.claims.reading import Claim, initials, without_units
from assistant.claims.tables import RANGE, Tables, cells, in_column
from assistant.figures import YEAR_SPAN, Figure, Quantity, QuantityKind, quantities, years_of
from assistant.index import Index
from assistant.lexical import strip_accents, tokenize
from assistant.quotable import units
from assistant.retrieve import Hit, ref_of, search
from assistant.spans import Evidence, figure_years
from assistant.types import Chunk

#: Chunks retrieved per query (the claim, and the claim without its figures).
RETRIEVED = 14
#: A span shorter than this ("Pour : 45", "Année 2021 : 45 K€") is also read with the
#: rest of its section.
SHORT_SPAN = 120


@dataclass(frozen=True)
class Context:
    """The words a quotable span is read with.

    Its own, the sentence before, its section label, the document title, and (for a
    short span) the rest of its section.
    """

    own: frozenset[str]
    previous: frozenset[str]
    section: frozenset[str]
    title: frozenset[str]
    around: frozenset[str] = frozenset()
    document: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Slot:
    """A figure of the documents in its context.

    ``span`` is the quotable sentence or table row it is in, read with ``context``;
    ``local`` the words that say what the figure is (those before it, its noun, its
    column header and row label); ``years`` the years it is given for; ``column`` and
    ``row`` its table column header and row label; ``named`` whether the claim names its
    row; ``conflicts`` the qualifiers that differ from the claim's whatever the figure.
    """

    span: Evidence
    quantity: Quantity
    context: Context
    local: frozenset[str]
    years: frozenset[int] = frozenset()
    noun: frozenset[str] = frozenset()
    column: str = ""
    row: str = ""
    conflicts: tuple[str, ...] = ()
    named: bool = False
    columns: tuple[tuple[str, frozenset[QuantityKind]], ...] = field(default=())


class EvidenceReader:
    """Retrieves the evidence on a claim and reads its spans and their figures.

    Args:
        index: The indexed documents.
        tables: Their table rows, as a claim names them.
    """

    def __init__(self, index: Index, tables: Tables) -> None:
        self.index = index
        self.tables = tables
        self._sections: dict[tuple[str, str], frozenset[str]] = {}
        self._headings: dict[tuple[str, str], Chunk | None] = {}
        self._vocabularies: dict[str, frozenset[str]] = {}

    def retrieve(self, claim: Claim) -> list[Hit]:
        """Chunks for the claim as written and without its figures, best of both first."""
        merged: dict[str, Hit] = {}
        queries = [claim.query, claim.subject]
        if claim.refs:  # what the claim says of its measure may be another measure's
            queries.append(without_units(claim))
        if len(claim.parts) > 1:  # a claim saying several things: each thing is looked up
            queries += [part.query for part in claim.parts if part.query is not None]
        for analysis in queries:
            hits = search(self.index, analysis, k=RETRIEVED)
            best = hits[0].score if hits else 1.0
            for hit in hits:
                score = hit.score / best
                if hit.chunk.id not in merged or merged[hit.chunk.id].score < score:
                    merged[hit.chunk.id] = Hit(hit.chunk, score, hit.dense, hit.lexical)
        return sorted(merged.values(), key=lambda h: (-h.score, h.chunk.id))

    def spans(self, hits: list[Hit], claim: Claim | None = None
              ) -> list[tuple[Evidence, Context]]:
        """The quotable spans of the retrieved chunks, each with the words it is read with.

        A retrieved table row brings the line of its table that the claim names (the one
        whose deliberation range holds the deliberation, or the measure's), which a
        neighbouring line may have outranked.
        """
        out = []
        seen = {hit.chunk.id for hit in hits}
        if claim is not None:
            tables = {(h.chunk.doc_id, h.chunk.group): h for h in hits
                      if h.chunk.kind == "table_row" and h.chunk.group}
            for (doc_id, group), hit in tables.items():
                lines = [self.index.chunk(cid) for cid in self.tables.row_names(doc_id, group)
                         if cid not in seen]
                named = [c for c in lines if self.tables.claims_row(claim, c)
                         and (RANGE.search(c.label.split(" › ")[-1]) or any(
                             number in ref_of(c, kind) for kind, number in claim.refs))]
                for chunk in named[:2]:
                    seen.add(chunk.id)
                    hits = [*hits, Hit(chunk, hit.score)]
        for hit in list(hits):
            heading = self._heading(hit.chunk)
            if heading is not None and heading.id not in seen:
                # "Séance du jeudi 11 avril 2024" says something of its whole section
                seen.add(heading.id)
                hits = [*hits, Hit(heading, hit.score)]
        for hit in hits:
            chunk = hit.chunk
            section = frozenset(tokenize(chunk.section_path))
            title = self._title_words(chunk.doc_id)
            if chunk.kind == "table_row":
                own = frozenset(tokenize(chunk.search_text))
                out.append((Evidence(chunk, chunk.start, chunk.end, chunk.text, 0.0, hit.score),
                            Context(own, frozenset(), section, title,
                                    document=self._document_words(chunk.doc_id))))
                continue
            previous: frozenset[str] = frozenset()
            for start, end, text in units(chunk):
                tokens = frozenset(tokenize(text))
                around = self._section_words(chunk) if len(text) < SHORT_SPAN else frozenset()
                out.append((Evidence(chunk, start, end, text, 0.0, hit.score),
                            Context(tokens, previous, section, title, around,
                                    self._document_words(chunk.doc_id))))
                previous = tokens
        return out

    def slots(self, claim: Claim, spans: list[tuple[Evidence, Context]]) -> list[Slot]:
        """Every figure of the spans, with what it is given for."""
        out: list[Slot] = []
        for span, context in spans:
            chunk = span.chunk
            if chunk.kind == "table_row":
                out.extend(self._row_slots(claim, span, context))
                continue
            text = span.text
            figures = quantities(text)
            for position, figure in enumerate(figures):
                noun = noun_tokens(text, figure, claim.lang == "en")
                shifted = dataclasses.replace(figure, start=span.start + figure.start,
                                              end=span.start + figure.end)
                out.append(Slot(span, shifted, context,
                                frozenset(_around(text, figures, position) | noun),
                                frozenset(self._years(text, figure, chunk)), noun,
                                conflicts=_unit_conflicts(claim, chunk)))
        return out

    def _row_slots(self, claim: Claim, span: Evidence, context: Context) -> list[Slot]:
        """The figures of a table row, each with its column header and the row label."""
        chunk = span.chunk
        row = chunk.label.split(" › ")[-1]
        conflicts = list(_unit_conflicts(claim, chunk))
        claimed_row = self.tables.claims_row(claim, chunk)
        if claimed_row is False:
            conflicts.append("row")
        # The claim names this very row: by its measure, by the range its deliberation is
        # in, or by a body of the claim in the row label (not by a word they share).
        label_tokens = set(tokenize(row)) | initials(row)
        named = bool(claimed_row) and (
            RANGE.search(row) is not None
            or any(number in ref_of(chunk, kind) for kind, number in claim.refs)
            or any(tokens & label_tokens for _, tokens, _ in claim.entities)
            or set(tokenize(row)) <= claim.tokens | set(tokenize(claim.text)))
        row_cells = cells(chunk)
        # what names the row for its cells' unit and HT/TTC: its label and first cell
        row_name = f"{row} {chunk.cells[0][1] if chunk.cells else ''}"
        # each cell's figures, read once, as its column or row says they are
        read = []
        for column, start, end in row_cells:
            value_text = chunk.text[start - chunk.start : end - chunk.start]
            read.append((column, start, value_text, [in_column(q, column, row_name, chunk)
                                                     for q in quantities(value_text)]))
        headers = tuple((column, frozenset(f.kind for f in found))
                        for column, _, _, found in read if column)
        out = []
        for column, start, value_text, found in read:
            header_years = _year_set(column)
            for figure in found:
                shifted = dataclasses.replace(figure, start=start + figure.start,
                                              end=start + figure.end)
                years = header_years or self._years(value_text, figure, chunk)
                # what says what the figure is: its column, its line and the headings of
                # its table ("Annexe 2 : budget prévisionnel 2024 › Dépenses")
                local = set(tokenize(f"{column} {row} {chunk.section_path}")) | set(
                    tokenize(value_text[max(0, figure.start - 100) : figure.start]))
                # a figure alone in its cell counts what the header says; one in a
                # sentence, what the sentence says
                alone = re.fullmatch(r"[\d\s.,]+", value_text) is not None
                # (or, under no header, what the row label says: "Nombre de Conseillers en
                # exercice … : 92")
                noun = frozenset(tokenize(column or row)) if alone else noun_tokens(
                    value_text, figure, claim.lang == "en")
                out.append(Slot(span, shifted, context, frozenset(local), frozenset(years),
                                noun, column, row, tuple(conflicts), named, headers))
        return out

    def _years(self, text: str, figure: Quantity, chunk: Chunk) -> set[int]:
        """The years a figure is given for.

        The year written before it (or just after) in its sentence, else any year of the
        sentence, else those of the section and title.
        """
        dated = figure_years(text, Figure(figure.text, figure.value, "", figure.qualifier,
                                    figure.start, figure.end))
        if dated:
            return {int(year) for year in dated}
        years = _year_set(text)
        if years:
            return years
        title = self.index.document(chunk.doc_id).meta.title
        return _year_set(f"{chunk.section_path} {title}")

    def _document_words(self, doc_id: str) -> frozenset[str]:
        """Every word a document uses (cached)."""
        if doc_id not in self._vocabularies:
            self._vocabularies[doc_id] = frozenset(tokenize(self.index.document(doc_id).text))
        return self._vocabularies[doc_id]

    def _title_words(self, doc_id: str) -> frozenset[str]:
        """The words of a document's title and of its issuer.

        A deliberation of Grand Besançon Métropole speaks for it even where neither its
        title nor the sentence names it ("Elle prendra fin au plus tard le …").
        """
        meta = self.index.document(doc_id).meta
        return frozenset(tokenize(f"{meta.title} {meta.issuer}"))

    def _heading(self, chunk: Chunk) -> Chunk | None:
        """The heading chunk of a chunk's section, when it holds a figure."""
        if not chunk.section or chunk.kind == "heading":
            return None
        key = (chunk.doc_id, chunk.section_path)
        if key not in self._headings:
            self._headings[key] = next(
                (c for c in self.index.chunks(chunk.doc_id) if c.kind == "heading"
                 and c.section_path == chunk.section_path and re.search(r"\d", c.text)), None)
        return self._headings[key]

    def _section_words(self, chunk: Chunk) -> frozenset[str]:
        """The words of every chunk under the same section as ``chunk``."""
        key = (chunk.doc_id, chunk.section_path)
        if key not in self._sections:
            self._sections[key] = frozenset(tokenize(" ".join(
                c.text for c in self.index.chunks(chunk.doc_id)
                if c.section_path == chunk.section_path)))
        return self._sections[key]


def _unit_conflicts(claim: Claim, chunk: Chunk) -> tuple[str, ...]:
    """("measure",) when the chunk is another numbered unit than the one the claim names."""
    for kind, number in claim.refs:
        labelled = ref_of(chunk, kind)
        if labelled and number not in labelled and not re.search(
            rf"\b{strip_accents(kind)}s?\s*(?:n°\s*)?{number}\b", strip_accents(chunk.text),
            re.IGNORECASE
        ):  # "les pièces mentionnées à l'article 3", said in Article 4, is not another one
            return ("measure",)
    return ()


def _around(text: str, figures: list[Quantity], position: int) -> set[str]:
    """The words that say what a figure is.

    Those before it back to the previous figure (at most 100 characters), and those after
    it to the next figure or the end of the clause (at most 50 characters, 100 for a date
    or a year).
    """
    figure = figures[position]
    start = max(figure.start - 100, 0)
    if position and figures[position - 1].end > start and not _chained(text, figures, position):
        start = figures[position - 1].end
    start = max([start, *(m.end() for m in re.finditer(r"[;.]\s", text[: figure.start]))])
    words = set(tokenize(text[start : figure.start]))
    following = figures[position + 1].start if position + 1 < len(figures) else len(text)
    reach = figure.end + (100 if figure.kind in ("date", "year") else 50)
    after = text[figure.end : min(following, reach)]
    if following <= reach:
        # "ouverte à 18h00 et levée à 20h58": what follows "et" is said of the next one
        joints = list(re.finditer(r",|\s(?:et|and)\s", after))
        if joints:
            after = after[: joints[-1].start()]
    return words | set(tokenize(re.split(r"[.;:]", after)[0]))


def _chained(text: str, figures: list[Quantity], position: int) -> bool:
    """Whether a figure restates the one before ("7 500 € HT soit 9000 € TTC")."""
    gap = text[figures[position - 1].end : figures[position].start]
    return bool(re.fullmatch(r"\s*(?:,|soit|ou|/|\(|et)?\s*", gap))


def _year_set(text: str) -> set[int]:
    """The years a text names, ranges spelt out ("2020-2022": 2020, 2021, 2022)."""
    return {int(year) for match in YEAR_SPAN.finditer(text) for year in years_of(match)}
