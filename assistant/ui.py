"""The web app (Gradio): chat with its sources, fact-checking, the document view, the corpus.

Four tabs. **Conversation**: questions and follow-ups answered by
``Assistant.ask(question, history, filters)``, as on the command line; beside the chat,
each citation of the last answer (document, locator, page, the quote with the answer's
figures highlighted, a reference to copy), or the closest sections when the documents
do not answer. **Vérification** (fact-check): claims pasted one per line, each checked by
``Assistant.check(claim)`` and shown with its verdict, the explanation and the quoted
passages, the claim's figures set against the document's. **Document**: the text around a
cited span, the span highlighted. **Corpus**: the documents and their passages; upload,
re-index, delete.

This module wires records to components and holds no retrieval logic; the HTML comes
from ``assistant.render``, which escapes every document string and every claim. Building
the app opens the index but loads no model; this module is imported only to serve the app.

Example:
    >>> from assistant.config import Settings
    >>> serve(Settings(), port=7860)  # doctest: +SKIP
"""

from __future__ import annotations

import dataclasses
import html
import logging
import os
import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.config import Settings
from assistant.corpus import add_upload, delete_document
from assistant.errors import AssistantError, CorpusError, UploadRejected
from assistant.figures import Figure
from assistant.index import Index
from assistant.locking import ReadWriteLock
from assistant.login import Login, parse_auth, read_auth_file
from assistant.render import (
    LABELS,
    Checked,
    FactCheck,
    closest_sections,
    document_html,
    escape_markdown,
    evidence_figures,
    factcheck_html,
    sources_html,
    wanted_figures,
)
from assistant.types import Citation
from assistant.workers import Workers
from assistant.writer import Writer

logger = logging.getLogger(__name__)

#: Fact-check runs checked at once, in a queue of their own (questions have theirs).
CLAIM_RUNS = 1

TITLE = "Assistant — documents"
DOCUMENT_WIDTHS: list[str | int] = ["18%", "30%", "9%", "8%", "13%", "7%", "15%"]
CHUNK_WIDTHS: list[str | int] = ["14%", "8%", "5%", "6%", "6%", "21%", "40%"]
EXAMPLES = [
    "Pour 2020, à combien s'élève la cotisation de l'EPT à Medicen, en HT et en TTC ?",
    "Quel est le budget Région de la mesure 8 ?",
    "Quels sont les axes de la stratégie Smart Santé ?",
    "How much does Grand Besançon Métropole give to PMT Health in 2024?",
]
CLAIM_EXAMPLES = [
    "La cotisation 2020 de l'EPT à Medicen est de 7 500 € HT.",
    "L'enveloppe globale de la mesure 8 est de 25 M€.",
    "Le budget Région de la mesure 8 est de 25 M€.",
    "The EPT's 2019 membership fee was €5,500 excluding VAT.",
]
#: Claims checked in one run; each takes a retrieval, so a long draft is checked in parts.
MAX_CLAIMS = 20
#: A list marker before a pasted claim ("- ", "• ", "3. "): its number is no figure of it.
_BULLET = re.compile(r"^(?:[-*•]|\d{1,2}[.)])\s+")

#: Clicks in the sources panel and on the fact-check evidence: copy a reference (in the
#: browser only), or ask the server to open a citation in the document view (``trigger``
#: sends the citation's position).
SOURCES_JS = """
element.addEventListener('click', (event) => {
  const copy = event.target.closest('[data-copy]');
  if (copy) {
    const text = copy.dataset.copy;
    const done = () => { copy.textContent = copy.dataset.copied; copy.classList.add('copied'); };
    const fallback = () => {
      const area = document.createElement('textarea');
      area.value = text;
      document.body.appendChild(area);
      area.select();
      try { if (document.execCommand('copy')) done(); } finally { area.remove(); }
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, fallback);
    } else {
      fallback();
    }
    return;
  }
  const open = event.target.closest('[data-open]');
  if (open) trigger('click', {citation: Number(open.dataset.open)});
});
"""
#: The document view scrolls to the cited span whenever it shows a new one.
DOCUMENT_JS = """
watch('value', () => {
  const span = element.querySelector('#cited-span');
  if (span) span.scrollIntoView({block: 'center'});
});
"""
CSS = """
.sources h3, .document-view h3 { margin: 0 0 .5em; font-size: 1.05em; }
.source { border: 1px solid var(--border-color-primary); border-radius: 8px;
          padding: .6em .8em; margin-bottom: .7em; }
.source-head { font-weight: 600; }
.source-number { color: var(--color-accent); }
.source-locator { font-weight: 600; margin-top: .2em; }
.source-section { font-size: .85em; opacity: .8; }
.source-quote { margin: .5em 0; padding-left: .7em; border-left: 3px solid var(--color-accent);
                white-space: pre-wrap; }
.source-reference { font-size: .8em; opacity: .85; user-select: all; margin-bottom: .4em; }
.source-actions button { border: 1px solid var(--border-color-primary); border-radius: 6px;
                         padding: .15em .6em; margin-right: .4em; cursor: pointer;
                         background: var(--button-secondary-background-fill); }
.source-actions button.copied { border-color: var(--color-accent); }
mark.figure { background: #ffd54f; color: #000; padding: 0 .1em; border-radius: 2px; }
mark.cited { background: #fff3b0; color: #000; }
.document-text { white-space: pre-wrap; font-family: var(--font); line-height: 1.5;
                 max-height: 70vh; overflow-y: auto; }
.document-locator { font-weight: 600; margin-bottom: .5em; }
.page-break { display: block; text-align: center; opacity: .6; font-size: .85em; }
mark.differs { background: #ffcdd2; color: #000; padding: 0 .1em; border-radius: 2px;
               text-decoration: underline wavy #b00020; text-underline-offset: .2em; }
mark.agrees { background: #c8e6c9; color: #000; padding: 0 .1em; border-radius: 2px; }
.claim { border: 1px solid var(--border-color-primary); border-left-width: 6px;
         border-radius: 8px; padding: .7em .9em; margin-bottom: 1em; }
.claim-supported { border-left-color: #2e7d32; }
.claim-contradicted { border-left-color: #c62828; }
.claim-not_in_corpus { border-left-color: #757575; }
.claim-error { border-left-color: #ef6c00; }
.claim-head { font-size: 1.05em; }
.claim-text { font-weight: 600; }
.verdict { display: inline-block; border-radius: 999px; padding: .1em .7em; margin-right: .4em;
           font-weight: 700; font-size: .9em; color: #fff; }
.verdict-supported { background: #2e7d32; }
.verdict-supported::before { content: "✓ "; }
.verdict-contradicted { background: #c62828; }
.verdict-contradicted::before { content: "✗ "; }
.verdict-not_in_corpus { background: #616161; }
.verdict-not_in_corpus::before { content: "∅ "; }
.verdict-error { background: #ef6c00; }
.verdict-error::before { content: "! "; }
.claim-explanation { margin: .5em 0; }
.claim-evidence h4 { margin: .6em 0 .4em; font-size: .95em; }
.figure-checks { margin: 0 0 .5em; padding-left: 1.2em; font-size: .9em; }
.figure-check.differs { color: #b00020; }
.factcheck h3 { margin: 0 0 .5em; font-size: 1.05em; }
.factcheck-limit { color: #b00020; font-weight: 600; }
.status p { margin: .2em 0; }
.status .status-error { color: #b00020; }
.status .status-ok { color: #1b5e20; }
"""


@dataclass(frozen=True)
class Shown:
    """What the sources panel shows: the last answer's citations, or the closest sections."""

    citations: tuple[Citation, ...] = ()
    wanted: tuple[Figure, ...] = ()
    abstained: bool = False


def chunk_rows(index: Index, doc_id: str) -> list[list[Any]]:
    """One table row per chunk of a document, in document order."""
    return [
        [c.label, c.kind, c.page if c.page is not None else "", c.start, c.end, c.section_path,
         c.text]
        for c in index.chunks(doc_id)
    ]


def document_rows(index: Index) -> list[list[Any]]:
    """One table row per indexed document: id, title, type, date, issuer, chunks, file."""
    return [
        [r.doc_id, r.meta.title, r.meta.doc_type, r.meta.date, r.meta.issuer,
         len(r.chunk_ids), Path(r.path).name]
        for r in index.documents()
    ]


def claim_lines(text: str | None) -> list[str]:
    r"""The claims pasted in the fact-check box: one per non-blank line, list markers removed.

    Example:
        >>> claim_lines("- La cotisation 2020 est de 5.500 € HT.\n\n  2. Autre.  ")
        ['La cotisation 2020 est de 5.500 € HT.', 'Autre.']
    """
    lines = (_BULLET.sub("", line.strip()) for line in (text or "").splitlines())
    return [line for line in lines if line]


def fact_check_run(text: str | None, check: Callable[[str], Checked],
                   limit: int = MAX_CLAIMS) -> Iterator[FactCheck]:
    """What the fact-check tab shows of a run: before the first claim, then after each.

    The pasted ``text`` holds a claim per line (see ``claim_lines``); the first ``limit``
    are checked by ``check``, the others counted as skipped.
    """
    pasted = claim_lines(text)
    now = FactCheck(total=min(len(pasted), limit), skipped=max(0, len(pasted) - limit))
    yield now
    for claim in pasted[:limit]:
        now = dataclasses.replace(now, results=(*now.results, check(claim)))
        yield now


def status_html(messages: list[tuple[bool, str]]) -> str:
    """Status lines of the corpus tab, escaped (file names come from users)."""
    return '<div class="status">' + "".join(
        f'<p class="{"status-ok" if ok else "status-error"}">{html.escape(text)}</p>'
        for ok, text in messages
    ) + "</div>"


def upload_message(error: UploadRejected, labels: dict[str, str], max_mb: float) -> str:
    """Why an upload was refused, in the interface's language."""
    return labels[f"upload_{error.reason}"].format(
        name=error.name, detail=error.detail,
        max_mb=f"{max_mb:g}".replace(".", labels["decimal"]))


def build_app(settings: Settings, index: Index | None = None, corpus_edits: bool = False,
              start_workers: bool = False) -> Any:
    """The Gradio Blocks app over the index described by ``settings`` (ingested if empty).

    Args:
        settings: where the corpus and the index are, and how many processes answer.
        index: that index, already open.
        corpus_edits: whether the corpus tab may upload, delete and re-index. Without it,
            those controls are hidden and their endpoints are not served at all.
        start_workers: start the answering processes now, in the background, rather than
            at the first question.

    """
    from assistant.chat import Assistant
    from assistant.retrieve import Filters

    index = index or Index.open(settings)
    if not index.documents():
        index.ingest_first()
    assistant = Assistant(index, writer=Writer.from_settings(settings))
    # With a Chroma server, questions and claims are answered in processes of their own
    # (every core, and a long fact-check beside questions); the writer model, if any, is
    # waited for here.
    workers = Workers(settings, assistant)
    if start_workers:
        threading.Thread(target=workers.start, daemon=True).start()
    # Gradio answers events in worker threads: questions and claims read the index together,
    # uploads, deletions and re-indexing wait for them and change it alone.
    lock = ReadWriteLock()
    max_bytes = settings.max_bytes

    def doc_choices() -> list[tuple[str, str]]:
        with lock.read():
            return [(f"{r.meta.title} ({r.doc_id})", r.doc_id) for r in index.documents()]

    def type_choices() -> list[str]:
        with lock.read():
            return sorted({r.meta.doc_type for r in index.documents()})

    def safely(action: Callable[[], Any], lang: str, on_error: Callable[[str], Any],
               write: bool = False) -> Any:
        """Run ``action``, alone when it ``write``s; errors become a message, never a trace."""
        try:
            with lock.write() if write else lock.read():
                index.sync()  # another process (`assistant ingest`) may have changed it
                return action()
        except AssistantError as error:
            return on_error(LABELS[lang]["error"].format(message=error))
        except Exception:
            logger.exception("unexpected error in the web app")
            return on_error(LABELS[lang]["internal_error"])

    fr = LABELS["fr"]
    with gr.Blocks(title=TITLE, analytics_enabled=False) as app:
        messages = gr.State([])
        history = gr.State([])
        shown = gr.State(Shown())
        checked = gr.State(FactCheck())
        with gr.Row():
            header = gr.Markdown(f"## {fr['title']}\n{fr['intro']}", elem_id="header")
            language = gr.Radio([("Français", "fr"), ("English", "en")], value="fr",
                                label=fr["language"], elem_id="language", scale=0,
                                min_width=260)
        with gr.Tabs(elem_id="tabs") as tabs:
            with gr.Tab(fr["tab_chat"], id="chat", elem_id="tab-chat") as tab_chat:
                with gr.Row(equal_height=False):
                    with gr.Column(scale=3):
                        chatbot = gr.Chatbot(label=fr["chat"], elem_id="chat", height=480,
                                             buttons=["copy"], feedback_options=None)
                        question = gr.Textbox(label=fr["question"], placeholder=fr["placeholder"],
                                              elem_id="question", lines=1, max_lines=4)
                        with gr.Row():
                            send = gr.Button(fr["send"], variant="primary", elem_id="send")
                            clear = gr.Button(fr["clear"], elem_id="clear")
                        examples = gr.Examples(EXAMPLES, inputs=[question], label=fr["examples"])
                        with gr.Accordion(fr["filters"], open=False,
                                          elem_id="filters") as filters:
                            doc_filter = gr.Dropdown(doc_choices(), multiselect=True, value=[],
                                                     label=fr["filter_docs"], elem_id="doc-filter")
                            type_filter = gr.Dropdown(type_choices(), multiselect=True, value=[],
                                                      label=fr["filter_types"],
                                                      elem_id="type-filter")
                    with gr.Column(scale=2):
                        sources = gr.HTML(sources_html((), (), False, fr), elem_id="sources",
                                          js_on_load=SOURCES_JS, max_height=760)
            with gr.Tab(fr["tab_check"], id="check", elem_id="tab-check") as tab_check:
                with gr.Row(equal_height=False):
                    with gr.Column(scale=2):
                        claims = gr.Textbox(label=fr["claims"],
                                            placeholder=fr["claims_placeholder"],
                                            elem_id="claims", lines=6, max_lines=20)
                        check = gr.Button(fr["check"], variant="primary", elem_id="check")
                        claim_examples = gr.Examples(CLAIM_EXAMPLES, inputs=[claims],
                                                     label=fr["check_examples"])
                    with gr.Column(scale=3):
                        verdicts = gr.HTML(factcheck_html(FactCheck(), fr), elem_id="factcheck",
                                           js_on_load=SOURCES_JS)
            with gr.Tab(fr["tab_document"], id="document", elem_id="tab-document") as tab_doc:
                document = gr.HTML(f'<div class="document-empty">{html.escape(fr["no_document"])}'
                                   "</div>", elem_id="document", js_on_load=DOCUMENT_JS)
            with gr.Tab(fr["tab_corpus"], id="corpus", elem_id="tab-corpus") as tab_corpus:
                documents = gr.Dataframe(document_rows(index),
                                         headers=fr["doc_columns"].split("|"),
                                         label=fr["documents"], interactive=False, wrap=True,
                                         column_widths=DOCUMENT_WIDTHS, max_height=900,
                                         elem_id="documents")
                edits_off = gr.Markdown(fr["edits_off"], visible=not corpus_edits,
                                        elem_id="edits-off")
                with gr.Row(visible=corpus_edits):
                    with gr.Column():
                        upload = gr.File(label=fr["upload"], file_count="multiple",
                                         elem_id="upload")
                        upload_button = gr.Button(fr["upload_button"], variant="primary",
                                                  elem_id="upload-button")
                        reingest = gr.Button(fr["reingest"], elem_id="reingest")
                    with gr.Column():
                        delete_pick = gr.Dropdown(doc_choices(), label=fr["delete_pick"],
                                                  value=None, elem_id="delete-pick")
                        delete_confirm = gr.Checkbox(label=fr["delete_confirm"],
                                                     elem_id="delete-confirm")
                        delete = gr.Button(fr["delete"], variant="stop", elem_id="delete")
                status = gr.HTML(status_html([]), label=fr["status"], elem_id="status")
                first = next(iter(doc_choices()), ("", None))[1]
                chunk_pick = gr.Dropdown(doc_choices(), value=first, label=fr["document_pick"],
                                         elem_id="chunk-pick")
                chunks = gr.Dataframe(chunk_rows(index, first) if first else [],
                                      headers=fr["chunk_columns"].split("|"),
                                      label=fr["chunks"], interactive=False, wrap=True,
                                      column_widths=CHUNK_WIDTHS, elem_id="chunks")

        # -- conversation ----------------------------------------------------------------

        def respond(text: str, messages_: list[dict[str, str]], history_: list[str],
                    docs: list[str], types: list[str], shown_: Shown, lang: str) -> Any:
            """The answer in the chat and its sources beside it.

            With a writer model, its text is streamed as it comes, then replaced by the
            verified answer, or by the extractive one with a notice saying why.
            """
            labels = LABELS[lang]
            text = (text or "").strip()
            if not text:
                yield messages_, messages_, history_, shown_, gr.skip(), ""
                return
            asked = [*messages_, {"role": "user", "content": escape_markdown(text)}]

            def answer() -> Any:
                filters = Filters(doc_ids=tuple(docs or ()), doc_types=tuple(types or ()))
                return workers.ask(text, history_, filters)

            result = safely(answer, lang, lambda message: message)
            if isinstance(result, str):  # what went wrong, for the user
                reply = [*asked, {"role": "assistant", "content": escape_markdown(result)}]
                yield reply, reply, [*history_, text], shown_, gr.skip(), ""
                return
            if assistant.writer is not None:
                for written, final in assistant.writer.stream_answer(result):
                    if final is not None:
                        result = final
                        break
                    partial = [*asked, {"role": "assistant", "content":
                                        f"{escape_markdown(written)}\n\n*{labels['writing']}*"}]
                    yield partial, gr.skip(), gr.skip(), gr.skip(), gr.skip(), ""
            cited = (tuple(result.citations) if not result.abstained
                     else tuple(closest_sections(index, result)))
            now = Shown(cited, tuple(wanted_figures(result)), result.abstained)
            content = escape_markdown(result.answer)
            if result.generated:
                content += f"\n\n*{labels['verified']}*"
            elif result.fallback_reason:
                content = (f"*{labels['fallback'].format(reason=result.fallback_reason)}*"
                           f"\n\n{content}")
            reply = [*asked, {"role": "assistant", "content": content}]
            panel = sources_html(now.citations, now.wanted, now.abstained, labels)
            yield reply, reply, [*history_, text], now, panel, ""

        ask_inputs = [question, messages, history, doc_filter, type_filter, shown, language]
        ask_outputs = [chatbot, messages, history, shown, sources, question]
        # Several users' questions at once, reading the index together; a writer model's
        # words, which can take seconds, are waited for outside the lock.
        question.submit(respond, ask_inputs, ask_outputs, concurrency_limit=settings.chat_users,
                        concurrency_id="chat")
        send.click(respond, ask_inputs, ask_outputs, concurrency_limit=settings.chat_users,
                   concurrency_id="chat")

        def clear_all(lang: str) -> Any:
            return [], [], [], Shown(), sources_html((), (), False, LABELS[lang]), ""

        cleared = [chatbot, messages, history, shown, sources, question]
        clear.click(clear_all, language, cleared)
        chatbot.clear(clear_all, language, cleared)  # the chat's own bin button

        def show_in_document(citation: Citation, wanted: tuple[Figure, ...], lang: str) -> Any:
            """The document view around a citation, and that tab selected."""
            labels = LABELS[lang]

            def show() -> str:
                if citation.doc_id not in {r.doc_id for r in index.documents()}:
                    raise CorpusError(f"'{citation.doc_id}' was removed from the index")
                record = index.document(citation.doc_id)
                return document_html(record, citation.start, citation.end, wanted, labels,
                                     locator=citation.label)

            def failed(message: str) -> str:
                return status_html([(False, message)])

            return safely(show, lang, failed), gr.Tabs(selected="document")

        def open_citation(shown_: Shown, lang: str, evt: gr.EventData) -> Any:
            number = int(evt.citation)
            if not 0 <= number < len(shown_.citations):
                return gr.skip(), gr.skip()
            return show_in_document(shown_.citations[number], shown_.wanted, lang)

        sources.click(open_citation, [shown, language], [document, tabs])

        # -- fact-check ------------------------------------------------------------------

        def check_claims(text: str, lang: str) -> Iterator[Any]:
            """Each claim's card as soon as it is checked (a long draft takes a while)."""
            labels = LABELS[lang]

            def check_one(claim: str) -> Checked:
                return safely(lambda: Checked(claim, workers.check(claim)), lang,
                              lambda message: Checked(claim, error=message))

            for now in fact_check_run(text, check_one):
                yield now, factcheck_html(now, labels)

        # Claims wait in their own queue: a long draft never holds a question back.
        check.click(check_claims, [claims, language], [checked, verdicts],
                    concurrency_limit=CLAIM_RUNS, concurrency_id="claims")

        def open_evidence(checked_: FactCheck, lang: str, evt: gr.EventData) -> Any:
            number = int(evt.citation)
            evidence = checked_.evidence
            if not 0 <= number < len(evidence):
                return gr.skip(), gr.skip()
            citation, checks = evidence[number]
            return show_in_document(citation, tuple(evidence_figures(checks)), lang)

        verdicts.click(open_evidence, [checked, language], [document, tabs])

        # -- corpus ------------------------------------------------------------------------

        def corpus_updates(lang: str, docs: list[str], types: list[str]) -> tuple[Any, ...]:
            """The tables and lists that name documents, after the corpus changed."""
            choices = doc_choices()
            ids = [value for _, value in choices]
            kinds = type_choices()
            with lock.read():
                rows = document_rows(index)
            return (
                _table(rows, LABELS[lang]["doc_columns"]),
                gr.Dropdown(choices=choices, value=[d for d in docs or () if d in ids]),
                gr.Dropdown(choices=kinds, value=[t for t in types or () if t in kinds]),
                gr.Dropdown(choices=choices, value=None),
                gr.Dropdown(choices=choices, value=ids[0] if ids else None),
            )

        corpus_outputs = [documents, doc_filter, type_filter, delete_pick, chunk_pick]
        filter_inputs = [doc_filter, type_filter]

        def page_opened(lang: str, docs: list[str], types: list[str]) -> tuple[Any, ...]:
            """The lists as the index is now: another process may have changed it."""
            with lock.read():
                index.sync()
            return corpus_updates(lang, docs, types)

        app.load(page_opened, [language, *filter_inputs], corpus_outputs,
                 api_name="page_opened")

        def add_files(files: list[str] | None, lang: str, docs: list[str],
                      types: list[str]) -> Any:
            labels = LABELS[lang]
            if not files:
                return status_html([(False, labels["no_file"])]), \
                    *[gr.skip()] * (1 + len(corpus_outputs))
            lines: list[tuple[bool, str]] = []
            for path in files:
                name = Path(path).name

                def add(path: str = path, name: str = name) -> tuple[bool, str]:
                    try:
                        added = add_upload(index, Path(path), name, max_bytes)
                    except UploadRejected as error:
                        return False, upload_message(error, labels, settings.upload_max_mb)
                    return True, labels["added"].format(name=name, chunks=added.chunks,
                                                        doc_id=added.doc_id)

                lines.append(safely(add, lang, lambda message: (False, message), write=True))
            return (status_html(lines), None, *corpus_updates(lang, docs, types))

        def reindex(lang: str, docs: list[str], types: list[str],
                    progress: Any = gr.Progress(track_tqdm=True)) -> Any:
            labels = LABELS[lang]
            progress(0, desc=labels["indexing"])

            def run() -> tuple[bool, str]:
                report = index.ingest()
                lines = [labels["reingested"].format(
                    added=len(report.added), updated=len(report.updated),
                    unchanged=len(report.unchanged), removed=len(report.removed),
                    failed=len(report.failed), chunks=report.chunks)]
                lines += [f"{failure.path.name}: {failure.reason}" for failure in report.failed]
                return not report.failed, "\n".join(lines)

            ok, text = safely(run, lang, lambda message: (False, message), write=True)
            return (status_html([(ok, line) for line in text.split("\n")]),
                    *corpus_updates(lang, docs, types))

        def remove(doc_id: str | None, confirmed: bool, lang: str, docs: list[str],
                   types: list[str]) -> Any:
            labels = LABELS[lang]
            if not doc_id or not confirmed:
                refusal = labels["confirm_first" if doc_id else "pick_first"]
                return status_html([(False, refusal)]), *[gr.skip()] * (1 + len(corpus_outputs))

            def run() -> tuple[bool, str]:
                deleted = delete_document(index, doc_id)
                file = labels["deleted_file"] if deleted else ""
                return True, labels["deleted"].format(doc_id=doc_id, file=file)

            ok, text = safely(run, lang, lambda message: (False, message), write=True)
            return status_html([(ok, text)]), False, *corpus_updates(lang, docs, types)

        if corpus_edits:  # otherwise no endpoint changes the corpus
            upload_button.click(add_files, [upload, language, *filter_inputs],
                                [status, upload, *corpus_outputs])
            reingest.click(reindex, [language, *filter_inputs], [status, *corpus_outputs])
            delete.click(remove, [delete_pick, delete_confirm, language, *filter_inputs],
                         [status, delete_confirm, *corpus_outputs])

        def show_chunks(doc_id: str | None, lang: str) -> Any:
            rows = safely(lambda: chunk_rows(index, doc_id) if doc_id else [], lang,
                          lambda message: [])
            return _table(rows, LABELS[lang]["chunk_columns"])

        chunk_pick.change(show_chunks, [chunk_pick, language], chunks)

        # -- language ----------------------------------------------------------------------

        def set_language(lang: str, shown_: Shown, checked_: FactCheck,
                         chunk_doc: str | None) -> Any:
            labels = LABELS[lang]
            return (
                f"## {labels['title']}\n{labels['intro']}",
                gr.Radio(label=labels["language"]),
                gr.Tab(label=labels["tab_chat"]),
                gr.Tab(label=labels["tab_check"]),
                gr.Tab(label=labels["tab_document"]),
                gr.Tab(label=labels["tab_corpus"]),
                gr.Chatbot(label=labels["chat"]),
                gr.Textbox(label=labels["question"], placeholder=labels["placeholder"]),
                gr.Button(labels["send"]),
                gr.Button(labels["clear"]),
                gr.Dataset(label=labels["examples"]),
                gr.Accordion(label=labels["filters"]),
                gr.Dropdown(label=labels["filter_docs"]),
                gr.Dropdown(label=labels["filter_types"]),
                sources_html(shown_.citations, shown_.wanted, shown_.abstained, labels),
                gr.Textbox(label=labels["claims"], placeholder=labels["claims_placeholder"]),
                gr.Button(labels["check"]),
                gr.Dataset(label=labels["check_examples"]),
                factcheck_html(checked_, labels),
                _table(safely(lambda: document_rows(index), lang, lambda message: []),
                       labels["doc_columns"], labels["documents"]),
                labels["edits_off"],
                gr.File(label=labels["upload"]),
                gr.Button(labels["upload_button"]),
                gr.Button(labels["reingest"]),
                gr.Dropdown(label=labels["delete_pick"]),
                gr.Checkbox(label=labels["delete_confirm"]),
                gr.Button(labels["delete"]),
                gr.Dropdown(label=labels["document_pick"]),
                _table(safely(lambda: chunk_rows(index, chunk_doc) if chunk_doc else [], lang,
                              lambda message: []),
                       labels["chunk_columns"], labels["chunks"]),
            )

        language.change(
            set_language, [language, shown, checked, chunk_pick],
            [header, language, tab_chat, tab_check, tab_doc, tab_corpus, chatbot, question, send,
             clear, examples.dataset, filters, doc_filter, type_filter, sources, claims, check,
             claim_examples.dataset, verdicts, documents, edits_off, upload, upload_button,
             reingest, delete_pick, delete_confirm, delete, chunk_pick, chunks],
        )
    return app


def _table(rows: list[list[Any]], columns: str, label: str | None = None) -> Any:
    """A Dataframe update with the rows and the column names of the interface's language."""
    import pandas as pd

    frame = pd.DataFrame(rows, columns=columns.split("|"))
    return gr.Dataframe(frame, label=label) if label else gr.Dataframe(frame)


def serve(settings: Settings, host: str | None = None, port: int | None = None,
          auth: str | None = None) -> None:
    """Start the app (local only unless ``host`` says otherwise; never shared publicly).

    Args:
        settings: where the corpus and the index are; ``host``, ``port`` and ``auth``
            default to ``settings.host``, ``settings.port`` and ``settings.auth``.
        host: the address to listen on; ``0.0.0.0`` for every interface.
        port: the port to listen on.
        auth: ``user:password`` asked by a login page.

    """
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    host = host or settings.host
    port = port or settings.port
    login = parse_auth(auth or settings.auth)
    if login is None and settings.auth_file is not None:
        login = read_auth_file(settings.auth_file)
    if host not in ("127.0.0.1", "localhost", "::1") and login is None:
        logger.warning("serving on %s without --auth: anyone who can reach it can use it", host)
    edits = login is not None or settings.allow_corpus_edits
    if not edits:
        logger.info("corpus changes (upload, delete, re-index) are off: they need a login "
                    "(ASSISTANT_AUTH or --auth-file) or --allow-corpus-edits")
    app = build_app(settings, Index.open(settings), corpus_edits=edits,  # ingests if empty
                    start_workers=True)
    # Past twice the app's own limit, Gradio refuses the upload before the app sees it.
    limit = f"{2 * settings.max_bytes}b"
    theme = gr.themes.Default(font=["system-ui", "sans-serif"], font_mono=["monospace"])
    # quiet: Gradio's own lines would offer a public link, which this app never makes
    logger.info("the web app is at http://%s:%d/ (Ctrl+C stops it)", host, port)
    app.launch(server_name=host, server_port=port, auth=Login(*login) if login else None,
               share=False, quiet=True, css=CSS,
               theme=theme, max_file_size=limit, show_error=False, footer_links=[])
