"""What the web app shows, built from records: sources, references, document windows.

Pure functions, no Gradio: every string that comes from a document (titles, quotes, the
document text) is HTML-escaped here, so a document holding ``<script>`` is shown as text.
The figures an answer gives are highlighted where a quote states them.

Example:
    >>> from assistant.figures import figures
    >>> highlight("ramené à 5.500 € HT soit 6.600€ TTC", figures("5.500 € HT"))
    'ramené à <mark class="figure">5.500 € HT</mark> soit 6.600€ TTC'
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from assistant.figures import Figure, figures
from assistant.index import DocumentRecord, Index
from assistant.types import PATH_SEPARATOR, Answer, Citation, Page

#: Interface texts, French first; the keys are the same in every language.
LABELS: dict[str, dict[str, str]] = {
    "fr": {
        "title": "Assistant des documents du cluster santé",
        "intro": "Posez une question sur les documents : chaque réponse cite la clause exacte "
                 "(document, article ou mesure, page, passage cité).",
        "language": "Langue",
        "tab_chat": "Conversation",
        "tab_document": "Document",
        "tab_corpus": "Corpus",
        "chat": "Conversation",
        "question": "Votre question",
        "placeholder": "Ex. : Quel est le budget Région de la mesure 8 ?",
        "send": "Envoyer",
        "clear": "Effacer la conversation",
        "examples": "Exemples de questions",
        "filters": "Filtres",
        "filter_docs": "Seulement ces documents",
        "filter_types": "Seulement ces types de documents",
        "sources": "Sources de la dernière réponse",
        "no_sources": "Les sources de la réponse s'afficheront ici.",
        "closest": "Pas de réponse dans les documents. Sections les plus proches :",
        "copy": "Copier la citation",
        "copied": "Citation copiée",
        "open": "Voir dans le document",
        "reference": "Référence à citer",
        "page": "p.",
        "decimal": ",",
        "no_document": "Cliquez sur « Voir dans le document » à côté d'une source pour "
                       "l'afficher ici.",
        "document_pick": "Document à parcourir",
        "chunks": "Passages citables du document",
        "documents": "Documents indexés",
        "doc_columns": "id|titre|type|date|émetteur|passages|fichier",
        "chunk_columns": "locator|type|page|début|fin|section|texte",
        "upload": "Ajouter des documents (PDF, TXT ou MD)",
        "upload_button": "Ajouter au corpus",
        "reingest": "Réindexer le corpus",
        "delete_pick": "Document à supprimer",
        "delete_confirm": "Je confirme la suppression (fichier et index)",
        "delete": "Supprimer le document",
        "status": "État",
        "indexing": "Indexation…",
        "added": "« {name} » ajouté : {chunks} passages indexés (id {doc_id}).",
        "upload_type": "« {name} » refusé : type de fichier non accepté (PDF, TXT ou MD "
                       "seulement).",
        "upload_empty": "« {name} » refusé : le fichier est vide.",
        "upload_size": "« {name} » refusé : il dépasse la taille maximale de {max_mb} Mo.",
        "upload_duplicate": "« {name} » refusé : ce fichier est déjà dans le corpus ({detail}).",
        "upload_unreadable": "« {name} » refusé : illisible ({detail}). Rien n'a été ajouté.",
        "no_file": "Choisissez d'abord un ou plusieurs fichiers.",
        "deleted": "« {doc_id} » supprimé de l'index{file}.",
        "deleted_file": " et du dossier du corpus",
        "confirm_first": "Cochez la case de confirmation avant de supprimer.",
        "pick_first": "Choisissez d'abord un document.",
        "reingested": "Corpus réindexé : {added} ajoutés, {updated} mis à jour, {unchanged} "
                      "inchangés, {removed} retirés, {failed} en échec ; {chunks} passages.",
        "error": "Erreur : {message}",
        "internal_error": "Une erreur inattendue est survenue ; elle a été consignée dans le "
                          "journal du serveur.",
    },
    "en": {
        "title": "Health-cluster documents assistant",
        "intro": "Ask a question about the documents: every answer cites the exact clause "
                 "(document, article or measure, page, quoted text).",
        "language": "Language",
        "tab_chat": "Chat",
        "tab_document": "Document",
        "tab_corpus": "Corpus",
        "chat": "Conversation",
        "question": "Your question",
        "placeholder": "E.g.: What is the Region's budget for measure 8?",
        "send": "Send",
        "clear": "Clear the conversation",
        "examples": "Example questions",
        "filters": "Filters",
        "filter_docs": "Only these documents",
        "filter_types": "Only these document types",
        "sources": "Sources of the last answer",
        "no_sources": "The sources of the answer will show here.",
        "closest": "The documents do not answer this. Closest sections:",
        "copy": "Copy citation",
        "copied": "Citation copied",
        "open": "Show in the document",
        "reference": "Reference to cite",
        "page": "p.",
        "decimal": ".",
        "no_document": "Click “Show in the document” beside a source to display it here.",
        "document_pick": "Document to browse",
        "chunks": "Citable passages of the document",
        "documents": "Indexed documents",
        "doc_columns": "id|title|type|date|issuer|passages|file",
        "chunk_columns": "locator|kind|page|start|end|section|text",
        "upload": "Add documents (PDF, TXT or MD)",
        "upload_button": "Add to the corpus",
        "reingest": "Re-index the corpus",
        "delete_pick": "Document to delete",
        "delete_confirm": "I confirm the deletion (file and index)",
        "delete": "Delete the document",
        "status": "Status",
        "indexing": "Indexing…",
        "added": "“{name}” added: {chunks} passages indexed (id {doc_id}).",
        "upload_type": "“{name}” refused: file type not accepted (PDF, TXT or MD only).",
        "upload_empty": "“{name}” refused: the file is empty.",
        "upload_size": "“{name}” refused: it is larger than {max_mb} MB.",
        "upload_duplicate": "“{name}” refused: this file is already in the corpus ({detail}).",
        "upload_unreadable": "“{name}” refused: unreadable ({detail}). Nothing was added.",
        "no_file": "Choose one or more files first.",
        "deleted": "“{doc_id}” removed from the index{file}.",
        "deleted_file": " and from the corpus folder",
        "confirm_first": "Tick the confirmation box before deleting.",
        "pick_first": "Choose a document first.",
        "reingested": "Corpus re-indexed: {added} added, {updated} updated, {unchanged} "
                      "unchanged, {removed} removed, {failed} failed; {chunks} passages.",
        "error": "Error: {message}",
        "internal_error": "Something unexpected went wrong; it was written to the server log.",
    },
}

_PERIOD = re.compile(r"\b(?:19|20)\d{2}\s*[-–/]\s*(?:19|20)\d{2}\b")
#: How much document text the document view shows on each side of a cited span.
WINDOW_CHARS = 1500
#: Closest sections shown when the assistant abstains, and how much of each.
CLOSEST_SECTIONS = 3
CLOSEST_CHARS = 400


def answer_figures(answer: Answer) -> list[Figure]:
    """The figures an answer states in its own words, not inside quotes or source names.

    An abstention states none: its text only names the closest sections.
    """
    if answer.abstained:
        return []
    text = re.sub(r"«[^»]*»", " ", answer.answer)
    names = set()
    for citation in answer.citations:
        names |= {citation.title, citation.section, citation.label}
        names |= set(citation.label.split(PATH_SEPARATOR))  # "Mesure n°8" names no figure
    for name in sorted(filter(None, names), key=len, reverse=True):
        text = text.replace(name, " ")
    # A period ("Budget Région M€ 2020-2022 : 25") names a column, it is not the answer.
    return figures(_PERIOD.sub(" ", text))


def wanted_figures(answer: Answer) -> list[Figure]:
    """The figures to highlight in the sources: the answer's, else the question's.

    Of the question, only amounts and years count: "mesure 8" names a unit, not a figure.
    """
    found = answer_figures(answer)
    if found:
        return found
    return [f for f in figures(answer.question) if f.is_amount or 1900 <= f.value <= 2100]


def _same(figure: Figure, wanted: Figure) -> bool:
    return (
        abs(figure.value - wanted.value) < 1e-9
        and (not wanted.unit or figure.unit == wanted.unit)
        and (not (wanted.qualifier and figure.qualifier) or figure.qualifier == wanted.qualifier)
    )


def _marks(text: str, wanted: Sequence[Figure], offset: int = 0) -> list[tuple[int, int, str]]:
    """Tags around each figure of ``text`` that is one of ``wanted`` (positions + offset)."""
    tags = []
    for figure in figures(text):
        if any(_same(figure, other) for other in wanted):
            tags.append((offset + figure.start, 2, '<mark class="figure">'))
            tags.append((offset + figure.end, 0, "</mark>"))
    return tags


def _tagged(text: str, tags: Sequence[tuple[int, int, str]], offset: int = 0) -> str:
    """``text`` escaped, with HTML tags inserted at (position, order, tag).

    At the same position, lower orders come first: closing tags (0) before separators (1)
    before opening tags (2), so tags never cross.
    """
    out, pos = [], offset
    for at, _, tag in sorted(tags, key=lambda t: (t[0], t[1])):
        out.append(html.escape(text[pos - offset : at - offset]))
        out.append(tag)
        pos = at
    out.append(html.escape(text[pos - offset :]))
    return "".join(out)


def highlight(text: str, wanted: Sequence[Figure]) -> str:
    """``text`` escaped, with the figures that are among ``wanted`` in ``<mark>``."""
    return _tagged(text, _marks(text, wanted))


def locator(citation: Citation) -> str:
    """The locator and page of a citation: "Article 5, p. 9"."""
    page = f", p. {citation.page}" if citation.page is not None else ""
    return f"{citation.label}{page}"


def reference(citation: Citation) -> str:
    """A ready-to-paste reference: « quote » — document title, locator, page.

    Example:
        « … cotisation 2020 … 5.500 € HT soit 6.600€ TTC. » — Délibération
        n°2019-12-21_1668 — Convention …, Article 5
    """
    quote = " ".join(citation.quote.split())
    return f"« {quote} » — {citation.title}, {locator(citation)}"


def _clip(text: str, limit: int | None) -> str:
    if limit is None or len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return f"{cut} …"


def citation_html(number: int, citation: Citation, wanted: Sequence[Figure],
                  labels: Mapping[str, str], clip: int | None = None,
                  citable: bool = True) -> str:
    """One source card: title, locator, section, quote with figures marked, reference, actions.

    ``data-copy`` holds the reference copied by the copy button (see ``SOURCES_JS`` in
    ``ui.py``); ``data-open`` the citation's position, for the document view. A section
    that is not ``citable`` (the closest one to a question left unanswered) has neither
    reference nor copy button: it supports nothing.
    """
    quote = _clip(" ".join(citation.quote.split()), clip)
    ref = reference(citation)
    esc = html.escape
    section = (
        f'<div class="source-section">{esc(citation.section)}</div>'
        if citation.section and citation.section != citation.label else ""
    )
    copy = (
        f'<div class="source-reference" title="{esc(labels["reference"])}">{esc(ref)}</div>'
        f'<div class="source-actions">'
        f'<button type="button" class="source-copy" data-copy="{esc(ref)}" '
        f'data-copied="{esc(labels["copied"])}">{esc(labels["copy"])}</button>'
    ) if citable else '<div class="source-actions">'
    return (
        f'<article class="source" id="source-{number}">'
        f'<div class="source-head"><span class="source-number">[{number}]</span> '
        f'<span class="source-title">{esc(citation.title)}</span></div>'
        f'<div class="source-locator">{esc(locator(citation))}</div>{section}'
        f'<blockquote class="source-quote">{highlight(quote, wanted)}</blockquote>{copy}'
        f'<button type="button" class="source-open" data-open="{number - 1}">'
        f'{esc(labels["open"])}</button></div></article>'
    )


def closest_sections(index: Index, answer: Answer,
                     count: int = CLOSEST_SECTIONS) -> list[Citation]:
    """The first retrieved sections of an abstention, one per locator, as citations."""
    out: list[Citation] = []
    seen: set[tuple[str, str]] = set()
    for chunk_id in answer.retrieved:
        try:
            chunk = index.chunk(chunk_id)
            title = index.document(chunk.doc_id).meta.title
        except KeyError:  # removed from the index since the question was answered
            continue
        if (chunk.doc_id, chunk.label) in seen:
            continue
        seen.add((chunk.doc_id, chunk.label))
        out.append(Citation(doc_id=chunk.doc_id, title=title,
                            section=chunk.section_path or chunk.label, label=chunk.label,
                            quote=chunk.text, page=chunk.page, start=chunk.start, end=chunk.end))
        if len(out) == count:
            break
    return out


def sources_html(citations: Sequence[Citation], wanted: Sequence[Figure], abstained: bool,
                 labels: Mapping[str, str]) -> str:
    """The sources panel: each citation of the last answer, or the closest sections."""
    if not citations and not abstained:
        return f'<div class="sources-empty">{html.escape(labels["no_sources"])}</div>'
    head = labels["closest"] if abstained else labels["sources"]
    cards = "".join(
        citation_html(number, citation, wanted, labels, CLOSEST_CHARS if abstained else None,
                      citable=not abstained)
        for number, citation in enumerate(citations, 1)
    )
    kind = "sources closest" if abstained else "sources"
    return f'<section class="{kind}"><h3>{html.escape(head)}</h3>{cards}</section>'


@dataclass(frozen=True)
class Window:
    """The part of a document shown around a span: [start, end) of the text."""

    start: int
    end: int


def document_window(text: str, start: int, end: int, context: int = WINDOW_CHARS) -> Window:
    r"""Up to ``context`` characters each side of ``[start, end)``, cut at line breaks.

    Example:
        >>> document_window("a\nbb\nccc\ndd\ne", 5, 8, context=3)
        Window(start=5, end=8)
    """
    low = max(0, start - context)
    if low > 0:
        newline = text.find("\n", low, start)
        low = newline + 1 if newline != -1 else low
    high = min(len(text), end + context)
    if high < len(text):
        newline = text.rfind("\n", end, high)
        high = newline if newline != -1 else high
    return Window(low, high)


def page_name(page: Page, labels: Mapping[str, str]) -> str:
    """The page as shown: "p. 3", with its printed label when it differs: "p. 3 (iii)"."""
    printed = f" ({page.label})" if page.label and page.label != str(page.number) else ""
    return f"{labels['page']} {page.number}{printed}"


def document_html(record: DocumentRecord, start: int, end: int, wanted: Sequence[Figure],
                  labels: Mapping[str, str], context: int = WINDOW_CHARS,
                  locator: str = "") -> str:
    """The document text around ``[start, end)``, the span marked, page breaks shown.

    ``locator`` (the citation's "Article 5") is shown under the title with the page.
    """
    window = document_window(record.text, start, end, context)
    text = record.text[window.start : window.end]
    tags: list[tuple[int, int, str]] = [
        (start, 2, '<mark class="cited" id="cited-span">'),
        (end, 0, "</mark>"),
        *_marks(record.text[start:end], wanted, offset=start),
    ]
    for page in record.pages:
        if window.start < page.start < window.end:
            name = html.escape(page_name(page, labels))
            tags.append((page.start, 1, f'<span class="page-break">— {name} —</span>'))
    cited_page = record.page_at(start)
    where = ", ".join(filter(None, [locator, page_name(cited_page, labels) if cited_page else ""]))
    before = "… " if window.start > 0 else ""
    after = " …" if window.end < len(record.text) else ""
    return (
        f'<section class="document-view" data-doc="{html.escape(record.doc_id)}">'
        f'<h3 class="document-title">{html.escape(record.meta.title)}</h3>'
        f'<div class="document-locator">{html.escape(where)}</div>'
        f'<pre class="document-text">{before}{_tagged(text, tags, offset=window.start)}'
        f"{after}</pre></section>"
    )


def escape_markdown(text: str) -> str:
    r"""Plain text made safe for the chat's markdown: HTML escaped, markdown marks quoted.

    Example:
        >>> escape_markdown("<b>n°2019_12_21</b> *x*")
        '&lt;b&gt;n°2019\\_12\\_21&lt;/b&gt; \\*x\\*'
    """
    escaped = html.escape(text, quote=False)
    return re.sub(r"([\\`*_\[\]{}#|~])", r"\\\1", escaped)
