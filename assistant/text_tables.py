"""Tables written as text -> one line of tab-separated cells per row.

Users upload Markdown with pipe tables (``| Fiche | 2025 | 2026 |``), plain text with
fixed-width tables (columns aligned with spaces, under a rule of dashes) and budget lines
with dot leaders (``Prévention ........ 450 000 €``). Each becomes what a PDF table
becomes (``assistant/pdf_layout.py``): one line per row, cells separated by tabs, which
the structure stage reads as table rows with their headers.

The functions here only say what to change, as edits of the text; the loader applies
them while keeping every character's origin.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Edit:
    """Replace ``text[start:end]`` with ``replacement``."""

    start: int
    end: int
    replacement: str


#: A Markdown table row: "| a | b |", or without the outer pipes "a | b".
_PIPE_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$|^[ \t]*[^|\n]*\S[ \t]+\|[ \t]+\S[^\n]*$")
#: The rule under a Markdown header row: "|---|:---:|", or a text rule "-----  ------",
#: "+-----+----+", "=====".
_RULE = re.compile(r"^[ \t]*(?=[^\n]*[-=_]{3})[-=_+|: \t]+$")
#: Dot leaders between a label and its value: "Prévention ........ 450 000 €".
_LEADER = re.compile(r"[ \t]*(?:(?:\.[ \t]?){4,}|(?:…[ \t]?){2,}|(?:_[ \t]?){4,})[ \t]*(?=\S)")
_FENCE = re.compile(r"^[ \t]*```[^\n]*$")
#: Cells of a fixed-width table are short; prose lines are not.
MAX_CELL = 60


def table_edits(text: str, fixed_width: bool = True) -> list[Edit]:
    r"""The edits that turn the text tables of ``text`` into tab-separated rows.

    Args:
        text: the raw text (line breaks normalised to ``\n``).
        fixed_width: also read space-aligned tables (plain text and Markdown; a PDF's
            lines come from the layout reader, which already separates cells).

    Example:
        >>> text = "| Fiche | 2025 |\n|---|---|\n| Prévention | 12 000 € |"
        >>> [e.replacement for e in table_edits(text)]
        ['Fiche\t2025', '', 'Prévention\t12 000 €']
    """
    edits: list[Edit] = []
    lines = _lines(text)
    pipe_block = _pipe_blocks(lines)
    for start, end, line in lines:
        if _FENCE.match(line):
            edits.append(Edit(start, _eat_newline(text, end), ""))
        elif (start, end) in pipe_block:
            edits.append(_pipe_row(start, end, line))
    taken = {(e.start, e.end) for e in edits} | pipe_block
    if fixed_width:
        for block in _blocks(lines, taken):
            edits.extend(_fixed_width(text, block))
    taken_spans = sorted((e.start, e.end) for e in edits)
    for match in _LEADER.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        if text[line_start : match.start()].strip() and not _inside(taken_spans, match.start()):
            edits.append(Edit(match.start(), match.end(), "\t"))
    return sorted(edits, key=lambda e: e.start)


def _lines(text: str) -> list[tuple[int, int, str]]:
    out, position = [], 0
    for line in text.split("\n"):
        out.append((position, position + len(line), line))
        position += len(line) + 1
    return out


def _eat_newline(text: str, end: int) -> int:
    return end + 1 if end < len(text) and text[end] == "\n" else end


def _inside(spans: list[tuple[int, int]], position: int) -> bool:
    return any(start <= position < end for start, end in spans)


def _pipe_blocks(lines: list[tuple[int, int, str]]) -> set[tuple[int, int]]:
    """The lines of Markdown tables: two or more pipe rows in a row, or one with its rule."""
    out: set[tuple[int, int]] = set()
    run: list[tuple[int, int, str]] = []
    for entry in [*lines, (0, 0, "")]:
        line = entry[2]
        if line.strip() and (_PIPE_ROW.match(line) or (run and _RULE.match(line)
                                                      and "|" in line + run[-1][2])):
            run.append(entry)
            continue
        if len(run) >= 2 and any("|" in r[2] for r in run):
            out.update((start, end) for start, end, _ in run)
        run = []
    return out


def _pipe_row(start: int, end: int, line: str) -> Edit:
    if _RULE.match(line):
        return Edit(start, end + 1, "")  # the header rule goes, with its line break
    body = line.strip()
    if body.startswith("|"):
        body = body[1:]
    if body.endswith("|") and not body.endswith("\\|"):
        body = body[:-1]
    cells = [cell.strip().replace("\\|", "|") for cell in re.split(r"(?<!\\)\|", body)]
    return Edit(start, end, "\t".join(cells))


def _blocks(lines: list[tuple[int, int, str]],
            taken: set[tuple[int, int]]) -> list[list[tuple[int, int, str]]]:
    """Runs of lines that could be a fixed-width table.

    A line may be when it holds a gap of two spaces or more between words, is a rule,
    or (inside a run) is indented: a cell's text that goes on over the next line.
    """
    out: list[list[tuple[int, int, str]]] = []
    run: list[tuple[int, int, str]] = []
    for entry in [*lines, (0, 0, "")]:
        start, end, line = entry
        usable = line.strip() and "\t" not in line and (start, end) not in taken
        if usable and (_RULE.match(line) or re.search(r"\S {2,}\S", line)
                       or (run and line.startswith("    "))):
            run.append(entry)
            continue
        if len(run) >= 2:
            out.append(run)
        run = []
    return out


def _fixed_width(text: str, block: list[tuple[int, int, str]]) -> list[Edit]:
    """Edits for a space-aligned table (none if the block reads as prose).

    Columns are the stretches between gaps that (nearly) every line leaves blank; a line
    whose text runs across a gap (a note spanning two columns) is not allowed to close it,
    its text going to the column where it starts.
    """
    rows = [entry for entry in block if not _RULE.match(entry[2])]
    if len(rows) < 2:
        return []
    segments = [_segments(line) for _, _, line in rows]
    # one line may run across a gap (a note over two columns); more in a long table
    columns = _columns(segments, tolerance=(1 if len(rows) >= 4 else 0) + len(rows) // 8)
    if len(columns) < 2:
        return []
    placed = [[(_column(columns, start, end), start, end) for start, end in line]
              for line in segments]
    # a sliver between two gaps that no cell is placed in is no column
    used = sorted({column for line in placed for column, _, _ in line})
    rank = {column: number for number, column in enumerate(used)}
    placed = [[(rank[column], start, end) for column, start, end in line] for line in placed]
    if len(used) < 2:
        return []
    filled = [len({column for column, _, _ in line}) for line in placed]
    lengths = [end - start for line in segments for start, end in line]
    if sum(count >= 2 for count in filled) < 2 or max(lengths) > 2 * MAX_CELL or (
        sum(lengths) / len(lengths) > MAX_CELL
    ):
        return []
    edits: list[Edit] = []
    cells = iter(placed)
    for start, end, line in block:
        if _RULE.match(line):
            edits.append(Edit(start, _eat_newline(text, end), ""))
            continue
        pieces = next(cells)
        first_column, first_start = pieces[0][0], pieces[0][1]
        edits.append(Edit(start, start + first_start, "\t" * first_column))
        for (column, _, end_before), (next_column, next_start, _) in zip(pieces, pieces[1:],
                                                                         strict=False):
            joint = "\t" * (next_column - column) if next_column > column else " "
            edits.append(Edit(start + end_before, start + next_start, joint))
    return [edit for edit in edits if edit.start < edit.end or edit.replacement]


def _segments(line: str) -> list[tuple[int, int]]:
    """Stretches of a line's text between gaps of two spaces or more."""
    return [(m.start(), m.end()) for m in re.finditer(r"\S+(?: \S+)*", line)]


def _columns(segments: list[list[tuple[int, int]]], tolerance: int) -> list[tuple[int, int]]:
    """Column spans: the stretches between positions that at most ``tolerance`` lines fill."""
    width = max(end for line in segments for _, end in line)
    filled = [0] * width
    for line in segments:
        for start, end in line:
            for position in range(start, end):
                filled[position] += 1
    left = min(start for line in segments for start, _ in line)
    columns, begin = [], None
    for position in range(left, width):
        if filled[position] > tolerance and begin is None:
            begin = position
        elif filled[position] <= tolerance and begin is not None:
            columns.append((begin, position))
            begin = None
    if begin is not None:
        columns.append((begin, width))
    return columns


def _column(columns: list[tuple[int, int]], start: int, end: int) -> int:
    """The column a segment belongs to: the one it overlaps most, else the nearest."""
    overlaps = [min(end, right) - max(start, left) for left, right in columns]
    best = max(range(len(columns)), key=lambda i: (overlaps[i], -i))
    if overlaps[best] > 0:
        return best
    return min(range(len(columns)), key=lambda i: abs(columns[i][0] - start))
