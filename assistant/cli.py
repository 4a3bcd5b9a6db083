"""The ``assistant`` command: ingest, chunks, ask, check claims, evaluate, serve the web app.

Library errors become one clean line on stderr and a non-zero exit code.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from assistant.config import Settings
from assistant.errors import AssistantError
from assistant.index import Index

logger = logging.getLogger(__name__)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="assistant",
        description="Answers questions about public health-cluster documents, citing the clause.",
    )
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="also log what each answer and verdict weighed")
    commands = parser.add_subparsers(dest="command", required=True)

    ingest = commands.add_parser(
        "ingest", help="index the corpus folder (or the given files and folders), incrementally"
    )
    ingest.add_argument("paths", nargs="*", type=Path, help="files or folders (default: corpus)")
    ingest.add_argument("--rebuild", action="store_true", help="drop the index and re-embed all")

    chunks = commands.add_parser("chunks", help="print the chunks with labels, pages and offsets")
    chunks.add_argument("--doc", help="only this document id (see the list without --doc)")
    chunks.add_argument("--json", action="store_true", help="one JSON object per chunk")

    ask = commands.add_parser("ask", help="answer a question, citing the clause")
    ask.add_argument("question", nargs="?", help="the question")
    ask.add_argument("--history", nargs="+", default=[], metavar="TURN",
                     help="previous user turns of the conversation, oldest first")
    ask.add_argument("--json", action="store_true", help="print the answer as JSON")
    ask.add_argument("--doc", action="append", default=[], metavar="ID",
                     help="only this document (repeatable; ids as in `assistant chunks`)")
    ask.add_argument("--type", action="append", default=[], dest="doc_type", metavar="TYPE",
                     help="only documents of this type, e.g. délibération (repeatable)")
    ask.add_argument("--batch", type=Path, metavar="IN.jsonl", help="answer many questions")
    ask.add_argument("--out", type=Path, metavar="OUT.jsonl", help="where --batch writes")
    ask.add_argument("--llm", action=argparse.BooleanOptionalAction, default=None,
                     help="have the configured model write the answer (verified; the "
                     "extractive answer if not) or not; default: when ASSISTANT_LLM_* is set")

    serve = commands.add_parser(
        "serve", help="start the web app (chat with sources, documents, corpus) on this machine"
    )
    serve.add_argument("--host", help="address to listen on (default 127.0.0.1: this machine "
                       "only; 0.0.0.0 for every interface, better with --auth)")
    serve.add_argument("--port", type=int, help="port (default 7860)")
    serve.add_argument("--auth", metavar="USER:PASSWORD",
                       help="ask for this login (better: ASSISTANT_AUTH or --auth-file, which "
                       "other users cannot list)")
    serve.add_argument("--auth-file", type=Path, metavar="FILE",
                       help="ask for the login written as user:password on the first line of "
                       "FILE (also ASSISTANT_AUTH_FILE)")
    serve.add_argument("--allow-corpus-edits", action="store_true", default=None,
                       help="let the app upload, delete and re-index documents without a "
                       "login (also ASSISTANT_ALLOW_CORPUS_EDITS); with a login they are on")

    check = commands.add_parser(
        "check", help="check a claim: supported, contradicted or not in the corpus, with evidence"
    )
    check.add_argument("claim", nargs="?", help="the claim, e.g. a sentence of a draft")
    check.add_argument("--json", action="store_true", help="print the verdict as JSON")
    check.add_argument("--batch", type=Path, metavar="IN.jsonl", help="check many claims")
    check.add_argument("--out", type=Path, metavar="OUT.jsonl", help="where --batch writes")

    evaluate = commands.add_parser(
        "eval", help="run the evaluation suite on a question set or a claim set"
    )
    evaluate.add_argument("--set", type=Path, default=Path("evals/dev.jsonl"), dest="set_path",
                          help="a question or claim set (.jsonl) on the corpus, or a folder of "
                          "evals/corpora with its own documents, questions and claims")
    evaluate.add_argument("--out", type=Path, default=Path("evals/reports"))
    evaluate.add_argument("--cv", action="store_true",
                          help="leave-one-set-out: for each labelled set, train the span ranker "
                          "on the others and evaluate on it")
    evaluate.add_argument("--llm", action="store_true",
                          help="the questions also answered by the configured writer model "
                          "(ASSISTANT_LLM_*), both runs reported side by side")

    train = commands.add_parser(
        "train", help="fit the span ranker on the labelled sets (evals/*.jsonl, evals/corpora)"
    )
    train.add_argument("--out", type=Path, default=None,
                       help="model file (default: assistant/data/ranker.json)")
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


def _ask(settings: Settings, args: argparse.Namespace) -> int:
    from assistant.chat import Assistant
    from assistant.retrieve import Filters

    filters = Filters(doc_ids=tuple(args.doc), doc_types=tuple(args.doc_type))

    if args.batch is not None:
        assistant = Assistant.from_settings(settings)
        return _run_batch(args, "question", "answers", lambda item: assistant.ask(
            item["question"], item.get("history", []), filters, args.llm).to_json(item["id"]))
    if not args.question:
        raise AssistantError("give a QUESTION, or --batch IN.jsonl --out OUT.jsonl")
    answer = Assistant.from_settings(settings).ask(args.question, args.history, filters,
                                                   args.llm)
    if args.json:
        print(json.dumps(answer.to_json(), ensure_ascii=False, indent=2))  # noqa: T201
        return 0
    print(answer.answer)  # noqa: T201
    if answer.generated:
        print("\n(written by the model, every figure and citation verified)")  # noqa: T201
    elif answer.fallback_reason:
        print(f"\n(the model's answer was not kept: {answer.fallback_reason}; "  # noqa: T201
              "this is the extractive answer)")
    if len(answer.citations) > 1:
        print("\nSources:")  # noqa: T201
        for number, citation in enumerate(answer.citations, 1):
            page = f", p. {citation.page}" if citation.page is not None else ""
            quote = " ".join(citation.quote.split())
            print(f"  [{number}] {citation.title} — {citation.label}{page}\n"  # noqa: T201
                  f"      « {quote[:300]}{'…' if len(quote) > 300 else ''} »")
    return 0


def _run_batch(args: argparse.Namespace, field: str, made: str,
               respond: Callable[[dict[str, Any]], dict[str, Any]]) -> int:
    """Every line of ``--batch IN.jsonl`` answered into ``--out OUT.jsonl``, in input order.

    A line that cannot be read or answered (not JSON, no ``id`` or ``field``, a server
    that stops answering) becomes ``{"id": …, "error": …}`` and the batch goes on. The
    answers are written to ``OUT.jsonl.partial`` as they come, which replaces ``OUT.jsonl``
    at the end: an earlier output is not lost to a batch that dies. The exit code is 1
    when a line failed.
    """
    if args.out is None:
        raise AssistantError("--batch needs --out OUT.jsonl")
    try:
        lines = args.batch.read_bytes().splitlines()
    except OSError as error:
        raise AssistantError(f"cannot read {args.batch}: {error.strerror}; check the path "
                             "of --batch") from error
    partial = args.out.with_name(args.out.name + ".partial")
    try:
        out = partial.open("w", encoding="utf-8")
    except OSError as error:
        raise AssistantError(f"cannot write {partial}: {error.strerror}; choose a writable "
                             "--out") from error
    done = failed = 0
    with out:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            item, problem = _batch_item(line, number, field)
            record: dict[str, Any] = {}
            if problem is None:
                try:
                    record = respond(item)
                except Exception as error:  # one line's failure must not end the batch
                    logger.warning("line %d: %s", number, error)
                    problem = f"line {number}: {type(error).__name__}: {error}"
            if problem is not None:
                failed += 1
                record = {"id": item.get("id", f"line {number}"), "error": problem}
            else:
                done += 1
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            out.flush()
    os.replace(partial, args.out)
    print(f"{done} {made} written to {args.out}"  # noqa: T201
          + (f"; {failed} lines failed (their \"error\" says why)" if failed else ""))
    return 1 if failed else 0


def _batch_item(line: bytes, number: int, field: str) -> tuple[dict[str, Any], str | None]:
    """One input line as a dict, or why it cannot be answered."""
    try:
        item = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError:
        return {}, f"line {number}: not UTF-8 text"
    except json.JSONDecodeError as error:
        return {}, f"line {number}: not JSON ({error.msg})"
    if not isinstance(item, dict):
        return {}, f"line {number}: a JSON object is expected"
    if not isinstance(item.get("id"), str) or not item["id"]:
        return item, f"line {number}: \"id\" (a string) is missing"
    if not isinstance(item.get(field), str):
        return item, f"line {number}: \"{field}\" (a string) is missing"
    history = item.get("history", [])
    if not isinstance(history, list) or not all(isinstance(t, str) for t in history):
        return item, f"line {number}: \"history\" must be a list of strings"
    return item, None


def _check(settings: Settings, args: argparse.Namespace) -> int:
    from assistant.chat import Assistant

    if args.batch is not None:
        assistant = Assistant.from_settings(settings)
        return _run_batch(args, "claim", "verdicts",
                          lambda item: assistant.check(item["claim"]).to_json(item["id"]))
    if not args.claim:
        raise AssistantError("give a CLAIM, or --batch IN.jsonl --out OUT.jsonl")
    verdict = Assistant.from_settings(settings).check(args.claim)
    if args.json:
        print(json.dumps(verdict.to_json(), ensure_ascii=False, indent=2))  # noqa: T201
        return 0
    print(f"{_VERDICT_LABELS[verdict.verdict]}\n\n{verdict.explanation}")  # noqa: T201
    if verdict.citations:
        print("\nEvidence:")  # noqa: T201
    for number, (citation, checks) in enumerate(zip(verdict.citations, verdict.figures,
                                                    strict=False), 1):
        page = f", p. {citation.page}" if citation.page is not None else ""
        quote = " ".join(citation.quote.split())
        compared = "; ".join(f"{c.claimed} → {c.found or '—'}"
                             + ("" if c.agrees else f" ({c.aspect})") for c in checks)
        print(f"  [{number}] {citation.title} — {citation.label}{page}\n"  # noqa: T201
              f"      « {quote[:300]}{'…' if len(quote) > 300 else ''} »"
              + (f"\n      {compared}" if compared else ""))
    return 0


_VERDICT_LABELS = {
    "supported": "SUPPORTED",
    "contradicted": "CONTRADICTED",
    "not_in_corpus": "NOT IN THE CORPUS",
}


def _train(settings: Settings, args: argparse.Namespace) -> int:
    from importlib import resources

    from assistant.sets import labelled_sets
    from assistant.train import collect, train

    examples = [collect(labelled, settings)[0] for labelled in labelled_sets()]
    model = train(examples)
    out = args.out or Path(str(resources.files("assistant").joinpath("data/ranker.json")))
    model.save(out)
    print(json.dumps(model.report, ensure_ascii=False, indent=1))  # noqa: T201
    print(f"model: {out}")  # noqa: T201
    return 0


def _cross_validate(settings: Settings, args: argparse.Namespace) -> int:
    from assistant.chat import Assistant
    from assistant.evaluation import cv_report, evaluate, load_questions, write_report
    from assistant.rank import RankerModel
    from assistant.sets import labelled_sets
    from assistant.train import collect, cross_validate

    labelled = labelled_sets()
    collected = [collect(one, settings) for one in labelled]

    def held_out(number: int, model: RankerModel) -> Any:
        one, (_, index, _) = labelled[number], collected[number]
        assistant = Assistant(index, model)
        assert one.questions is not None
        questions = load_questions(one.questions, index)

        def locate(chunk_id: str) -> tuple[str, int, int]:
            chunk = index.chunk(chunk_id)
            return chunk.doc_id, chunk.start, chunk.end

        report = evaluate(f"cv-{one.name}", questions,
                          lambda q: assistant.ask(q.question, list(q.history)), locate)
        write_report(report, args.out / "cv")
        return report

    reports = cross_validate([examples for examples, _, _ in collected], held_out)
    summary = cv_report(labelled, reports)
    write_report(summary, args.out)
    print(summary.markdown())  # noqa: T201
    return 0


def _eval(settings: Settings, args: argparse.Namespace) -> int:
    if args.cv:
        return _cross_validate(settings, args)
    from assistant.chat import Assistant
    from assistant.evaluation import (
        evaluate,
        evaluate_claims,
        load_claims,
        load_questions,
        write_report,
    )
    from assistant.sets import read_set

    labelled = read_set(args.set_path)
    assistant = Assistant(labelled.index(settings))
    folder = labelled.docs is not None
    if labelled.questions is not None:
        questions = load_questions(labelled.questions, assistant.index)

        def locate(chunk_id: str) -> tuple[str, int, int]:
            chunk = assistant.index.chunk(chunk_id)
            return chunk.doc_id, chunk.start, chunk.end

        report = evaluate(labelled.name, questions,
                          lambda q: assistant.ask(q.question, list(q.history), llm=False),
                          locate)
        json_path, markdown_path = write_report(report, args.out)
        print(report.markdown().split("\n## ")[0])  # noqa: T201
        print(f"reports: {json_path}, {markdown_path}")  # noqa: T201
        if args.llm:
            compared = _with_writer(settings, labelled.name, questions, report, locate)
            json_path, markdown_path = write_report(compared, args.out)
            print(compared.markdown())  # noqa: T201
            print(f"reports: {json_path}, {markdown_path}")  # noqa: T201
    if labelled.claims is not None:
        cases = load_claims(labelled.claims, assistant.index)
        name = f"{labelled.name}-claims" if folder else labelled.name
        claims = evaluate_claims(name, cases, lambda c: assistant.check(c.claim))
        json_path, markdown_path = write_report(claims, args.out)
        print(claims.markdown().split("\n## Not right")[0])  # noqa: T201
        print(f"reports: {json_path}, {markdown_path}")  # noqa: T201
    return 0


def _with_writer(settings: Settings, name: str, questions: list[Any], without: Any,
                 locate: Callable[[str], tuple[str, int, int]]) -> Any:
    """The set's extractive answers rewritten by the configured model, and both reports."""
    from assistant.comparison import LLMReport
    from assistant.evaluation import evaluate
    from assistant.writer import Writer

    writer = Writer.from_settings(settings)
    if writer is None:
        raise AssistantError("--llm needs a writer model: set ASSISTANT_LLM_BASE_URL and "
                             "ASSISTANT_LLM_MODEL (see the README)")
    extractive = {o.question.id: o.answer for o in without.outcomes}
    first_words: list[float] = []

    def written(question: Any) -> Any:
        """The shown answer, timing the model's first words when it writes any."""
        began, shown = time.perf_counter(), extractive[question.id]
        for number, (_, final) in enumerate(writer.stream_answer(shown)):
            if final is not None:
                shown = final
            elif number == 0:
                first_words.append((time.perf_counter() - began) * 1000)
        return shown

    with_llm = evaluate(f"{name}-llm", questions, written, locate)
    return LLMReport(f"{name}-llm", without, with_llm, first_words)


def _serve(settings: Settings, args: argparse.Namespace) -> int:
    from assistant.ui import serve

    if args.auth:
        logger.warning("--auth shows the password to anyone who lists the processes: set "
                       "ASSISTANT_AUTH (in the environment or .env) instead")
    given = {"auth_file": args.auth_file, "allow_corpus_edits": args.allow_corpus_edits}
    settings = settings.model_copy(update={k: v for k, v in given.items() if v is not None})
    serve(settings, host=args.host, port=args.port, auth=args.auth)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = _parser().parse_args(argv)
    logging.basicConfig(
        # routine progress (INFO) is shown; --verbose adds what each answer weighed
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(levelname)s %(name)s: %(message)s",
    )
    try:
        settings = Settings()
        commands = {"ingest": _ingest, "chunks": _chunks, "ask": _ask, "check": _check,
                    "eval": _eval, "train": _train, "serve": _serve}
        return commands[args.command](settings, args)
    except AssistantError as error:
        print(f"error: {error}", file=sys.stderr)  # noqa: T201
        return 2
    except KeyboardInterrupt:
        print("interrupted: the index keeps its last complete state", file=sys.stderr)  # noqa: T201
        return 130
    except BrokenPipeError:
        # `assistant ask … | head`: the reader has what it wanted; the rest goes nowhere
        # (as the Python documentation advises, so that the exit flush cannot fail)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
