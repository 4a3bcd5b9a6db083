"""Quotable spans of a chunk and what each says: figures of the kind asked, dates, people.

A chunk is cut into spans (sentences, list items, a table row); the answer quotes one.
These readers tell what a span holds for a question: an amount given for the year asked,
a count of the noun asked, the date of the event asked, a person or a body, the cells of
the columns a question names. Answers, the span ranker and the claim checker share them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.figures import MONEY_UNITS, YEAR, YEAR_SPAN, Figure, figures, times, years_of
from assistant.lexical import VOTE, VOTE_TOKEN, tokenize
from assistant.retrieve import BEFORE_NOUN, QueryAnalysis
from assistant.types import Chunk

_MONTH = (
    r"(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)"
)
_DATE = re.compile(
    rf"\b(?:\d{{1,2}}(?:er)?(?:\s+(?:et|au)\s+\d{{1,2}}(?:er)?)?\s+{_MONTH}(?:\s+\d{{4}})?"
    rf"|{_MONTH}\s+\d{{4}})\b|\b\d{{2}}/\d{{2}}/\d{{4}}\b",
    re.IGNORECASE,
)
NUMBER_WORD = r"(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|trente)"
NUMBER_VALUES = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
                  "neuf": 9, "dix": 10}
DURATION = re.compile(
    rf"\b{NUMBER_WORD}\s+(?:ans?|années?|mois|jours?|semaines?|heures?|years?|months?|days?|"
    rf"weeks?)\b",
    re.IGNORECASE,
)
_WHICH_YEAR = re.compile(r"\b(?:quelle année|en quelle année|which year|what year)\b", re.I)
_MONEY_WORDS = re.compile(r"budget|montant|co[uû]t|recettes|dépenses|total|€", re.IGNORECASE)
_ROLE = (r"(?:vice-)?président(?:e)?|directeur|directrice|maire|conseill(?:er|ère)s?|"
         r"délégué(?:e)?|rapporteur|adjoint(?:e)?|secrétaire|chargée?|ministre|responsable")
#: Someone named: "M. Nicolas BODIN", "Christian LAJOUX", "Caroline Cartallier, directrice".
PERSON = re.compile(
    r"\b(?:M\.|Mme|MM\.|Monsieur|Madame)\s+[A-ZÀ-Ý]"
    r"|\b[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?\s+[A-ZÀ-Ý]{2,}\b"
    rf"|\b[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?\s+[A-ZÀ-Ý][a-zà-ÿ]+,?\s+(?:{_ROLE})\b",
)
#: A list within a sentence: "Premiers objectifs : établir …, mettre en place …, assurer …".
INLINE_LIST = re.compile(r"[^:]{3,60}\s:\s*[^,]+,[^,]+,")
#: A table-of-contents line: "AXE 4 : Accélérer l'innovation … ..... 15".
CONTENTS = re.compile(r"\.{4,}\s*\d*\s*$")
#: A body named as the doer: "piloté par l'EPT", "porté par le Pôle", "led by Medicen".
AGENT = re.compile(r"\b(?:par|by)\s+(?:l['’]|le\s+|la\s+|les\s+|son\s+|sa\s+|the\s+)?"
                    r"[A-ZÀ-Ý]")
#: What comes before the date of a legal text: "la loi 2000-321 du ", "décret n°… du ".
_LEGAL = re.compile(r"\b(?:loi|décret|ordonnance|arrêté|circulaire|règlement)\b[^.;:]*\bdu\s+$",
                    re.IGNORECASE)
@dataclass(frozen=True)
class Evidence:
    """A quotable span inside a retrieved chunk: a sentence, list item or table row.

    ``score`` is the ranker's probability that the answer is there; ``coverage`` the
    share of the question it says (with its neighbourhood); ``fits`` whether it holds
    what a figure question asks; ``features`` what the ranker read of it.
    """

    chunk: Chunk
    start: int
    end: int
    text: str
    coverage: float
    score: float
    fits: bool = True
    chunk_coverage: float = 0.0
    covered: frozenset[frozenset[str]] = frozenset()
    features: tuple[float, ...] = ()


#: What answers a question of each kind ``QueryAnalysis.asks`` names: a reason, a rule
#: that allows or binds, a frequency, a place.
ANSWER_CUES = {
    "why": re.compile(
        r"\b(?:car|parce\s+qu|en\s+raison|du\s+fait|afin\s+d|pour\s+permettre|s['’]explique|"
        r"grâce\s+à|compte\s+tenu|considérant|vu\s+que|étant\s+donné|because|due\s+to|"
        r"owing\s+to|so\s+that|in\s+order\s+to|as\s+a\s+result|reason|since)", re.I),
    "yes_no": re.compile(
        r"\b(?:peut|peuvent|pourra|pourront|doit|doivent|devra|devront|autoris|interdit|"
        r"possible|exclu|ne\s+(?:peut|pas)|may|can|cannot|must|shall|allowed|prorog|"
        r"renouvel|not)\w*", re.I),
    "often": re.compile(
        r"\b(?:\d+|une|deux|trois|quatre|six|douze)\s+fois\b|\bpar\s+(?:an|mois|semaine|"
        r"trimestre|semestre)\b|\bchaque\s+(?:année|mois|semaine|trimestre)|\b(?:annuel|"
        r"mensuel|trimestriel|semestriel|hebdomadaire)|\b(?:times?|per|every|each)\s+(?:year|"
        r"month|week|quarter)|\b(?:annual|monthly|weekly|quarterly)", re.I),
    "where": re.compile(
        r"\b(?:à|au|aux|en|dans|at|in)\s+(?:la\s+|le\s+|l['’])?[A-ZÀ-Ý][\w'’-]+|\b(?:salle|"
        r"siège|locaux|mairie|hôtel|premises|room)\b"),
}
def figure_years(text: str, figure: Figure) -> set[str]:
    """The years a figure is given for.

    That is the year (or range) written last before it, or one written right after it
    ("82 M€ entre 2020 et 2022"), or, when none comes before, the first one after it in
    its sentence ("45 000 € sous forme d'une subvention pour l'année 2024").
    """
    before = [m for m in YEAR_SPAN.finditer(text) if m.end() <= figure.start]
    years = years_of(before[-1]) if before else set()
    after = text[figure.end : figure.end + 30]
    for match in YEAR_SPAN.finditer(after):
        years |= years_of(match)
    if not years:
        sentence = re.split(r"[.;!?]\s", text[figure.end :], maxsplit=1)[0]
        first = YEAR_SPAN.search(sentence)
        years = years_of(first) if first else set()
    return years


def span_fits(analysis: QueryAnalysis, text: str, chunk: Chunk) -> bool:
    """Whether a span holds a figure of the kind asked: a date, a count, an amount, dated."""
    if analysis.wants_duration:
        return bool(DURATION.search(text))
    if analysis.wants_time:
        return bool(times(text))
    if analysis.wants_share:
        return any(f.unit == "%" for f in figures(text))
    if analysis.wants_date and not analysis.counted and not analysis.wants_amount:
        if analysis.event and not analysis.event & set(tokenize(f"{chunk.label} {text}")):
            return False  # the date of a meeting does not say when the convention was signed
        return bool(dates_in(text) or (_WHICH_YEAR.search(analysis.text) and YEAR.search(text)))
    if chunk.kind == "table_row" and chunk.cells:
        headers = " ".join(column for column, _ in chunk.cells)
        if not any(re.search(r"\d", value) for _, value in chunk.cells):
            return False
        if analysis.counted and not set(tokenize(f"{headers} {chunk.label}")) & analysis.counted \
                and not named_cells(analysis, chunk):  # "combien d'élus présents": Présents
            return False
        if analysis.wants_amount and not _MONEY_WORDS.search(f"{headers} {chunk.text}"):
            return False
        if analysis.years:
            where = f"{chunk.context} {headers} {chunk.text}"
            covered = set().union(*(years_of(m) for m in YEAR_SPAN.finditer(where)))
            return bool(covered & set(analysis.years))
        return True
    if VOTE_TOKEN in frozenset().union(*analysis.concepts):
        # A vote is told by its count ("Pour : 102"), whatever the year asked.
        return VOTE.search(text) is not None
    candidates = [f for f in figures(text) if not is_year(f)]
    if analysis.counted:
        voted = frozenset({VOTE_TOKEN}) & frozenset().union(*analysis.concepts)
        return counts(text, analysis.counted | voted)
    if analysis.wants_amount:
        candidates = [f for f in candidates if f.unit in MONEY_UNITS]
    if analysis.years:
        candidates = [f for f in candidates if figure_years(text, f) & set(analysis.years)]
    return bool(candidates or (analysis.wants_date and dates_in(text)))


def named_cells(analysis: QueryAnalysis, chunk: Chunk) -> list[tuple[str, str]]:
    """The cells of a row whose column the question names.

    The row's own title is no such column, and words of the document's title or headings
    ("Paris Région 2020-2022") do not name one. The question's own words name columns
    first ("budget" names "Budget Région", not "Enveloppe globale" that its synonyms
    would); its synonyms and translations only when its own words name none ("envelope").
    """
    context = set(tokenize(chunk.context))
    label = set(tokenize(chunk.label))
    for concepts in (analysis.primary or analysis.concepts, analysis.concepts):
        found = [
            (column, value) for column, value in chunk.cells
            if column and any((set(tokenize(column)) - context) & concept for concept in concepts)
            and not set(tokenize(column)) <= label
        ]
        if found:
            return found
    return []


def dates_in(text: str) -> list[str]:
    """The dates a text gives, without those that only name a law ("loi … du 12 avril 2000")."""
    return [
        match.group(0) for match in _DATE.finditer(text)
        if not _LEGAL.search(text[max(0, match.start() - 40) : match.start()])
    ]


def answering_figures(analysis: QueryAnalysis, text: str) -> list[Figure]:
    """The figures of a text that can answer: counts of the noun asked, money, the year."""
    found = [f for f in figures(text) if not is_year(f)]
    if analysis.wants_share:
        found = [f for f in found if f.unit == "%"] or found
    if analysis.counted:
        counted = [f for f in found if counted_by(text, f, analysis.counted)]
        found = counted or found
    elif analysis.wants_amount:
        found = [f for f in found if f.unit in MONEY_UNITS] or found
    if analysis.years:
        found = [f for f in found if figure_years(text, f) & set(analysis.years)] or found
    return found


def counts(text: str, noun: frozenset[str]) -> bool:
    """Whether the text gives a number of ``noun`` (tokens): "420 entreprises", "Pour : 45"."""
    return any(counted_by(text, figure, noun) for figure in figures(text))


def counted_by(text: str, figure: Figure, noun: frozenset[str]) -> bool:
    """Whether ``figure`` counts ``noun``: the word after it, or the label before "… : N"."""
    if figure.unit:
        return False
    following = re.match(rf"\s+(?:de\s+|d['’])?(?:{BEFORE_NOUN}\s+)?([\w’'-]+)", text[figure.end :],
                         re.IGNORECASE)
    if following and set(tokenize(following.group(1))[:1]) & noun:
        return True
    label = re.search(r"([\w’'* -]{2,80}):\s*$", text[max(0, figure.start - 82) : figure.start])
    if label and set(tokenize(label.group(1) + " :1")) & noun:
        return True
    # "sélection des lauréats (environ 5)"
    aside = re.search(r"([\w’'-]+)\s*\((?:environ|about|around|soit)?\s*$",
                      text[max(0, figure.start - 60) : figure.start], re.IGNORECASE)
    return bool(aside and set(tokenize(aside.group(1))) & noun)


def is_year(figure: Figure) -> bool:
    """Whether a figure is a bare year ("2024"), not a quantity."""
    return not figure.unit and YEAR.fullmatch(figure.text) is not None


