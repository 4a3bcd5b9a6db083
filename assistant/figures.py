"""French (and English) figures: amounts, percentages, counts, years; parse, normalise, compare.

Figures are quoted as the document writes them ("7 500 € HT", "6.600€ TTC", "0,3"); the
parsed value is for comparing ("7 500" == "7500" == "7.500").
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from text_to_num import text2num

_NUMBER = r"\d{1,3}(?:[ .\u202f\u00a0]\d{3})+(?:,\d+)?(?!\d)|\d+(?:,\d+)?"
_UNIT = (
    r"k€|K€|M€|m€|€|%|millions? d['’]euros|milliards? d['’]euros|euros?|EUR|"
    r"\$|millions?|milliards?"
)
#: Numbers written in words, alone or compound: "dix hôpitaux", "dix-huit projets",
#: "vingt et un membres", "deux cent cinquante places" (their value read by text2num).
_FR_WORD = (r"(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|"
            r"quinze|seize|vingts?|trente|quarante|cinquante|soixante|cents?|mille)")
_FR_SPELLED = (rf"{_FR_WORD}(?:(?:-et-|\s+et\s+(?=(?:une?|onze)\b)|[-\s])"
               rf"(?:{_FR_WORD}|une?(?![\w-])))*")
FIGURE = re.compile(
    rf"(?<![\w/])(?<![^\W\d_]\+)(?<![^\W\d_]\+\s)(?P<number>{_NUMBER}|(?<!-)(?i:{_FR_SPELLED})(?![\w-]))"
    rf"(?:\s?(?P<unit>{_UNIT}))?(?:\s?(?P<qualifier>HT|TTC)\b)?"
)
YEAR = re.compile(r"(?<![\d,.])(?:19|20)\d{2}(?!\d|,\d)")
#: A year or a span of years: "2024", "2020-2022", "2025 à 2027".
YEAR_SPAN = re.compile(r"\b((?:19|20)\d{2})(?:\s*[-–/à]\s*((?:19|20)\d{2}))?\b")


def years_of(match: re.Match[str]) -> set[str]:
    """The years a ``YEAR_SPAN`` match covers: "2020-2022" -> 2020, 2021, 2022."""
    first, last = match.group(1), match.group(2) or match.group(1)
    return {str(year) for year in range(int(first), int(last) + 1)}


def years_in(text: str) -> set[str]:
    """Every year a text gives, alone or within a span ("2020-2022" gives three)."""
    return {year for match in YEAR_SPAN.finditer(text) for year in years_of(match)}


@dataclass(frozen=True)
class Figure:
    """A number as written in a text, with its unit and HT/TTC qualifier when present."""

    text: str
    value: float
    unit: str
    qualifier: str
    start: int
    end: int

    @property
    def is_amount(self) -> bool:
        """Whether the figure is money or a percentage (not a bare count or a year)."""
        return bool(self.unit)


def parse_number(text: str) -> float:
    """'7 500' -> 7500, '5.500' -> 5500, '0,3' -> 0.3, '180 000.' -> 180000, 'dix-huit' -> 18."""
    if text[:1].isalpha():
        return spelled(text, "fr")
    cleaned = re.sub(r"[ .\u202f\u00a0](?=\d{3}(?!\d))", "", text.strip().rstrip("."))
    return float(cleaned.replace(",", "."))


def _unit(raw: str | None) -> str:
    if not raw:
        return ""
    raw = raw.lower()
    if raw in ("k€",):
        return "k€"
    if raw in ("m€",) or raw.startswith("million"):
        return "M€" if "euro" in raw or raw == "m€" else "million"
    if raw.startswith("milliard"):
        return "Md€"
    if raw == "%":
        return "%"
    return "€"


def figures(text: str) -> list[Figure]:
    """Every figure of a text, in order (years included, with no unit)."""
    return list(_figures(text))


@lru_cache(maxsize=1 << 15)
def _figures(text: str) -> tuple[Figure, ...]:
    out = []
    for match in FIGURE.finditer(text):
        number = match.group("number")
        out.append(
            Figure(
                text=match.group(0).strip(),
                value=parse_number(number),
                unit=_unit(match.group("unit")),
                qualifier=(match.group("qualifier") or "").upper(),
                start=match.start(),
                end=match.start() + len(match.group(0).rstrip()),
            )
        )
    return tuple(out)


def normalise(text: str) -> str:
    """Lower case, thousands separators and spaces before units removed, spaces collapsed."""
    text = text.lower().replace("\u00a0", " ").replace("\u202f", " ")
    text = re.sub(r"(?<=\d)[ .](?=\d{3}(?!\d))", "", text)
    text = re.sub(r"\s+", " ", text)
    return re.sub(r"\s+(?=[€%])", "", text).strip()


def mentions(expected: str, text: str) -> bool:
    """Whether ``text`` states the figure ``expected`` (same number, unit and qualifier).

    Example:
        >>> mentions("6.600€ TTC", "ramené à 5.500 € HT soit 6 600 € TTC")
        True
    """
    wanted = normalise(expected)
    return re.search(rf"(?<![\d,.]){re.escape(wanted)}(?![\d])", normalise(text)) is not None


# -- quantities: figures read for checking a claim ----------------------------------------

#: Kinds of quantities: money (in euros), a percentage, a count (with the noun it counts),
#: a year, a date, a time of day (in minutes after midnight), an ordinal ("4ème
#: édition"), or a bare number.
QuantityKind = Literal["money", "percent", "count", "year", "date", "time", "ordinal",
                       "number"]
MONEY_UNITS = ("€", "k€", "M€", "Md€")
_SCALE = {"€": 1.0, "k€": 1e3, "M€": 1e6, "Md€": 1e9}
MONTHS = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12, "january": 1, "february": 2, "march": 3, "april": 4,
    "may": 5, "june": 6, "july": 7, "august": 8, "september": 9, "october": 10,
    "november": 11, "december": 12,
}
#: Numbers written in English words, as claims in English write them: "ten hospitals",
#: "twenty-one partners", "one hundred and twenty beds" (a lone "one" is not read).
_EN_WORD = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
            r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
            r"sixty|seventy|eighty|ninety|hundred|thousand)")
_EN_SPELLED = rf"{_EN_WORD}(?:(?:-|\s+and\s+(?={_EN_WORD})|\s)(?:{_EN_WORD}))*"


def spelled(text: str, lang: str) -> float:
    """The value of a number written in words ("dix-huit" -> 18, "twenty-one" -> 21).

    Words that do not make one number ("deux trois") give the value of the longest
    leading part that does.
    """
    words = text.lower().replace("-", " ").split()
    for size in range(len(words), 0, -1):
        try:
            return float(text2num(" ".join(words[:size]), lang))
        except ValueError:
            continue
    raise ValueError(f"not a number written in words: {text!r}")


#: Ordinals written in words ("la quatrième édition", "the fourth edition").
#: "premier", "first", "second" are left out: mostly they rank nothing ("une grande
#: première", "second semestre").
ORDINAL_WORDS = {
    "deuxième": 2, "troisième": 3, "quatrième": 4, "cinquième": 5, "sixième": 6,
    "septième": 7, "huitième": 8, "neuvième": 9, "dixième": 10, "third": 3, "fourth": 4,
    "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
}
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:er|st|nd|rd|th)?"
_DATE_PATTERNS = (
    # "27 décembre 2019", "1er septembre 2017", "10 et 11 octobre 2024", "15-16 mai 2024"
    re.compile(
        rf"(?<![\w,.])(?P<day>{_DAY})(?:\s*(?:et|au|-|–|and|to)\s*(?P<day2>{_DAY}))?\s+"
        rf"(?P<month>{_MONTH_NAMES})(?:,?\s+(?P<year>(?:19|20)\d{{2}}))?\b",
        re.IGNORECASE,
    ),
    # "December 27, 2019", "June 18"
    re.compile(
        rf"\b(?P<month>{_MONTH_NAMES})\s+(?P<day>{_DAY})(?:,?\s+(?P<year>(?:19|20)\d{{2}}))?"
        r"(?![\d])",
        re.IGNORECASE,
    ),
    # "décembre 2018", "in October 2017"
    re.compile(rf"\b(?P<month>{_MONTH_NAMES})\s+(?P<year>(?:19|20)\d{{2}})\b", re.IGNORECASE),
    # "13/03/2024"
    re.compile(r"(?<![\d/])(?P<day>[0-3]?\d)/(?P<month>[01]?\d)/(?P<year>(?:19|20)\d{2})\b"),
)
_ORDINAL = re.compile(
    r"(?<![\w,.])(?P<n>\d{1,3})\s?(?:<sup>|\^\{)?(?P<suffix>ème|eme|ère|ere|er|re|e|è|th|st|nd|rd)"
    r"(?:</sup>|\})?(?![\w])"
    rf"|\b(?P<word>{'|'.join(ORDINAL_WORDS)})\b",
    re.IGNORECASE,
)
_ENGLISH_NUMBER = re.compile(
    r"(?<![\w/.,])(?P<prefix>€\s?|EUR\s)?(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)"
    r"|\d{1,3}(?:[ .\u202f\u00a0]\d{3})+(?![\d,])|\d+(?:\.\d+)?|"
    rf"(?<!-)(?i:{_EN_SPELLED})(?![\w-]))"
    r"(?:\s?(?P<unit>k€|K€|M€|€|%|million euros|millions? of euros|billion euros|euros?|EUR|"
    r"million|thousand euros|thousand|k\b|m\b|bn\b|per ?cent|percent))?"
)
_QUALIFIER = re.compile(
    r"\s*(?:,\s*)?(?P<q>HT\b|TTC\b|H\.T\.|T\.T\.C\.|hors taxes?|toutes taxes comprises|"
    r"(?:excl(?:uding|\.)?|before|net of|exclusive of)\s+(?:VAT|tax(?:es)?)|pre-tax|"
    r"(?:incl(?:uding|\.)?|inclusive of|with)\s+(?:VAT|tax(?:es)?)|all taxes included)",
    re.IGNORECASE,
)
#: A number that names something rather than counting it: "n°13", "mesure 8", "Article 5".
_NAMING = re.compile(
    r"(?:n°|no\.|numéro|number|mesures?|measures?|articles?|axes?|axis|objectifs?|objectives?|"
    r"annexes?|annex|points?|questions?|rapports?|report|délibérations?|commission|décret|"
    r"arrêté|loi|règlement|version|tome|page|p\.)\s*(?:n°\s*)?"
    r"(?:\d+\s*(?:à|au|-|–|et|to|and)\s*)?$",
    re.IGNORECASE,
)
#: Words between a number and the noun it counts ("45 voix", "420 entreprises").
_NOUN_AFTER = re.compile(
    r"[ \u00a0\u202f]*(?:\*\s*)?(?:de\s+|d['’]\s*|des\s+|of\s+)?(?P<noun>[A-Za-zÀ-ÿ][\w’'²³-]*)"
)
#: Words that can follow a number without saying what it counts.
_NOT_NOUNS = frozenset(
    "à a au aux et ou en le la les du un une soit dont sur par pour avec dans entre contre "
    "est sont the and or in on at to for of by with from is are was were".split()
)
#: "Pour : 45", "Membres du Conseil de Communauté en exercice : 123".
_LABEL_BEFORE = re.compile(r"(?P<label>[A-Za-zÀ-ÿ][\w’'* ()-]{0,80}?)\s*\*?\s*:\s*$")
#: "un" counts only before a unit of time ("un préavis d'un mois", "one month").
_ONE = re.compile(
    r"\b(?P<number>un|une|one)\s+(?P<noun>mois|ans?|années?|jours?|semaines?|months?|years?|"
    r"days?|weeks?)\b",
    re.IGNORECASE,
)
#: A time of day: "18h00", "20h58", "9h", "18 h 30", "18:00", "6 pm", "8:58 p.m.".
_TIME = re.compile(
    r"(?<![\w,.:])(?P<hour>[01]?\d|2[0-3])(?:\s?h\s?(?P<minute>[0-5]\d)?(?![\w])"
    r"|:(?P<minute2>[0-5]\d)(?:\s?(?P<half>[ap])\.?m\b)?(?![\d])"
    r"|\s?(?P<half2>[ap])\.?m\b)",
    re.IGNORECASE,
)
#: Modifiers that make a figure approximate or a bound ("plus de 420", "près de 214 M€").
_APPROXIMATE = re.compile(
    r"(?:plus de|près de|environ|quelque|au moins|moins de|jusqu['’]à|more than|over|about|"
    r"around|nearly|almost|up to|at least|some)\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Quantity:
    """A figure of a text read for comparison, with what it qualifies and where it is.

    ``value`` is in base units: euros for money (``45 k€`` is 45000), the number for a
    count or a percentage, ``year * 10000 + month * 100 + day`` for a date (0 for what
    the date does not say), the rank for an ordinal. ``noun`` is the word a count or an
    ordinal comes with ("voix", "édition"), or the label before it ("Pour : 45" -> "Pour").
    """

    text: str
    kind: QuantityKind
    value: float
    start: int
    end: int
    qualifier: str = ""
    noun: str = ""
    approximate: bool = False

    @property
    def year(self) -> int:
        """The year of a date or a year (0 when it has none)."""
        if self.kind == "year":
            return int(self.value)
        return int(self.value) // 10000 if self.kind == "date" else 0

    @property
    def month_day(self) -> tuple[int, int]:
        """Month and day of a date ((0, 0) otherwise)."""
        if self.kind != "date":
            return 0, 0
        rest = int(self.value) % 10000
        return rest // 100, rest % 100

    def same_value(self, other: Quantity) -> bool:
        """Whether two quantities state the same value (dates: every part both say)."""
        if self.kind == "date" or other.kind == "date":
            return _same_date(self, other)
        if self.kind == "ordinal" or other.kind == "ordinal":
            return self.kind == other.kind and self.value == other.value
        return math.isclose(self.value, other.value, rel_tol=1e-9, abs_tol=1e-9)


def rounded(found: Quantity, claimed: Quantity) -> bool:
    """Whether ``found`` is ``claimed`` written with fewer decimals ("24 M€" for 23,6 M€).

    Only for amounts in millions or thousands, whose decimals say how precise they are.

    Example:
        >>> rounded(quantities("24 M€")[0], quantities("23,6 M€")[0])
        True
    """
    written = re.search(r"(\d+)(?:[,.](\d+))?\s*(?:M€|k€|K€|millions?|milliards?|thousand)",
                        found.text)
    if found.kind != "money" or claimed.kind != "money" or not written:
        return False
    number = float(f"{written.group(1)}.{written.group(2) or 0}")
    if not number:
        return False
    step = found.value / number * 10 ** -len(written.group(2) or "")
    return found.value != claimed.value and abs(found.value - claimed.value) <= step / 2


def _same_date(a: Quantity, b: Quantity) -> bool:
    if a.kind == "year" or b.kind == "year":
        return bool(a.year and b.year) and a.year == b.year
    if a.kind != "date" or b.kind != "date":
        return False
    (month_a, day_a), (month_b, day_b) = a.month_day, b.month_day
    parts = [(a.year, b.year), (month_a, month_b), (day_a, day_b)]
    return all(x == y for x, y in parts if x and y) and month_a == month_b


def qualifier_of(text: str) -> str:
    """"HT" or "TTC" for the tax qualifier at the start of ``text`` ("" if none)."""
    match = _QUALIFIER.match(text)
    if not match:
        return ""
    word = match.group("q").lower().replace(".", "")
    if word in ("ht", "hors taxe", "hors taxes", "pre-tax") or re.match(
        r"(?:excl|before|net of|exclusive)", word
    ):
        return "HT"
    return "TTC"


def tax_asked(text: str) -> str:
    """The tax qualifier a question or claim names anywhere: "HT", "TTC" or "".

    Example:
        >>> tax_asked("What was the fee, excluding VAT?")
        'HT'
    """
    for word in re.finditer(r"(?<!\w)(?=\w)", text):
        qualifier = qualifier_of(text[word.start():])
        if qualifier:
            return qualifier
    return ""


def money_value(figure: Figure) -> float:
    """A money figure in euros: '45 k€' -> 45000, '82 M€' -> 82e6, '7 500 €' -> 7500."""
    return figure.value * _SCALE.get(figure.unit, 1.0)


def _english_value(number: str) -> float:
    if number[:1].isalpha():
        return spelled(number, "en")
    return float(re.sub(r"[,\s]|\.(?=\d{3}(?!\d))", "", number))


def _noun_after(text: str, end: int) -> str:
    match = _NOUN_AFTER.match(text, end)
    if not match or match.start("noun") - end > 8 or match.group("noun").lower() in _NOT_NOUNS:
        return ""
    return match.group("noun").replace("²", "2").replace("³", "3")


def _label_before(text: str, start: int) -> str:
    line_start = max(text.rfind("\n", 0, start), text.rfind("\t", 0, start)) + 1
    match = _LABEL_BEFORE.search(text[line_start:start])
    return match.group("label").strip() if match else ""


def dates(text: str) -> list[Quantity]:
    """Every date of a text: '27 décembre 2019', 'June 25, 2018', '13/03/2024', 'octobre 2017'.

    Example:
        >>> [d.value for d in dates("publiée le 27 décembre 2019, signée le 1er juin")]
        [20191227.0, 601.0]
    """
    out: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            groups = match.groupdict()
            month_word = groups["month"]
            month = int(month_word) if month_word.isdigit() else MONTHS[month_word.lower()]
            if not 1 <= month <= 12:
                continue
            day_text = groups.get("day") or ""
            day = int(re.sub(r"\D", "", day_text)) if day_text else 0
            year = int(groups["year"]) if groups.get("year") else 0
            out.append(Quantity(match.group(0), "date", float(year * 10000 + month * 100 + day),
                                match.start(), match.end()))
            taken.append((match.start(), match.end()))
    return sorted(out, key=lambda q: q.start)


def times(text: str) -> list[Quantity]:
    """Every time of day of a text, as minutes after midnight.

    Example:
        >>> [(t.text, t.value) for t in times("ouverte à 18h00 et levée à 20h58")]
        [('18h00', 1080.0), ('20h58', 1258.0)]
        >>> [t.value for t in times("from 6 pm until 8:58 pm")]
        [1080.0, 1258.0]
    """
    out = []
    for match in _TIME.finditer(text):
        hour = int(match.group("hour"))
        minute = int(match.group("minute") or match.group("minute2") or 0)
        half = (match.group("half") or match.group("half2") or "").lower()
        if half == "p" and hour < 12:
            hour += 12
        elif half == "a" and hour == 12:
            hour = 0
        out.append(Quantity(match.group(0), "time", float(hour * 60 + minute),
                            match.start(), match.end()))
    return out


def quantities(text: str, lang: str = "fr") -> list[Quantity]:
    """Every figure of a text read for comparison: money, percentages, counts, years, dates.

    French numbers are read as the documents write them ("7 500", "7.500", "10.000",
    "0,3"); with ``lang="en"``, "7,500" and "€45k" are read the English way. Numbers that
    name rather than count ("mesure 8", "n°13", "Article 5") and identifiers are left out.

    Example:
        >>> [(q.kind, q.value, q.qualifier) for q in quantities("7 500 € HT soit 9000 € TTC")]
        [('money', 7500.0, 'HT'), ('money', 9000.0, 'TTC')]
        >>> [(q.kind, q.value, q.noun) for q in quantities("Pour : 45")]
        [('count', 45.0, 'Pour')]
    """
    found = dates(text)
    taken = [(q.start, q.end) for q in found]

    def free(start: int, end: int) -> bool:
        return not any(start < e and s < end for s, e in taken)

    for time in times(text):
        if free(time.start, time.end):
            found.append(time)
            taken.append((time.start, time.end))

    for match in _ONE.finditer(text):  # "un mois", "one month": a duration of one
        if free(match.start(), match.end("number")):
            found.append(Quantity(match.group("number"), "count", 1.0, match.start(),
                                  match.end("number"), noun=match.group("noun")))
            taken.append((match.start(), match.end("number")))
    for match in _ORDINAL.finditer(text):
        if not free(match.start(), match.end()):
            continue
        if match.group("word"):
            if lang == "fr" and match.group("word").lower() == "third":
                continue
            rank = ORDINAL_WORDS[match.group("word").lower()]
        else:
            if match.group("suffix").lower() in ("e", "è") and lang == "en":
                continue
            rank = int(match.group("n"))
        found.append(Quantity(match.group(0), "ordinal", float(rank), match.start(),
                              match.end(), noun=_noun_after(text, match.end())))
        taken.append((match.start(), match.end()))
    numbers = _english_numbers(text) if lang == "en" else [
        (f.start, f.end, f.value, f.unit, f.qualifier, f.text) for f in figures(text)
    ]
    for start, end, value, unit, qualifier, written in numbers:
        if not free(start, end) or _names(text, start, end):
            continue
        if not qualifier:
            qualifier = qualifier_of(text[end:])
            tax = _QUALIFIER.match(text, end) if qualifier else None
            if tax:
                end = tax.end()
                written = text[start:end]
        approximate = bool(_APPROXIMATE.search(text[max(0, start - 20) : start]))
        if unit in MONEY_UNITS:
            found.append(Quantity(written, "money", value * _SCALE[unit], start, end, qualifier,
                                  approximate=approximate))
        elif unit == "%":
            found.append(Quantity(written, "percent", value, start, end,
                                  approximate=approximate))
        elif unit in ("million", "thousand"):
            scale = 1e6 if unit == "million" else 1e3
            noun = _noun_after(text, end)
            if not noun and any(q.kind == "money" and q.end <= start for q in found):
                # "25 millions d'euros de budget, pour une enveloppe de 47 millions": the
                # unit of the amount before carries over to a bare "millions"
                found.append(Quantity(written, "money", value * scale, start, end, qualifier,
                                      approximate=approximate))
                continue
            found.append(Quantity(written, "count", value * scale, start, end,
                                  noun=noun, approximate=approximate))
        elif YEAR.fullmatch(written) and not _noun_after(text, end).lower().startswith(
            ("€", "euro")
        ):
            found.append(Quantity(written, "year", value, start, end))
        else:
            noun = _noun_after(text, end) or _label_before(text, start)
            kind: QuantityKind = "count" if noun else "number"
            found.append(Quantity(written, kind, value, start, end, noun=noun,
                                  approximate=approximate))
    return sorted(found, key=lambda q: q.start)


def _names(text: str, start: int, end: int) -> bool:
    """Whether the number at text[start:end] names something rather than counts.

    An identifier, a unit number, a list marker ("1. Décide…") or a note call ("P (2)").
    """
    before = text[max(0, start - 30) : start]
    if _NAMING.search(before):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    if not text[line_start:start].strip(" -•*") and re.match(r"[.)]\s", text[end : end + 2]):
        return True
    if text[start - 1 : start] == "(" and text[end : end + 1] == ")" and end - start <= 2:
        return True
    if re.search(r"\b[A-Z]{2,5} $", before) and not YEAR.fullmatch(text[start:end]):
        return True  # part of a name: "la CCI 94", "l'ARS 75"
    token_start = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    token = text[token_start : end + 12].split(" ")[0]
    return bool(re.search(r"n°|_|\d/\d|[A-Za-z]\d", token))


def _english_numbers(text: str) -> list[tuple[int, int, float, str, str, str]]:
    """(start, end, value, unit, qualifier, text) of the numbers of an English text."""
    out = []
    for match in _ENGLISH_NUMBER.finditer(text):
        if match.group("number").lower() == "one":
            continue  # "one of the partners": an article more often than a count
        value = _english_value(match.group("number"))
        unit_text = (match.group("unit") or "").lower().strip()
        prefix = (match.group("prefix") or "").strip()
        if unit_text in ("k€", "k") and (prefix or unit_text == "k€"):
            unit = "k€"
        elif unit_text in ("m€", "million euros", "million of euros", "millions of euros") or (
            prefix and unit_text in ("m", "million")
        ):
            unit = "M€"
        elif unit_text == "billion euros" or (prefix and unit_text == "bn"):
            unit = "Md€"
        elif unit_text == "thousand euros":
            value, unit = value * 1000, "€"
        elif unit_text in ("€", "euro", "euros", "eur") or prefix:
            unit = "€"
        elif unit_text in ("%", "per cent", "percent", "percent"):
            unit = "%"
        elif unit_text in ("million", "thousand"):
            unit = unit_text
        else:
            unit = ""
        end = match.end() if unit else match.end("number")
        qualifier = qualifier_of(text[end:])
        if qualifier:
            tax = _QUALIFIER.match(text, end)
            end = tax.end() if tax else end
        out.append((match.start(), end, value, unit, qualifier, text[match.start() : end]))
    return out
