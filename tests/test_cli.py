"""The `assistant` command line, run as a user would (a real process, real index)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from tests.conftest import LIVING_LAB, PRESS_2018, ROOT


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


def test_ask_readable_json_history_and_batch(small_corpus, tmp_path):
    index = tmp_path / "index"
    readable = run(["ask", "Combien d'établissements compte la filière santé du territoire ?"],
                   small_corpus, index)  # the index is empty: ask ingests the corpus first
    assert readable.returncode == 0, readable.stderr
    assert readable.stdout.startswith("242 établissements")
    as_json = json.loads(run(["ask", "Quand se tient la prochaine Agora des projets ?", "--json"],
                             small_corpus, index).stdout)
    assert as_json["answer"].startswith("18 juin")
    assert as_json["abstained"] is False
    first = as_json["citations"][0]
    assert first["quote"] == ("La prochaine Agora des projets se tient le 18 juin et il reste "
                              "quelques jours pour candidater.")
    follow = json.loads(run(["ask", "Et où a-t-elle été signée ?", "--json", "--history",
                             "Quand la convention de gouvernance territoriale a-t-elle été "
                             "signée ?"], small_corpus, index).stdout)
    assert "Athis-Mons" in follow["answer"]

    questions = tmp_path / "in.jsonl"
    questions.write_text(
        json.dumps({"id": "a", "question": "Combien de partenaires ont signé la convention ?"})
        + "\n" + json.dumps({"id": "b", "question": "Et pour 2020 ?", "history": []}) + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    batch = run(["ask", "--batch", str(questions), "--out", str(out)], small_corpus, index)
    assert batch.returncode == 0, batch.stderr
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["id"] for line in lines] == ["a", "b"]
    assert lines[0]["answer"].startswith("6 partenaires")
    assert set(lines[0]) >= {"id", "question", "answer", "abstained", "citations", "latency_ms"}


def test_a_batch_survives_bad_lines_and_keeps_the_earlier_output_until_done(small_corpus,
                                                                          tmp_path):
    index = tmp_path / "index"
    out = tmp_path / "out.jsonl"
    out.write_text("earlier output\n", encoding="utf-8")
    good = json.dumps({"id": "ok", "question": "Combien de partenaires ont signé la convention ?"})
    questions = tmp_path / "in.jsonl"
    questions.write_bytes("\n".join([
        good,
        "{not json",
        json.dumps({"id": "no-question"}),
        json.dumps({"question": "Sans identifiant ?"}),
        json.dumps({"id": "typed", "question": 42}),
        json.dumps({"id": "history", "question": "Et pour 2020 ?", "history": "2019"}),
        json.dumps(["a", "list"]),
    ]).encode("utf-8") + b"\n\xff\xfe{}\n" + good.replace('"ok"', '"ok2"').encode("utf-8"))
    batch = run(["ask", "--batch", str(questions), "--out", str(out)], small_corpus, index)
    assert batch.returncode == 1  # some lines failed, and the batch went on
    assert "Traceback" not in batch.stderr
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["id"] for line in lines] == [
        "ok", "line 2", "no-question", "line 4", "typed", "history", "line 7", "line 8", "ok2"]
    assert lines[0]["answer"].startswith("6 partenaires")
    assert lines[-1]["answer"].startswith("6 partenaires")
    errors = {line["id"]: line["error"] for line in lines if "error" in line}
    assert errors == {
        "line 2": "line 2: not JSON (Expecting property name enclosed in double quotes)",
        "no-question": 'line 3: "question" (a string) is missing',
        "line 4": 'line 4: "id" (a string) is missing',
        "typed": 'line 5: "question" (a string) is missing',
        "history": 'line 6: "history" must be a list of strings',
        "line 7": "line 7: a JSON object is expected",
        "line 8": "line 8: not UTF-8 text",
    }
    assert batch.stdout.strip() == (f"2 answers written to {out}; 7 lines failed "
                                    '(their "error" says why)')
    assert not (tmp_path / "out.jsonl.partial").exists()

    missing = run(["check", "--batch", str(tmp_path / "none.jsonl"), "--out", str(out)],
                  small_corpus, index)
    assert missing.returncode == 2
    assert missing.stderr.strip().startswith(f"error: cannot read {tmp_path / 'none.jsonl'}")
    assert out.read_text(encoding="utf-8").count("\n") == 9  # the last output is kept
    unwritable = run(["ask", "--batch", str(questions), "--out",
                      str(tmp_path / "no-such-folder" / "out.jsonl")], small_corpus, index)
    assert unwritable.returncode == 2
    assert "cannot write" in unwritable.stderr and "Traceback" not in unwritable.stderr


def test_eval_writes_json_and_markdown_reports(small_corpus, tmp_path):
    questions = tmp_path / "mini.jsonl"
    questions.write_text(json.dumps({
        "id": "q1", "kind": "figure", "question": "Combien d'établissements compte la filière ?",
        "answerable": True, "figures": ["242"],
        "gold": [{"doc_id": LIVING_LAB, "locator": "Paragraphe 3",
                  "quote": "Au total, ce secteur représente 242 établissements"}],
    }) + "\n", encoding="utf-8")
    reports = tmp_path / "reports"
    result = run(["eval", "--set", str(questions), "--out", str(reports)], small_corpus,
                 tmp_path / "index")
    assert result.returncode == 0, result.stderr
    data = json.loads((reports / "mini.json").read_text(encoding="utf-8"))
    assert data["metrics"]["correct"] == 1.0 and data["metrics"]["questions"] == 1
    assert (reports / "mini.md").read_text(encoding="utf-8").startswith("# Evaluation: mini")


def test_output_piped_into_a_reader_that_stops_early_is_no_error(corpus_index):
    settings = corpus_index.settings
    env = dict(os.environ, ASSISTANT_CORPUS_DIR=str(settings.corpus_dir),
               ASSISTANT_INDEX_DIR=str(settings.index_dir))
    # `assistant chunks --json | head -1`: the reader leaves after one line of the 550,
    # far more than a pipe holds, so the command writes into a closed pipe
    process = subprocess.Popen([sys.executable, "-m", "assistant", "chunks", "--json"],
                               cwd=ROOT, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None and process.stderr is not None
    assert json.loads(process.stdout.readline())["doc_id"] == PRESS_2018
    process.stdout.close()
    assert process.wait(timeout=600) == 0
    assert process.stderr.read() == ""


def test_a_first_question_says_it_indexes_first_with_no_progress_bar_in_a_log(small_corpus,
                                                                               tmp_path):
    env = dict(os.environ, ASSISTANT_CORPUS_DIR=str(small_corpus),
               ASSISTANT_INDEX_DIR=str(tmp_path / "index"), ASSISTANT_PROGRESS="true")
    result = subprocess.run([sys.executable, "-m", "assistant", "ask",
                             "Qu'est-ce que l'Agora des projets ?"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    # routine progress, at INFO: what it does, about how long, then each document
    assert re.search(r"the index is empty: indexing 2 documents of \S+ first \(about \d+ s\)",
                     result.stderr)
    assert "indexed presse_living-lab-sante-grand-orly-seine-bievre.txt: " in result.stderr
    assert "\r" not in result.stderr and "\x1b[" not in result.stderr  # stderr is no terminal
    assert "Agora" in result.stdout
