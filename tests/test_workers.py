"""Answering processes (`assistant/workers.py`): real processes against a real `chroma
run`, each over its own open index, answer as this process would, follow a document added
here, and replace one killed."""

from __future__ import annotations

import os
import shutil
import signal
import time
from pathlib import Path

import pytest

from assistant.chat import Assistant
from assistant.index import Index
from assistant.workers import Workers
from tests.conftest import CORPUS, settings_for

pytestmark = pytest.mark.slow

COTISATION = "Quel est le montant de la cotisation 2020 de l'EPT à Medicen ?"
CLAIM = ("La cotisation 2020 de l'EPT Grand-Orly Seine Bièvre à Medicen est de 5.500 € HT, "
         "soit 6.600 € TTC.")


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_answering_processes_answer_follow_the_index_and_replace_a_killed_one(
        small_corpus: Path, tmp_path: Path, chroma_server: int):
    settings = settings_for(small_corpus, tmp_path / "index", answer_processes=2,
                            chroma_host="127.0.0.1", chroma_port=chroma_server)
    Index(settings).ingest()
    index = Index.open(settings)
    here = Assistant(index)
    workers = Workers(settings, here)
    try:
        pids = workers.start()
        # processes for questions (up to two, started as calls come) and one for claims,
        # none of them this one
        assert 2 <= len(pids) <= 3 and os.getpid() not in pids
        assert workers.ask(COTISATION).abstained == here.ask(COTISATION).abstained
        # a document added by this process is read by the answering processes
        shutil.copy(CORPUS / "2019-12-21_deliberation-ept-gosb-convention-medicen.txt",
                    small_corpus)
        index.ingest()
        answered = workers.ask(COTISATION)
        assert not answered.abstained and "5.500 € HT" in answered.answer
        assert answered.citations[0].doc_id == here.ask(COTISATION).citations[0].doc_id
        assert workers.check(CLAIM).verdict == here.check(CLAIM).verdict == "supported"
        # a killed process is replaced, and the question it would have had is answered
        for pid in pids:
            os.kill(pid, signal.SIGKILL)
        answered = workers.ask(COTISATION)
        assert "5.500 € HT" in answered.answer
    finally:
        workers.close()
    deadline = time.monotonic() + 30
    while any(alive(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(alive(pid) for pid in pids)


def test_with_the_embedded_store_this_process_answers(small_corpus: Path, tmp_path: Path):
    """An embedded Chroma store is read by the process that writes it only."""
    settings = settings_for(small_corpus, tmp_path / "index", answer_processes=2)
    Index(settings).ingest()
    here = Assistant(Index.open(settings))
    workers = Workers(settings, here)
    assert workers.start() == []
    assert workers.ask(COTISATION).answer == here.ask(COTISATION).answer
