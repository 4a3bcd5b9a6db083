"""Gradio app. For now: browse how each document was understood (its chunks and locators).

The chat comes with the answering stage; this module renders records and holds no
retrieval logic. Building the app opens the index but loads no model.
"""

from __future__ import annotations

import logging
from typing import Any

from assistant.config import Settings
from assistant.index import Index

logger = logging.getLogger(__name__)

COLUMNS = ["label", "kind", "page", "start", "end", "section", "text"]


def chunk_rows(index: Index, doc_id: str) -> list[list[Any]]:
    """One table row per chunk of a document, in document order."""
    return [
        [c.label, c.kind, c.page if c.page is not None else "", c.start, c.end, c.section_path,
         c.text]
        for c in index.chunks(doc_id)
    ]


def build_app(settings: Settings) -> Any:
    """The Gradio Blocks app over the index described by ``settings``."""
    import gradio as gr

    index = Index.open(settings)
    if not index.documents():
        index.ingest()
    titles = {f"{r.meta.title} ({r.doc_id})": r.doc_id for r in index.documents()}
    with gr.Blocks(title="Assistant — documents") as app:
        gr.Markdown("## Documents indexés\nChaque ligne est un passage citable, avec son locator.")
        choice = gr.Dropdown(choices=list(titles), label="Document",
                             value=next(iter(titles), None))
        table = gr.Dataframe(headers=COLUMNS, wrap=True, interactive=False)
        choice.change(lambda key: chunk_rows(index, titles[key]), choice, table)
        app.load(lambda key: chunk_rows(index, titles[key]) if key else [], choice, table)
    return app


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 7860) -> None:
    """Start the app on ``host:port`` (local only by default)."""
    build_app(settings).launch(server_name=host, server_port=port)
