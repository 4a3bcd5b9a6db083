"""A question's cost does not grow with the number of documents that speak of its subject."""

from __future__ import annotations

import assistant.chat as chat
from assistant.chat import RIVAL_DOCUMENTS, Assistant
from assistant.index import Index
from tests.conftest import settings_for

#: More documents than are searched one by one for a rival figure.
DOCUMENTS = RIVAL_DOCUMENTS + 4


def test_a_figure_question_searches_a_bounded_number_of_documents_on_their_own(
        tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for number in range(DOCUMENTS):
        # every document speaks of the subject, each with its own figure
        (corpus / f"deliberation-{number:02d}.txt").write_text(
            f"DÉLIBÉRATION N° 2024-{number:03d} DU BUREAU COMMUNAUTAIRE\n\n"
            f"Article 1er – Le bureau fixe la cotisation 2024 de l'association Alpha Santé à "
            f"{1000 + 10 * number} € pour la commune n° {number}.\n\n"
            "Article 2 – La présente délibération est transmise au contrôle de légalité.\n",
            encoding="utf-8")
    index = Index(settings_for(corpus, tmp_path / "index"))
    assert len(index.ingest().added) == DOCUMENTS
    searched: list[tuple[str, ...]] = []
    real_search = chat.search

    def counting(index, analysis, k=10, filters=None):  # the real search, counted
        if filters is not None and filters.doc_ids:
            searched.append(filters.doc_ids)
        return real_search(index, analysis, k=k, filters=filters)

    monkeypatch.setattr(chat, "search", counting)
    answer = Assistant(Index.open(index.settings)).ask(
        "Quel est le montant de la cotisation 2024 de l'association Alpha Santé ?")
    assert not answer.abstained
    assert "€" in answer.answer
    assert len(searched) == RIVAL_DOCUMENTS  # not one search per document
    assert len(set(searched)) == RIVAL_DOCUMENTS
