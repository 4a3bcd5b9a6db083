"""The web app as a server: who may change the corpus, logins from a file, and a long
fact-check beside a short question. Real app (`python app.py`) over HTTP, with
gradio_client, as a script or another page would call it."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from gradio_client import Client

from assistant.errors import AssistantError
from assistant.index import Index
from assistant.login import read_auth_file
from tests.conftest import ROOT, running_app

pytestmark = pytest.mark.slow

#: The events that change the corpus (upload, re-index, delete), by their API names.
EDITS = {"/add_files", "/reindex", "/remove"}
QUESTION = "Quel est le montant de la cotisation 2020 ?"


def _endpoints(client: Client) -> set[str]:
    return set(client.view_api(return_format="dict", print_info=False)["named_endpoints"])


def _answer(result: tuple) -> str:
    content = result[0][-1]["content"]
    return " ".join(part["text"] for part in content) if isinstance(content, list) else content


def test_a_login_file_gives_the_login_and_a_bad_one_says_how_to_fix_it(tmp_path, caplog):
    good = tmp_path / "login"
    good.write_text("staff:s3cret:with-colon\n")
    good.chmod(0o600)
    with caplog.at_level(logging.WARNING):
        assert read_auth_file(good) == ("staff", "s3cret:with-colon")
    assert not caplog.records
    good.chmod(0o644)
    with caplog.at_level(logging.WARNING):
        read_auth_file(good)
    assert "chmod 600" in caplog.text
    empty, missing = tmp_path / "empty", tmp_path / "missing"
    empty.write_text("\n")
    with pytest.raises(AssistantError, match="empty: write user:password"):
        read_auth_file(empty)
    with pytest.raises(AssistantError, match="cannot read the login file .*missing"):
        read_auth_file(missing)
    bad = tmp_path / "bad"
    bad.write_text("staff\n")
    with pytest.raises(AssistantError, match="must be user:password"):
        read_auth_file(bad)


def test_without_a_login_no_endpoint_changes_the_corpus(corpus_index: Index, tmp_path: Path):
    with running_app(corpus_index, tmp_path) as app:
        client = Client(app.url, verbose=False)
        served = _endpoints(client)
        assert "/respond" in served and "/check_claims" in served
        assert not served & EDITS
        # nor by number: the app knows no event that deletes
        request = urllib.request.Request(app.url + "gradio_api/call/remove", method="POST",
                                         data=b'{"data": []}',
                                         headers={"Content-Type": "application/json"})
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(request, timeout=10)
        assert "5.500 € HT" in _answer(client.predict(QUESTION, [], [], "fr",
                                                      api_name="/respond"))
        assert sorted(p.name for p in app.corpus.iterdir()) == sorted(
            p.name for p in corpus_index.settings.corpus_dir.iterdir())


def test_a_login_from_a_file_guards_the_app_and_opens_corpus_changes(
        corpus_index: Index, tmp_path: Path):
    login = tmp_path / "login"
    login.write_text("staff:s3cret\n")
    login.chmod(0o600)
    with running_app(corpus_index, tmp_path, "--auth-file", str(login)) as app:
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(app.url + "config", timeout=5)
        assert refused.value.code == 401
        with pytest.raises(ValueError, match="Could not login"):
            Client(app.url, auth=("staff", "wrong"), verbose=False)
        client = Client(app.url, auth=("staff", "s3cret"), verbose=False)
        assert EDITS <= _endpoints(client)


def test_with_corpus_edits_allowed_the_app_serves_them_without_a_login(
        corpus_index: Index, tmp_path: Path):
    with running_app(corpus_index, tmp_path, "--allow-corpus-edits") as app:
        assert EDITS <= _endpoints(Client(app.url, verbose=False))


def test_a_question_is_answered_while_a_long_fact_check_runs(corpus_index: Index,
                                                             tmp_path: Path):
    """Claims have their own queue and read the index beside questions, not before them."""
    with running_app(corpus_index, tmp_path) as app:
        client = Client(app.url, verbose=False)
        claims = "\n".join(f"L'EPT a versé une cotisation de {5000 + 100 * n} € HT à Medicen "
                           "en 2020 au titre de son adhésion au pôle, selon la délibération "
                           "du conseil territorial." for n in range(20))
        checking = Client(app.url, verbose=False).submit(claims, "fr",
                                                         api_name="/check_claims")
        began = time.monotonic()
        while (checking.status().code.name not in ("PROCESSING", "ITERATING")
               and time.monotonic() - began < 60):
            time.sleep(0.05)
        answer = _answer(client.predict(QUESTION, [], [], "fr", api_name="/respond"))
        assert not checking.done()  # answered while the claims were being checked
        assert "5.500 € HT" in answer
        checked = checking.result()
        assert checked.count('class="verdict') >= 20


def test_the_app_follows_an_ingest_run_by_another_process(corpus_index: Index, tmp_path: Path):
    """`assistant ingest` in a terminal beside the app: its answering processes answer
    from the new document, and a page opened afterwards lists it."""
    with running_app(corpus_index, tmp_path) as app:
        client = Client(app.url, verbose=False)
        assert "5.500 € HT" in _answer(client.predict(QUESTION, [], [], "fr",
                                                      api_name="/respond"))
        (app.corpus / "redevance-zorval.txt").write_text(
            "Délibération du conseil communautaire de Zorval\n\n"
            "Article 1 – La redevance annuelle du centre de santé de Zorval est fixée à "
            "4 321 € HT à compter de 2026.\n", encoding="utf-8")
        env = {**os.environ, "ASSISTANT_CORPUS_DIR": str(app.corpus),
               "ASSISTANT_INDEX_DIR": str(app.index_dir), "ASSISTANT_PROGRESS": "false"}
        subprocess.run([sys.executable, "-m", "assistant", "ingest"], cwd=ROOT, env=env,
                       check=True, capture_output=True, timeout=300)
        answer = _answer(client.predict("Quelle est la redevance du centre de santé de Zorval ?",
                                        [], [], "fr", api_name="/respond"))
        assert "4 321 € HT" in answer
        table = client.predict("fr", [], [], api_name="/page_opened")[0]
        assert "redevance-zorval" in str(table)
