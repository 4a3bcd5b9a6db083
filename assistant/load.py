"""Files -> SourceDocument: read text and PDF files, clean extraction leftovers, keep a page map.

The cleaned text is the document text every offset refers to. Cleaning is a chain of
substitutions that also carries, for every kept character, its offset in the raw
extraction, so PDF page boundaries survive the cleaning exactly.
"""

from __future__ import annotations

import bisect
import hashlib
import logging
import re
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path

import yaml

from assistant.errors import CorpusError, UnsupportedFileError
from assistant.metadata import infer_meta
from assistant.numbering import HEADING_START
from assistant.text_tables import Edit, table_edits
from assistant.types import DocumentMeta, Page, SourceDocument

logger = logging.getLogger(__name__)

SUPPORTED_SUFFIXES = (".txt", ".md", ".pdf")
MANIFEST_NAME = "manifest.yaml"
#: Below this many letters per page on average, a PDF is taken as scanned images.
MIN_LETTERS_PER_PAGE = 20
PAGE_BREAK = "\n\n"

_BULLET = r"(?:[-•–▪◦●*]|\d{1,2}[.)]|[a-z][.)])"
#: A sentence never ends on an article or a preposition: the next line goes on with it.
_FUNCTION_WORD_END = re.compile(
    r"\b(?:de|du|des|la|le|les|un|une|et|à|au|aux|en|par|pour|sur|dans|avec|d[’']|l[’'])$"
)
class _Tracked:
    """A string with, for each character, its offset in the original string."""

    def __init__(self, text: str, origin: list[int] | None = None) -> None:
        self.text = text
        self.origin = origin if origin is not None else list(range(len(text)))

    def sub(self, pattern: str, repl: str | Callable[[re.Match[str]], str], flags: int = 0) -> None:
        r"""Like ``re.sub``; a template made of ``\N`` groups and literals keeps group origins."""
        out: list[str] = []
        origin: list[int] = []
        pos = 0
        for match in re.finditer(pattern, self.text, flags):
            out.append(self.text[pos : match.start()])
            origin.extend(self.origin[pos : match.start()])
            anchor = self.origin[match.start()] if match.start() < len(self.origin) else (
                self.origin[-1] + 1 if self.origin else 0
            )
            if callable(repl):
                piece = repl(match)
                out.append(piece)
                origin.extend([anchor] * len(piece))
            else:
                for literal, group in re.findall(r"([^\\]+)|\\(\d)", repl):
                    if group:
                        start, end = match.span(int(group))
                        if start >= 0:
                            out.append(self.text[start:end])
                            origin.extend(self.origin[start:end])
                    else:
                        out.append(literal)
                        origin.extend([anchor] * len(literal))
            pos = match.end()
        out.append(self.text[pos:])
        origin.extend(self.origin[pos:])
        self.text = "".join(out)
        self.origin = origin


    def apply(self, edits: Iterable[Edit]) -> None:
        """Replace spans of the text (sorted, not overlapping).

        A replacement takes the origin of the span it replaces.
        """
        out: list[str] = []
        origin: list[int] = []
        pos = 0
        for edit in edits:
            out.append(self.text[pos : edit.start])
            origin.extend(self.origin[pos : edit.start])
            anchor = self.origin[edit.start] if edit.start < len(self.origin) else (
                self.origin[-1] + 1 if self.origin else 0)
            out.append(edit.replacement)
            origin.extend([anchor] * len(edit.replacement))
            pos = edit.end
        out.append(self.text[pos:])
        origin.extend(self.origin[pos:])
        self.text = "".join(out)
        self.origin = origin


def _ends_open(line: str) -> bool:
    """Whether a line stops mid-sentence (no closing punctuation)."""
    return not re.search(r"[.!?:;»\"”)…]\s*$", line)


def clean_text(raw: str, reflow: bool = False) -> _Tracked:
    """Remove what extraction leaves behind, tracking offsets into ``raw``.

    Turns text tables (Markdown pipes, fixed-width columns, dot leaders) into
    tab-separated rows, removes inline tags (``<sup>``, ``<b>``…), markdown emphasis and
    heading marks,
    page footers (``1/4``, a number alone on its line), joins lines broken in the
    middle of a sentence (also across an empty line) and words hyphenated across lines.
    With ``reflow`` (PDF text, where an empty line marks a paragraph), every line of a
    paragraph is joined, not only those that stop mid-sentence.
    """
    t = _Tracked(raw)
    t.sub(r"\r\n?", "\n")
    t.sub(r"[\u00a0\u202f\u2007]", " ")
    t.sub(r"[\u200b\ufeff]", "")
    t.apply(table_edits(t.text, fixed_width=not reflow))
    t.sub(r"</?(?:b|i|u|em|strong|sup|sub|span|br|p|font)\b[^>]*>", "", re.IGNORECASE)
    t.sub(r"\^\{([^}\n]*)\}", r"\1")
    # A bold run glued to the end of a line is a heading that lost its line break.
    t.sub(r"(?m)(?<=\S)\*\*([^*\n]{1,60})\*\*[ \t]*$", "\n\n\\1")
    # The same, without the bold marks: "budget prévisionnel 2024Dépenses :".
    t.sub(r"(?m)(?<=[0-9a-zà-ÿ])(?=[A-ZÀ-Ý][a-zà-ÿ]+ ?:$)", "\n\n")
    t.sub(r"(?m)^#{1,6}[ \t]+", "")
    t.sub(r"(?m)^[ \t]*[★☆✓✔■]+[ \t]*", "")
    t.sub(r"(?m)^[ \t]*---+[ \t]*$", "")
    t.sub(r"\*\*|__", "")
    t.sub(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])", r"\1")
    t.sub(r"\\([_*#\[\]()\\-])", r"\1")
    t.sub(r"(?m)^([ \t]*)\*(?=[ \t])", "\\1-")
    t.sub(r"(?m)[ \t]+$", "")
    t.sub(r"(?m)^ +(?=[^\s\-•–▪◦●*\d])", "")
    t.sub(r"(?m)(?<=\S) {2,}", " ")
    # Page footers: "1/4", "Page 3", a lone number (page or act number) alone in its block.
    t.sub(r"(?m)^(?:page\s*)?\d{1,3}\s*/\s*\d{1,3}$", "", re.IGNORECASE)
    t.sub(r"(?:\A|(?<=\n\n))(?:page\s*)?\d{1,5}(?=\n\n|\n?\Z)", "", re.IGNORECASE)
    # Running headers and footers: "Rapport d'activité 2024 — Page 3/9", or a line
    # repeated on every page.
    t.sub(r"(?im)^[^\n]{0,140}\bpage\s*\d{1,3}\s*(?:/|sur|of)\s*\d{1,3}[ \t]*(?:\n|\Z)", "")
    t.apply(_running_lines(t.text))
    t.sub(r"\n{3,}", "\n\n")
    _join_broken_lines(t, reflow)
    t.sub(r"\A\s+", "")
    t.sub(r"\s+\Z", "")
    return t


#: A line this often repeated, word for word, is a page's running header or footer.
RUNNING = 3


def _running_lines(text: str) -> list[Edit]:
    """Edits removing lines repeated on every page (not headings, items, rows or short)."""
    counts: dict[str, int] = {}
    for line in text.split("\n"):
        key = line.strip()
        if 15 <= len(key) <= 120 and "\t" not in key and not HEADING_START.match(key) and (
                not re.match(rf"{_BULLET}\s", key)):
            counts[key] = counts.get(key, 0) + 1
    repeated = {key for key, count in counts.items() if count >= RUNNING}
    edits, position = [], 0
    for line in text.split("\n"):
        end = position + len(line)
        if line.strip() in repeated:
            edits.append(Edit(position, min(end + 1, len(text)), ""))
        position = end + 1
    return edits


def _join_broken_lines(t: _Tracked, reflow: bool) -> None:
    """Join a line to the next when the sentence obviously goes on."""
    item = re.compile(rf"^\s*{_BULLET}\s")

    def join(gap: re.Match[str]) -> str:
        text = gap.string
        line_start = text.rfind("\n", 0, gap.start()) + 1
        before = text[line_start : gap.start()]
        line_end = text.find("\n", gap.end())
        after = text[gap.end() : line_end if line_end >= 0 else len(text)]
        if (
            "\t" in before
            or "\t" in after
            or item.match(after)
            or HEADING_START.match(after)
            or (not _ends_open(before) and not (reflow and gap.group(0) == "\n"))
            or (before.isupper() and gap.group(0) == "\n" and not after[:1].islower())
        ):
            return gap.group(0)
        if re.search(r"[A-Za-zÀ-ÿ]-$", before) and after[:1].islower():
            return ""  # hyphenation: keep the hyphen, French compounds are hyphenated too.
        if re.search(r"\d-$", before) and after[:1].isdigit():
            return ""  # a range of years or numbers broken after its dash
        # Inside a block any open line goes on; across an empty line only a sentence
        # that visibly continues (lower case, an opening quote) is joined.
        if after[:1].islower() or after[:1] in "«\"“(" or _FUNCTION_WORD_END.search(before):
            return " "
        if gap.group(0) == "\n" and (reflow or not _title_like(text, line_start, before)):
            return " "
        return gap.group(0)

    t.sub(r"(?<=[^\n])\n\n?(?=[^\n])", join)


def _title_like(text: str, line_start: int, line: str) -> bool:
    """A short line opening its block, without sentence punctuation: a heading, not a wrap."""
    previous = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1 : max(0, line_start - 1)]
    opens_block = line_start == 0 or not previous.strip() or not _ends_open(previous)
    return (
        opens_block
        and len(line) <= 120
        and len(line.split()) <= 16
        and line[:1].isupper()
        and line.count(",") <= 1
        and ". " not in line
        and not line.endswith("-")
    )


def slugify(name: str) -> str:
    """A stable, readable id from a file name."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "document"


def read_manifest(corpus_dir: Path) -> dict[str, DocumentMeta]:
    """Metadata of the documents listed in ``corpus_dir/manifest.yaml``, keyed by file name."""
    path = corpus_dir / MANIFEST_NAME
    if not path.exists():
        return {}
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as error:
        raise CorpusError(f"{path}: invalid YAML ({error}); fix or delete the manifest") from error
    entries: dict[str, dict[str, object]] = data.get("documents", data) or {}
    return {
        name: DocumentMeta(
            title=str(entry.get("title", "")),
            issuer=str(entry.get("issuer", "")),
            date=str(entry.get("date", "")),
            doc_type=str(entry.get("type", "document")),
            provenance=str(entry.get("provenance", "")),
        )
        for name, entry in entries.items()
    }


def discover(paths: Iterable[Path]) -> list[Path]:
    """Files to ingest under the given files and folders (manifest and hidden files excluded)."""
    found: list[Path] = []
    for path in paths:
        if not path.is_dir():
            found.append(path)
            continue
        for file in sorted(p for p in path.rglob("*") if p.is_file() and p.name != MANIFEST_NAME):
            if file.name.startswith("."):
                logger.warning("skipped %s: a hidden file (its name starts with a dot); rename "
                               "it to ingest it", file.name)
            else:
                found.append(file)
    return found


def load_document(path: Path, meta: DocumentMeta | None = None) -> SourceDocument:
    """Read and clean one file.

    Args:
        path: a ``.txt``, ``.md`` or ``.pdf`` file.
        meta: what the corpus manifest says; inferred from the text when None.

    Raises:
        CorpusError: with the reason the file cannot be used (corrupt, encrypted,
            scanned, empty, not UTF-8, unsupported type).

    """
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise UnsupportedFileError(
            f"{path.name}: unsupported file type '{suffix or 'none'}' "
            f"(supported: {', '.join(SUPPORTED_SUFFIXES)})"
        )
    data = path.read_bytes()
    if not data.strip():
        raise CorpusError(f"{path.name}: empty file")
    if suffix == ".pdf":
        raw, page_spans, labels = _read_pdf(path, data)
    else:
        try:
            raw = data.decode("utf-8")
        except UnicodeDecodeError as error:
            raise CorpusError(
                f"{path.name}: not UTF-8 text (byte {error.start}); "
                "convert it, e.g. `iconv -f latin1 -t utf-8`"
            ) from error
        page_spans, labels = [], []
    cleaned = clean_text(raw, reflow=suffix == ".pdf")
    if not cleaned.text.strip():
        raise CorpusError(f"{path.name}: no text after cleaning")
    pages = _map_pages(cleaned, page_spans, labels)
    return SourceDocument(
        doc_id=slugify(path.stem),
        path=str(path),
        text=cleaned.text,
        content_hash=hashlib.sha256(data).hexdigest(),
        meta=meta if meta is not None and meta.title else infer_meta(cleaned.text, path, raw),
        pages=pages,
    )


def _read_pdf(path: Path, data: bytes) -> tuple[str, list[tuple[int, int]], list[str]]:
    """Raw text of a PDF (pages joined by a blank line), page spans in it and page labels."""
    import io

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    from assistant.pdf_layout import page_text

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise CorpusError(
                f"{path.name}: encrypted PDF: needs a password; save a decrypted copy"
            )
        texts = [page_text(page) for page in reader.pages]
        has_labels = "/PageLabels" in reader.root_object
        labels = list(reader.page_labels) if has_labels else [""] * len(texts)
    except CorpusError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as error:
        raise CorpusError(
            f"{path.name}: corrupt PDF ({error}); re-export or re-download it"
        ) from error
    except Exception as error:  # pypdf raises many internal errors on damaged files
        if "decrypt" in str(error).lower() or "crypt" in type(error).__name__.lower():
            raise CorpusError(f"{path.name}: encrypted PDF: {error}") from error
        raise CorpusError(
            f"{path.name}: corrupt PDF ({type(error).__name__}: {error})"
        ) from error
    letters = sum(ch.isalpha() for text in texts for ch in text)
    if letters < MIN_LETTERS_PER_PAGE * max(1, len(texts)):
        raise CorpusError(f"{path.name}: no text layer: needs OCR (scanned PDF)")
    spans: list[tuple[int, int]] = []
    position = 0
    for text in texts:
        spans.append((position, position + len(text)))
        position += len(text) + len(PAGE_BREAK)
    return PAGE_BREAK.join(texts), spans, labels


def _map_pages(
    cleaned: _Tracked, spans: list[tuple[int, int]], labels: list[str]
) -> tuple[Page, ...]:
    """Page spans in the cleaned text, from the raw page spans."""
    if not spans:
        return ()
    pages: list[Page] = []
    starts = [start for start, _ in spans]
    current = -1
    page_start = 0
    for index, raw_offset in enumerate(cleaned.origin):
        number = bisect.bisect_right(starts, raw_offset) - 1
        if number != current:
            if current >= 0:
                pages.append(Page(current + 1, labels[current], page_start, index))
            current, page_start = number, index
    if current >= 0:
        pages.append(Page(current + 1, labels[current], page_start, len(cleaned.text)))
    return tuple(pages)
