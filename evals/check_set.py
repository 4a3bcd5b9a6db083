"""Check an evaluation set folder before it is used: documents load, every gold quote is found.

    python evals/check_set.py evals/corpora/<set>

Prints each document's id, title and length, then every question or claim whose gold quote
is not an exact substring (whitespace aside) of its document's extracted text, with the
nearest extracted text, so the quote can be fixed.
"""

from __future__ import annotations

import difflib
import json
import re
import sys
from collections import Counter
from pathlib import Path

from assistant.load import discover, load_document, read_manifest

KINDS = {"figure", "table", "clause", "list", "followup", "english", "cross", "unanswerable"}
VERDICTS = {"supported", "contradicted", "not_in_corpus"}


def main(folder: Path) -> int:
    docs_dir = folder / "docs"
    manifest = read_manifest(docs_dir)
    texts = {}
    for path in discover([docs_dir]):
        document = load_document(path, manifest.get(path.name))
        texts[document.doc_id] = document.text
        print(f"{document.doc_id}: {len(document.text)} chars, {len(document.pages)} pages")
    problems = 0
    for name in ("questions.jsonl", "claims.jsonl"):
        path = folder / name
        if not path.exists():
            print(f"missing {name}")
            problems += 1
            continue
        rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
        ids = Counter(row["id"] for row in rows)
        for duplicate in [i for i, n in ids.items() if n > 1]:
            print(f"{name}: id {duplicate} used {ids[duplicate]} times")
            problems += 1
        for row in rows:
            if name == "questions.jsonl":
                if row.get("kind") not in KINDS:
                    print(f"{row['id']}: kind must be one of {sorted(KINDS)}")
                    problems += 1
                if row.get("answerable", True) != bool(row.get("gold")):
                    print(f"{row['id']}: an answerable question needs gold, an unanswerable none")
                    problems += 1
            elif row.get("verdict") not in VERDICTS:
                print(f"{row['id']}: verdict must be one of {sorted(VERDICTS)}")
                problems += 1
            for gold in row.get("gold", []):
                text = texts.get(gold["doc_id"])
                if text is None:
                    print(f"{row['id']}: unknown doc_id {gold['doc_id']!r} (known: {sorted(texts)})")
                    problems += 1
                    continue
                pattern = r"\s+".join(re.escape(word) for word in gold["quote"].split())
                if not re.search(pattern, text):
                    problems += 1
                    words = gold["quote"].split()
                    probe = " ".join(words[: min(4, len(words))])
                    flat = re.sub(r"\s+", " ", text)
                    near = difflib.get_close_matches(gold["quote"], [
                        flat[i : i + len(gold["quote"])] for i in range(0, max(1, len(flat)
                        - len(gold["quote"])), 5)], n=1, cutoff=0.5)
                    print(f"{row['id']}: quote not found in {gold['doc_id']}: {gold['quote']!r}"
                          f"\n    first words found: {probe in flat}"
                          f"\n    nearest extracted text: {near[0] if near else '—'!r}")
        print(f"{name}: {len(rows)} rows", dict(Counter(r.get('kind') or r.get('verdict')
                                                        for r in rows)))
    print("OK" if not problems else f"{problems} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
