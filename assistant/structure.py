"""SourceDocument -> clause-level chunks: articles, measures, decisions, list items, table rows.

The document text is read as a sequence of elements (headings, paragraphs, list items,
table rows), the headings are nested by rank into a tree, and the tree is cut into the
smallest citable units. Every chunk records its exact span of the document text, its
section path and a short label at the moment it is created.
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass, field
from typing import Literal

from assistant.numbering import (
    CLAUSE,
    GENERIC,
    HEADING_START,
    ITEM_MARKER,
    LETTER,
    PART,
    SUBPART,
    UNITS,
    Heading,
    numbered,
    short,
    title,
    title_after_number,
)
from assistant.types import PATH_SEPARATOR, Chunk, ChunkKind, SourceDocument

logger = logging.getLogger(__name__)

#: Bump when chunking changes: an index built by another version is re-chunked.
CHUNKER_VERSION = "11"

_PART_WORDS = re.compile(
    r"^(?:gouvernance|sommaire|d[ée]lib[ée]ration\b.*|deliberation\b.*|tableau\b.*|"
    r"bilan\b.*|synthèse\b.*)\s*:?$",
    re.IGNORECASE,
)
#: A numbered table or figure caption: "Tableau 2 – Budget", "Table 1.1 Contributions".
_CAPTION = re.compile(r"^(?:tableau|table|figure|graphique)\s+(?:n°\s*)?\d+(?:\.\d+)*\b",
                      re.IGNORECASE)
#: Kinds of headings that number their unit: their labels make up a chunk's locator.
_NUMBERED_KINDS = frozenset(unit.key for unit in UNITS) | {"section"}
#: Parts that come before the clauses; the first article closes them.
_PREAMBLE_WORDS = re.compile(
    r"^(?:exposé des motifs|expose des motifs|préambule|preambule|résumé|resume|"
    r"considérants?|visas)\s*:?$",
    re.IGNORECASE,
)
_ROMAN = re.compile(r"^([IVX]{1,5})\s*[.)\-–]\s+(\S.{0,150})$")
_LETTER = re.compile(r"^([A-H])\s*[/)]\s*(\S.{0,200})$")
#: A list item: bullet, "1.", "1)", "1°", "a)", "(a)", "ii)".
_ITEM = re.compile(rf"^([ \t]*)({ITEM_MARKER}|[ivx]{{1,4}}\))\s+(\S.*)$")
_MEASURE_REF = re.compile(r"\bmesures?\s*(?:n°\s*)?(\d+)(?:\s*(?:à|-)\s*(\d+))?", re.IGNORECASE)
_DECISION_INTRO = re.compile(
    r"\b(?:conseil|bureau|assemblée|comité)\b[^.]{0,80}\b(?:délibère|décide|arrête)\b"
    r"|[àa] l'unanimit[ée][^.]{0,60}\b(?:conseil|bureau|assemblée)\b",
    re.IGNORECASE,
)
_NUMERIC_CELL = re.compile(r"^[\d\s.,%€$kKmM+\-–/()àa]*\d[\d\s.,%€$kKmM+\-–/()àa]*$")
#: A cell that is a year or a span of years: a column's title, not a value.
_YEARS = re.compile(r"(?:19|20)\d{2}(?:\s*[-–/à]\s*(?:19|20)\d{2})?")
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[A-ZÀ-ÝÉ«\"(])")
#: The introduction of a numbered list of units: "Les 9 axes stratégiques du partenariat :".
_UNITS_INTRO = re.compile(r"\b(axes|mesures|objectifs|articles)\b", re.IGNORECASE)


@dataclass
class Element:
    """A paragraph, list item or table row of the document text."""

    kind: Literal["paragraph", "item", "row"]
    start: int
    end: int
    text: str
    depth: int = 0
    marker: str = ""
    cells: tuple[str, ...] = ()


@dataclass
class Node:
    """A heading with what stands under it (elements and sub-sections, in order)."""

    heading: Heading | None
    parent: Node | None = None
    children: list[Element | Node] = field(default_factory=list)

    def path(self) -> list[Heading]:
        """Headings from the top of the document down to this one."""
        node: Node | None = self
        out: list[Heading] = []
        while node is not None:
            if node.heading is not None:
                out.append(node.heading)
            node = node.parent
        return out[::-1]

    def span(self) -> tuple[int, int]:
        """Start of the heading to the end of the last element under it."""
        start = self.heading.start if self.heading else 0
        end = self.heading.end if self.heading else 0
        for child in self.children:
            end = max(end, child.span()[1] if isinstance(child, Node) else child.end)
        return start, end

    def has_rows(self) -> bool:
        """Whether a table row stands anywhere under this heading."""
        return any(
            child.has_rows() if isinstance(child, Node) else child.kind == "row"
            for child in self.children
        )


def classify_heading(line: str, standalone: bool, before_table: bool) -> Heading | None:
    """The heading a line stands for, or None when it is body text.

    Args:
        line: the stripped line (no tab).
        standalone: the line starts a block (after an empty line or a finished sentence).
        before_table: a table starts right after it (a caption such as "Recettes :").

    """
    found = numbered(line)
    if found is not None and (standalone or len(line) < 120):
        heading, length = found
        if length < len(line):  # "Article 3 – Durée. La convention est conclue…"
            heading.title = title(line[:length].strip())
        heading.end = length
        return heading
    if len(line) > 500 or _ITEM.match(line):
        return None
    if len(line) > 160:
        return None
    if _PREAMBLE_WORDS.match(line):
        return Heading("preamble", SUBPART, title(line), "", 0, 0, short(line))
    if _CAPTION.match(line):  # "Tableau 2 – Budget": a table of the section it stands in
        return Heading("caption", LETTER, title(line), "", 0, 0, short(line))
    if _PART_WORDS.match(line):
        return Heading("part", SUBPART, title(line), "", 0, 0, short(line))
    roman = _ROMAN.match(line)
    if roman:
        return Heading("roman", SUBPART, title(line), roman.group(1), 0, 0, short(line))
    letter = _LETTER.match(line)
    if letter and standalone:
        return Heading("letter", LETTER, title(line), letter.group(1), 0, 0, short(line))
    first = line.split()[0] if line.split() else ""
    if (standalone or line.isupper()) and len(first) >= 6 and first.isupper() and first.isalpha():
        return Heading("part", PART, title(line), "", 0, 0, short(line))
    caption = before_table and line.endswith(":") and len(line) <= 60
    generic = caption or (
        standalone
        and len(line) <= 120
        and len(line.split()) <= 16
        and (line[:1].isupper() or line[:1].isdigit())
        and not re.search(r"[.,;:]$", line)
        and " : " not in line
        and line.count(",") <= 1
        and not re.match(r"^(?:vu|considérant|entendu)\b", line, re.IGNORECASE)
        and re.search(r"[A-Za-zÀ-ÿ]{3}", line) is not None
    )
    if generic:
        return Heading("generic", GENERIC, title(line), "", 0, 0, short(line))
    return None


def _lines(text: str) -> list[tuple[int, int, str]]:
    """Lines of the text with their offsets (end excludes the newline)."""
    out = []
    position = 0
    for line in text.split("\n"):
        out.append((position, position + len(line), line))
        position += len(line) + 1
    return out


def read_elements(text: str) -> list[Element | Heading]:
    """The document text as a flat sequence of headings and elements."""
    lines = _lines(text)
    out: list[Element | Heading] = []
    previous_blank = True
    for index, (start, end, line) in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            previous_blank = True
            continue
        following = next(
            (candidate for _, _, candidate in lines[index + 1 :] if candidate.strip()), ""
        )
        lead = len(line) - len(line.lstrip())
        if "\t" in line:
            cells = tuple(cell.strip() for cell in line.split("\t"))
            out.append(Element("row", start, end, line, cells=cells))
            previous_blank = False
            continue
        # A line that starts its own block: after an empty line or a finished sentence.
        standalone = previous_blank or not re.search(r"[^.!?:;…»)]$", lines[index - 1][2].strip())
        if _continues_title(out, text, start, stripped):
            # An upper-case title goes on over the lines right under it.
            title = out[-1]
            assert isinstance(title, Heading)
            joint = "" if title.title.endswith("-") else " "
            title.title, title.end = f"{title.title}{joint}{stripped}", end
            title.short = short(title.title)
            previous_blank = False
            continue
        heading = classify_heading(stripped, standalone, "\t" in following)
        if heading is not None:
            # a numbered heading may stop before its line does: the rest is its text
            body = heading.end if heading.end and heading.end < len(stripped) else len(stripped)
            heading.start, heading.end = start + lead, start + lead + body
            out.append(heading)
            rest = stripped[body:]
            if rest.strip():
                offset = start + lead + body + len(rest) - len(rest.lstrip())
                out.append(Element("paragraph", offset, end, rest.strip()))
        elif match := _ITEM.match(line):
            out.append(
                Element(
                    "item",
                    start + len(match.group(1)),
                    end,
                    stripped,
                    depth=len(match.group(1).expandtabs(2)) // 2,
                    marker=match.group(2),
                )
            )
        else:
            # Cleaning joined the lines of a sentence: a line that is left is a paragraph.
            out.append(Element("paragraph", start + lead, end, stripped))
        previous_blank = False
    return _demote_false_headings(out)


def _continues_title(out: list[Element | Heading], text: str, start: int, line: str) -> bool:
    """Whether a line goes on with the upper-case document title right above it."""
    if not out or not isinstance(out[-1], Heading):
        return False
    title = out[-1]
    newlines = text[title.end : start].count("\n")
    return (
        title.rank == PART
        and title.title.isupper()
        and len(line) < 150
        and not HEADING_START.match(line)
        and not _PART_WORDS.match(line)
        and not _ITEM.match(line)
        and (newlines == 1 or (newlines == 2 and line.isupper()))
    )


def _demote_false_headings(elements: list[Element | Heading]) -> list[Element | Heading]:
    """Short lines that only look like headings: one introduced by a colon, or a run of them."""
    out = list(elements)
    for index, element in enumerate(out):
        if not isinstance(element, Heading) or element.kind != "generic":
            continue
        before = out[index - 1] if index else None
        after = out[index + 1] if index + 1 < len(out) else None
        introduced = isinstance(before, Element) and before.text.rstrip().endswith(":")
        in_run = isinstance(after, Heading) and after.kind == "generic"
        if introduced or in_run:
            out[index] = Element("paragraph", element.start, element.end, element.title)
    return out


def build_tree(elements: list[Element | Heading]) -> Node:
    """Nest headings by rank; elements hang under the innermost open heading."""
    root = Node(None)
    current = root
    for element in elements:
        if isinstance(element, Heading):
            while current.heading is not None and (
                current.heading.rank >= element.rank
                or (element.kind == "article" and current.heading.kind == "preamble")
            ):
                assert current.parent is not None
                current = current.parent
            node = Node(element, parent=current)
            current.children.append(node)
            current = node
        else:
            # A table of contents ends with its last row: what follows is the document.
            if (
                element.kind != "row"
                and current.heading is not None
                and re.match(r"sommaire|table des matières", current.heading.title, re.I)
                and current.children
                and current.parent is not None
            ):
                current = current.parent
            current.children.append(element)
    return root


def _disambiguate_articles(root: Node) -> None:
    """Two articles with the same number under one parent are told apart by their title."""
    def visit(node: Node) -> None:
        seen: dict[str, list[Heading]] = {}
        for child in node.children:
            if isinstance(child, Node) and child.heading and child.heading.kind == "article":
                seen.setdefault(child.heading.number, []).append(child.heading)
        for headings in seen.values():
            if len(headings) > 1:
                for heading in headings:
                    own = title_after_number(heading.title)
                    heading.short = f"Article {heading.number} ({short(own, 50)})"
        for child in node.children:
            if isinstance(child, Node):
                visit(child)

    visit(root)


def _measure_label(text: str) -> str:
    """'Mesure 7' or 'Mesures 1 à 4' when the text refers to exactly one measure (or range)."""
    refs = {(m.group(1), m.group(2)) for m in _MEASURE_REF.finditer(text)}
    if len(refs) != 1:
        return ""
    first, last = refs.pop()
    return f"Mesures {first} à {last}" if last else f"Mesure {first}"


def _sentences(text: str, start: int, limit: int) -> list[tuple[int, int]]:
    """Spans of at most ``limit`` characters cut at sentence ends.

    A sentence is not cut unless it is longer than ``limit`` itself (a line of thousands
    of characters with no full stop): then it is cut at the last space within the limit,
    or at the limit.
    """
    ends = [m.end() for m in _SENTENCE_END.finditer(text)] + [len(text)]
    cuts, begin = [start], 0
    for end in ends:
        while end - begin > limit:
            space = text.rfind(" ", begin + 1, begin + limit)
            begin = space + 1 if space > begin else begin + limit
            cuts.append(start + begin)
        cuts.append(start + end)
        begin = end
    spans: list[tuple[int, int]] = []
    begin = cuts[0]
    for previous, cut in zip(cuts, cuts[1:], strict=False):
        if cut - begin > limit and previous > begin:
            spans.append((begin, previous))
            begin = previous
    spans.append((begin, cuts[-1]))
    return spans


class _Chunker:
    """Cuts one document tree into chunks."""

    def __init__(self, doc: SourceDocument, max_chars: int) -> None:
        self.doc = doc
        self.max_chars = max_chars
        self.chunks: list[Chunk] = []
        self.unlabelled = 0
        #: The last numbered list: its node, last number and introduction. A press layout
        #: breaks a list with quotes ("1. … 3." then "4. … 9."); the rest keeps the intro.
        self.numbered: tuple[Node, int, Element | None, str] | None = None

    def add(
        self,
        kind: ChunkKind,
        start: int,
        end: int,
        section: list[str],
        label: str,
        rendered: str | None = None,
        group: str = "",
        cells: tuple[tuple[str, str], ...] = (),
    ) -> None:
        # Spans never start or end on white space, so quotes are clean.
        while start < end and self.doc.text[start].isspace():
            start += 1
        while end > start and self.doc.text[end - 1].isspace():
            end -= 1
        text = self.doc.text[start:end]
        if not text:
            return
        page = self.doc.page_at(start)
        key = f"{self.doc.doc_id}:{self.doc.content_hash}:{CHUNKER_VERSION}:{kind}:{start}:{end}"
        self.chunks.append(
            Chunk(
                id=hashlib.sha1(key.encode()).hexdigest()[:20],
                doc_id=self.doc.doc_id,
                kind=kind,
                text=text,
                start=start,
                end=end,
                section=tuple(section),
                label=label,
                context=PATH_SEPARATOR.join([self._document_name(), *section]),
                rendered=rendered if rendered is not None else " ".join(text.split()),
                page=page.number if page else None,
                page_label=page.label if page else "",
                group=group,
                cells=cells,
            )
        )

    def _document_name(self) -> str:
        meta = self.doc.meta
        return f"{meta.title} ({meta.issuer})" if meta.issuer else meta.title

    # -- labels ---------------------------------------------------------------------------

    def base_label(self, node: Node) -> str:
        """Short labels of the numbered headings above, or the innermost heading's.

        Text before any heading (the lead of a press article) is labelled by position.
        """
        path = node.path()
        numbered = [h.short for h in path if h.kind in _NUMBERED_KINDS]
        if numbered:
            return PATH_SEPARATOR.join(numbered)
        if path:
            return path[-1].short
        self.unlabelled += 1
        return f"Paragraphe {self.unlabelled}"

    @staticmethod
    def titles(node: Node) -> list[str]:
        return [h.title for h in node.path()]

    # -- cutting --------------------------------------------------------------------------

    def node(self, node: Node) -> None:
        heading = node.heading
        start, end = node.span()
        groupable = (
            heading is not None
            and heading.rank >= CLAUSE
            and any(isinstance(child, Element) for child in node.children)
            and end - start <= self.max_chars
            and not node.has_rows()
        )
        if groupable:
            assert heading is not None
            label = self.base_label(node)
            measure = _measure_label(self.doc.text[start:end]) if heading.kind != "mesure" else ""
            section = self.titles(node)
            if measure and heading.kind not in ("article", "objectif"):
                label, section = f"{label}{PATH_SEPARATOR}{measure}", [*section, measure]
            self.add("clause", start, end, section, label)
            return
        if heading is not None and len(heading.title) >= 15:
            self.add("heading", heading.start, heading.end, self.titles(node),
                     self.base_label(node))
        self.elements(node)
        for child in node.children:
            if isinstance(child, Node):
                self.node(child)

    def elements(self, node: Node) -> None:
        """Chunks for the paragraphs, lists and tables directly under a heading."""
        elements = [c for c in node.children if isinstance(c, Element)]
        index = 0
        intro: Element | None = None
        while index < len(elements):
            element = elements[index]
            if element.kind == "row":
                rows = [element]
                while index + 1 < len(elements) and elements[index + 1].kind == "row":
                    index += 1
                    rows.append(elements[index])
                self.table(node, rows, first=element is node.children[0])
            elif element.kind == "item":
                items = [element]
                while index + 1 < len(elements) and elements[index + 1].kind == "item":
                    index += 1
                    items.append(elements[index])
                self.items(node, items, intro)
            else:
                run = [element]
                while (
                    len(element.text) < 80
                    and index + 1 < len(elements)
                    and elements[index + 1].kind == "paragraph"
                    and len(elements[index + 1].text) < 80
                    and elements[index + 1].end - run[0].start < 600
                ):
                    index += 1
                    element = elements[index]
                    run.append(element)
                self.paragraph(node, run[0].start, run[-1].end)
                intro = run[-1]
                index += 1
                continue
            intro = None
            index += 1

    def paragraph(self, node: Node, start: int, end: int) -> None:
        text = self.doc.text[start:end]
        label, section = self.base_label(node), self.titles(node)
        measure = _measure_label(text)
        if measure and not label.endswith(measure):
            label = f"{label}{PATH_SEPARATOR}{measure}" if label else measure
            section = [*section, measure]
        for piece_start, piece_end in _sentences(text, start, self.max_chars):
            self.add("paragraph", piece_start, piece_end, section, label)

    def items(self, node: Node, items: list[Element], intro: Element | None) -> None:
        """Each list item is a chunk that carries its introduction (for search)."""
        group = f"list:{items[0].start}"
        first = items[0].marker.rstrip(".)")
        if self.numbered and first.isdigit() and first != "1":
            last_node, last_number, last_intro, last_group = self.numbered
            if last_node is node and last_number == int(first) - 1:
                intro, group = last_intro, last_group
        decision = intro is not None and _DECISION_INTRO.search(intro.text) is not None
        base, titles = self.base_label(node), self.titles(node)
        parents: list[Element | None] = [intro]
        counters: dict[int, int] = {}
        shown: list[str] = []  # the markers of the items above, as labels show them
        depths = _nesting(items)
        for item, depth in zip(items, depths, strict=True):
            counters = {d: n for d, n in counters.items() if d <= depth}
            counters[depth] = counters.get(depth, 0) + 1
            mark = item.marker.strip("(). ")
            number = mark if mark.isdigit() else (
                mark.rstrip("°") if mark.endswith("°") else str(counters[depth]))
            shown = [*shown[:depth], _shown(item.marker, number)]
            parents = parents[: depth + 1]
            parent = parents[depth] if depth < len(parents) else parents[-1]
            intro_text = parent.text if parent is not None else ""
            measure = _measure_label(item.text) or _measure_label(intro_text)
            section = list(titles)
            if decision and depth == 0:
                label = f"Décision {number}"
            elif measure:
                label = f"{base}{PATH_SEPARATOR}{measure}" if base else measure
                section.append(measure)
            elif depth == 0 and item.marker[:1].isdigit() and (
                units := _UNITS_INTRO.search(intro_text)
            ):
                # "Les 9 axes stratégiques du partenariat : … 7. Faciliter …" is Axe 7.
                unit = f"{units.group(1)[:-1].capitalize()} {number}"
                label = f"{base}{PATH_SEPARATOR}{unit}" if base else unit
                section.append(unit)
            else:
                point = ", ".join(shown)
                label = f"{base}, {point}" if base else point[:1].upper() + point[1:]
            for piece_start, piece_end in _sentences(item.text, item.start, self.max_chars):
                piece = self.doc.text[piece_start:piece_end]
                rendered = " ".join(f"{intro_text} {piece}".split())
                self.add("list_item", piece_start, piece_end, section, label, rendered, group)
            if depth == 0 and number.isdigit():
                self.numbered = (node, int(number), intro, group)
            if len(parents) <= depth + 1:
                parents.append(item)
            else:
                parents[depth + 1] = item

    def table(self, node: Node, rows: list[Element], first: bool) -> None:
        """One chunk per table row, with its column headers and its row label."""
        heading = node.heading
        caption = heading.short if first and heading is not None else "Tableau"
        numbered = [h.short for h in node.path() if h.kind in _NUMBERED_KINDS and h is not heading]
        title = PATH_SEPARATOR.join([*numbered, caption])
        header: tuple[str, ...] | None = None
        header_row: Element | None = None
        records: list[list] = []  # [start, end, cells, header]
        for row in rows:
            cells = row.cells
            if _is_header(cells, header):
                header, header_row = cells, header_row or row
                continue
            if header is not None and records and not cells[0] and any(cells):
                record = records[-1]
                record[1] = row.end
                merged = list(record[2]) + [""] * (len(cells) - len(record[2]))
                record[2] = tuple(
                    f"{old} {new}".strip() for old, new in zip(merged, cells, strict=False)
                )
                continue
            records.append([row.start, row.end, cells, header])
        if not records and header_row is not None:
            # A lone row of text cells is content, not the header of an empty table.
            records.append([header_row.start, header_row.end, header_row.cells, None])
        group = f"table:{rows[0].start}"
        for start, end, cells, row_header in records:
            self.row(node, title, start, end, cells, row_header, group)

    def row(
        self,
        node: Node,
        title: str,
        start: int,
        end: int,
        cells: tuple[str, ...],
        header: tuple[str, ...] | None,
        group: str,
    ) -> None:
        names = [h.lower() for h in header] if header else []
        name_columns = [
            i for i, h in enumerate(names) if h in ("titre", "civilité", "nom", "prénom", "name")
        ]
        if "nom" in names or "name" in names:
            row_label = " ".join(cells[i] for i in name_columns if i < len(cells) and cells[i])
            label_columns = set(name_columns)
        else:
            first = next((i for i, cell in enumerate(cells) if cell), 0)
            row_label = cells[first] if cells else ""
            label_columns = {first}
            if header and header[0] and row_label[:1].isdigit():
                row_label = f"{header[0]} {row_label}"
        pairs: list[tuple[str, str]] = []
        for i, value in enumerate(cells):
            if i in label_columns or not value:
                continue
            column = header[i] if header and i < len(header) else ""
            pairs.append((column, value))
        rendered = " — ".join(
            [row_label] + [f"{column} : {value}" if column else value for column, value in pairs]
        )
        section = [*self.titles(node), row_label]
        self.add("table_row", start, end, section, f"{title}{PATH_SEPARATOR}{row_label}",
                 rendered, group, tuple(pairs))


def _shown(marker: str, number: str) -> str:
    """How a label names a list item: "1°", "b)", else "point 2"."""
    mark = marker.strip(" ")
    if mark.endswith("°") or mark[:1].isalpha() or mark.startswith("("):
        return mark if mark.endswith(("°", ")")) else f"{mark.rstrip('.')})"
    return f"point {number}"


def _marker_style(marker: str) -> str:
    return "number" if marker[:1].isdigit() else "letter" if marker[:1].isalpha() else "bullet"


def _nesting(items: list[Element]) -> list[int]:
    """Depth of each item: its indentation or, where there is none (PDF), its marker style.

    Without indentation, an item whose marker style differs from the item before, when
    that one ends with a colon, opens a sub-list; coming back to a style closes it.
    """
    if any(item.depth for item in items):
        return [item.depth for item in items]
    styles: list[str] = []
    depths: list[int] = []
    previous: Element | None = None
    for item in items:
        style = _marker_style(item.marker)
        if not styles:
            styles.append(style)
        elif style in styles:
            del styles[styles.index(style) + 1 :]
        elif previous is not None and previous.text.rstrip().endswith(":"):
            styles.append(style)
        else:
            styles[-1] = style
        depths.append(len(styles) - 1)
        previous = item
    return depths


def _is_header(cells: tuple[str, ...], current: tuple[str, ...] | None) -> bool:
    """A header row: the current header repeated, or the first row of plain titles.

    Years are titles ("Fiche action | 2025 | 2026"), other numbers are values.
    """
    if current is not None:
        return cells == current
    filled = [cell for cell in cells if cell]
    numbers = [cell for cell in filled if _NUMERIC_CELL.match(cell)]
    return len(filled) >= 2 and len(numbers) < len(filled) and all(
        _YEARS.fullmatch(cell) for cell in numbers)


def chunk_document(doc: SourceDocument, max_chars: int = 1500) -> list[Chunk]:
    """Cut a document into clause-level chunks, in document order.

    Example:
        >>> from assistant.load import load_document
        >>> chunks = chunk_document(load_document(Path("corpus/some.pdf")))  # doctest: +SKIP
        >>> chunks[0].label, chunks[0].page  # doctest: +SKIP

    """
    tree = build_tree(read_elements(doc.text))
    _disambiguate_articles(tree)
    chunker = _Chunker(doc, max_chars)
    chunker.node(tree)
    return sorted(chunker.chunks, key=lambda chunk: (chunk.start, chunk.end))
