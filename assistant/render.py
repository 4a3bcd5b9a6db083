"""What the web app shows, built from records: sources, references, verdicts, documents.

Pure functions, no Gradio: every string that comes from a document or a user (titles,
quotes, the document text, claims) is HTML-escaped here, so a document or a claim holding
``<script>`` is shown as text. The figures an answer gives are highlighted where a quote
states them; a verdict's figures where its checks found them, differing or agreeing.

Example:
    >>> from assistant.figures import figures
    >>> highlight("ramené à 5.500 € HT soit 6.600€ TTC", figures("5.500 € HT"))
    'ramené à <mark class="figure">5.500 € HT</mark> soit 6.600€ TTC'
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from assistant.figures import Figure, figures
from assistant.index import Index
from assistant.types import (
    PATH_SEPARATOR,
    Answer,
    Citation,
    DocumentRecord,
    FigureCheck,
    Page,
    Verdict,
)

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
        "edits_off": "Ajouter, supprimer ou réindexer des documents demande une connexion : "
        "lancez l'application avec `ASSISTANT_AUTH` (ou `--auth-file`), ou avec "
        "`--allow-corpus-edits` sur un poste que vous seul utilisez.",
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
        "tab_check": "Vérification",
        "claims": "Affirmations à vérifier, une par ligne",
        "claims_placeholder": "Ex. : La cotisation 2020 de l'EPT à Medicen est de 7 500 € HT.",
        "check": "Vérifier",
        "check_examples": "Exemples d'affirmations",
        "no_checks": "Collez une ou plusieurs affirmations, une par ligne, puis cliquez sur "
                     "« Vérifier » : chacune reçoit un verdict, son explication et les passages "
                     "cités.",
        "no_claims": "Aucune affirmation à vérifier : collez-en une par ligne.",
        "checking": "Vérification en cours : {done} sur {total}…",
        "checked": "Résultat de la vérification",
        "too_many": "Au plus {limit} affirmations par vérification : les {limit} premières ont "
                    "été vérifiées, les {skipped} suivantes non. Relancez avec celles-ci.",
        "verdict_supported": "Confirmé",
        "verdict_contradicted": "Contredit",
        "verdict_not_in_corpus": "Absent du corpus",
        "verdict_error": "Non vérifié",
        "evidence": "Passages cités",
        "agrees": "concorde",
        "differs": "diffère",
        "aspect_value": "valeur",
        "aspect_HT/TTC": "HT/TTC",
        "aspect_year": "année",
        "aspect_date": "date",
        "aspect_column": "colonne",
        "aspect_row": "ligne du tableau",
        "aspect_measure": "mesure",
        "aspect_body": "organisme ou personne",
        "reingested": "Corpus réindexé : {added} ajoutés, {updated} mis à jour, {unchanged} "
                      "inchangés, {removed} retirés, {failed} en échec ; {chunks} passages.",
        "error": "Erreur : {message}",
        "internal_error": "Une erreur inattendue est survenue ; elle a été consignée dans le "
                          "journal du serveur.",
        "writing": "Rédaction par le modèle… (elle sera vérifiée avant d'être retenue)",
        "verified": "✓ vérifié : réponse rédigée par le modèle, chaque chiffre et chaque "
                    "citation retrouvés dans les passages cités.",
        "fallback": "La réponse rédigée par le modèle n'a pas été retenue ({reason}) : voici "
                    "la réponse extraite des documents.",
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
        "edits_off": "Adding, deleting or re-indexing documents needs a login: start the app "
        "with `ASSISTANT_AUTH` (or `--auth-file`), or with `--allow-corpus-edits` on a "
        "machine only you use.",
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
        "tab_check": "Fact-check",
        "claims": "Claims to check, one per line",
        "claims_placeholder": "E.g.: The EPT's 2019 membership fee was €5,500 excluding VAT.",
        "check": "Check",
        "check_examples": "Example claims",
        "no_checks": "Paste one or more claims, one per line, then click “Check”: each gets a "
                     "verdict, its explanation and the quoted passages.",
        "no_claims": "No claim to check: paste one per line.",
        "checking": "Checking: {done} of {total}…",
        "checked": "Fact-check results",
        "too_many": "At most {limit} claims per check: the first {limit} were checked, the "
                    "next {skipped} were not. Check those in another run.",
        "verdict_supported": "Supported",
        "verdict_contradicted": "Contradicted",
        "verdict_not_in_corpus": "Not in the corpus",
        "verdict_error": "Not checked",
        "evidence": "Quoted passages",
        "agrees": "agrees",
        "differs": "differs",
        "aspect_value": "value",
        "aspect_HT/TTC": "HT/TTC",
        "aspect_year": "year",
        "aspect_date": "date",
        "aspect_column": "column",
        "aspect_row": "table row",
        "aspect_measure": "measure",
        "aspect_body": "body or person",
        "reingested": "Corpus re-indexed: {added} added, {updated} updated, {unchanged} "
                      "unchanged, {removed} removed, {failed} failed; {chunks} passages.",
        "error": "Error: {message}",
        "internal_error": "Something unexpected went wrong; it was written to the server log.",
        "writing": "The model is writing… (it will be verified before it is kept)",
        "verified": "✓ verified: written by the model, every figure and citation found in "
                    "the passages it cites.",
        "fallback": "The model's answer was not kept ({reason}); here is the answer "
                    "extracted from the documents.",
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
    return _card(number, citation, highlight(quote, wanted), labels, citable=citable)


def _card(number: int, citation: Citation, quote: str, labels: Mapping[str, str], *,
          citable: bool = True, opens: int | None = None, card_id: str = "",
          notes: str = "") -> str:
    """A source card around a quote already escaped and marked (see ``citation_html``).

    ``opens`` is the position ``data-open`` sends (``number - 1`` unless given), ``card_id``
    the card's id (``source-<number>`` unless given), ``notes`` HTML shown under the quote.
    """
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
        f'<article class="source" id="{esc(card_id or f"source-{number}")}">'
        f'<div class="source-head"><span class="source-number">[{number}]</span> '
        f'<span class="source-title">{esc(citation.title)}</span></div>'
        f'<div class="source-locator">{esc(locator(citation))}</div>{section}'
        f'<blockquote class="source-quote">{quote}</blockquote>{notes}{copy}'
        f'<button type="button" class="source-open" '
        f'data-open="{number - 1 if opens is None else opens}">'
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


# -- fact-check ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Checked:
    """A claim of the fact-check tab: its verdict, or why it could not be checked."""

    claim: str
    verdict: Verdict | None = None
    error: str = ""


@dataclass(frozen=True)
class FactCheck:
    """What the fact-check tab shows: the claims of one run, in the order they were pasted.

    ``total`` is how many claims the run checks (more than ``results`` while it runs),
    ``skipped`` how many were pasted beyond the limit of a run and left unchecked (``total``
    is then that limit).
    """

    results: tuple[Checked, ...] = ()
    total: int = 0
    skipped: int = 0

    @property
    def evidence(self) -> list[tuple[Citation, tuple[FigureCheck, ...]]]:
        """Every quoted passage with its figure checks, in the order the cards show them.

        A card's ``data-open`` is its position in this list.
        """
        return [pair for checked in self.results if checked.verdict
                for pair in _evidence(checked.verdict)]


def _evidence(verdict: Verdict) -> list[tuple[Citation, tuple[FigureCheck, ...]]]:
    """Each citation of a verdict with its figure checks (none when the verdict has none)."""
    checks = list(verdict.figures) + [()] * (len(verdict.citations) - len(verdict.figures))
    return list(zip(verdict.citations, checks, strict=False))


def evidence_figures(checks: Sequence[FigureCheck]) -> list[Figure]:
    """The document's figures of a citation's checks, to highlight in the document view."""
    return [figure for check in checks for figure in figures(check.found)]


def _check_marks(text: str, spans: Iterable[tuple[int, int, str, bool]]
                 ) -> list[tuple[int, int, str]]:
    """Tags around each (start, end, figure, differs) of ``text``.

    A span is marked only where ``text`` holds that figure there; a figure that differs in
    one check is marked as differing; a span overlapping one already marked is not (tags
    never cross).
    """
    differs: dict[tuple[int, int], bool] = {}
    for start, end, figure, differing in spans:
        if figure and 0 <= start < end <= len(text) and text[start:end] == figure:
            differs[start, end] = differs.get((start, end), False) or differing
    tags: list[tuple[int, int, str]] = []
    reached = 0
    for (start, end), differing in sorted(differs.items()):
        if start < reached:
            continue
        kind = "differs" if differing else "agrees"
        tags += [(start, 2, f'<mark class="{kind}">'), (end, 0, "</mark>")]
        reached = end
    return tags


def _squeezed(text: str, tags: Sequence[tuple[int, int, str]]
              ) -> tuple[str, list[tuple[int, int, str]]]:
    r"""``" ".join(text.split())``, the tags moved along to the same characters.

    Example:
        >>> _squeezed("Mesure n°8\t25\n  47", [(16, 2, "<b>"), (18, 0, "</b>")])
        ('Mesure n°8 25 47', [(14, 2, '<b>'), (16, 0, '</b>')])
    """
    moved = [0] * (len(text) + 1)  # moved[i]: where text[i] lands
    words: list[str] = []
    length = reached = 0
    for word in re.finditer(r"\S+", text):
        if words:
            length += 1  # the one space left between two words
        for position in range(reached, word.start()):
            moved[position] = length
        for position in range(word.start(), word.end() + 1):
            moved[position] = length + position - word.start()
        length += word.end() - word.start()
        reached = word.end() + 1
        words.append(word.group())
    for position in range(reached, len(text) + 1):
        moved[position] = length
    return " ".join(words), [(moved[at], order, tag) for at, order, tag in tags]


def _compared(check: FigureCheck, labels: Mapping[str, str]) -> str:
    """The claim's figure against the document's: "7 500 € HT → 5.500 € HT (valeur)"."""
    if check.agrees:
        kind, why = "agrees", labels["agrees"]
    else:
        kind, why = "differs", labels.get(f"aspect_{check.aspect}", check.aspect or
                                          labels["differs"])
    esc = html.escape
    return (f'<li class="figure-check {kind}">{esc(check.claimed)} → {esc(check.found or "—")}'
            f" ({esc(why)})</li>")


def evidence_html(number: int, citation: Citation, checks: Sequence[FigureCheck],
                  labels: Mapping[str, str], opens: int, card_id: str) -> str:
    """A passage quoted for a claim, as a source card with the document's figures marked.

    The figure a check found is marked ``<mark class="differs">`` when it is not the claim's,
    ``<mark class="agrees">`` when it is; under the quote, each of the claim's figures
    against the document's.
    """
    tags = _check_marks(citation.quote, [
        (check.start - citation.start, check.end - citation.start, check.found, not check.agrees)
        for check in checks
    ])
    quote = _tagged(*_squeezed(citation.quote, tags))
    notes = ('<ul class="figure-checks">'
             + "".join(_compared(check, labels) for check in checks) + "</ul>") if checks else ""
    return _card(number, citation, quote, labels, opens=opens, card_id=card_id, notes=notes)


def claim_html(number: int, checked: Checked, labels: Mapping[str, str], first: int = 0) -> str:
    """A claim's card: the claim, its verdict badge, the explanation, the quoted passages.

    In the claim, its figures are marked as in the quotes (``differs`` or ``agrees``);
    ``first`` is the position of the claim's first passage in ``FactCheck.evidence``.
    """
    esc = html.escape
    verdict = checked.verdict
    kind = verdict.verdict if verdict else "error"
    badge = f'<span class="verdict verdict-{kind}">{esc(labels[f"verdict_{kind}"])}</span>'
    if verdict is None:
        return (f'<article class="claim claim-{kind}" id="claim-{number}">'
                f'<div class="claim-head">{badge} <span class="claim-text">{esc(checked.claim)}'
                f'</span></div><p class="claim-explanation">{esc(checked.error)}</p></article>')
    evidence = _evidence(verdict)
    spans = [(check.claim_start, check.claim_end, check.claimed, not check.agrees)
             for _, checks in evidence for check in checks]
    claim = _tagged(verdict.claim, _check_marks(verdict.claim, spans))
    cards = "".join(
        evidence_html(position, citation, checks, labels, opens=first + position - 1,
                      card_id=f"claim-{number}-source-{position}")
        for position, (citation, checks) in enumerate(evidence, 1)
    )
    passages = (f'<div class="claim-evidence"><h4>{esc(labels["evidence"])}</h4>{cards}</div>'
                if cards else "")
    return (
        f'<article class="claim claim-{kind}" id="claim-{number}">'
        f'<div class="claim-head">{badge} <span class="claim-text">{claim}</span></div>'
        f'<p class="claim-explanation">{esc(verdict.explanation)}</p>{passages}</article>'
    )


def factcheck_html(checks: FactCheck, labels: Mapping[str, str]) -> str:
    """The fact-check panel: a card per claim checked, and what is left while it runs."""
    esc = html.escape
    if not checks.total:
        return f'<div class="factcheck-empty">{esc(labels["no_checks"])}</div>'
    running = len(checks.results) < checks.total
    head = (labels["checking"].format(done=len(checks.results), total=checks.total)
            if running else labels["checked"])
    notice = (f'<p class="factcheck-limit">'
              f'{esc(labels["too_many"].format(limit=checks.total, skipped=checks.skipped))}'
              "</p>") if checks.skipped else ""
    cards, first = [], 0
    for number, checked in enumerate(checks.results, 1):
        cards.append(claim_html(number, checked, labels, first))
        first += len(checked.verdict.citations) if checked.verdict else 0
    kind = "factcheck running" if running else "factcheck"
    return f'<section class="{kind}"><h3>{esc(head)}</h3>{notice}{"".join(cards)}</section>'


# -- document view ------------------------------------------------------------------------


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
