"""The shared PDFs give the same clause structure as the text corpus, with the right pages."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from assistant.index import Index
from assistant.types import Chunk
from tests.conftest import MEDICEN, PDF_OF, PDFS, PMT, STRATEGY, one


def words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text))


def pdf_chunks(pdf_index: Index, doc_id: str) -> list[Chunk]:
    return pdf_index.chunks(PDF_OF[doc_id].replace("_", "-"))


@pytest.mark.parametrize("doc_id", sorted(PDF_OF))
def test_pdf_and_text_versions_share_their_labels(corpus_index, pdf_index, doc_id):
    text_labels = {chunk.label for chunk in corpus_index.chunks(doc_id)}
    pdf_labels = {chunk.label for chunk in pdf_chunks(pdf_index, doc_id)}
    shared = len(text_labels & pdf_labels) / len(text_labels)
    assert shared >= 0.9, sorted(text_labels - pdf_labels)


@pytest.mark.parametrize(
    ("doc_id", "label"),
    [
        (MEDICEN, "Article 5"),
        (MEDICEN, "Article 6 (Durée de la convention)"),
        (MEDICEN, "Article 6 (Obligations de Medicen)"),
        (MEDICEN, "Décision 2"),
        (MEDICEN, "Tableau › N° de délibération 1630 à 1744"),
        (MEDICEN, "Tableau › Mme ALTMAN Sylvie"),
        (STRATEGY, "Tableau récapitulatif de l'ensemble des mesures › Mesure n°8"),
        (STRATEGY, "Tableau récapitulatif de l'ensemble des mesures › TOTAUX"),
        (STRATEGY, "Axe 5 › Mesure 10"),
        (PMT, "Article 3"),
        (PMT, "Annexe 2 › Recettes › Grand Besançon Métropole"),
        (PMT, "Décision 1"),
    ],
)
def test_same_clause_same_words_in_pdf_and_text(corpus_index, pdf_index, doc_id, label):
    from_text = one(corpus_index.chunks(doc_id), label)
    from_pdf = one(pdf_chunks(pdf_index, doc_id), label)
    assert words(from_pdf.text) == words(from_text.text)
    assert from_pdf.cells == from_text.cells
    assert from_pdf.kind == from_text.kind


def test_pdf_table_row_split_into_one_cell_per_line_keeps_its_headers(pdf_index):
    row = one(pdf_chunks(pdf_index, STRATEGY),
              "Tableau récapitulatif de l'ensemble des mesures › Mesure n°8")
    assert dict(row.cells)["Budget Région M€ 2020-2022"] == "25"
    assert dict(row.cells)["Enveloppe globale (Effet levier moyen X2,6 ) M€"] == "47"


@pytest.mark.parametrize(
    ("doc_id", "label"),
    [
        (MEDICEN, "Article 5"),
        (MEDICEN, "Décision 1"),
        (MEDICEN, "Tableau › M. YBOUET Elie"),
        (STRATEGY, "Axe 3 › Mesure 7"),
        (STRATEGY, "Tableau récapitulatif de l'ensemble des mesures › Mesure n°20"),
        (PMT, "Article 10"),
        (PMT, "Annexe 2 › Dépenses › Total"),
    ],
)
def test_chunks_carry_the_page_their_text_is_on(pdf_index, doc_id, label):
    reader = PdfReader(PDFS / f"{PDF_OF[doc_id]}.pdf")
    chunk = pdf_chunks(pdf_index, doc_id)
    found = [c for c in chunk if c.label == label][0]
    first_words = words(found.text).split()[:4]
    page_words = words(reader.pages[found.page - 1].extract_text())
    assert " ".join(first_words) in page_words, (found.page, first_words)
    record = pdf_index.document(PDF_OF[doc_id].replace("_", "-"))
    page = next(page for page in record.pages if page.number == found.page)
    assert page.start <= found.start < page.end


def test_pages_tile_the_document_text(pdf_index):
    for record in pdf_index.documents():
        reader = PdfReader(PDFS / f"{record.doc_id.replace('-', '_')}.pdf")
        numbers = [page.number for page in record.pages]
        assert numbers == sorted(numbers) and numbers[-1] <= len(reader.pages)
        assert record.pages[0].start == 0 and record.pages[-1].end == len(record.text)
        for before, after in zip(record.pages, record.pages[1:], strict=False):
            assert before.end == after.start
