"""Title, issuer, date and type of a document that has no manifest entry, read from its text.

Administrative documents open with what is not their title: "RÉPUBLIQUE FRANÇAISE", a
prefecture's acknowledgement-of-receipt stamp, "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS",
the issuing body's name, a page header. The title is the object of a deliberation
("Objet : …"), the first Markdown H1, or the line that names the document's kind
("CONVENTION DE PARTENARIAT …", "Contrat local de santé …", "Feuille de route …").
"""

from __future__ import annotations

import re
from pathlib import Path

from assistant.figures import MONTHS
from assistant.types import DocumentMeta

#: Lines that are never a title: the Republic's motto, stamps, registers, page marks,
#: attendance and legal visas.
_NOT_TITLE = re.compile(
    r"^(?:r[ée]publique\s+fran[çc]aise|libert[ée]\W+[ée]galit[ée]|extrait\s+du\s+(?:registre|"
    r"proc[èe]s)|accus[ée]\s+de\s+r[ée]ception|envoy[ée]\s+en\s+pr[ée]fecture|re[çc]u\s+en\s+"
    r"pr[ée]fecture|publi[ée]\s+le|affich[ée]\s+le|id\s*:|identifiant|date\s+de\s+(?:la\s+)?"
    r"(?:convocation|t[ée]l[ée]transmission|r[ée]ception|publication)|nombre\s+de|membres?\s+"
    r"en\s+exercice|pr[ée]sents?\b|votants?\b|certifi[ée]|page\s*\d|sommaire|table\s+des|"
    r"d[ée]partement\s+d|arrondissement|vu\b|consid[ée]rant|r[ée]f[ée]rence|réf\.|n°\s*rna|"
    r"siret|version|confidentiel|document\s+de\s+travail|mise\s+à\s+jour|www\.|https?:|"
    r"communiqu[ée]\s+de\s+presse\s*$|press\s+release\s*$|le\s+pr[ée]sident|la\s+pr[ée]sidente|"
    r"s[ée]ance\b|rubrique|temps\s+de\s+lecture|abonn[ée]s|accueil\b|[ée]dition\b|mis\s+[àa]\s+jour|"
    r"par\s+[A-ZÀ-Ý][\w-]+\s+[A-ZÀ-Ý][\w-]+\b|dossier\s+suivi|direction\b|service\b|"
    r"[^:]{3,80}:\s*\d+\s*$)",
    re.IGNORECASE,
)
#: Words that say what kind of document a line titles, by type.
_KINDS: tuple[tuple[str, str], ...] = (
    ("avenant", r"\bavenants?\b|\bamendments?\b"),
    ("délibération", r"\bd[ée]lib[ée]rations?\b|\bresolutions?\b"),
    ("contrat local de santé", r"\bcontrat\s+local\s+de\s+sant[ée]\b|\bCLS\b"),
    ("appel à projets", r"\bappel\s+[àa]\s+(?:projets?|manifestation|candidatures?)\b|"
     r"\bcall\s+for\s+(?:projects|proposals)\b|\bcahier\s+des\s+charges\b|\br[èe]glement\s+"
     r"(?:de\s+l['’]appel|du\s+concours)"),
    ("convention", r"\bconvention\b|\bagreement\b|\bmemorandum\b|\bprotocole\b|\bcharte\b"),
    ("stratégie", r"\bstrat[ée]gie\b|\bfeuille\s+de\s+route\b|\bplan\s+(?:r[ée]gional|"
     r"d[ée]partemental|d['’]actions?)\b|\bprogramme\b|\bschéma\b|\bstrategy\b|\broadmap\b"),
    ("rapport d'activité", r"\brapport\s+(?:annuel|d['’]activit[ée]s?)\b|\bannual\s+report\b|"
     r"\bbilan\s+d['’]activit[ée]"),
    ("communiqué de presse", r"\bcommuniqu[ée]\s+de\s+presse\b|\bpress\s+release\b"),
)
#: What a press article shows around its headline: a byline, a reading time, a rubric.
_PRESS = re.compile(
    r"(?m)^\s*(?:par\s+[A-ZÀ-Ý][\w-]+\s+[A-ZÀ-Ý][\w-]+\s*$|temps\s+de\s+lecture|rubrique\s*:|"
    r"lire\s+aussi|publi[ée]\s+le\s+[^\n]*\s[àa]\s+\d{1,2}\s*h|mis\s+[àa]\s+jour\s+le|by\s+[A-Z]\w+\s+"
    r"[A-Z]\w+\s*$)",
    re.IGNORECASE,
)
#: Words that open a line of a kind ("CONVENTION DE PARTENARIAT", "Feuille de route …"):
#: a kind named further into a line is what the document speaks of, not what it is.
KIND_WORDS = 5
#: A date that only names a law or a register: "la loi du 1er juillet 1901".
_LEGAL_DATE = re.compile(
    r"\b(?:loi|d[ée]cret|ordonnance|arr[êe]t[ée]|code|circulaire)\b[^.;\n]{0,40}\bdu\s+$",
    re.IGNORECASE)
#: A line that names a body: who issues the document.
_BODY = re.compile(
    r"\b(?:communaut[ée]\s+(?:d['’]agglom[ée]ration|de\s+communes|urbaine)|m[ée]tropole|"
    r"conseil\s+(?:d[ée]partemental|r[ée]gional|communautaire|municipal|territorial)|"
    r"d[ée]partement\s+(?:de|du|des)|r[ée]gion\s+[A-ZÀ-Ý]|agence\s+r[ée]gionale|"
    r"[ée]tablissement\s+public|ville\s+de|commune\s+de|p[ôo]le\s+de\s+comp[ée]titivit[ée]|"
    r"cluster|association|centre\s+hospitalier|groupement|syndicat|university|universit[ée])\b",
    re.IGNORECASE,
)
#: The object of a deliberation: "Objet : …", "Rapport n°13 - …".
_OBJECT = re.compile(r"^\s*(?:objet|rapport\s+n°\s*\d+)\s*[:–—-]\s*(?P<object>\S.{5,})$",
                     re.IGNORECASE | re.MULTILINE)
_DELIBERATION_NUMBER = re.compile(
    r"\bd[ée]lib[ée]ration\s+(?:n°|no\.?|num[ée]ro)\s*(?P<n>[\w./-]*\d[\w./-]*)", re.IGNORECASE)
_DATE = re.compile(
    rf"\b(?P<d>\d{{1,2}})(?:er)?\s+(?P<m>{'|'.join(MONTHS)})\s+(?P<y>(?:19|20)\d{{2}})\b"
    rf"|\b(?P<m2>{'|'.join(MONTHS)})\s+(?P<d2>\d{{1,2}}),\s+(?P<y2>(?:19|20)\d{{2}})\b"
    r"|\b(?P<d3>\d{1,2})/(?P<m3>\d{1,2})/(?P<y3>(?:19|20)\d{2})\b",
    re.IGNORECASE,
)
#: What dates the document itself: a session, a signature, a publication.
_DATED = re.compile(
    r"(?:s[ée]ance\s+(?:publique\s+)?du|r[ée]uni[e]?s?\s+le|fait\s+[àa]\s+[^,\n]{1,40},?\s+le|"
    r"sign[ée]e?s?\s+le|publi[ée]e?\s+le|en\s+date\s+du|dated|signed\s+(?:in\s+[^,\n]{1,40},?\s+)?on)"
    r"\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?$",
    re.IGNORECASE,
)
TITLE_MAX = 160


def infer_meta(text: str, path: Path, raw: str = "") -> DocumentMeta:
    r"""Title, issuer, date and type of a document, read from its text.

    Args:
        text: the cleaned text.
        path: the file (its name is the provenance, and the title of last resort).
        raw: the text before cleaning, where Markdown headings still have their marks.

    Example:
        >>> meta = infer_meta("RÉPUBLIQUE FRANÇAISE\\n\\nObjet : Soutien au cluster", Path("d.txt"))
        >>> meta.title
        'Soutien au cluster'
    """
    head = text[:8000]
    lines = [line.strip() for line in head.splitlines() if line.strip() and "\t" not in line]
    press = _PRESS.search(head[:1500]) is not None
    title = _headline(lines) if press else _title(head, lines, raw)
    # a title names what the document is, unless it is a deliberation's object
    named = "" if press or _OBJECT.search(head) else _kind_of(title)
    doc_type = "article de presse" if press else named or _type(lines, len(text))
    if doc_type == "délibération" and (number := _DELIBERATION_NUMBER.search(head)):
        if number.group("n") not in title:
            title = f"Délibération n°{number.group('n')} — {title}"
    issuer = lines[0] if press and lines else _issuer(lines, title)
    return DocumentMeta(title=title or path.stem, issuer=issuer, date=_date(head),
                        doc_type=doc_type, provenance=path.name)


def _candidate(line: str) -> bool:
    return (12 < len(line) and not _NOT_TITLE.match(line)
            and re.search(r"[A-Za-zÀ-ÿ]{3}", line) is not None and not _DATE.fullmatch(line))


def _kind_of(line: str) -> str:
    """The kind of document a line names among its first words ("Convention de …")."""
    opening = " ".join(line.split()[:KIND_WORDS])
    if re.match(r"^\s*(?:[-•*]|\d+[.)°])", line):
        return ""  # a list item names what a document does, not what it is
    return next((name for name, pattern in _KINDS
                 if re.search(pattern, opening, re.IGNORECASE)), "")


def _title(head: str, lines: list[str], raw: str) -> str:
    subject = _OBJECT.search(head)
    if subject:
        return _clip(subject.group("object"))
    h1 = re.search(r"(?m)^#[ \t]+(?P<title>\S.*?)[ \t#]*$", raw[:4000])
    if h1 and _candidate(_plain(h1.group("title"))) and not _is_body(_plain(h1.group("title"))):
        return _clip(_plain(h1.group("title")))
    for index, line in enumerate(lines[:40]):
        if _candidate(line) and _kind_of(line) or len(line) <= 12 and _kind_of(line) and (
                line.isupper()):
            # an upper-case title goes on over the lines under it ("AVENANT N°1" / "AU
            # CONTRAT LOCAL DE SANTÉ …"), a title over its complement ("relative à …")
            parts = [line]
            for following in lines[index + 1 : index + 3]:
                if (line.isupper() and following.isupper() or following[:1].islower()) and (
                        not _NOT_TITLE.match(following)):
                    parts.append(following)
                else:
                    break
            return _clip(" ".join(parts))
    plain = [line for line in lines if _candidate(line) and len(line) <= TITLE_MAX
             and not line.endswith(".")]
    return next((_clip(line) for line in plain if not _is_body(line)),
                next((_clip(line) for line in plain), ""))


def _headline(lines: list[str]) -> str:
    """A press article's headline.

    That is the first line of several words that is no masthead, byline or standfirst.
    """
    for line in lines[1:20]:
        words = line.split()
        if _candidate(line) and len(words) >= 5 and not line.isupper() and "›" not in line and (
                not line.endswith(".") and len(line) <= TITLE_MAX):
            return _clip(line)
    return next((_clip(line) for line in lines if _candidate(line)), "")


def _is_body(line: str) -> bool:
    """A line that only names a body ("ARDENVAL MÉTROPOLE"): who issues, not what."""
    return len(line.split()) <= 6 and _BODY.search(line) is not None and not _kind_of(line)


def _plain(text: str) -> str:
    return re.sub(r"\*\*|__|[*_`]", "", text).strip()


def _clip(text: str) -> str:
    text = " ".join(text.split()).rstrip(" :")
    return text if len(text) <= TITLE_MAX else text[:TITLE_MAX].rsplit(" ", 1)[0] + "…"


def _type(lines: list[str], length: int) -> str:
    """The kind named by the first line that names one.

    "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS" is a deliberation, "CONVENTION DE PARTENARIAT"
    a convention.
    """
    for line in lines[:40]:
        kind = _kind_of(line)
        if kind:
            return kind
    return "article de presse" if length < 8000 else "document"


def _issuer(lines: list[str], title: str) -> str:
    """The first line of the opening that names a body (not the title itself).

    "Département de …" under "RÉPUBLIQUE FRANÇAISE" often only says where the body sits:
    another body named in the opening comes first.
    """
    bodies = [line.rstrip(" ,:") for line in lines[:15]
              if line != title and len(line) <= 100 and _BODY.search(line) and not re.match(
                  r"^(?:objet|entre|between|vu|consid[ée]rant)\b", line, re.IGNORECASE)]
    others = [line for line in bodies if not re.match(r"d[ée]partement\s+d", line, re.I)]
    return (others or bodies or [""])[0]


def _date(head: str) -> str:
    """The date of the session, signature or publication, else the first date: ISO."""
    dates = [m for m in _DATE.finditer(head)
             if not _LEGAL_DATE.search(head[max(0, m.start() - 60) : m.start()])]
    dated = [m for m in dates if _DATED.search(head[max(0, m.start() - 60) : m.start()])]
    if not dates:
        return ""
    chosen = (dated or dates)[0]
    day = chosen.group("d") or chosen.group("d2") or chosen.group("d3")
    month_text = chosen.group("m") or chosen.group("m2") or chosen.group("m3")
    year = chosen.group("y") or chosen.group("y2") or chosen.group("y3")
    month = int(month_text) if month_text.isdigit() else MONTHS[month_text.lower()]
    if not 1 <= month <= 12 or not 1 <= int(day) <= 31:
        return ""
    return f"{year}-{month:02d}-{int(day):02d}"
