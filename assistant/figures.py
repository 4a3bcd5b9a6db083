"""French (and English) figures: amounts, percentages, counts, years; parse, normalise, compare.

Figures are quoted as the document writes them ("7 500 € HT", "6.600€ TTC", "0,3"); the
parsed value is for comparing ("7 500" == "7500" == "7.500").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NUMBER = r"\d{1,3}(?:[ .\u202f\u00a0]\d{3})+(?:,\d+)?(?!\d)|\d+(?:,\d+)?"
_UNIT = (
    r"k€|K€|M€|m€|€|%|millions? d['’]euros|milliards? d['’]euros|euros?|EUR|"
    r"\$|millions?|milliards?"
)
#: Numbers written in words, as in "dix hôpitaux".
WORDS = {
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
    "seize": 16, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    "cent": 100, "mille": 1000,
}
FIGURE = re.compile(
    rf"(?<![\w/])(?P<number>{_NUMBER}|(?i:{'|'.join(WORDS)})(?=\s))"
    rf"(?:\s?(?P<unit>{_UNIT}))?(?:\s?(?P<qualifier>HT|TTC)\b)?"
)
YEAR = re.compile(r"(?<![\d,.])(?:19|20)\d{2}(?!\d|,\d)")


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
    """'7 500' -> 7500, '5.500' -> 5500, '0,3' -> 0.3, '180 000.' -> 180000, 'dix' -> 10."""
    if text.lower() in WORDS:
        return float(WORDS[text.lower()])
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
    return out


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
