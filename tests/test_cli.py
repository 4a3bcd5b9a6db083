"""The `assistant` command line, run as a user would (a real process, real index)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import LIVING_LAB, ROOT


def run(args: list[str], corpus: Path, index: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, ASSISTANT_CORPUS_DIR=str(corpus), ASSISTANT_INDEX_DIR=str(index),
               ASSISTANT_PROGRESS="false")
    return subprocess.run([sys.executable, "-m", "assistant", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=600)


def test_ingest_then_reingest_then_chunks(small_corpus, tmp_path):
    index = tmp_path / "index"
    first = run(["ingest"], small_corpus, index)
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith(
        "added 2, updated 0, unchanged 0, removed 0, failed 0; 37 chunks embedded, "
        "37 chunks in the index"
    )
    second = run(["ingest"], small_corpus, index)
    assert second.stdout.startswith("added 0, updated 0, unchanged 2, removed 0, failed 0; "
                                    "0 chunks embedded")

    listing = run(["chunks", "--doc", LIVING_LAB], small_corpus, index)
    assert listing.returncode == 0
    assert (f"{LIVING_LAB}  [2532:3338]  -  clause  Une Agora des projets pour stimuler les "
            "coopérations") in listing.stdout
    as_json = [json.loads(line) for line in
               run(["chunks", "--doc", LIVING_LAB, "--json"], small_corpus, index)
               .stdout.splitlines()]
    assert len(as_json) == 7
    assert {"id", "doc_id", "label", "section", "start", "end", "page", "text"} <= set(as_json[0])


def test_bad_file_is_named_and_exit_code_says_whether_anything_worked(small_corpus, tmp_path):
    (small_corpus / "scan.docx").write_bytes(b"PK")
    result = run(["ingest"], small_corpus, tmp_path / "index")
    assert result.returncode == 0
    assert "failed: " in result.stdout and "scan.docx: unsupported file type '.docx'" in (
        result.stdout
    )
    only_bad = tmp_path / "only-bad"
    only_bad.mkdir()
    (only_bad / "empty.txt").write_text("")
    failed = run(["ingest"], only_bad, tmp_path / "index2")
    assert failed.returncode == 1
    assert "empty.txt: empty file" in failed.stdout


def test_errors_are_one_clean_line(small_corpus, tmp_path):
    result = run(["ingest", str(tmp_path / "missing")], small_corpus, tmp_path / "index")
    assert result.returncode == 2
    assert result.stderr.strip() == f"error: {tmp_path / 'missing'}: no such file or folder"
    assert "Traceback" not in result.stderr
