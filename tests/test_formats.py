"""Formats users upload: text tables, numbering styles and titles of documents without manifest.

Each document is written here, in the layout it tests, and read by the real loader and
chunker (and pypdf for the drawn PDF table, made with fpdf2).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.load import load_document
from assistant.numbering import numbered
from assistant.structure import chunk_document
from assistant.types import Chunk


def chunks_of(tmp_path: Path, name: str, text: str, max_chars: int = 1500) -> list[Chunk]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return chunk_document(load_document(path), max_chars)


def rows(chunks: list[Chunk]) -> dict[str, tuple[tuple[str, str], ...]]:
    """Each table row's label (its last locator part) with its cells (column, value)."""
    return {c.label.split(" › ")[-1]: c.cells for c in chunks if c.kind == "table_row"}


MARKDOWN = """# Contrat local de santé 2025-2027

## Budget par fiche

| Fiche action | 2025 | 2026 | Financeur |
|:---|---:|---:|---|
| 1.1 Attirer les médecins | 60 000 € | 45 000 € | ARS |
| **Total** | 60 000 € | 45 000 € | |

Les montants sont TTC.
"""

FIXED_WIDTH = """RAPPORT D'ACTIVITÉ 2024

Tableau 1 – Adhérents par catégorie

Catégorie                 2023      2024     Évolution
-----------------------   ------    ------   ---------
Start-up                    45        52       +15 %
Grandes entreprises         12        14       +17 %
Collectivités          convention spécifique

Le réseau progresse.  Il compte désormais 66 membres.
"""

DOT_LEADERS = """DÉLIBÉRATION DU CONSEIL DÉPARTEMENTAL

Répartition de l'enveloppe 2025 :

Prévention et dépistage ........................ 450 000 €
Santé mentale ..................... 120 000 €
TOTAL ........................................ 570 000 €
"""


def test_a_markdown_pipe_table_is_read_as_rows_with_their_headers(tmp_path):
    chunks = chunks_of(tmp_path, "cls.md", MARKDOWN)
    assert rows(chunks) == {
        # a row label that is a number is named by its column: "Fiche action 1.1 …"
        "Fiche action 1.1 Attirer les médecins": (("2025", "60 000 €"), ("2026", "45 000 €"),
                                                  ("Financeur", "ARS")),
        "Total": (("2025", "60 000 €"), ("2026", "45 000 €")),
    }
    row = next(c for c in chunks if c.kind == "table_row")
    # the quote is the row as the document's text has it, the pipes turned to tabs
    assert row.text == "1.1 Attirer les médecins\t60 000 €\t45 000 €\tARS"
    assert "|" not in load_document(tmp_path / "cls.md").text


def test_a_fixed_width_table_is_read_as_rows_with_their_headers(tmp_path):
    chunks = chunks_of(tmp_path, "rapport.txt", FIXED_WIDTH)
    assert rows(chunks) == {
        "Start-up": (("2023", "45"), ("2024", "52"), ("Évolution", "+15 %")),
        "Grandes entreprises": (("2023", "12"), ("2024", "14"), ("Évolution", "+17 %")),
        # a cell that spans two columns goes to the column it overlaps most
        "Collectivités": (("2023", "convention spécifique"),),
    }
    # the prose under the table keeps its double space as one: it is no table
    assert any(c.text == "Le réseau progresse. Il compte désormais 66 membres." for c in chunks)
    assert all(c.label.startswith("Tableau 1 – Adhérents") for c in chunks
               if c.kind == "table_row")


def test_a_dot_leader_table_is_read_as_rows(tmp_path):
    chunks = chunks_of(tmp_path, "deliberation.txt", DOT_LEADERS)
    assert rows(chunks) == {
        "Prévention et dépistage": (("", "450 000 €"),),
        "Santé mentale": (("", "120 000 €"),),
        "TOTAL": (("", "570 000 €"),),
    }


def test_a_drawn_pdf_table_with_wrapped_cells_is_read_row_by_row(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("DejaVu", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    pdf.set_font("DejaVu", size=10)
    pdf.multi_cell(0, 6, "Tableau 2 – Dépenses par volet")
    with pdf.table(col_widths=(70, 30, 30)) as table:
        for cells in (("Volet", "2025 HT", "2025 TTC"),
                      ("Animation du cluster et ingénierie de projets collaboratifs "
                       "entre entreprises", "180 000 €", "216 000 €"),
                      ("Plateforme d'essais", "245 000 €", "294 000 €")):
            row = table.row()
            for cell in cells:
                row.cell(cell)
    path = tmp_path / "plan.pdf"
    pdf.output(str(path))
    chunks = chunk_document(load_document(path))
    found = rows(chunks)
    # the numbers of a row whose label wraps over three lines stay in that row
    assert found["Animation du cluster et ingénierie de projets collaboratifs entre "
                 "entreprises"] == (("2025 HT", "180 000 €"), ("2025 TTC", "216 000 €"))
    assert found["Plateforme d'essais"] == (("2025 HT", "245 000 €"), ("2025 TTC", "294 000 €"))


NUMBERED = """CONVENTION DE PARTENARIAT

TITRE II – ENGAGEMENTS

Article premier – Objet

La présente convention a pour objet le soutien au cluster.

Art. 2 – Durée. La convention est conclue pour trois ans à compter de sa signature par la \
dernière des parties, et renouvelable une fois.

ARTICLE 3 – MONTANT

La subvention s'élève à 45 000 €.

3.2 Les versements interviennent en deux fois.

Article 4 – Obligations

Le cluster s'engage :

1° à transmettre son bilan ;

2° à informer la Communauté :

a) de toute modification de ses statuts ;

b) de tout changement de président.

Axe 2 – Prévention

Fiche action 2.3 : Dépistage des cancers

Le dépistage est renforcé.

Fiche-action n°4 – Chutes

Les chutes sont prévenues.

Orientation 3 – Innover

Action 3.1.2 Déployer la télémédecine

La télémédecine est déployée.

Annexe B – Calendrier

Le calendrier figure ci-dessous.
"""


def test_each_numbering_style_is_read_as_a_locator(tmp_path):
    # Units longer than 120 characters are cut into their paragraphs and items.
    chunks = chunks_of(tmp_path, "convention.txt", NUMBERED, max_chars=120)

    def label_of(sentence: str) -> str:
        return next(c.label for c in chunks if sentence in c.text)

    assert label_of("a pour objet le soutien") == "Titre II › Article 1"
    assert label_of("conclue pour trois ans") == "Titre II › Article 2"
    assert label_of("45 000 €") == "Titre II › Article 3"
    assert label_of("deux fois") == "Titre II › Article 3"  # a short article is one chunk
    assert label_of("transmettre son bilan") == "Titre II › Article 4, 1°"
    assert label_of("modification de ses statuts") == "Titre II › Article 4, 2°, a)"
    assert label_of("changement de président") == "Titre II › Article 4, 2°, b)"
    # an axis closes the articles; a fiche nests in its axis, an action in its orientation
    assert label_of("dépistage est renforcé") == "Titre II › Axe 2 › Fiche action 2.3"
    assert label_of("chutes sont prévenues") == "Titre II › Axe 2 › Fiche-action 4"
    assert label_of("télémédecine est déployée") == "Titre II › Orientation 3 › Action 3.1.2"
    # an annex is a part of its own, out of the title
    assert label_of("calendrier figure") == "Annexe B"
    # A numbered line that goes on with its text is a heading, then its text.
    article_2 = next(c for c in chunks if "conclue pour trois ans" in c.text)
    assert article_2.section[-1] == "Art. 2 – Durée."


@pytest.mark.parametrize(("line", "kind", "number", "label"), [
    ("Article premier – Objet", "article", "1", "Article 1"),
    ("Art. 1er : Objet de la convention", "article", "1", "Article 1"),
    ("ARTICLE 2 – DURÉE", "article", "2", "Article 2"),
    ("Fiche action 3.2 : Prévenir les addictions", "fiche", "3.2", "Fiche action 3.2"),
    ("Fiche-action n°4", "fiche", "4", "Fiche-action 4"),
    ("Orientation 1 : Améliorer l'accès aux soins", "orientation", "1", "Orientation 1"),
    ("Objectif stratégique 3 – Innover", "objectif", "3", "Objectif stratégique 3"),
    ("Action 1.2.3 Déployer la télémédecine", "action", "1.2.3", "Action 1.2.3"),
    ("TITRE II – GOUVERNANCE", "titre", "II", "Titre II"),
    ("Annexe B – Budget prévisionnel", "annexe", "B", "Annexe B"),
    ("Clause 4.2 Payment terms", "clause", "4.2", "Clause 4.2"),
    ("Schedule 1 – Financial contributions", "annexe", "1", "Schedule 1"),
    ("3.2 Les versements interviennent en deux fois.", "section", "3.2",
     "3.2 Les versements interviennent en deux fois."),
    ("4. ACCOMPAGNEMENT DES ENTREPRISES", "section", "4", "4. ACCOMPAGNEMENT DES ENTREPRISES"),
    # a numbered sentence longer than a title is a clause: its number is its label
    ("4.1 Each Party shall host up to four member companies of the other Party per year.",
     "section", "4.1", "4.1"),
    ("Article 12 – La présente convention prend effet à la date de sa signature par les parties.",
     "article", "12", "Article 12"),
])
def test_a_numbered_line_gives_its_unit_number_and_label(line, kind, number, label):
    heading, _ = numbered(line)
    assert (heading.kind, heading.number, heading.short) == (kind, number, label)


@pytest.mark.parametrize("line", ["ANNEXE À LA DÉLIBÉRATION N° DEL_2025_038",
                                  "1.250 € HT sont versés", "Part des 75 ans et plus"])
def test_lines_that_only_look_numbered_open_no_unit(line):
    assert numbered(line) is None


@pytest.mark.parametrize(("name", "text", "title", "doc_type"), [
    ("deliberation.txt",
     "Accusé de réception en préfecture\n045-200071233-20250327-DEL_2025_038-DE\n\n"
     "RÉPUBLIQUE FRANÇAISE\nDépartement de l'Orbière\n\n"
     "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE\n\n"
     "Séance du jeudi 27 mars 2025\n\nDélibération n° DEL_2025_038\n\n"
     "Objet : Convention de partenariat avec le cluster Orbimed\n\nLe Conseil délibère.\n",
     "Délibération n°DEL_2025_038 — Convention de partenariat avec le cluster Orbimed",
     "délibération"),
    ("cls.md",
     "Envoyé en préfecture le 12/02/2025\n\n# Contrat local de santé 2025-2027 des Coteaux\n\n"
     "## Préambule\n\nLe présent contrat est signé le 10 février 2025.\n",
     "Contrat local de santé 2025-2027 des Coteaux", "contrat local de santé"),
    ("convention.txt",
     "ARDENVAL MÉTROPOLE\nDirection de la Santé\n\nEnvoyé en préfecture le 04/04/2025\n\n"
     "CONVENTION DE PARTENARIAT ET DE FINANCEMENT\nrelative au consortium SILVERBRIDGE\n\n"
     "ENTRE LES SOUSSIGNÉS :\n",
     "CONVENTION DE PARTENARIAT ET DE FINANCEMENT relative au consortium SILVERBRIDGE",
     "convention"),
    ("article.txt",
     "L'ÉCHO DE L'ORVANNE\nRubrique : Santé\n\nPar Marion Delaunay\n\n"
     "Le cluster Ormédis change de dimension et regarde vers le Canada\n\n"
     "Avec 156 adhérents, l'association a présenté son bilan.\n",
     "Le cluster Ormédis change de dimension et regarde vers le Canada", "article de presse"),
])
def test_a_document_without_manifest_entry_gets_a_sensible_title(tmp_path, name, text, title,
                                                                  doc_type):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    meta = load_document(path).meta
    assert (meta.title, meta.doc_type) == (title, doc_type)


def test_the_date_of_a_deliberation_is_its_session_not_a_law_it_cites(tmp_path):
    path = tmp_path / "d.txt"
    path.write_text("Association régie par la loi du 1er juillet 1901\n\nCOMPTE RENDU\n\n"
                    "Séance du jeudi 27 mars 2025\n", encoding="utf-8")
    assert load_document(path).meta.date == "2025-03-27"


def test_running_headers_and_page_footers_are_not_text(tmp_path):
    page = ("Orbimed – Rapport 2024\n\nLe texte de la page {n} continue ici.\n\n"
            "Orbimed – Rapport 2024                          Page {n}/3\n\n")
    path = tmp_path / "r.txt"
    path.write_text("".join(page.format(n=n) for n in (1, 2, 3)), encoding="utf-8")
    text = load_document(path).text
    assert "Page 2/3" not in text and "Orbimed – Rapport 2024" not in text
    assert text.count("continue ici") == 3


def test_a_line_of_200000_characters_without_a_full_stop_is_cut_into_bounded_chunks(tmp_path):
    words = " ".join(f"mot{number}" for number in range(30_000))  # about 200,000 characters
    text = f"Titre du document\n\n{words}\n\nDernier paragraphe. Il est court.\n"
    chunks = chunks_of(tmp_path, "long-line.txt", text)
    assert max(len(c.text) for c in chunks) <= 1500
    body = [c for c in chunks if "mot" in c.text]
    assert len(body) >= len(words) // 1500
    # the pieces follow each other and cut between words, never inside one
    said = [word for c in body for word in c.text.split() if word.startswith("mot")]
    assert said == words.split()
    assert chunks[-1].text == "Dernier paragraphe. Il est court."
