"""Clause structure of the five corpus documents, read back from the real index."""

from __future__ import annotations

import re

import pytest

from assistant.index import Index
from assistant.types import Chunk
from tests.conftest import LIVING_LAB, MEDICEN, PMT, PRESS_2018, STRATEGY, by_label, one

BUDGET = "Budget Région M€ 2020-2022"
ENVELOPE = "Enveloppe globale (Effet levier moyen X2,6 ) M€"


def chunks_of(index: Index, doc_id: str) -> list[Chunk]:
    return index.chunks(doc_id)


@pytest.mark.parametrize("doc_id", [MEDICEN, LIVING_LAB, STRATEGY, PRESS_2018, PMT])
def test_every_chunk_is_an_exact_span_and_chunks_do_not_overlap(corpus_index, doc_id):
    text = corpus_index.document(doc_id).text
    chunks = chunks_of(corpus_index, doc_id)
    assert chunks
    assert len({chunk.id for chunk in chunks}) == len(chunks)
    previous_end = 0
    for chunk in chunks:
        assert text[chunk.start : chunk.end] == chunk.text
        assert chunk.text == chunk.text.strip()
        assert chunk.start >= previous_end
        previous_end = chunk.end
        assert chunk.context.startswith(corpus_index.document(doc_id).meta.title)
        assert chunk.page is None  # text files have no pages


def test_membership_fee_article_is_one_chunk_with_both_years(corpus_index):
    article = one(chunks_of(corpus_index, MEDICEN), "Article 5")
    assert article.kind == "clause"
    assert article.section == (
        "CONVENTION DE PARTENARIAT 2019-2021",
        "Article 5 : Adhésion de l'EPT à Medicen",
    )
    assert article.text.startswith("Article 5 : Adhésion de l'EPT à Medicen")
    for figure in ("7 500 € HT soit 9000 € TTC", "10.000€ HT soit 12 000 € TTC",
                   "5.500 € HT soit 6.600€ TTC"):
        assert figure in article.text
    assert article.text.endswith("6.600€ TTC.")
    assert "ARTICLE 6" not in article.text


def test_two_articles_numbered_6_are_told_apart_by_title(corpus_index):
    chunks = chunks_of(corpus_index, MEDICEN)
    obligations = one(chunks, "Article 6 (Obligations de Medicen)")
    duration = one(chunks, "Article 6 (Durée de la convention)")
    assert duration.text == (
        "ARTICLE 6 : Durée de la convention\n\nLa présente convention entre en vigueur à la date "
        "de signature de la dernière des parties et prend fin au 31 décembre 2021."
    )
    assert obligations.section[-1] == "ARTICLE 6 : Obligations de Medicen"
    assert not by_label(chunks, "Article 6")


def test_each_numbered_decision_is_its_own_chunk(corpus_index):
    chunks = chunks_of(corpus_index, MEDICEN)
    starts = {
        1: "1. Décide de l'adhésion de l'EPT au pôle de compétitivité Medicen Paris Région.",
        2: "2. Approuve la convention de partenariat 2019-2021",
        3: "3. Autorise le président ou son représentant à signer ladite convention",
        4: "4. Dit que les recettes et dépenses correspondantes seront inscrites au budget "
        "supplémentaire 2020.",
        5: "5. Charge le Président ou toute personne habilitée par lui",
    }
    for number, start in starts.items():
        decision = one(chunks, f"Décision {number}")
        assert decision.kind == "list_item"
        assert decision.text.startswith(start)
        assert decision.section == ("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS", "DELIBERATION")
        # The list's introduction travels with the item, for search only.
        assert "Le Conseil territorial délibère et, à l'unanimité," in decision.rendered
        assert "délibère" not in decision.text


def test_vote_count_rows_keep_their_headers(corpus_index):
    chunks = chunks_of(corpus_index, MEDICEN)
    row = one(chunks, "Tableau › N° de délibération 1630 à 1744")
    assert row.kind == "table_row"
    assert row.text == "1630 à 1744\t28\t47\t17\t45"
    assert row.cells == (
        ("Présents", "28"), ("Absents", "47"), ("Absents représentés", "17"), ("Votants", "45"),
    )
    assert row.rendered == (
        "N° de délibération 1630 à 1744 — Présents : 28 — Absents : 47 — "
        "Absents représentés : 17 — Votants : 45"
    )
    vote = [c for c in chunks if c.text == "Pour : 45"]
    assert len(vote) == 1 and vote[0].section[-1] == "DELIBERATION"


def test_attendance_table_has_one_row_per_member_across_the_page_break(corpus_index):
    rows = [c for c in chunks_of(corpus_index, MEDICEN) if c.kind == "table_row"
            and dict(c.cells).get("Ville")]
    assert len(rows) == 92  # "Nombre de Conseillers en exercice ... 92"
    altman = one(rows, "Tableau › Mme ALTMAN Sylvie")
    assert altman.cells == (
        ("Ville", "Villeneuve-St-Georges"), ("Présent", "Repr."),
        ("A donné pouvoir à", "M. Boyer"), ("Vote", "P"),
    )
    # Rows after the "1/4" page footer still know their headers.
    assert dict(one(rows, "Tableau › Mme GRIVOT Annie").cells)["Présent"] == "Abs"


def test_summary_table_row_of_measure_8_keeps_both_budget_columns(corpus_index):
    row = one(chunks_of(corpus_index, STRATEGY),
              "Tableau récapitulatif de l'ensemble des mesures › Mesure n°8")
    cells = dict(row.cells)
    assert cells[BUDGET] == "25"
    assert cells[ENVELOPE] == "47"
    assert cells["Parties Prenantes"] == (
        "Genopole, Région, Grand Paris Sud, CDC, MESRI, AFM, Essonne"
    )
    assert f"{BUDGET} : 25 — {ENVELOPE} : 47" in row.rendered
    assert row.section[-2:] == ("Tableau récapitulatif de l'ensemble des mesures", "Mesure n°8")


def test_summary_table_rows_cover_every_measure_axis_and_total(corpus_index):
    rows = [c for c in chunks_of(corpus_index, STRATEGY) if c.label.startswith("Tableau réc")]
    labels = [row.label.split(" › ")[-1] for row in rows]
    assert [label for label in labels if label.startswith("Mesure")] == [
        f"Mesure n°{n}" for n in range(1, 21)
    ]
    assert sum(label.startswith("Axe ") for label in labels) == 6
    total = dict(rows[-1].cells)
    assert labels[-1] == "TOTAUX" and total[BUDGET] == "82" and total[ENVELOPE] == "214"
    # A row continued on a second line keeps both parts of its "Calendrier" cell.
    calendar = dict(one(rows, "Tableau récapitulatif de l'ensemble des mesures › Mesure n°4")
                    .cells)["Calendrier"]
    assert calendar.startswith("1er semestre 2020 : identification des plateformes")
    assert calendar.endswith("3ème trimestre 2020 : définition des process, mise en place des "
                             "premières collaborations")


def test_measures_in_the_axes_are_labelled_with_their_axis(corpus_index):
    chunks = chunks_of(corpus_index, STRATEGY)
    measure_10 = one(chunks, "Axe 5 › Mesure 10")
    assert measure_10.text == ("- Mesure 10 : Décerner 3 prix récompensant un chercheur et son "
                               "équipe : le prix des Innovateurs.")
    assert measure_10.section[-2:] == (
        "AXE 5 : Favoriser la Recherche, le transfert de technologie et la formation",
        "Mesure 10",
    )
    measure_7 = by_label(chunks, "Axe 3 › Mesure 7")
    assert [c.text[:2] for c in measure_7] == ["- ", "1.", "2.", "3."]
    headings = [c.label for c in chunks if c.kind == "heading" and c.label.startswith("Axe")]
    assert headings == [f"Axe {n}" for n in range(1, 7)]


def test_grand_besancon_budget_annex_rows_and_convention_articles(corpus_index):
    chunks = chunks_of(corpus_index, PMT)
    recettes = one(chunks, "Annexe 2 › Recettes › Grand Besançon Métropole")
    assert recettes.cells == (("Budget 2024", "45 000"),)
    assert recettes.section == (
        "Annexe 2 : budget prévisionnel 2024", "Recettes", "Grand Besançon Métropole",
    )
    assert dict(one(chunks, "Annexe 2 › Dépenses › Total").cells) == {"Budget 2024": "490 000"}
    article_3 = one(chunks, "Article 3")
    assert "subvention de 45 000 € pour l'année 2024, pour un budget global de 490 000 € TTC" in (
        article_3.text
    )
    assert article_3.text.startswith("Article 3 - Montant et modalités de versement")
    assert one(chunks, "Article 2").section[-1] == "Article2 - Programme d'actions"
    assert one(chunks, "Décision 1").text.startswith(
        "- se prononce favorablement sur le soutien de Grand Besançon Métropole"
    )
    vote = [c for c in chunks if "Pour : 102" in c.text]
    assert len(vote) == 1 and "Contre : 0" in vote[0].text


def test_objectives_of_the_action_programme_nest_under_their_axis(corpus_index):
    chunks = chunks_of(corpus_index, PMT)
    objective_1 = one(chunks, "Annexe 1 › Axe 1 › Objectif 1")
    assert objective_1.kind == "clause"
    assert objective_1.text.startswith("Objectif 1: Elargir la communauté des membres")
    assert "5 nouvelles adhésions pour 2024" in objective_1.text
    points = [c for c in chunks if c.label.startswith("Annexe 1 › Axe 2 › Objectif 3, point")]
    assert len(points) == 8
    assert points[0].text.startswith("- Organisation de 2 rencontres thématiques")


def test_press_articles_keep_their_subheadings_and_lists(corpus_index):
    living_lab = chunks_of(corpus_index, LIVING_LAB)
    agora = one(living_lab, "Une Agora des projets pour stimuler les coopérations")
    assert agora.kind == "clause"
    assert "remise du prix de l’année de l’Innovation territoriale" in agora.text
    figures = [c for c in living_lab if "242 établissements" in c.text]
    assert len(figures) == 1 and "4,2%" in figures[0].text

    press = chunks_of(corpus_index, PRESS_2018)
    items = [c for c in press if c.kind == "list_item" and re.match(r"\d\. ", c.text)]
    assert [c.text.split(".")[0] for c in items] == [str(n) for n in range(1, 10)]
    assert items[8].text == "9. Favoriser le développement du numérique."
    assert "Les 9 axes stratégiques du partenariat :" in items[0].rendered


def test_a_numbered_list_broken_by_quotes_keeps_its_intro_and_names_its_units(corpus_index):
    # "Les 9 axes stratégiques du partenariat :" then 1.–3., two quotes, then 4.–9.
    press = chunks_of(corpus_index, PRESS_2018)
    items = [c for c in press if c.kind == "list_item" and re.match(r"\d\. ", c.text)]
    assert [c.label for c in items] == [
        f"L’activité et l’emploi en ligne de mire › Axe {n}" for n in range(1, 10)
    ]
    assert len({c.group for c in items}) == 1
    assert items[6].rendered.startswith("Les 9 axes stratégiques du partenariat : 7. Faciliter")


def test_dense_and_lexical_search_find_the_fee_article(corpus_index):
    article = one(chunks_of(corpus_index, MEDICEN), "Article 5")
    dense = [chunk_id for chunk_id, _ in corpus_index.dense_search(
        "Quel est le montant de la cotisation de l'EPT à Medicen en 2020 ?", top_k=5)]
    assert article.id in dense
    from assistant.lexical import tokenize

    lexical = [chunk_id for chunk_id, _ in corpus_index.lexical.search(
        tokenize("cotisation 2020 Medicen 5 500 € HT"), top_k=3)]
    assert lexical[0] == article.id
