"""A chunk's quotable spans: its sentences, list items and lines, with document offsets.

What an answer quotes and the ranker scores: a short clause or item whole, a longer one
sentence by sentence, a table row or heading whole.
"""

from __future__ import annotations

import re

from assistant.types import Chunk

#: Where a chunk's text is cut into quotable spans: sentence ends, semicolons, lines.
_UNIT_SPLIT = re.compile(r"(?<=[.!?…;])\s+(?=[A-ZÀ-Ý«\"(\d•-])|\n+")


#: A clause or an item shorter than this is quoted whole: its sentences say one thing.
ONE_SPAN = 350


def units(chunk: Chunk) -> list[tuple[int, int, str]]:
    """The quotable spans of a chunk, as (start, end, text) in document offsets."""
    if chunk.kind in ("table_row", "heading"):
        return [(chunk.start, chunk.end, chunk.text)]
    position = 0
    heading = chunk.section[-1] if chunk.kind == "clause" and chunk.section else ""
    if heading and chunk.text.startswith(heading) and not re.match(
        r"\s*:", chunk.text[len(heading) :]
    ):
        position = len(heading)  # the heading line is a title, not evidence (unless it
        # announces what follows: "3 enjeux majeurs ont été identifiés :")
    body = chunk.text[position:]
    if len(body) < ONE_SPAN and body.strip():
        offset = position + body.index(body.strip())
        return [(chunk.start + offset, chunk.start + offset + len(body.strip()), body.strip())]
    out = []
    for match in list(_UNIT_SPLIT.finditer(chunk.text)) + [None]:
        if match is not None and match.end() <= position:
            continue  # a cut inside the heading line ("Art. 2 – Durée.")
        end = match.start() if match else len(chunk.text)
        piece = chunk.text[position:end]
        stripped = piece.strip()
        if stripped:
            offset = position + piece.index(stripped)
            out.append((chunk.start + offset, chunk.start + offset + len(stripped), stripped))
        position = match.end() if match else len(chunk.text)
    return out
