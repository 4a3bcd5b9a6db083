"""The numbering of administrative texts: which lines open a numbered unit, its rank and label.

French deliberations, conventions, contracts and strategies number their units in many
styles: "Article premier", "Art. 1er", "ARTICLE 2 –", "Fiche action 3.2",
"Fiche-action n°4", "Orientation 1", "Objectif stratégique 3", "Action 1.2.3",
"TITRE II", "Annexe B", "Clause 4.2", "Schedule 1", bare "3.2" sub-clauses, upper-case
"4. ACCOMPAGNEMENT" sections. Each is read as a heading with a rank (what it closes and
what nests under it) and a short label ("Fiche action 3.2") for citations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Heading ranks: a heading closes every open heading of the same or a deeper rank. A
# dotted number goes one tenth deeper per level ("Action 1.2.3" under "Objectif 1.2").
PART, SUBPART, CLAUSE, LETTER, GENERIC = 0.0, 1.0, 2.0, 3.0, 4.0


@dataclass(frozen=True)
class Unit:
    """A kind of numbered unit: its key (for questions), its words, its rank."""

    key: str
    words: str
    rank: float
    letters: bool = False


#: The kinds of numbered units, most specific first. ``key`` is what a question names
#: ("la fiche 3.2" -> fiche); the label keeps the document's own words.
UNITS: tuple[Unit, ...] = (
    Unit("titre", r"titre|title", PART),
    Unit("partie", r"partie|part", PART),
    Unit("chapitre", r"chapitre|chapter", PART),
    Unit("annexe", r"annexe|annex|appendix|schedule", PART, letters=True),
    Unit("axe", r"axe|axis", SUBPART),
    Unit("orientation", r"orientation", SUBPART),
    Unit("priorité", r"priorit[ée]|priority|volet|pilier|pillar", SUBPART),
    Unit("section", r"section", SUBPART),
    Unit("objectif", r"objectif(?:\s+(?:strat[ée]gique|op[ée]rationnel|g[ée]n[ée]ral|"
         r"sp[ée]cifique))?|(?:strategic\s+|operational\s+)?objective|goal", CLAUSE),
    Unit("mesure", r"mesure|measure", CLAUSE),
    Unit("fiche", r"fiche(?:[\s-]*actions?)?|action\s+sheet", CLAUSE),
    Unit("action", r"action", CLAUSE),
    Unit("article", r"article|art\.?", CLAUSE),
    Unit("clause", r"clause", CLAUSE),
)
_NUMBER = (r"(?:n°|no\.?|num[ée]ro)?\s*(?P<n>\d{1,3}(?:\.\d{1,3})*|premier|première|1er|1ère|"
           r"[IVXL]{1,5}\b{letters})(?:\s*er\b)?")
#: What separates a unit's number from its title: "Article 2 – Objet", "Article 2 : Objet",
#: "ARTICLE 2. OBJET", "Article 2 Objet" (a capital), or nothing.
_SEP = r"(?:\s*[:.\-–—)]\s*|\s+(?=[A-ZÀ-Ý«\"(])|\s*$)"
_UNIT_PATTERNS = tuple(
    (unit, re.compile(
        # the unit's word ends there ("ANNEXE À LA …" is no "Annex E")
        rf"^(?P<word>{unit.words})(?![^\W\d_])\s*"
        + _NUMBER.replace("{letters}", r"|[A-H]\b" if unit.letters else "") + _SEP,
        re.IGNORECASE))
    for unit in UNITS
)
#: The marker of a list item: a bullet, "1.", "1)", "1°", "a)", "(a)", "(ii)".
ITEM_MARKER = r"[-•–▪◦●*]|\d{1,2}\s?[.)°]|\(?[a-z][.)]|\([a-z]{1,4}\)"
#: A bare dotted number opening a sub-clause: "3.2 Les parties…", "VI.1 Gouvernance".
_DOTTED = re.compile(r"^(?P<n>(?:\d{1,2}|[IVX]{1,4})(?:\.\d{1,2})+)\.?\s+(?=\S)")
#: An upper-case section numbered alone: "4. ACCOMPAGNEMENT DES ENTREPRISES".
_UPPER_SECTION = re.compile(r"^(?P<n>\d{1,2})[.)]\s+(?P<title>[^a-zà-ÿ]{6,})$")
#: Longest line taken whole as a heading; a longer numbered line is a heading and its text.
HEADING_MAX = 120
#: Longest title kept in a heading when a numbered line goes on with its text.
TITLE_WORDS = 10

#: Lines that open a numbered unit, for the cleaner (never glued to the line before).
HEADING_START = re.compile(
    r"^\s*(?:(?:" + "|".join(unit.words for unit in UNITS) + r")\s*(?:n°\s*)?(?:\d|premier|1er|"
    r"[IVX]+\b)|[IVX]{1,4}\s*[.)-]\s|[A-H]\s*/\s|\d{1,2}(?:\.\d{1,2})+\.?\s+\S)",
    re.IGNORECASE,
)


@dataclass
class Heading:
    """A heading line and its place in the hierarchy.

    ``end`` may stop before the end of its line: a numbered line that goes on with its
    text ("Article 3 – Durée. La convention est conclue…") is a heading, then a paragraph.
    """

    kind: str
    rank: float
    title: str
    number: str
    start: int
    end: int
    short: str = ""


def _depth(number: str) -> int:
    return number.count(".")


def _canonical(number: str) -> str:
    return "1" if number.lower() in ("premier", "première", "1er", "1ère") else number


def _label(word: str, number: str) -> str:
    """'FICHE-ACTION' + '4' -> 'Fiche-action 4'; 'Art.' -> 'Article'."""
    word = " ".join(word.split())
    if re.fullmatch(r"art\.?", word, re.IGNORECASE):
        word = "Article"
    return f"{word[:1].upper()}{word[1:].lower()} {number}"


def numbered(line: str) -> tuple[Heading, int] | None:
    """The numbered unit a line opens, and where its title ends in the line.

    The second value is the length of the heading part: the whole line, or, for a long
    line that goes on with the unit's text, the number and a short title.

    Example:
        >>> heading, _ = numbered("Fiche-action n°4 : Prévention des chutes")
        >>> heading.kind, heading.number, heading.short
        ('fiche', '4', 'Fiche-action 4')
    """
    for unit, pattern in _UNIT_PATTERNS:
        match = pattern.match(line)
        if match:
            number = _canonical(match.group("n"))
            rank = unit.rank + 0.1 * _depth(number)
            heading = Heading(unit.key, rank, title(line), number, 0, 0,
                              _label(match.group("word"), number))
            return heading, _heading_length(line, match.end())
    dotted = _DOTTED.match(line)
    if dotted and not re.match(r"^\d{1,2}\.\d{3}\b", line):  # not "1.250 €"
        number = dotted.group("n")
        length = _heading_length(line, dotted.end())
        heading = Heading("section", CLAUSE + 0.1 * _depth(number), title(line), number,
                          0, 0, short(line[:length], 50) if length > dotted.end() else number)
        return heading, length
    upper = _UPPER_SECTION.match(line)
    if upper and sum(ch.isalpha() for ch in upper.group("title")) >= 5:
        heading = Heading("section", SUBPART, title(line), upper.group("n"), 0, 0,
                          short(line))
        return heading, len(line)
    return None


def _heading_length(line: str, after_number: int) -> int:
    """How much of a numbered line is its heading.

    All of a short line or of a long title; else, for a line that goes on with sentences
    (a long line, or a short one that ends as a sentence of more words than a title
    has: "4.1 Each Party shall host up to four companies per year."), the number and a
    title of a few words ended by a colon, a full stop or a dash.
    """
    rest = line[after_number:]
    sentence = bool(re.search(r"[.!?…;]$", line)) and len(rest.split()) > TITLE_WORDS
    if (len(line) <= HEADING_MAX and not sentence) or not re.search(r"[.!?…](?:\s|$)", rest):
        return len(line)  # a title says no sentence
    end = re.search(r"\s[:–—-]\s|[.:](?=\s)", rest)
    if end and len(rest[: end.start()].split()) <= TITLE_WORDS:
        return after_number + end.end()
    return after_number


def title(line: str) -> str:
    """A heading as shown in section paths: without its closing colon."""
    return re.sub(r"\s*:\s*$", "", line)


def short(text: str, limit: int = 60) -> str:
    """A heading shortened for labels, cut at a word."""
    text = text.strip().rstrip(":").strip()
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + "…"


def title_after_number(line: str) -> str:
    """What a numbered heading says after its number: "Article 6 : Durée" -> "Durée"."""
    for _, pattern in _UNIT_PATTERNS:
        match = pattern.match(line)
        if match:
            return line[match.end():].strip() or line
    return line
