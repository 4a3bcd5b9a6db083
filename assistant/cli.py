"""The ``assistant`` command: ingest documents and show how they were understood.

Library errors become one clean line on stderr and a non-zero exit code.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from assistant.config import Settings
from assistant.errors import AssistantError
from assistant.index import Index

logger = logging.getLogger(__name__)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="assistant",
        description="Answers questions about public health-cluster documents, citing the clause.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens")
    commands = parser.add_subparsers(dest="command", required=True)

    ingest = commands.add_parser(
        "ingest", help="index the corpus folder (or the given files and folders), incrementally"
    )
    ingest.add_argument("paths", nargs="*", type=Path, help="files or folders (default: corpus)")
    ingest.add_argument("--rebuild", action="store_true", help="drop the index and re-embed all")

    chunks = commands.add_parser("chunks", help="print the chunks with labels, pages and offsets")
    chunks.add_argument("--doc", help="only this document id (see the list without --doc)")
    chunks.add_argument("--json", action="store_true", help="one JSON object per chunk")
    return parser


def _ingest(settings: Settings, args: argparse.Namespace) -> int:
    report = Index(settings).ingest(args.paths or None, rebuild=args.rebuild)
    print(report.summary())  # noqa: T201
    return 0 if report.ok else 1


def _chunks(settings: Settings, args: argparse.Namespace) -> int:
    index = Index.open(settings)
    documents = {record.doc_id: record for record in index.documents()}
    if not documents:
        print("the index is empty: run `assistant ingest`")  # noqa: T201
        return 1
    for chunk in index.chunks(args.doc):
        if args.json:
            data = dataclasses.asdict(chunk)
            print(json.dumps(data, ensure_ascii=False))  # noqa: T201
            continue
        page = f"p.{chunk.page}" if chunk.page is not None else "-"
        text = " ".join(chunk.text.split())
        print(  # noqa: T201
            f"{chunk.doc_id}  [{chunk.start}:{chunk.end}]  {page}  {chunk.kind}  {chunk.label}\n"
            f"    section: {chunk.section_path}\n"
            f"    {text[:300]}{'…' if len(text) > 300 else ''}"
        )
    if args.doc is None and not args.json:
        counts = ", ".join(f"{doc_id}: {len(r.chunk_ids)}" for doc_id, r in documents.items())
        print(f"\n{len(documents)} documents ({counts})")  # noqa: T201
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = _parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    try:
        settings = Settings()
        if args.command == "ingest":
            return _ingest(settings, args)
        return _chunks(settings, args)
    except AssistantError as error:
        print(f"error: {error}", file=sys.stderr)  # noqa: T201
        return 2
    except KeyboardInterrupt:
        print("interrupted: the index keeps its last complete state", file=sys.stderr)  # noqa: T201
        return 130
