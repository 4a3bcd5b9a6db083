"""Table rows read for a claim: their cells, the line a claim names, the columns it means.

A table row of the documents is one chunk whose cells carry their column headers. A
figure there is read with its column ("Budget Région M€" makes 25 an amount of 25 M€)
and its line; the claim may name the line (by its measure, by the range its
deliberation is in, by its words) and the column (by the words next to its figure).
"""

from __future__ import annotations

import dataclasses
import re

from assistant.claims.reading import IDENTIFIER, Claim, Part
from assistant.coverage import Coverage
from assistant.figures import Quantity, tax_asked
from assistant.index import Index
from assistant.lexical import tokenize, vote_tokens
from assistant.retrieve import QueryAnalysis, ref_of
from assistant.types import Chunk

#: A range of numbers in a row label ("N° de délibération 1630 à 1744").
RANGE = re.compile(r"\b(\d+)\s*(?:à|a|-|–|to)\s*(\d+)\b")
_MONEY_HEADER = re.compile(r"€|budget|montant|recettes|dépenses|co[uû]t|euros?", re.IGNORECASE)
#: The units a column header gives its amounts, with their scale.
SCALE_HEADER = (("M€", 1e6), ("k€", 1e3), ("K€", 1e3))


class Tables:
    """The rows of the indexed documents' tables, as a claim names them.

    Args:
        index: The indexed documents.
        words: The idf weights of the corpus's words.
    """

    def __init__(self, index: Index, words: Coverage) -> None:
        self.index = index
        self.words = words
        self._tables: dict[tuple[str, str], dict[str, set[str]]] = {}

    def claims_row(self, claim: Claim, chunk: Chunk) -> bool | None:
        """Whether a table row is the line the claim speaks of (not one of its neighbours).

        A row labelled with a range of numbers ("N° de délibération 1630 à 1744") is the
        claim's when the deliberation it names (or the document's own) is in the range; a
        row of the measure the claim names is, the others are not; a row labelled with
        words is when no other row of the table names more of the claim. None when the
        claim names no row of the table.
        """
        label = chunk.label.split(" › ")[-1]
        ranged = RANGE.search(label)
        if ranged:
            wanted = claim.identifiers or frozenset(
                int(n) for m in IDENTIFIER.finditer(self.index.document(chunk.doc_id).meta.title)
                for n in re.findall(r"\d+", m.group(1))
            )
            low, high = int(ranged.group(1)), int(ranged.group(2))
            return any(low <= n <= high for n in wanted) if wanted else None
        if not chunk.group:
            return None
        names = self.row_names(chunk.doc_id, chunk.group)
        for kind, number in claim.refs:
            if ref_of(chunk, kind):
                return number in ref_of(chunk, kind)
            if any(number in ref_of(self.index.chunk(other), kind) for other in names):
                return False  # the claim's measure is another row of this table
        common = set.intersection(*names.values()) if names else set()
        scores = {cid: self.named(claim.subject, toks - common) for cid, toks in names.items()}
        best = max(scores.values(), default=0.0)
        return scores.get(chunk.id, 0.0) >= best - 1e-9 if best > 0 else None

    def row_names(self, doc_id: str, group: str) -> dict[str, set[str]]:
        """The tokens naming each row of a table (cached per table)."""
        key = (doc_id, group)
        if key not in self._tables:
            self._tables[key] = {
                c.id: set(tokenize(_row_name(c))) for c in self.index.chunks(doc_id)
                if c.group == group and c.kind == "table_row"
            }
        return self._tables[key]

    def claimed_columns(self, part: Part, claim: Claim, headers: tuple[str, ...]) -> set[str]:
        """The columns a figure of the claim is said of (empty: it names none).

        Those whose header the words next to it name best, else those the claim names best.
        """
        if len(headers) < 2:
            return set()
        tokens = {h: vote_tokens(h) for h in headers}
        common = set.intersection(*tokens.values())
        near = dataclasses.replace(part.subject, concepts=tuple(
            frozenset({t}) for t in part.near), primary=tuple(frozenset({t}) for t in part.near))
        for analysis in (near, part.subject, claim.subject):
            scores = {}
            for header, toks in tokens.items():
                distinct = toks - common
                named = self.named(analysis, distinct, weighted=False)
                scores[header] = named - 0.1 * len(distinct - claim.tokens) if named else 0.0
            best = max(scores.values())
            if best > 0:
                chosen = {h for h, s in scores.items() if s == best}
                if len(chosen) < len(headers):
                    return chosen
        return set()

    def named(self, analysis: QueryAnalysis, tokens: set[str], weighted: bool = True) -> float:
        """How much of a claim a row label or a column header names.

        Each subject word found counts its idf weight (or 1 when not ``weighted``: headers
        of one table are told apart by their words, not by how rare the words are in the
        corpus); a word met only through a synonym or a translation counts half.
        """
        primary = analysis.primary or analysis.concepts
        total = 0.0
        for concept, own in zip(analysis.concepts, primary, strict=True):
            found = own & tokens or concept & tokens
            if not found:
                continue
            weight = max(self.words.weight(t) for t in found) if weighted else 1.0
            total += weight if own & tokens else 0.5 * weight
        return total


def cells(chunk: Chunk) -> list[tuple[str, int, int]]:
    """(column header, start, end) of each cell of a table row, in document offsets."""
    out = []
    position = 0
    for column, value in chunk.cells:
        pattern = r"\s+".join(re.escape(word) for word in value.split())
        if not pattern:
            continue
        match = re.compile(pattern).search(chunk.text, position)
        if not match:
            continue
        out.append((column, chunk.start + match.start(), chunk.start + match.end()))
        position = match.end()
    return out


def in_column(figure: Quantity, column: str, row: str, chunk: Chunk) -> Quantity:
    """A table cell's figure as its column or row says it is.

    A bare number in a money column or row is an amount ("Budget Région M€" : 25 -> 25 M€;
    the column header gives the unit, or else ``row``, the row's label and first cell,
    "Aides obtenues (M€)"), and an amount is HT or TTC as they say ("Coût HT" : 1 150 000).
    """
    if not column:
        return figure
    if figure.kind in ("count", "number"):
        if not _MONEY_HEADER.search(f"{column} {row} {chunk.section_path}"):
            return figure
        scale = next((factor for header in (column, row) for unit, factor in SCALE_HEADER
                      if unit in header), 1.0)
        figure = dataclasses.replace(figure, kind="money", value=figure.value * scale)
    if figure.kind == "money" and not figure.qualifier:
        tax = tax_asked(column) or tax_asked(row)
        if tax:
            figure = dataclasses.replace(figure, qualifier=tax)
    return figure


def _row_name(chunk: Chunk) -> str:
    """The words that name a table row: its label and its cells without figures."""
    words = [chunk.label.split(" › ")[-1]]
    words += [value for column, value in chunk.cells
              if not column and not re.fullmatch(r"[\d\s.,]+", value)]
    return " ".join(words)
