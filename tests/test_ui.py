"""The document browser shows each chunk with its locator."""

from __future__ import annotations

from assistant.ui import build_app, chunk_rows
from tests.conftest import MEDICEN


def test_chunk_rows_show_label_page_offsets_and_text(corpus_index):
    rows = chunk_rows(corpus_index, MEDICEN)
    article = [row for row in rows if row[0] == "Article 5"]
    assert len(article) == 1
    label, kind, page, start, end, section, text = article[0]
    assert (kind, page) == ("clause", "")
    assert corpus_index.document(MEDICEN).text[start:end] == text
    assert section == (
        "CONVENTION DE PARTENARIAT 2019-2021 › Article 5 : Adhésion de l'EPT à Medicen"
    )


def test_app_builds_over_an_existing_index(corpus_index):
    app = build_app(corpus_index.settings)
    assert app.title == "Assistant — documents"
