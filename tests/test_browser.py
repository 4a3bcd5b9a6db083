"""The real app (`python app.py`) driven in headless Chromium, as staff would use it.

The app runs in a subprocess over a copy of the session's corpus index and a copy of
corpus/, so uploads and deletions touch neither. Chromium is Debian's (`/usr/bin/chromium`,
installed by `.ci/run`), driven by Playwright; no browser is downloaded. Screenshots go
to a temporary folder (printed with `-s`); `UPDATE_README_SCREENSHOT=1` also refreshes
`docs/screenshot.png`.
"""

from __future__ import annotations

import os
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from assistant.index import Index
from assistant.store import StoreFile
from tests.conftest import ROOT, App, running_app

pytestmark = pytest.mark.slow

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
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
SCRIPT_LINE = ('Le formulaire affichait <script>alert("xss")</script> et '
               '<img src=x onerror="alert(2)"> sans rien exécuter, ni ${alert(3)} ni {{value}}.')
FESTIVAL = f"""# Bilan du festival Orly Santé Numérique 2025

Article 1 : Participation

Le festival Orly Santé Numérique 2025 a réuni 347 participants venus de 12 communes.

Article 2 : Sécurité du site

{SCRIPT_LINE}
"""
#: The app's upload limit in this test (ASSISTANT_UPLOAD_MAX_MB), so "too large" is quick.
UPLOAD_MAX_MB = "0.05"
SUPPORTED = "La cotisation 2020 de l'EPT à Medicen est de 5.500 € HT."
CONTRADICTED = "L'enveloppe globale de la mesure 8 est de 25 M€."
ABSENT = "Le living lab a reçu un prix Nobel de médecine en 2019."
SCRIPT_CLAIM = '<script>alert("claim")</script> La cotisation 2020 est de 7 500 € HT.'
MEASURE_8 = "Tableau récapitulatif de l'ensemble des mesures › Mesure n°8"


def _require_browser() -> None:
    """Skip where no browser can run; in CI (where `.ci/run` installs one) fail instead."""
    problems = []
    if not CHROMIUM.exists():
        problems.append(f"{CHROMIUM} is missing (apt-get install -y chromium)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        problems.append("the playwright package is missing (pip install -e '.[dev]')")
    if problems:
        message = "; ".join(problems)
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture(scope="module")
def app(corpus_index: Index, tmp_path_factory: pytest.TempPathFactory) -> Iterator[App]:
    """The app over copies of corpus/ and of the session's index: tests may change them."""
    _require_browser()
    with running_app(corpus_index, tmp_path_factory.mktemp("browser-app"),
                     "--allow-corpus-edits",
                     env={"ASSISTANT_UPLOAD_MAX_MB": UPLOAD_MAX_MB}) as running:
        yield running


@pytest.fixture(scope="module")
def browser(app: App) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM),
                                              args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("screenshots")
    print(f"screenshots in {folder}")  # noqa: T201
    return folder


@dataclass
class Session:
    """A browser tab on the app, with the dialogs (alert, confirm) it tried to open."""

    page: Any
    dialogs: list[str]


@pytest.fixture()
def session(browser: Any, app: App) -> Iterator[Session]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="fr-FR")
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=app.url.rstrip("/"))
    context.set_default_timeout(30_000)
    page = context.new_page()
    dialogs: list[str] = []

    def refuse(dialog: Any) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", refuse)
    page.goto(app.url)
    page.wait_for_selector("#question textarea")
    yield Session(page, dialogs)
    context.close()


def ask(page: Any, question: str, wait_for: str = "#sources .source") -> str:
    """Ask in the chat; the last answer's text once the sources panel shows ``wait_for``."""
    answers = page.locator("#chat [data-testid=bot]")
    count = answers.count()
    page.fill("#question textarea", question)
    page.press("#question textarea", "Enter")
    page.wait_for_function(
        "([count, selector]) => document.querySelectorAll('#chat [data-testid=bot]').length"
        " > count && document.querySelector(selector) !== null", arg=[count, wait_for])
    text: str = answers.last.inner_text()
    return text


def texts(page: Any, selector: str) -> list[str]:
    found: list[str] = page.locator(selector).all_inner_texts()
    return found


def check(page: Any, claims: str, count: int) -> None:
    """Paste claims in the fact-check tab and wait for the ``count`` cards of the run."""
    page.fill("#claims textarea", claims)
    page.click("#check")
    page.wait_for_function(
        "(count) => document.querySelectorAll('#factcheck .claim').length === count"
        " && document.querySelector('#factcheck .running') === null", arg=count)


def test_a_figure_question_shows_its_clause_then_a_follow_up_and_the_document(
        session: Session, shots: Path) -> None:
    page = session.page
    answer = ask(page, COTISATION)
    assert answer.split("\n")[0] == "5.500 € HT soit 6.600€ TTC"
    assert texts(page, "#sources h3") == ["Sources de la dernière réponse"]
    assert texts(page, "#sources .source-title")[0] == MEDICEN_TITLE
    assert texts(page, "#sources .source-locator")[0] == "Article 5"
    assert texts(page, "#sources .source-quote")[0] == ARTICLE_5_QUOTE
    assert texts(page, "#sources .source-quote >> nth=0 >> mark") == ["5.500 € HT", "6.600€ TTC"]
    reference = f"« {ARTICLE_5_QUOTE} » — {MEDICEN_TITLE}, Article 5"
    assert texts(page, "#sources .source-reference")[0] == reference
    page.screenshot(path=shots / "1-answer-with-sources.png")
    if os.environ.get("UPDATE_README_SCREENSHOT"):
        page.screenshot(path=ROOT / "docs" / "screenshot.png")

    page.click("#sources .source-copy >> nth=0")
    page.wait_for_selector("#sources .source-copy.copied")
    assert page.evaluate("navigator.clipboard.readText()") == reference
    assert texts(page, "#sources .source-copy")[0] == "Citation copiée"

    # The follow-up is read with the conversation: no document gives any 2031 amount, and
    # the closest sections are the Medicen convention's, which "Et pour 2031 ?" never names.
    answer = ask(page, "Et pour 2031 ?", wait_for="#sources .closest")
    assert answer.startswith("Je n'ai pas trouvé la réponse dans les documents.")
    assert texts(page, "#sources h3") == [
        "Pas de réponse dans les documents. Sections les plus proches :"]
    locators = texts(page, "#sources .source-locator")
    assert len(locators) == 3 and "Article 5" in locators
    article_5 = locators.index("Article 5")
    assert texts(page, "#sources .source-title")[article_5] == MEDICEN_TITLE
    assert page.locator("#sources .source-copy").count() == 0
    page.screenshot(path=shots / "2-follow-up.png")

    page.click(f"#sources .source-open >> nth={article_5}")
    cited = page.locator("#document #cited-span")
    cited.wait_for()
    assert page.get_by_role("tab", name="Document").get_attribute("aria-selected") == "true"
    assert cited.is_visible()
    text = cited.inner_text()
    assert text.startswith("Article 5 : Adhésion de l'EPT à Medicen")
    assert text.endswith(ARTICLE_5_QUOTE)
    assert texts(page, "#document .document-title") == [MEDICEN_TITLE]
    assert texts(page, "#document .document-locator") == ["Article 5"]
    page.screenshot(path=shots / "3-document-view.png")
    assert session.dialogs == []

    page.get_by_role("tab", name="Conversation").click()
    page.click("#clear")
    page.wait_for_selector("#sources .sources-empty")
    assert page.locator("#chat [data-testid=bot]").count() == 0


def test_filters_restrict_a_question_to_some_document_types(session: Session) -> None:
    page = session.page
    page.click("#filters .label-wrap")
    page.click("#type-filter input")
    page.get_by_role("option", name="article de presse").click()
    page.keyboard.press("Escape")
    answer = ask(page, COTISATION, wait_for="#sources .closest")
    assert answer.startswith("Je n'ai pas trouvé la réponse dans les documents.")
    press = {"Une convention de partenariat pour une nouvelle gouvernance territoriale du "
             "développement économique",
             "Un living lab santé, bien-être et autonomie pour le Grand-Orly Seine Bièvre"}
    titles = texts(page, "#sources .source-title")
    assert len(titles) == 3 and set(titles) <= press


def test_pasted_claims_get_a_verdict_the_evidence_and_the_differing_figure(
        session: Session, shots: Path) -> None:
    page = session.page
    page.get_by_role("tab", name="Vérification").click()
    assert texts(page, "#factcheck") == [
        "Collez une ou plusieurs affirmations, une par ligne, puis cliquez sur « Vérifier » : "
        "chacune reçoit un verdict, son explication et les passages cités."]
    check(page, f"{SUPPORTED}\n\n{CONTRADICTED}\n{ABSENT}\n{SCRIPT_CLAIM}\n", 4)
    assert texts(page, "#factcheck h3") == ["Résultat de la vérification"]
    assert texts(page, "#factcheck .verdict") == [
        "Confirmé", "Contredit", "Absent du corpus", "Contredit"]
    assert texts(page, "#factcheck .claim-text") == [SUPPORTED, CONTRADICTED, ABSENT, SCRIPT_CLAIM]
    explanations = texts(page, "#factcheck .claim-explanation")
    assert explanations[0].startswith(
        "Les documents le confirment : « Pour l'année 2020, compte tenu de la cotisation")
    assert explanations[1].startswith(
        "Le document indique 47 M€ (Mesure n°8, « Enveloppe globale (Effet levier moyen X2,6 ) "
        "M€ »), et non 25 M€")
    assert explanations[2].startswith(
        "Les documents ne disent rien qui confirme ou contredise cette affirmation.")

    assert texts(page, "#claim-1 .source-locator") == ["Article 5"]
    assert texts(page, "#claim-1 .source-title") == [MEDICEN_TITLE]
    assert texts(page, "#claim-1 mark.agrees") == ["5.500 € HT", "5.500 € HT"]
    assert texts(page, "#claim-1 mark.differs") == []
    assert texts(page, "#claim-1 .figure-check") == ["5.500 € HT → 5.500 € HT (concorde)"]
    assert texts(page, "#claim-2 .source-locator") == [MEASURE_8]
    # The claimed 25 M€, then in the row the budget column's 25 and the envelope's 47.
    assert texts(page, "#claim-2 mark.differs") == ["25 M€", "25", "47"]
    assert texts(page, "#claim-2 .figure-check") == [
        "25 M€ → 47 (valeur)", "25 M€ → 25 (colonne)"]
    assert page.locator("#claim-3 .source").count() == 0
    assert texts(page, "#claim-4 .source-locator") == ["Article 5", "Article 5"]
    assert texts(page, "#claim-4 .claim-text mark.differs") == ["7 500 € HT"]
    assert texts(page, "#claim-4 .source-quote mark.differs") == ["5.500 € HT", "7 500 € HT"]
    assert page.locator("#factcheck script").count() == 0
    page.screenshot(path=shots / "6-fact-check.png", full_page=True)

    # "Voir dans le document" on a passage cited as evidence: the row, its cells marked.
    page.click("#claim-2 .source-open")
    cited = page.locator("#document #cited-span")
    cited.wait_for()
    assert page.get_by_role("tab", name="Document").get_attribute("aria-selected") == "true"
    assert cited.inner_text().split("\t") == [
        "Mesure n°8", "Faire de l'Île-de-France un territoire d'excellence et de référence "
        "internationale en matière de recherche, de développement économique et industriel "
        "dans le domaine des biotechnologies et de la génomique ( Soutien Génopole )",
        "Genopole, Région, Grand Paris Sud, CDC, MESRI, AFM, Essonne",
        "Elaboration en cours – Contrat triennal fin 2020", "25", "47"]
    assert texts(page, "#document #cited-span mark") == ["25", "47"]
    assert texts(page, "#document .document-locator") == [MEASURE_8]
    page.screenshot(path=shots / "7-evidence-in-document.png")

    page.get_by_role("tab", name="Vérification").click()
    page.fill("#claims textarea", "  \n\n")
    page.click("#check")
    page.wait_for_selector("#factcheck .factcheck-empty")
    assert session.dialogs == []


#: The rows of the documents table (Gradio draws them as a virtual list).
ROWS = "#documents .virtual-body [role=row]"


def listed_documents(page: Any) -> list[str]:
    """The document ids of the corpus tab's table, in its order."""
    return [row.split("\n")[0].strip() for row in texts(page, ROWS)]


def _corpus_state(app: App) -> tuple[bytes, list[str]]:
    return ((app.index_dir / "store.sqlite").read_bytes(),
            sorted(path.name for path in app.corpus.iterdir()))


def test_uploads_are_checked_answered_from_and_shown_as_text(
        session: Session, app: App, shots: Path, tmp_path: Path) -> None:
    page = session.page
    page.get_by_role("tab", name="Corpus").click()
    page.locator(ROWS).first.wait_for()
    listed = listed_documents(page)
    assert len(listed) == 5 and "festival" not in listed

    bad = {
        "notes.exe": b"MZ\x90\x00",
        "vide.txt": b"",
        "casse.pdf": b"%PDF-1.4\n1 0 obj<<>>garbage\n%%EOF",
        "gros.txt": b"x" * 60_000,
    }
    for name, data in bad.items():
        (tmp_path / name).write_bytes(data)
    before = _corpus_state(app)
    page.set_input_files("#upload input[type=file]", [str(tmp_path / name) for name in bad])
    page.wait_for_selector("#upload .file-preview, #upload table")
    page.click("#upload-button")
    page.wait_for_function("document.querySelectorAll('#status p').length === 4")
    assert texts(page, "#status .status-error") == [
        "« notes.exe » refusé : type de fichier non accepté (PDF, TXT ou MD seulement).",
        "« vide.txt » refusé : le fichier est vide.",
        "« casse.pdf » refusé : illisible (corrupt PDF (startxref not found); re-export or "
        "re-download it). Rien n'a été ajouté.",
        "« gros.txt » refusé : il dépasse la taille maximale de 0,05 Mo.",
    ]
    assert _corpus_state(app) == before
    assert listed_documents(page) == listed
    page.screenshot(path=shots / "4-bad-uploads.png", full_page=True)

    festival = tmp_path / "festival.txt"
    festival.write_text(FESTIVAL, "utf-8")
    page.set_input_files("#upload input[type=file]", [str(festival)])
    page.wait_for_selector("#upload .file-preview, #upload table")
    page.click("#upload-button")
    page.wait_for_selector("#status .status-ok")
    assert texts(page, "#status p") == [
        "« festival.txt » ajouté : 3 passages indexés (id festival)."]
    assert (app.corpus / "festival.txt").read_text("utf-8") == FESTIVAL
    page.wait_for_function(f"document.querySelectorAll('{ROWS}').length === 6")
    assert listed_documents(page) == sorted([*listed, "festival"])

    page.get_by_role("tab", name="Conversation").click()
    answer = ask(page, "Combien de participants le festival Orly Santé Numérique 2025 "
                       "a-t-il réunis ?")
    assert answer.split("\n")[0] == "347 participants"
    assert texts(page, "#sources .source-title")[0] == "Bilan du festival Orly Santé Numérique 2025"
    assert texts(page, "#sources .source-locator")[0] == "Article 1"
    assert texts(page, "#sources .source-quote >> nth=0 >> mark") == ["347"]

    # The document holds <script>, an <img onerror> and template syntax: shown as text.
    page.click("#sources .source-open >> nth=0")
    page.locator("#document #cited-span").wait_for()
    assert page.locator("#document #cited-span").inner_text() == (
        "Le festival Orly Santé Numérique 2025 a réuni 347 participants venus de 12 communes.")
    assert SCRIPT_LINE in page.locator("#document .document-text").inner_text()
    assert page.locator("#document script, #document img").count() == 0
    page.screenshot(path=shots / "5-uploaded-document.png")
    assert session.dialogs == []

    page.get_by_role("tab", name="Corpus").click()
    page.click("#delete-pick input")
    page.get_by_role("option",
                     name="Bilan du festival Orly Santé Numérique 2025 (festival)").click()
    page.click("#delete")
    page.wait_for_selector("#status .status-error")
    assert texts(page, "#status p") == ["Cochez la case de confirmation avant de supprimer."]
    page.check("#delete-confirm input")
    page.click("#delete")
    page.wait_for_selector("#status .status-ok")
    assert texts(page, "#status p") == [
        "« festival » supprimé de l'index et du dossier du corpus."]
    assert not (app.corpus / "festival.txt").exists()
    page.wait_for_function(f"document.querySelectorAll('{ROWS}').length === 5")
    assert listed_documents(page) == listed

    page.click("#reingest")
    page.wait_for_function("document.querySelector('#status').innerText.includes('réindexé')")
    store = StoreFile(app.index_dir / "store.sqlite").read()
    chunks = len(store["chunks"]) if store else 0
    assert texts(page, "#status p") == [
        "Corpus réindexé : 0 ajoutés, 0 mis à jour, 5 inchangés, 0 retirés, 0 en échec ; "
        f"{chunks} passages."]
    assert session.dialogs == []


def test_the_interface_switches_to_english(session: Session) -> None:
    page = session.page
    page.get_by_label("English").check()
    page.wait_for_function("document.querySelector('#send').innerText === 'Send'")
    # Gradio updates each component on its own: the tab labels may come a moment later.
    page.wait_for_function(
        "[...document.querySelectorAll('[role=tab]')].map(tab => tab.innerText.trim())"
        ".join('|') === 'Chat|Fact-check|Document|Corpus'")
    assert texts(page, "#header h2") == ["Health-cluster documents assistant"]
    assert texts(page, "[role=tab]") == ["Chat", "Fact-check", "Document", "Corpus"]
    assert texts(page, "#sources") == ["The sources of the answer will show here."]

    page.get_by_role("tab", name="Fact-check").click()
    assert texts(page, "#claims [data-testid=block-info]") == ["Claims to check, one per line"]
    assert page.get_attribute("#claims textarea", "placeholder") == (
        "E.g.: The EPT's 2019 membership fee was €5,500 excluding VAT.")
    assert texts(page, "#check") == ["Check"]
    assert texts(page, "#factcheck") == [
        "Paste one or more claims, one per line, then click “Check”: each gets a verdict, its "
        "explanation and the quoted passages."]
    check(page, "The EPT's 2019 membership fee was €5,500 excluding VAT.", 1)
    assert texts(page, "#factcheck h3") == ["Fact-check results"]
    assert texts(page, "#factcheck .verdict") == ["Contradicted"]
    assert texts(page, "#factcheck .claim-explanation")[0].startswith(
        "The document gives 10.000€ HT, not €5,500 excluding VAT")
    assert texts(page, "#claim-1 .figure-check") == [
        "€5,500 excluding VAT → 10.000€ HT (value)", "€5,500 excluding VAT → 5.500 € HT (year)"]
    assert texts(page, "#claim-1 .source-open") == ["Show in the document"]
    page.get_by_role("tab", name="Chat").click()
    answer = ask(page, "How much does Grand Besançon Métropole give to PMT Health in 2024?")
    # The decision itself says it: "… à hauteur de 45 000 € … pour l'année 2024"
    assert answer.split("\n")[0] == "45 000 €"
    assert texts(page, "#sources h3") == ["Sources of the last answer"]
    assert texts(page, "#sources .source-locator")[0] == "Décision 1"
    assert texts(page, "#sources .source-quote >> nth=0 >> mark") == ["45 000 €"]
    assert texts(page, "#sources .source-copy")[0] == "Copy citation"


def test_with_auth_the_app_asks_for_a_login_first(
        browser: Any, corpus_index: Index, tmp_path: Path) -> None:
    with running_app(corpus_index, tmp_path, "--auth", "staff:s3cret") as app:
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(app.url + "config", timeout=5)
        assert refused.value.code == 401
        context = browser.new_context()
        page = context.new_page()
        page.goto(app.url)
        assert page.locator("#question").count() == 0
        page.get_by_label("username").fill("staff")
        page.get_by_label("password").fill("wrong")
        page.get_by_role("button", name="Login").click()
        page.get_by_text("Incorrect Credentials").wait_for()
        page.get_by_label("username").fill("staff")
        page.get_by_label("password").fill("s3cret")
        page.get_by_role("button", name="Login").click()
        page.wait_for_selector("#question textarea")
        context.close()


@pytest.mark.slow
def test_with_a_writer_model_the_chat_streams_it_then_shows_it_verified_or_says_why_not(
        browser: Any, corpus_index: Index, model_server: str, tmp_path: Path) -> None:
    writer = {"ASSISTANT_LLM_BASE_URL": model_server, "ASSISTANT_LLM_MODEL": "gemma",
              "ASSISTANT_LLM_MAX_TOKENS": "64", "ASSISTANT_LLM_TIMEOUT_S": "120",
              "ASSISTANT_LLM_FIRST_TOKEN_S": "60"}
    with running_app(corpus_index, tmp_path, env=writer) as app:
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        page = context.new_page()
        page.goto(app.url)
        page.wait_for_selector("#question textarea")
        page.fill("#question textarea", "Quel est le montant de la cotisation 2020 ?")
        page.press("#question textarea", "Enter")
        page.get_by_text("Rédaction par le modèle").wait_for()  # what it writes, as it comes
        page.wait_for_selector("#sources .source")
        page.get_by_text("Rédaction par le modèle").wait_for(state="detached")
        answer = page.locator("#chat [data-testid=bot]").last.inner_text()
        # verified, or the extractive answer under a notice saying why
        assert ("vérifié" in answer) != ("n'a pas été retenue" in answer)
        assert "5.500 € HT" in answer
        assert "Article 5" in page.locator("#sources .source").first.inner_text()
        context.close()
