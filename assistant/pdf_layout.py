"""Plain text of a PDF page, with paragraphs and tables laid out like the seed documents.

pypdf's plain extraction loses paragraph breaks and scatters table cells, and its
"layout" mode only renders positions as runs of spaces.  This module starts from the
positioned text runs that layout mode computes (text of one line of a BT/ET text
object, with its start and end x, baseline and font height) and rebuilds:

* lines, grouped by baseline (superscripts are folded into their line);
* blocks: lines separated by a vertical gap larger than the tightest line pitch of
  the page, or by a change of font size;
* tables: blocks with a white channel wider than word spacing between their runs.
  Rows of administrative tables are padded, so a block is a row (a block whose first
  line fills several columns is split into one row per line, for tables without
  padding).  The columns of a table are the left edges shared by its rows; a block
  without a channel but aligned on the columns of an adjacent table, with its first
  column empty (second paragraph of a cell, row continued from the previous page) or
  several cells, is a row too.

Output conventions (the contract of :func:`page_text`):

* blocks are separated by one blank line; the lines of a prose block stay separate,
  stripped, with runs of white space collapsed to one space;
* list markers ("•", "-", "1.") stay at the start of their line, followed by a space;
* a table is a run of lines without blank lines between them, one line per row, its
  cells separated by TABs; every row has as many cells as the table has columns
  (empty cells are empty strings, leading and trailing ones included); the lines of
  a cell are joined by one space, or by nothing after a hyphen ending a word ("2020-"
  + "2022" gives "2020-2022"); two different tables are separated by a blank line;
* page headers, footers and numbers are kept as ordinary lines.

Every word of ``page.extract_text(extraction_mode="layout")`` is in the output; only
hyphenated words rejoined in table cells and the space after a marker glued to its
text ("★Le" gives "★ Le") split words differently.  Like layout mode, text rotated
with respect to the page (margin stamps) and text inside form XObjects are ignored.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from itertools import pairwise
from typing import TYPE_CHECKING, Any

# Private module, but it is the only pypdf code that measures the width of the text
# it extracts (the visitor callbacks of plain mode only give start positions).
from pypdf._text_extraction import _layout_mode
from pypdf.generic import ArrayObject, ContentStream, StreamObject

if TYPE_CHECKING:
    from pypdf import PageObject

logger = logging.getLogger(__name__)

# All distances below are in units of the font height of the text concerned, so the
# rules do not depend on the font size of a document.
_GLUE_GAP = 0.2  # fragments closer than this belong to the same run of text...
_GLUE_GAP_AFTER_SPACE = 0.3  # ...or this, when a space already separates them
_SPACE_GAP = 0.1  # fragments further apart than this are separate words
_SPACE_WIDTH = 0.25  # estimated width of a space, to trim runs of their spaces
_SAME_LINE = 0.3  # baselines closer than this are on the same line
_SUPERSCRIPT_RISE = 0.6  # small text at most this far above a line belongs to it
_SUPERSCRIPT_SIZE = 0.9  # ...when its font is at most this fraction of the line's
_LINE_GAP = 1.25  # a pitch this many times the page's tightest one is a paragraph break
_MIN_GAP_PITCH = 1.45  # ...but never less than this
_MAX_LINE_PITCH = 1.9  # larger pitches (double spacing included) are always gaps
_SIZE_CHANGE = 0.2  # relative change of font size that ends a block
_COLUMN_GAP = 0.8  # white space this wide between runs separates columns (> 2 spaces)
_COLUMN_TOLERANCE = 0.3  # left edges closer than this start the same column
_MERGE_COLUMNS = 2.0  # alternative positions of one column are at most this far apart
_ASSIGN_AHEAD = 1.5  # a cell may start this far left of the column it belongs to
_MARKER_GAP = 2.5  # a list marker is at most this far from the text it introduces

# Characters that would break the TAB/newline structure of the output.
_CONTROL_CHARS = str.maketrans({c: " " for c in [*range(32), 0x85, 0x2028, 0x2029]})
# Markers introducing list items: any symbol or an enumerator ("1.", "a)", "iv.").
_LIST_MARKER = re.compile(r"[^\w\s(«\"'\[]|o|\(?(\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})[.)°]")
# Bullets that may also start an item inside a table cell (dashes excluded: a lone
# dash in a table is usually an empty value).
_BULLET = re.compile(r"[•◦▪▫■□●○►▶➢➤✓✔★☆◆◇‣∙\uf000-\uf0ff]")
_HYPHEN_END = re.compile(r"\w-$")


@dataclass
class _Run:
    """Text drawn on one line, with its horizontal extent (PDF units)."""

    x0: float
    x1: float
    y: float
    fh: float
    text: str

    @property
    def left(self) -> float:
        """Left edge of the visible text, leading spaces excluded."""
        spaces = len(self.text) - len(self.text.lstrip())
        return self.x0 + spaces * _SPACE_WIDTH * self.fh

    @property
    def right(self) -> float:
        """Right edge of the visible text, trailing spaces excluded."""
        spaces = len(self.text) - len(self.text.rstrip())
        return max(self.left, self.x1 - spaces * _SPACE_WIDTH * self.fh)


@dataclass
class _Line:
    """Runs sharing a baseline, sorted left to right."""

    y: float
    fh: float
    runs: list[_Run] = field(default_factory=list)


@dataclass
class _Column:
    """Runs of a table starting at about the same left edge."""

    left: float
    right: float
    last: float  # left edge of the last run added, the rightmost one
    places: set[tuple[int, int]]  # (row, line) of its runs

    def add(self, run: _Run, row: int, line: int) -> None:
        """Add a run starting at or right of ``last``."""
        self.right = max(self.right, run.right)
        self.last = run.left
        self.places.add((row, line))


@dataclass
class _Block:
    """Lines with no vertical gap between them."""

    lines: list[_Line]

    @property
    def runs(self) -> list[_Run]:
        """All runs of the block."""
        return [run for line in self.lines for run in line.runs]

    @property
    def fh(self) -> float:
        """Font height of the block."""
        return max(line.fh for line in self.lines)


def page_text(page: PageObject) -> str:
    """Text of one PDF page in the plain-text conventions of our seed documents.

    Args:
        page: A page of a ``pypdf.PdfReader``.

    Returns:
        The text of the page: blocks separated by blank lines, table rows as lines of
        TAB-separated cells (see the module docstring for the exact conventions).
        An empty string for a page without extractable text.

    """
    fragments = _fragments(page)
    lines = _lines(fragments)
    if not lines:
        return ""
    flip = -1.0 if fragments and fragments[0].y < 0 else 1.0
    rules = sorted(flip * y for y in _drawn_rules(page))
    blocks = _blocks(lines)
    tabular = _table_flags(blocks)
    logger.debug("%d lines, %d blocks, %d table rows", len(lines), len(blocks), sum(tabular))
    parts: list[str] = []
    start = 0
    while start < len(blocks):
        end = start + 1
        while end < len(blocks) and tabular[end] == tabular[start]:
            end += 1
        if tabular[start]:
            parts.extend(_tables(blocks[start:end], rules))
        else:
            parts.extend(_prose(block) for block in blocks[start:end])
        start = end
    return "\n\n".join(part for part in parts if part)


# --- positioned text ------------------------------------------------------------


def _fragments(page: PageObject) -> list[_Run]:
    """Text runs of the page as computed by pypdf's layout mode (unrotated text)."""
    contents: Any = page.get("/Contents")
    contents = contents.get_object() if contents is not None else None
    if not isinstance(contents, (ArrayObject, StreamObject)):
        return []
    # "bytes" keeps strings undecoded so that each font decodes its own text.
    ops = iter(ContentStream(contents, page.pdf, "bytes").operations)
    groups = _layout_mode.text_show_operations(ops, page._layout_mode_fonts())
    runs = []
    for group in groups:
        text = group["text"].translate(_CONTROL_CHARS)
        fh = max(float(group["font_height"]), 1.0)
        y = group["ty"] * group["flip_sort"]
        runs.append(_Run(group["tx"], group["displaced_tx"], y, fh, text))
    return runs


def _drawn_rules(page: PageObject) -> list[float]:
    """Heights of the horizontal lines a page draws: cell borders and table rules.

    Cells drawn as rectangles give their top and bottom edges, rules drawn as lines their
    height; coordinates go through the transformation matrix, as the text's do. A
    rectangle as large as the page (a background) is no rule.
    """
    contents: Any = page.get("/Contents")
    contents = contents.get_object() if contents is not None else None
    if not isinstance(contents, (ArrayObject, StreamObject)):
        return []
    width = float(page.mediabox.width)
    matrix: tuple[float, ...] = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    stack: list[tuple[float, ...]] = []
    start: tuple[float, float] | None = None
    out: set[float] = set()

    def point(x: float, y: float) -> tuple[float, float]:
        a, b, c, d, e, f = matrix
        return a * x + c * y + e, b * x + d * y + f

    for operands, operator in ContentStream(contents, page.pdf, "bytes").operations:
        if operator == b"q":
            stack.append(matrix)
        elif operator == b"Q" and stack:
            matrix = stack.pop()
        elif operator == b"cm" and len(operands) == 6:
            a, b, c, d, e, f = (float(value) for value in operands)
            m = matrix
            matrix = (a * m[0] + b * m[2], a * m[1] + b * m[3], c * m[0] + d * m[2],
                      c * m[1] + d * m[3], e * m[0] + f * m[2] + m[4], e * m[1] + f * m[3] + m[5])
        elif operator == b"re" and len(operands) == 4:
            x, y, w, h = (float(value) for value in operands)
            (x0, y0), (x1, y1) = point(x, y), point(x + w, y + h)
            if abs(x1 - x0) < 0.95 * width:
                out.update((round(y0, 1), round(y1, 1)))
        elif operator == b"m" and len(operands) == 2:
            start = point(float(operands[0]), float(operands[1]))
        elif operator == b"l" and len(operands) == 2 and start is not None:
            end = point(float(operands[0]), float(operands[1]))
            if abs(end[1] - start[1]) < 0.5 and abs(end[0] - start[0]) > 1:
                out.add(round(start[1], 1))
            start = end
    return sorted(out)


def _lines(fragments: list[_Run]) -> list[_Line]:
    """Group fragments by baseline, top to bottom, and merge touching fragments."""
    lines: list[_Line] = []
    for frag in sorted(fragments, key=lambda f: (-f.y, f.x0)):
        if lines and abs(lines[-1].y - frag.y) <= _SAME_LINE * max(lines[-1].fh, frag.fh):
            lines[-1].runs.append(frag)
            lines[-1].fh = max(lines[-1].fh, frag.fh)
        else:
            lines.append(_Line(frag.y, frag.fh, [frag]))
    # Fold superscripts (smaller text slightly above a line) into the line below.
    merged: list[_Line] = []
    for i, line in enumerate(lines):
        below = lines[i + 1] if i + 1 < len(lines) else None
        if (
            below is not None
            and line.fh < _SUPERSCRIPT_SIZE * below.fh
            and line.y - below.y < _SUPERSCRIPT_RISE * below.fh
        ):
            below.runs.extend(line.runs)
        else:
            merged.append(line)
    for line in merged:
        line.runs = _join_touching(sorted(line.runs, key=lambda r: r.x0))
    return [line for line in merged if line.runs]


def _join_touching(fragments: list[_Run]) -> list[_Run]:
    """Merge fragments of one line that are parts of the same run of text.

    A list marker ("•", "1.") is also merged with the text it introduces, since
    the white space after it is not a column gap.
    """
    runs: list[_Run] = []
    for frag in fragments:
        if runs:
            last = runs[-1]
            gap = frag.x0 - last.x1
            spaced = last.text.endswith(" ") or frag.text.startswith(" ")
            limit = _GLUE_GAP_AFTER_SPACE if spaced else _GLUE_GAP
            marker = _BULLET if len(runs) > 1 else _LIST_MARKER
            is_marker = gap < _MARKER_GAP * frag.fh and marker.fullmatch(last.text.strip())
            if gap < limit * frag.fh or is_marker:
                glue = " " if not spaced and gap >= _SPACE_GAP * frag.fh else ""
                last.text += glue + frag.text
                last.x1 = max(last.x1, frag.x1)
                continue
        runs.append(_Run(frag.x0, frag.x1, frag.y, frag.fh, frag.text))
    return [run for run in runs if run.text.strip()]


def _blocks(lines: list[_Line]) -> list[_Block]:
    """Split lines into blocks at vertical gaps and at changes of font size."""
    pitches = sorted(
        (a.y - b.y) / b.fh
        for a, b in pairwise(lines)
        if abs(a.fh - b.fh) <= _SIZE_CHANGE * a.fh and 0.9 <= (a.y - b.y) / b.fh <= _MAX_LINE_PITCH
    )
    # Lines of a paragraph are the closest ones (the second smallest pitch ignores
    # one odd pair); documents set in 1.5 or double spacing raise it.
    usual = pitches[1] if len(pitches) >= 2 else 1.2
    max_pitch = max(_MIN_GAP_PITCH, _LINE_GAP * usual)
    blocks: list[_Block] = []
    for line in lines:
        if blocks:
            prev = blocks[-1].lines[-1]
            same_size = abs(prev.fh - line.fh) <= _SIZE_CHANGE * max(prev.fh, line.fh)
            if same_size and prev.y - line.y <= max_pitch * min(prev.fh, line.fh):
                blocks[-1].lines.append(line)
                continue
        blocks.append(_Block([line]))
    return blocks


def _prose(block: _Block) -> str:
    """Lines of a non-tabular block, one per output line."""
    return "\n".join(_clean(" ".join(run.text for run in line.runs)) for line in block.lines)


def _clean(text: str) -> str:
    """Collapse runs of white space and strip."""
    return " ".join(text.split())


# --- table detection ------------------------------------------------------------


def _has_columns(block: _Block) -> bool:
    """Whether the runs of a block stand in two or more columns.

    That is, a white channel crossing every line of the block is wider than the
    spaces between words, even when words are drawn as separate runs.
    """
    runs = sorted(block.runs, key=lambda r: r.left)
    reach = runs[0].right
    for run in runs[1:]:
        if run.left - reach >= _COLUMN_GAP * block.fh:
            return True
        reach = max(reach, run.right)
    return False


def _table_flags(blocks: list[_Block]) -> list[bool]:
    """Mark the blocks that are table rows.

    Blocks with columns are rows.  A block next to a table, in the font of the
    table and starting at its column edges, is a row too when it leaves the first
    column empty (the second paragraph of a cell, a row continued from the previous
    page) or fills several columns (a row with narrow gaps between its cells).
    """
    flags = [_has_columns(block) for block in blocks]
    changed = True
    while changed:
        changed = False
        for i, block in enumerate(blocks):
            if flags[i]:
                continue
            for j in (i - 1, i + 1):
                if (
                    0 <= j < len(blocks)
                    and flags[j]
                    and _joins_table(block, blocks[j], _run_of(blocks, flags, j))
                ):
                    flags[i] = changed = True
                    break
    return flags


def _run_of(blocks: list[_Block], flags: list[bool], index: int) -> list[_Block]:
    """Return the maximal run of table blocks containing ``blocks[index]``."""
    start = end = index
    while start > 0 and flags[start - 1]:
        start -= 1
    while end + 1 < len(blocks) and flags[end + 1]:
        end += 1
    return blocks[start : end + 1]


def _joins_table(block: _Block, neighbour: _Block, table: list[_Block]) -> bool:
    """Whether a block without columns of its own is a row of an adjacent table.

    Args:
        block: The candidate block.
        neighbour: The table row just above or below it.
        table: The run of table rows containing ``neighbour``.

    """
    fh = neighbour.fh
    if abs(block.fh - fh) > _SIZE_CHANGE * fh:
        return False
    starts = _columns(table)
    if len(starts) < 2:
        return False
    ahead = _ASSIGN_AHEAD * fh
    if any(min(abs(run.left - s) for s in starts) > ahead for run in block.runs):
        return False  # not aligned on the columns
    columns = {_column_of(run, starts) for run in block.runs}
    return 0 not in columns or len(columns) > 1


# --- table layout ---------------------------------------------------------------


def _tables(blocks: list[_Block], rules: list[float]) -> list[str]:
    """Tables of a run of table blocks, each as lines of TAB-separated cells."""
    tables = []
    for segment in _segments(blocks):
        starts = _columns(segment)
        rows = [
            "\t".join(_cells(lines, starts))
            for block in segment
            for lines in (_drawn_rows(block, rules) or _split_tight_rows(block, starts))
        ]
        tables.append("\n".join(rows))
    return tables


def _segments(blocks: list[_Block]) -> list[list[_Block]]:
    """Split a run of rows where the column layout changes (e.g. a new table).

    A row whose text crosses a column boundary of the rows before it starts a new
    segment.  A segment of one row (a row continued from the previous page, a
    spanning row) is then attached to a neighbour whose columns it fits.
    """
    segments: list[list[_Block]] = []
    for block in blocks:
        if segments and not _crosses(block, _columns(segments[-1])):
            segments[-1].append(block)
        else:
            segments.append([block])
    i = 0
    while i < len(segments) and len(segments) > 1:
        if len(segments[i]) == 1:
            for j in (i - 1, i + 1):
                if (
                    0 <= j < len(segments)
                    and len(segments[j]) > 1
                    and _fits(segments[i][0], segments[j])
                ):
                    segments[j] = segments[j] + segments[i] if j < i else segments[i] + segments[j]
                    del segments[i]
                    i -= 1
                    break
        i += 1
    return segments


def _crosses(block: _Block, starts: list[float]) -> bool:
    """Whether a run of the block spans a column boundary."""
    tol = _COLUMN_TOLERANCE * block.fh
    return any(run.left < s - tol and run.right > s + tol for run in block.runs for s in starts[1:])


def _fits(block: _Block, segment: list[_Block]) -> bool:
    """Whether the runs of each line of ``block`` fall in distinct columns of ``segment``."""
    starts = _columns(segment)
    for line in block.lines:
        columns = [_column_of(run, starts) for run in line.runs]
        if len(set(columns)) < len(columns):
            return False
    return True


def _columns(blocks: list[_Block]) -> list[float]:
    """Left edges of the columns of a table whose rows are ``blocks``.

    Columns start where runs of several rows start.  A left edge used by a single
    row still starts a column if no other row has text across it (a column filled
    in one row only).  Left edges of runs that never share a line, and are close or
    end at the same right edge, are alternative positions in one column
    (right-aligned or centred numbers) and are merged.
    """
    fh = max(block.fh for block in blocks)
    tol = _COLUMN_TOLERANCE * fh
    placed = sorted(
        (
            (run, row, line)
            for row, block in enumerate(blocks)
            for line, text_line in enumerate(block.lines)
            for run in text_line.runs
        ),
        key=lambda item: item[0].left,
    )
    clusters: list[_Column] = []
    for run, row, line in placed:
        if clusters and run.left - clusters[-1].last <= tol:
            clusters[-1].add(run, row, line)
        else:
            clusters.append(_Column(run.left, run.right, run.left, {(row, line)}))

    def crossed(column: _Column) -> bool:
        rows = {row for row, _ in column.places}
        return any(
            run.left < column.left - tol and run.right > column.left + tol
            for row, block in enumerate(blocks)
            if row not in rows
            for run in block.runs
        )

    columns: list[_Column] = []
    for k, cluster in enumerate(clusters):
        if k and len({row for row, _ in cluster.places}) == 1 and crossed(cluster):
            continue
        last = columns[-1] if columns else None
        if (
            last is not None
            and not cluster.places & last.places
            and (
                cluster.left - last.last <= _MERGE_COLUMNS * fh
                or abs(cluster.right - last.right) <= tol
            )
        ):
            last.right = max(last.right, cluster.right)
            last.last = cluster.left
            last.places |= cluster.places
        else:
            columns.append(cluster)
    return [column.left for column in columns]


def _column_of(run: _Run, starts: list[float]) -> int:
    """Index of the column of a run: the nearest start not far to its right."""
    ahead = run.left + _ASSIGN_AHEAD * run.fh
    candidates = [i for i, s in enumerate(starts) if s <= ahead] or [0]
    return min(candidates, key=lambda i: abs(starts[i] - run.left))


def _drawn_rows(block: _Block, rules: list[float]) -> list[list[_Line]]:
    """Lines of a block grouped into the rows that the drawn rules between them separate.

    Empty when no rule crosses the block: its rows are then told by their text.
    """
    top, bottom = block.lines[0].y, block.lines[-1].y
    inside = [y for y in rules if bottom < y < top]
    if not inside:
        return []
    rows: dict[int, list[_Line]] = {}
    for line in block.lines:
        rows.setdefault(sum(1 for y in inside if y > line.y), []).append(line)
    return [rows[key] for key in sorted(rows)]


def _split_tight_rows(block: _Block, starts: list[float]) -> list[list[_Line]]:
    """Lines of a block grouped into table rows.

    Rows are normally separated by vertical gaps, so a block is one row.  A table
    without row padding shows up as a block whose every line has text in the first
    column and whose first line fills another column too (in a padded row, cells
    are vertically centred, so some lines leave the first column empty).  There a
    line starts a row unless it begins with a lower-case letter (wrapped text).
    """
    if any(_column_of(line.runs[0], starts) for line in block.lines):
        return [block.lines]
    if len({_column_of(run, starts) for run in block.lines[0].runs}) < 2:
        return [block.lines]
    rows: list[list[_Line]] = []
    for line in block.lines:
        if not rows or not line.runs[0].text.strip()[:1].islower():
            rows.append([line])
        else:
            rows[-1].append(line)
    return rows


def _cells(lines: list[_Line], starts: list[float]) -> list[str]:
    """Text of each column for the lines of one row."""
    cells: list[list[str]] = [[] for _ in starts]
    for line in lines:
        parts: dict[int, list[str]] = {}
        for run in line.runs:
            parts.setdefault(_column_of(run, starts), []).append(run.text)
        for column, texts in parts.items():
            cells[column].append(_clean(" ".join(texts)))
    return [_join_cell_lines(texts) for texts in cells]


def _join_cell_lines(texts: list[str]) -> str:
    """Join the lines of a cell with spaces, keeping hyphenated words whole.

    A line ending in "word-" is a compound broken by the column width ("Île-de-" /
    "France", "2020-" / "2022"): the hyphen is kept and no space is added.
    """
    out = ""
    for text in texts:
        if out and not _HYPHEN_END.search(out):
            out += " "
        out += text
    return out
