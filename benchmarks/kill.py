"""Kill benchmark: `assistant ingest` and `assistant ingest --rebuild` killed by SIGKILL at
random moments, N trials each; after every kill, the previous complete index must answer.

A temporary corpus holds two of the shipped documents, indexed: that is the previous
complete index, and its answers to the probe questions are recorded. Each trial starts
from a copy of it, then:

* **ingest**: a third document (a deliberation) is added and ``assistant ingest`` runs;
* **rebuild**: ``assistant ingest --rebuild`` re-embeds everything into a new collection;

and the process is killed after a random share of the time an uninterrupted run takes.
The index is then opened as the app would open it, and the trial holds when every
listed document has the vectors of all its chunks, the next ``assistant ingest`` completes,
and: after a killed rebuild, every probe question gets the same answer as before; after a
killed ingest, the first two documents are listed as before, same content and same chunks
(answers may differ there: a document committed before the kill changes the corpus).

Usage:
    python benchmarks/kill.py                  # 20 trials of each
    python benchmarks/kill.py --trials 5 --seed 3
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from assistant.chat import Assistant
from assistant.config import Settings
from assistant.index import Index

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
FIRST = ("presse_living-lab-sante-grand-orly-seine-bievre.txt",
         "2018_presse_convention-gouvernance-territoriale-gosb.txt")
ADDED = "2019-12-21_deliberation-ept-gosb-convention-medicen.txt"
PROBES = ("Quels sont les partenaires du living lab ?",
          "Quand la convention de gouvernance territoriale a-t-elle été signée ?",
          "What is the living lab about?")


def answers(settings: Settings) -> list[str]:
    assistant = Assistant(Index.open(settings))
    return [assistant.ask(question).answer for question in PROBES]


def run(settings: Settings, *options: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "ASSISTANT_CORPUS_DIR": str(settings.corpus_dir),
           "ASSISTANT_INDEX_DIR": str(settings.index_dir), "ASSISTANT_PROGRESS": "false"}
    return subprocess.Popen([sys.executable, "-m", "assistant", "ingest", *options], cwd=ROOT,
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def prepare(settings: Settings, pristine: Path, kind: str) -> None:
    """The trial's folders as the previous complete index left them, and its new files."""
    for folder in (settings.corpus_dir, settings.index_dir):
        shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(pristine / "corpus", settings.corpus_dir)
    shutil.copytree(pristine / "index", settings.index_dir)
    if kind == "ingest":
        shutil.copy(CORPUS / ADDED, settings.corpus_dir / ADDED)


def vectors(settings: Settings) -> tuple[bool, int]:
    """Whether every listed chunk has its vector, and how many vectors are of chunks the
    index does not list (left by a killed run)."""
    index = Index.open(settings)
    live = {chunk.id for chunk in index.chunks()}
    stored = set(index.collection.get(include=[])["ids"])
    return live <= stored, len(stored - live)


def previous(settings: Settings, doc_ids: list[str]) -> dict[str, Any]:
    """Those documents as the index lists them: content hash and chunk ids (None: gone)."""
    listed = {record.doc_id: record for record in Index.open(settings).documents()}
    return {doc_id: (listed[doc_id].content_hash, listed[doc_id].chunk_ids)
                    if doc_id in listed else None for doc_id in doc_ids}


def trial(settings: Settings, pristine: Path, kind: str, after: float,
          expected: list[str], first: dict[str, Any]) -> dict[str, Any]:
    """One kill, in folders of its own (Chroma keeps a client per path in this process,
    which a folder deleted and copied anew under it would leave reading a moved file)."""
    prepare(settings, pristine, kind)
    process = run(settings, *(["--rebuild"] if kind == "rebuild" else []))
    time.sleep(after)
    finished = process.poll() is not None
    process.send_signal(signal.SIGKILL)
    process.wait()
    kept = (answers(settings) == expected if kind == "rebuild"
            else previous(settings, sorted(first)) == first)
    listed, left = vectors(settings)
    documents = len(Index.open(settings).documents())
    ran = run(settings).wait() == 0
    complete, remaining = vectors(settings)
    resumed, cleaned = ran and complete, remaining == 0
    return {"kind": kind, "killed_after_s": round(after, 2), "had_finished": finished,
            "documents_after_kill": documents, "previous_kept": kept,
            "vectors_complete": listed, "orphans_after_kill": left,
            "next_ingest_ok": resumed, "orphans_cleaned": cleaned,
            "held": kept and listed and resumed and cleaned}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=20, help="trials of each kind")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks/results/kill.json")
    args = parser.parse_args()
    draw = random.Random(args.seed)
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        pristine = root / "pristine"
        (pristine / "corpus").mkdir(parents=True)
        for name in FIRST:
            shutil.copy(CORPUS / name, pristine / "corpus" / name)
        base = Settings(corpus_dir=pristine / "corpus", index_dir=pristine / "index",
                        progress=False)
        Index(base).ingest()
        expected = answers(base)
        first = previous(base, [record.doc_id for record in Index.open(base).documents()])
        settings = Settings(corpus_dir=root / "corpus", index_dir=root / "index",
                            progress=False)
        for kind in ("ingest", "rebuild"):
            prepare(settings, pristine, kind)
            began = time.perf_counter()
            run(settings, *(["--rebuild"] if kind == "rebuild" else [])).wait()
            whole = time.perf_counter() - began
            for number in range(args.trials):
                folder = root / f"{kind}-{number}"
                own = Settings(corpus_dir=folder / "corpus", index_dir=folder / "index",
                               progress=False)
                rows.append(trial(own, pristine, kind, draw.uniform(0.5, whole), expected,
                                  first))
                print(json.dumps(rows[-1]), flush=True)  # noqa: T201
    summary = {kind: {"trials": sum(r["kind"] == kind for r in rows),
                      "held": sum(r["held"] for r in rows if r["kind"] == kind),
                      "killed_before_the_end": sum(not r["had_finished"] for r in rows
                                                   if r["kind"] == kind),
                      "left_vectors_then_cleaned": sum(r["orphans_after_kill"] > 0
                                                       and r["orphans_cleaned"] for r in rows
                                                       if r["kind"] == kind)}
               for kind in ("ingest", "rebuild")}
    print(json.dumps(summary))  # noqa: T201
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"summary": summary, "trials": rows}, indent=1) + "\n",
                        encoding="utf-8")


if __name__ == "__main__":
    main()
