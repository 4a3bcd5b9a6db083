"""The web app's pieces that need no browser: rendering, uploads, serve options, the app."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from assistant.chat import Assistant
from assistant.cli import main
from assistant.config import Settings
from assistant.corpus import add_upload, check_upload, delete_document, free_name, safe_filename
from assistant.errors import CorpusError, UploadRejected
from assistant.figures import figures
from assistant.index import Index
from assistant.render import (
    LABELS,
    Checked,
    FactCheck,
    citation_html,
    claim_html,
    closest_sections,
    document_html,
    document_window,
    escape_markdown,
    evidence_figures,
    evidence_html,
    factcheck_html,
    highlight,
    reference,
    sources_html,
    wanted_figures,
)
from assistant.types import Citation, DocumentMeta, DocumentRecord, FigureCheck, Page
from assistant.ui import (
    MAX_CLAIMS,
    build_app,
    chunk_rows,
    claim_lines,
    document_rows,
    fact_check_run,
    upload_message,
)
from tests.conftest import MEDICEN, PDFS, STRATEGY, settings_for

FR = LABELS["fr"]
EN = LABELS["en"]
COTISATION = "Pour 2020, à combien s'élève la cotisation de l'EPT à Medicen, en HT et en TTC ?"
MEDICEN_TITLE = (
    "Délibération n°2019-12-21_1668 — Convention de partenariat EPT Grand-Orly Seine Bièvre / "
    "Medicen Paris Région 2019-2021"
)
ARTICLE_5_QUOTE = (
    "Pour l'année 2020, compte tenu de la cotisation totale versée en 2019 par l'EPT à Medicen "
    "d'un montant de 10.000€ HT soit 12 000 € TTC, le montant de la cotisation 2020 est ainsi "
    "ramené à 5.500 € HT soit 6.600€ TTC."
)


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


def test_document_rows_give_metadata_and_chunk_counts(corpus_index):
    rows = {row[0]: row for row in document_rows(corpus_index)}
    assert len(rows) == 5
    assert rows[MEDICEN] == [
        MEDICEN, MEDICEN_TITLE, "délibération", "2019-12-21",
        "EPT Grand-Orly Seine Bièvre (conseil territorial)",
        len(corpus_index.document(MEDICEN).chunk_ids),
        "2019-12-21_deliberation-ept-gosb-convention-medicen.txt",
    ]


def test_app_builds_over_an_existing_index(corpus_index):
    app = build_app(corpus_index.settings, corpus_index)
    assert app.title == "Assistant — documents"


# -- sources ------------------------------------------------------------------------------


def test_the_answer_figures_are_highlighted_in_the_quote(corpus_index):
    answer = Assistant(corpus_index).ask(COTISATION)
    assert answer.citations[0].quote == ARTICLE_5_QUOTE
    wanted = wanted_figures(answer)
    # Only what the answer says in its own words: not the 2019 amounts of the same quote,
    # nor the numbers of the source's title ("n°2019-12-21_1668").
    assert [figure.text for figure in wanted] == ["5.500 € HT", "6.600€ TTC"]
    assert highlight(answer.citations[0].quote, wanted) == (
        "Pour l&#x27;année 2020, compte tenu de la cotisation totale versée en 2019 par "
        "l&#x27;EPT à Medicen d&#x27;un montant de 10.000€ HT soit 12 000 € TTC, le montant de "
        'la cotisation 2020 est ainsi ramené à <mark class="figure">5.500 € HT</mark> soit '
        '<mark class="figure">6.600€ TTC</mark>.'
    )


def test_an_abstention_shows_the_closest_sections_and_highlights_the_asked_year(corpus_index):
    assistant = Assistant(corpus_index)
    # No document gives any figure for 2031: the follow-up is abstained on.
    answer = assistant.ask("Et pour 2031 ?", [COTISATION])
    assert answer.abstained and answer.citations == ()
    closest = closest_sections(corpus_index, answer)
    # The Medicen convention's sections, which "Et pour 2031 ?" never names.
    assert MEDICEN in {c.doc_id for c in closest}
    assert len(closest) == 3 and len({(c.doc_id, c.label) for c in closest}) == 3
    first = corpus_index.chunk(answer.retrieved[0])
    assert (closest[0].quote, closest[0].start, closest[0].end) == (
        first.text, first.start, first.end)
    # An abstention states no figure; the question's year is what is looked for.
    assert [f.text for f in wanted_figures(answer)] == ["2031"]
    html = sources_html(closest, wanted_figures(answer), True, FR)
    assert html.startswith('<section class="sources closest"><h3>Pas de réponse dans les '
                           "documents. Sections les plus proches :</h3>")
    assert html.count('class="source"') == 3 and "data-copy" not in html
    # the year asked is marked wherever a closest section writes it, and nothing else is
    assert set(re.findall(r'<mark class="figure">([^<]*)</mark>', html)) <= {"2031"}


def test_wanted_figures_fall_back_to_the_question_amounts_and_years():
    answer_text = "Je n'ai pas trouvé la réponse dans les documents."
    from assistant.types import Answer

    answer = Answer(question="Le budget de la mesure 8 était-il de 25 M€ en 2021 ?",
                    answer=answer_text, abstained=True, citations=())
    assert [f.text for f in wanted_figures(answer)] == ["25 M€", "2021"]


def test_a_source_card_escapes_the_document_and_offers_reference_and_actions():
    citation = Citation(
        doc_id="doc", title='Rapport <b>"annuel"</b>', section="Annexe › Article 2",
        label="Article 2", quote="Le montant <script>alert(1)</script> est de\n5.500 € HT.",
        page=3, start=10, end=60,
    )
    assert citation_html(1, citation, figures("5.500 € HT"), FR) == (
        '<article class="source" id="source-1">'
        '<div class="source-head"><span class="source-number">[1]</span> '
        '<span class="source-title">Rapport &lt;b&gt;&quot;annuel&quot;&lt;/b&gt;</span></div>'
        '<div class="source-locator">Article 2, p. 3</div>'
        '<div class="source-section">Annexe › Article 2</div>'
        '<blockquote class="source-quote">Le montant &lt;script&gt;alert(1)&lt;/script&gt; est '
        'de <mark class="figure">5.500 € HT</mark>.</blockquote>'
        '<div class="source-reference" title="Référence à citer">« Le montant '
        "&lt;script&gt;alert(1)&lt;/script&gt; est de 5.500 € HT. » — Rapport "
        "&lt;b&gt;&quot;annuel&quot;&lt;/b&gt;, Article 2, p. 3</div>"
        '<div class="source-actions">'
        '<button type="button" class="source-copy" data-copy="« Le montant '
        "&lt;script&gt;alert(1)&lt;/script&gt; est de 5.500 € HT. » — Rapport "
        '&lt;b&gt;&quot;annuel&quot;&lt;/b&gt;, Article 2, p. 3" data-copied="Citation copiée">'
        "Copier la citation</button>"
        '<button type="button" class="source-open" data-open="0">Voir dans le document</button>'
        "</div></article>"
    )


def test_the_copied_reference_names_quote_document_locator_and_page():
    citation = Citation(doc_id=MEDICEN, title=MEDICEN_TITLE, section="", label="Article 5",
                        quote=ARTICLE_5_QUOTE.replace(" le montant", "\n le  montant"), page=9,
                        start=0, end=0)
    assert reference(citation) == f"« {ARTICLE_5_QUOTE} » — {MEDICEN_TITLE}, Article 5, p. 9"
    without_page = Citation(doc_id=MEDICEN, title=MEDICEN_TITLE, section="", label="Article 5",
                            quote="Texte.", page=None, start=0, end=0)
    assert reference(without_page) == f"« Texte. » — {MEDICEN_TITLE}, Article 5"


def test_the_empty_sources_panel_says_where_sources_will_show():
    assert sources_html((), (), False, LABELS["en"]) == (
        '<div class="sources-empty">The sources of the answer will show here.</div>'
    )


def test_chat_text_is_escaped_for_markdown():
    assert escape_markdown('<img src=x onerror="alert(1)"> n°2019-12-21_1668 *gras*') == (
        '&lt;img src=x onerror="alert(1)"&gt; n°2019-12-21\\_1668 \\*gras\\*'
    )


# -- fact-check ---------------------------------------------------------------------------

ENVELOPE = "L'enveloppe globale de la mesure 8 est de 25 M€."
COTISATION_2020 = "La cotisation 2020 de l'EPT à Medicen est de 5.500 € HT."
NOBEL = "Le living lab a reçu un prix Nobel de médecine en 2019."
SCRIPT_CLAIM = "<script>alert(1)</script> La cotisation 2020 est de 7 500 € HT."
MEASURE_8_TITLE = "Tableau récapitulatif de l&#x27;ensemble des mesures › Mesure n°8"


@pytest.fixture(scope="module")
def checker(corpus_index):
    return Assistant(corpus_index)


def _marks(html: str) -> list[tuple[str, str]]:
    return re.findall(r'<mark class="(differs|agrees)">([^<]*)</mark>', html)


def test_a_contradicted_claim_shows_its_figure_against_the_documents(checker, corpus_index):
    verdict = checker.check(ENVELOPE)
    assert verdict.verdict == "contradicted"
    assert verdict.explanation.startswith(
        "Le document indique 47 M€ (Mesure n°8, « Enveloppe globale (Effet levier moyen X2,6 ) "
        "M€ »), et non 25 M€")
    (citation,) = verdict.citations
    assert (citation.doc_id, citation.label) == (
        STRATEGY, "Tableau récapitulatif de l'ensemble des mesures › Mesure n°8")
    # the row's two cells, at their offsets in the document
    row = citation.quote
    envelope = citation.start + row.rindex("\t47") + 1
    budget = citation.start + row.rindex("\t25\t") + 1
    assert verdict.figures == ((
        FigureCheck(claimed="25 M€", found="47", agrees=False, aspect="value",
                    claim_start=42, claim_end=47, start=envelope, end=envelope + 2),
        FigureCheck(claimed="25 M€", found="25", agrees=False, aspect="column",
                    claim_start=42, claim_end=47, start=budget, end=budget + 2),
    ),)
    text = corpus_index.document(STRATEGY).text
    assert [text[c.start : c.end] for c in verdict.figures[0]] == ["47", "25"]

    card = claim_html(1, Checked(ENVELOPE, verdict), FR)
    assert card.startswith(
        '<article class="claim claim-contradicted" id="claim-1"><div class="claim-head">'
        '<span class="verdict verdict-contradicted">Contredit</span> <span class="claim-text">'
        'L&#x27;enveloppe globale de la mesure 8 est de <mark class="differs">25 M€</mark>.'
        '</span></div><p class="claim-explanation">Le document indique 47 M€')
    # The claim's figure, then the row's two cells: the envelope (47) and the budget column
    # that holds the claimed 25; the row's tabs are shown as spaces.
    assert _marks(card) == [("differs", "25 M€"), ("differs", "25"), ("differs", "47")]
    assert ('Contrat triennal fin 2020 <mark class="differs">25</mark> '
            '<mark class="differs">47</mark></blockquote>'
            '<ul class="figure-checks"><li class="figure-check differs">25 M€ → 47 (valeur)</li>'
            '<li class="figure-check differs">25 M€ → 25 (colonne)</li></ul>') in card
    assert ('<div class="claim-evidence"><h4>Passages cités</h4>'
            '<article class="source" id="claim-1-source-1">') in card
    assert f'<div class="source-locator">{MEASURE_8_TITLE}</div>' in card
    assert card.count('class="source"') == 1 and 'data-open="0"' in card

    english = claim_html(1, Checked(ENVELOPE, verdict), EN)
    assert '<span class="verdict verdict-contradicted">Contradicted</span>' in english
    assert ('<li class="figure-check differs">25 M€ → 47 (value)</li>'
            '<li class="figure-check differs">25 M€ → 25 (column)</li>') in english
    assert [f.text for f in evidence_figures(verdict.figures[0])] == ["47", "25"]


def test_a_supported_claim_marks_the_agreeing_figure_in_a_source_card(checker):
    verdict = checker.check(COTISATION_2020)
    assert verdict.verdict == "supported"
    assert verdict.explanation == (
        f"Les documents le confirment : « {ARTICLE_5_QUOTE} » ({MEDICEN_TITLE}, Article 5).")
    (citation,) = verdict.citations
    assert (citation.doc_id, citation.label, citation.quote) == (
        MEDICEN, "Article 5", ARTICLE_5_QUOTE)
    assert verdict.figures == ((
        FigureCheck(claimed="5.500 € HT", found="5.500 € HT", agrees=True, aspect="",
                    claim_start=45, claim_end=55, start=24896, end=24906),
    ),)
    card = claim_html(2, Checked(COTISATION_2020, verdict), FR, first=3)
    assert card.startswith(
        '<article class="claim claim-supported" id="claim-2"><div class="claim-head">'
        '<span class="verdict verdict-supported">Confirmé</span> <span class="claim-text">'
        'La cotisation 2020 de l&#x27;EPT à Medicen est de <mark class="agrees">5.500 € HT</mark>.'
        '</span></div>')
    assert ('la cotisation 2020 est ainsi ramené à <mark class="agrees">5.500 € HT</mark> soit '
            '6.600€ TTC.</blockquote><ul class="figure-checks">'
            '<li class="figure-check agrees">5.500 € HT → 5.500 € HT (concorde)</li></ul>') in card
    assert _marks(card) == [("agrees", "5.500 € HT"), ("agrees", "5.500 € HT")]
    # The fourth passage of the panel: "Voir dans le document" sends its position.
    assert 'data-open="3"' in card and 'id="claim-2-source-1"' in card
    # Without checks, an evidence card is the chat's source card.
    assert evidence_html(1, citation, (), FR, opens=0, card_id="source-1") == (
        citation_html(1, citation, (), FR))


def test_a_claim_the_corpus_says_nothing_of_has_no_evidence(checker):
    verdict = checker.check(NOBEL)
    assert (verdict.verdict, verdict.citations, verdict.figures) == ("not_in_corpus", (), ())
    assert verdict.explanation.startswith(
        "Les documents ne disent rien qui confirme ou contredise cette affirmation. Sections "
        "les plus proches : ")
    # three closest places, each a document's title and a locator
    assert verdict.explanation.count(" ; ") == 2
    assert claim_html(3, Checked(NOBEL, verdict), FR) == (
        '<article class="claim claim-not_in_corpus" id="claim-3"><div class="claim-head">'
        '<span class="verdict verdict-not_in_corpus">Absent du corpus</span> '
        f'<span class="claim-text">{NOBEL}</span></div>'
        f'<p class="claim-explanation">{verdict.explanation}</p></article>'
    )


def test_a_claim_holding_markup_is_shown_as_text(checker):
    verdict = checker.check(SCRIPT_CLAIM)
    assert verdict.verdict == "contradicted"
    assert [c.label for c in verdict.citations] == ["Article 5", "Article 5"]
    card = claim_html(1, Checked(SCRIPT_CLAIM, verdict), FR)
    assert '<span class="claim-text">&lt;script&gt;alert(1)&lt;/script&gt; La cotisation 2020 ' \
           'est de <mark class="differs">7 500 € HT</mark>.</span>' in card
    assert "<script" not in card
    # The 2020 amount instead, then the claimed amount where the document gives it: for 2019.
    assert re.findall(r'<li class="figure-check differs">([^<]*)</li>', card) == [
        "7 500 € HT → 5.500 € HT (valeur)", "7 500 € HT → 7 500 € HT (année)"]
    failed = claim_html(2, Checked('<img src=x onerror="alert(1)">', error="Erreur : <b>"), FR)
    assert failed == (
        '<article class="claim claim-error" id="claim-2"><div class="claim-head">'
        '<span class="verdict verdict-error">Non vérifié</span> <span class="claim-text">'
        "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;</span></div>"
        '<p class="claim-explanation">Erreur : &lt;b&gt;</p></article>'
    )


def test_the_panel_numbers_every_passage_and_says_what_is_left(checker):
    supported = Checked(COTISATION_2020, checker.check(COTISATION_2020))
    contradicted = Checked(SCRIPT_CLAIM, checker.check(SCRIPT_CLAIM))
    running = FactCheck((supported, contradicted), total=3)
    panel = factcheck_html(running, FR)
    assert panel.startswith('<section class="factcheck running">'
                            "<h3>Vérification en cours : 2 sur 3…</h3>"
                            '<article class="claim claim-supported" id="claim-1">')
    assert re.findall(r'data-open="(\d+)"', panel) == ["0", "1", "2"]
    assert re.findall(r'<article class="source" id="([^"]+)"', panel) == [
        "claim-1-source-1", "claim-2-source-1", "claim-2-source-2"]
    assert running.evidence == [
        (supported.verdict.citations[0], supported.verdict.figures[0]),
        (contradicted.verdict.citations[0], contradicted.verdict.figures[0]),
        (contradicted.verdict.citations[1], contradicted.verdict.figures[1]),
    ]
    done = FactCheck((supported, contradicted), total=2, skipped=5)
    assert factcheck_html(done, EN).startswith(
        '<section class="factcheck"><h3>Fact-check results</h3><p class="factcheck-limit">'
        "At most 2 claims per check: the first 2 were checked, the next 5 were not. Check "
        "those in another run.</p>")
    assert factcheck_html(FactCheck(), FR) == (
        '<div class="factcheck-empty">Collez une ou plusieurs affirmations, une par ligne, puis '
        "cliquez sur « Vérifier » : chacune reçoit un verdict, son explication et les passages "
        "cités.</div>")


def test_figures_are_marked_at_their_offsets_in_a_quote_whose_spaces_are_collapsed():
    quote = "Mesure <8>\tBudget\n  25\t47"
    citation = Citation(doc_id="doc", title="Plan", section="Tableau › Mesure 8",
                        label="Mesure 8", quote=quote, page=2, start=100, end=100 + len(quote))
    at = 100 + quote.index("47")
    checks = (
        FigureCheck("25 M€", "47", False, "value", 0, 5, at, at + 2),
        # Offsets that do not hold the figure they name mark nothing.
        FigureCheck("25 M€", "25", True, "", 0, 5, at, at + 2),
    )
    assert evidence_html(1, citation, checks, FR, opens=4, card_id="claim-2-source-1") == (
        '<article class="source" id="claim-2-source-1">'
        '<div class="source-head"><span class="source-number">[1]</span> '
        '<span class="source-title">Plan</span></div>'
        '<div class="source-locator">Mesure 8, p. 2</div>'
        '<div class="source-section">Tableau › Mesure 8</div>'
        '<blockquote class="source-quote">Mesure &lt;8&gt; Budget 25 '
        '<mark class="differs">47</mark></blockquote>'
        '<ul class="figure-checks"><li class="figure-check differs">25 M€ → 47 (valeur)</li>'
        '<li class="figure-check agrees">25 M€ → 25 (concorde)</li></ul>'
        '<div class="source-reference" title="Référence à citer">« Mesure &lt;8&gt; Budget 25 47 '
        "» — Plan, Mesure 8, p. 2</div>"
        '<div class="source-actions"><button type="button" class="source-copy" '
        'data-copy="« Mesure &lt;8&gt; Budget 25 47 » — Plan, Mesure 8, p. 2" '
        'data-copied="Citation copiée">Copier la citation</button>'
        '<button type="button" class="source-open" data-open="4">Voir dans le document</button>'
        "</div></article>"
    )


def test_pasted_claims_are_one_per_line_without_blank_lines_or_list_markers():
    pasted = ("  La cotisation 2020 est de 5.500 € HT.\n\n- L'enveloppe est de 47 M€.\n"
              "• Medicen compte 400 membres.\n3. Le budget est de 25 M€.\n2) Autre.\n   \n"
              "25 M€ pour la mesure 8.")
    assert claim_lines(pasted) == [
        "La cotisation 2020 est de 5.500 € HT.", "L'enveloppe est de 47 M€.",
        "Medicen compte 400 membres.", "Le budget est de 25 M€.", "Autre.",
        "25 M€ pour la mesure 8."]
    assert claim_lines("") == claim_lines(None) == claim_lines(" \n\t\n") == []


def test_a_run_shows_each_claim_once_checked_and_checks_at_most_the_limit():
    pasted = "\n".join(f"Affirmation {n}." for n in range(1, 24))
    seen = []

    def check(claim):
        seen.append(claim)
        return Checked(claim, error="non vérifiée")

    runs = list(fact_check_run(pasted, check))
    assert MAX_CLAIMS == 20
    assert [len(run.results) for run in runs] == list(range(21))
    assert {(run.total, run.skipped) for run in runs} == {(20, 3)}
    assert seen == [f"Affirmation {n}." for n in range(1, 21)]
    assert runs[-1].results[-1] == Checked("Affirmation 20.", error="non vérifiée")
    assert list(fact_check_run(" \n", check)) == [FactCheck()]


# -- document view ------------------------------------------------------------------------


def test_the_window_around_a_span_is_cut_at_line_breaks():
    text = "ligne un\nligne deux\nLE PASSAGE CITÉ\nligne quatre\nligne cinq"
    start = text.index("LE PASSAGE")
    end = start + len("LE PASSAGE CITÉ")
    window = document_window(text, start, end, context=15)
    assert text[window.start : window.end] == "ligne deux\nLE PASSAGE CITÉ\nligne quatre"
    whole = document_window(text, start, end, context=1000)
    assert (whole.start, whole.end) == (0, len(text))


def test_the_document_view_marks_the_span_its_figures_and_page_breaks():
    text = "Préambule <script>alert(1)</script>\nLe montant est de 5.500 € HT.\nFin."
    second = text.index("Le montant")
    record = DocumentRecord(
        doc_id="rapport", path="rapport.pdf", content_hash="0",
        meta=DocumentMeta(title="Rapport <i>2020</i>"), text=text,
        pages=(Page(1, "i", 0, second), Page(2, "2", second, len(text))),
        chunk_ids=(),
    )
    start, end = second, second + len("Le montant est de 5.500 € HT.")
    assert document_html(record, start, end, figures("5.500 € HT"), FR, locator="Article 2") == (
        '<section class="document-view" data-doc="rapport">'
        '<h3 class="document-title">Rapport &lt;i&gt;2020&lt;/i&gt;</h3>'
        '<div class="document-locator">Article 2, p. 2</div>'
        '<pre class="document-text">Préambule &lt;script&gt;alert(1)&lt;/script&gt;\n'
        '<span class="page-break">— p. 2 —</span>'
        '<mark class="cited" id="cited-span">Le montant est de '
        '<mark class="figure">5.500 € HT</mark>.</mark>\nFin.</pre></section>'
    )


# -- uploads ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("rapport.txt", "rapport.txt"),
        ("../../etc/passwd.md", "passwd.md"),
        ("C:\\Users\\me\\Délibération n°12 (v2).PDF", "Deliberation-n12-v2.pdf"),
        (".bashrc.txt", "bashrc.txt"),
        ("<script>.pdf", "script.pdf"),
        ("€€€.txt", "document.txt"),
        ("sans extension", "sans-extension"),
        ("a" * 200 + ".md", "a" * 80 + ".md"),
    ],
)
def test_uploaded_names_are_made_safe(name, safe):
    assert safe_filename(name) == safe


@pytest.mark.parametrize(
    ("name", "size", "reason"),
    [
        ("photo.jpg", 10, "type"),
        ("script.exe", 10, "type"),
        ("sans extension", 10, "type"),
        ("vide.txt", 0, "empty"),
        ("gros.pdf", 1001, "size"),
    ],
)
def test_uploads_of_another_type_empty_or_too_large_are_refused(name, size, reason):
    with pytest.raises(UploadRejected) as caught:
        check_upload(name, size, max_bytes=1000)
    assert (caught.value.reason, caught.value.name) == (reason, name)


def test_accepted_uploads_pass_the_check():
    for name in ("a.pdf", "b.TXT", "c.md"):
        check_upload(name, 1000, max_bytes=1000)


def test_a_free_name_replaces_no_file_and_no_document(tmp_path):
    (tmp_path / "rapport.txt").write_text("x")
    (tmp_path / "Bilan_2024.md").write_text("x")
    assert free_name(tmp_path, "nouveau.txt", set()) == "nouveau.txt"
    assert free_name(tmp_path, "rapport.txt", set()) == "rapport-2.txt"
    # Same id as another file of the folder ("bilan-2024"), whatever the extension.
    assert free_name(tmp_path, "bilan-2024.pdf", set()) == "bilan-2024-2.pdf"
    assert free_name(tmp_path, "medicen.txt", {"medicen", "medicen-2"}) == "medicen-3.txt"


def test_upload_messages_are_worded_in_the_interface_language():
    error = UploadRejected("x", "size", "gros.txt")
    assert upload_message(error, FR, 0.05) == (
        "« gros.txt » refusé : il dépasse la taille maximale de 0,05 Mo.")
    assert upload_message(error, LABELS["en"], 0.05) == (
        "“gros.txt” refused: it is larger than 0.05 MB.")


@pytest.fixture()
def small_index(small_corpus: Path, tmp_path: Path) -> Index:
    index = Index(settings_for(small_corpus, tmp_path / "index"))
    index.ingest()
    return index


def _state(index: Index) -> tuple[bytes, list[str]]:
    """The index manifest and the corpus folder, to show an operation changed nothing."""
    folder = index.settings.corpus_dir
    return index.settings.store_path.read_bytes(), sorted(p.name for p in folder.iterdir())


def test_an_uploaded_text_is_stored_under_a_safe_name_and_answers(small_index, tmp_path):
    upload = tmp_path / "upload" / "Bilan du festival (2025).txt"
    upload.parent.mkdir()
    upload.write_text("Bilan du festival Orly Santé Numérique 2025\n\nLe festival Orly Santé "
                      "Numérique 2025 a réuni 347 participants venus de 12 communes.\n", "utf-8")
    added = add_upload(small_index, upload, upload.name, max_bytes=10_000)
    corpus = small_index.settings.corpus_dir
    assert (added.name, added.doc_id, added.path) == (
        upload.name, "bilan-du-festival-2025", corpus / "Bilan-du-festival-2025.txt")
    assert added.path.read_bytes() == upload.read_bytes()
    assert added.chunks == len(small_index.document(added.doc_id).chunk_ids) == 2
    answer = Assistant(small_index).ask("Combien de participants le festival Orly Santé "
                                        "Numérique 2025 a-t-il réunis ?")
    assert answer.answer.split("\n")[0] == "347 participants"
    assert answer.citations[0].doc_id == added.doc_id


def test_bad_uploads_leave_the_corpus_and_the_index_unchanged(small_index, tmp_path):
    folder = tmp_path / "uploads"
    folder.mkdir()
    corrupt = folder / "casse.pdf"
    corrupt.write_bytes(b"%PDF-1.4\n1 0 obj<<>>garbage\n%%EOF")
    scanned = folder / "scan.pdf"  # a real PDF with a page and no text layer
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    with scanned.open("wb") as out:
        writer.write(out)
    latin1 = folder / "latin1.txt"
    latin1.write_bytes("Délibération du conseil".encode("latin-1"))
    empty = folder / "vide.md"
    empty.write_bytes(b"")
    wrong = folder / "image.png"
    wrong.write_bytes(b"\x89PNG\r\n")
    duplicate = folder / "copie.txt"
    shutil.copy(small_index.settings.corpus_dir /
                "presse_living-lab-sante-grand-orly-seine-bievre.txt", duplicate)
    before = _state(small_index)
    reasons = {}
    for path in (corrupt, scanned, latin1, empty, wrong, duplicate):
        with pytest.raises(UploadRejected) as caught:
            add_upload(small_index, path, path.name, max_bytes=100_000)
        reasons[path.name] = (caught.value.reason, caught.value.detail)
        assert _state(small_index) == before
    assert reasons == {
        "casse.pdf": ("unreadable",
                      "corrupt PDF (startxref not found); re-export or re-download it"),
        "scan.pdf": ("unreadable", "no text layer: needs OCR (scanned PDF)"),
        "latin1.txt": ("unreadable", "not UTF-8 text (byte 1); convert it, e.g. "
                                     "`iconv -f latin1 -t utf-8`"),
        "vide.md": ("empty", ""),
        "image.png": ("type", ""),
        "copie.txt": ("duplicate", "presse-living-lab-sante-grand-orly-seine-bievre"),
    }


def test_an_uploaded_pdf_is_indexed_with_its_pages(small_index):
    pdf = PDFS / "003_74216d3d13d6fb01.pdf"
    added = add_upload(small_index, pdf, "gouvernance 2018.pdf", max_bytes=5_000_000)
    record = small_index.document(added.doc_id)
    assert (added.doc_id, added.path.name) == ("gouvernance-2018", "gouvernance-2018.pdf")
    assert [page.number for page in record.pages] == [1, 2, 3]
    assert {chunk.page for chunk in small_index.chunks(added.doc_id)} == {1, 2, 3}


def test_deleting_a_document_removes_its_file_and_its_chunks(small_index):
    doc_id = "presse-living-lab-sante-grand-orly-seine-bievre"
    path = Path(small_index.document(doc_id).path)
    chunk_ids = set(small_index.document(doc_id).chunk_ids)
    assert delete_document(small_index, doc_id) == path
    assert not path.exists()
    assert doc_id not in {r.doc_id for r in small_index.documents()}
    assert not chunk_ids & set(small_index.collection.get(include=[])["ids"])
    # Re-indexing the folder does not bring it back.
    report = small_index.ingest()
    assert (report.added, report.removed) == ([], [])
    with pytest.raises(CorpusError):
        delete_document(small_index, doc_id)


def test_a_document_outside_the_corpus_folder_keeps_its_file(small_index, tmp_path):
    outside = tmp_path / "ailleurs.txt"
    outside.write_text("Un document rangé hors du corpus, indexé à part pour un essai.\n",
                       "utf-8")
    small_index.ingest([outside])
    assert delete_document(small_index, "ailleurs") is None
    assert outside.exists() and "ailleurs" not in {r.doc_id for r in small_index.documents()}


# -- serving ------------------------------------------------------------------------------


def test_serve_refuses_a_malformed_auth_before_starting(capsys):
    assert main(["serve", "--auth", "nocolon"]) == 2
    assert capsys.readouterr().err == (
        "error: --auth / ASSISTANT_AUTH must be user:password, e.g. staff:s3cret\n")


def test_serving_settings_default_to_this_machine_only(monkeypatch):
    monkeypatch.delenv("ASSISTANT_HOST", raising=False)
    monkeypatch.setenv("ASSISTANT_AUTH", "staff:pw")
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert (settings.host, settings.port, settings.auth, settings.upload_max_mb) == (
        "127.0.0.1", 7860, "staff:pw", 20.0)
