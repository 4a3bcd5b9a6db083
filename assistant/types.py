"""Records that flow between the stages: documents, pages and chunks."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
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
        if not self.pages:
            return None
        starts = [page.start for page in self.pages]
        return self.pages[max(0, bisect.bisect_right(starts, offset) - 1)]


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
