"""Loading and cleaning: offsets survive cleaning, metadata comes from the manifest or the text."""

from __future__ import annotations

import shutil

from assistant.load import clean_text, load_document, read_manifest
from tests.conftest import CORPUS


def test_cleaning_removes_tags_emphasis_and_footers_and_keeps_origins():
    raw = (
        "## **ARTICLE 5 : Adhésion**\n\n"
        "Une convention établie du 1<sup>er</sup> septembre 2017, 20^{ème} rang,\n"
        "et une *adhésion* de l'EPT au pôle de compé-\ntitivité du\n\nterritoire.\n\n"
        "1668\n\n1/4\n\n"
        "Suite du texte."
    )
    cleaned = clean_text(raw)
    assert cleaned.text == (
        "ARTICLE 5 : Adhésion\n\n"
        "Une convention établie du 1er septembre 2017, 20ème rang, et une adhésion de l'EPT au "
        "pôle de compé-titivité du territoire.\n\n"
        "Suite du texte."
    )
    # Every kept character points back at the same character of the raw text.
    for position, character in enumerate(cleaned.text):
        origin = cleaned.origin[position]
        assert raw[origin] == character or character in " \n"


def test_cleaning_keeps_table_rows_and_list_items_on_their_lines():
    raw = "Ville\tNOM\tVote\nOrly\tATLAN\tP\n\nL'objectif est de :\n\n1. Capitaliser,\n2. Renforcer"
    assert clean_text(raw).text == raw


def test_headings_are_not_glued_to_the_paragraph_under_them():
    raw = "Fin de phrase…\nUn living lab pour le territoire\nUn écosystème qui peut s’appuyer."
    assert clean_text(raw).text == raw


def test_corpus_documents_have_no_markup_left(corpus_index):
    for record in corpus_index.documents():
        for leftover in ("<sup>", "<b>", "</b>", "**", "\\_", "^{"):
            assert leftover not in record.text, (record.doc_id, leftover)
        assert "\n1/4\n" not in record.text


def test_manifest_gives_title_issuer_date_and_type():
    manifest = read_manifest(CORPUS)
    assert len(manifest) == 5
    meta = manifest["2024-04-11_deliberation-gbm-soutien-pmt-health-2024.txt"]
    assert meta.issuer == "Grand Besançon Métropole (conseil de communauté)"
    assert meta.date == "2024-04-11"
    assert meta.doc_type == "délibération"


def test_document_without_manifest_entry_gets_metadata_from_its_text(tmp_path):
    path = tmp_path / "conseil-besancon.txt"
    shutil.copy(CORPUS / "2024-04-11_deliberation-gbm-soutien-pmt-health-2024.txt", path)
    document = load_document(path)
    assert document.doc_id == "conseil-besancon"
    # The title is the deliberation's object ("Rapport n°13 - …") with its number, not
    # "Extrait du Registre des délibérations" nor "Séance du jeudi 11 avril 2024".
    assert document.meta.title.startswith(
        "Délibération n°2024/2024.00097 — Actions recherche et innovation- Soutien au "
        "programme d'actions collectives PMT HEALTH")
    assert (document.meta.date, document.meta.doc_type) == ("2024-04-11", "délibération")
    assert document.meta.provenance == "conseil-besancon.txt"
    assert document.pages == ()
