"""Claims whose figures a report writes in words, rounds, or gives in a table row's unit.

One short activity report, written for these tests (not taken from any evaluation set),
indexed with the real Chroma store and embedder, checked by the real checker.
"""

from __future__ import annotations

import pytest

from assistant.claims import Checker
from assistant.index import Index
from tests.conftest import settings_for

REPORT = """# Rapport d'activité 2024 du pôle Valsanté

## 1. Les projets et les adhérents

Au total, dix-huit projets ont été labellisés par le pôle en 2024, contre douze en 2023.

Le pôle a franchi la barre des 300 adhérents en juin 2024 et en comptait 312 au
31 décembre 2024.

## 2. Les indicateurs

| Indicateur | 2023 | 2024 |
|---|---|---|
| Aides publiques obtenues par les projets (M€) | 19,9 | 23,6 |
| Entreprises accompagnées | 41 | 57 |

## 3. En bref

Les projets labellisés par le pôle ont obtenu près de 24 M€ d'aides publiques en 2024.

## 4. Les investissements du pôle

| Équipement | Coût HT | Coût TTC | Année |
|---|---|---|---|
| Échographe portable de démonstration | 85 000 € | 102 000 € | 2025 |
| Salle de simulation en santé | 240 000 € | 288 000 € | 2026 |

## 5. Les votes de l'assemblée générale du 12 juin 2025

| Résolution | Votants | Pour | Contre | Abstentions |
|---|---|---|---|---|
| Résolution 1 – Approbation des comptes 2024 | 60 | 52 | 3 | 5 |
| Résolution 2 – Budget prévisionnel 2025 | 60 | 47 | 9 | 4 |
"""


@pytest.fixture(scope="module")
def checker(tmp_path_factory: pytest.TempPathFactory) -> Checker:
    root = tmp_path_factory.mktemp("valsante")
    (root / "docs").mkdir()
    (root / "docs" / "rapport-activite-valsante-2024.md").write_text(REPORT, encoding="utf-8")
    index = Index(settings_for(root / "docs", root / "index"))
    assert index.ingest().failed == []
    return Checker(Index.open(index.settings))


def found(verdict) -> list[str]:
    return [check.found for checks in verdict.figures for check in checks]


def test_a_compound_number_in_words_is_read_whole(checker):
    verdict = checker.check("Dix-huit projets ont été labellisés par le pôle en 2024.")
    assert verdict.verdict == "supported"
    assert "dix-huit" in found(verdict)
    assert checker.check("Vingt projets ont été labellisés par le pôle en 2024.").verdict \
        == "contradicted"


def test_a_value_the_claim_states_itself_does_not_contradict_its_other_figure(checker):
    verdict = checker.check("Le pôle Valsanté a passé le cap des 300 adhérents en 2024 et en "
                            "comptait 312 au 31 décembre.")
    assert verdict.verdict == "supported"


def test_a_table_row_gives_its_unit_and_a_rounded_figure_does_not_contradict(checker):
    verdict = checker.check("Les aides publiques obtenues par les projets du pôle ont atteint "
                            "23,6 M€ en 2024.")
    assert verdict.verdict == "supported"
    assert "23,6" in found(verdict)
    wrong = checker.check("Les aides publiques obtenues par les projets du pôle ont atteint "
                          "21,4 M€ en 2024.")
    assert wrong.verdict == "contradicted"


def test_a_column_header_says_whether_a_cell_is_ht_or_ttc(checker):
    right = checker.check("L'échographe portable de démonstration du pôle coûte 102 000 € TTC.")
    assert right.verdict == "supported"
    wrong = checker.check("L'échographe portable de démonstration du pôle coûte 102 000 € HT.")
    assert wrong.verdict == "contradicted"
    assert "HT/TTC" in [check.aspect for checks in wrong.figures for check in checks]


def test_a_vote_count_is_read_in_the_column_its_words_name(checker):
    # "pour" is a stop word: "voix pour" must still name the column headed "Pour"
    right = checker.check("L'assemblée générale du pôle a approuvé les comptes 2024 par 52 voix "
                          "pour, 3 contre et 5 abstentions.")
    assert right.verdict == "supported"
    swapped = checker.check("L'assemblée générale du pôle a approuvé les comptes 2024 par 3 voix "
                            "pour, 52 contre et 5 abstentions.")
    assert swapped.verdict == "contradicted"
