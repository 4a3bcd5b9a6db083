"""Claim -> Verdict: the evidence on the claim's subject, its figures set against the claim's.

A claim ("La cotisation 2020 de l'EPT à Medicen est de 7 500 € HT") is read into the
figures it asserts (amounts, counts with their noun, percentages, dates, ordinals; its
years when it asserts nothing else), each with what qualifies it: the clause it is said
in, the words next to it ("de budget régional", "voix pour"), the years it is given for
and HT/TTC; the claim as a whole names measures or articles, bodies and people.

Evidence is retrieved twice, with and without the asserted figures (a wrong figure must
not steer retrieval away), and cut into quotable spans (``answer.units``): sentences,
list items, table rows. Every figure of those spans is a *slot*: a value with its years,
HT/TTC, its table column and row, its noun and the words before it. Each asserted figure
is set against the slots of its kind in spans on its subject:

- **supported**: the same value with compatible qualifiers, in a span that covers the
  subject of the figure's clause, for every asserted figure, and no body or person of
  the claim replaced by another in that span;
- **contradicted**: a span on the same subject gives another value with the same
  qualifiers (the 2020 cotisation is 5.500 € HT), or gives the claim's value with another
  qualifier (7 500 € HT is the 2019 amount; 25 M€ is the budget, not the envelope; 43
  votants is another line of the table), or says it of another body or person ("présidée
  par Alexandra Dublanche", not Valérie Pécresse);
- **not_in_corpus**: no span covers the subject, or none gives a figure of that kind with
  the claim's qualifiers.

The explanation says what the document says instead and where, in the claim's language.
"""

from __future__ import annotations

import dataclasses
import logging
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from assistant.answer import Answerer
from assistant.coverage import SYNONYM_SHARE
from assistant.figures import YEAR_SPAN, Figure, Quantity, QuantityKind, quantities, years_of
from assistant.index import Index
from assistant.language import lang as language_of
from assistant.lexical import STOPWORDS, strip_accents, tokenize
from assistant.retrieve import (
    FORM_WORDS,
    REF,
    Hit,
    QueryAnalysis,
    alternatives,
    analyse,
    concepts,
    ref_kind,
    ref_of,
    refs_in,
    search,
)
from assistant.spans import Evidence, figure_years
from assistant.structure import units
from assistant.types import Chunk, Citation, FigureCheck, Verdict

logger = logging.getLogger(__name__)

#: A span must cover this share of the subject of a figure's clause (idf-weighted, with
#: its section, the sentence before and the document title as context) to support it.
MIN_SUBJECT = 0.6
#: ... or this much when the figure's noun, year or column agree, or the words before it
#: in the span are the claim's.
MIN_AGREED = 0.4
#: A span giving another value must cover this much of it to contradict it.
MIN_RIVAL = 0.7
#: The claim's figure found with compatible qualifiers wins unless a span giving another
#: value is this much closer to the claim.
MARGIN = 0.15
#: A claim without figures is supported by a span that says this much of it.
MIN_STATEMENT = 0.85
#: A word of the claim that a document never uses weighs this share of its weight in
#: how much of the claim a span of that document covers: the document could not have
#: said it, so its absence says less ("regroupe 26 communes", "Avec … 24 communes").
UNUSED = 0.5
#: Chunks retrieved per query (the claim, and the claim without its figures).
RETRIEVED = 14
#: A span shorter than this ("Pour : 45", "Année 2021 : 45 K€") is also read with the
#: rest of its section.
SHORT_SPAN = 120

#: Qualifiers that, when only they differ, make the document's figure the claim's figure
#: misattributed (so the claim is contradicted): HT for TTC, another year, another column
#: (budget vs envelope), another line of a table, another measure, another body.
MISATTRIBUTED = frozenset({"HT/TTC", "year", "column", "row", "measure", "body"})
#: Nouns that count the same thing in council minutes, conventions and press articles.
_SAME_COUNT = tuple(frozenset(tokenize(words)) for words in (
    "voix vote votant suffrages favour favor",
    "membres adhérents adhérer members",
    "entreprises sociétés companies company firms",
    "conseillers élus councillors councilors",
    "communes municipalités municipalities towns",
    # units of time, in both languages
    "an ans années year",
    "mois month",
    "jour day",
    "semaines week",
))
#: The tokens of votes against and abstentions.
_AGAINST = frozenset(tokenize("contre against abstention abstained abstain"))
#: "approuvé par les", "adopted by": the count that follows is of votes.
_VOTED_BY = re.compile(r"\b(?:approuvée?s?|adoptée?s?|votée?s?|approved|adopted|voted|backed)"
                       r"\s+(?:à l['’]unanimité\s+)?(?:par|by)\s+(?:les\s+|the\s+|all\s+)?$",
                       re.IGNORECASE)
#: Words that open a complement after a counted noun ("voix pour au conseil", "entreprises
#: sur le territoire"), accents stripped.
_COMPLEMENT = frozenset(
    "a au aux de du des le la les un une en dans sur par avec sans chez vers selon "
    "of in on at to by with from the a an into within".split()
)
#: Words sharing this many first letters and one starting the other are kin.
_PREFIX = 6
#: Words of a claim's form, not of its subject (auxiliaries, time adverbs, hedges).
_CLAIM_FORM = frozenset(tokenize(
    "étaient était été sera seront serait seraient avait avaient aura auront lors alors "
    "ainsi aussi également déjà environ près plus moins selon seulement désormais bien "
    "seuls seules seul seule total totale au-total "
    "has had have been will would be being during its their than about some nearly over "
    "according only came come comes went stood stands reached amounted totalled totaled "
    "got gets brings brought together doit doivent devrait devraient peut peuvent pourra "
    "pourront should must can may might could entre depuis pendant durant avant après vers "
    "chez sans sous parmi between since until from before after within among"
))
#: Capitalised words that name a kind of body, not a body ("la Région", "le Conseil").
_GENERIC = frozenset(tokenize(
    "région conseil président présidente vice-président état ville mairie commission bureau "
    "département métropole territoire pôle convention article mesure axe annexe délibération "
    "rapport monsieur madame mme m. mm. selon pour dans avec lors the a an in on for with "
    "by of and le la les un une des du de en au aux ce cette ces il elle ils elles c'est "
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre "
    "january february march april may june july august september october november december"
))
_CONNECTOR = r"(?:\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’]|et\s+de\s+l['’]|et\s+de|et\s+d['’])\s*)"
_CAPITAL = r"(?:[A-ZÀ-Ý][\w’'-]*|\d+)"
_ENTITY = re.compile(rf"(?<![\w-])[A-ZÀ-Ý][\w’'-]*(?:\s+{_CAPITAL})*")
_MID_SENTENCE_NAME = re.compile(r"(?<=[a-zà-ÿ,] )[A-ZÀ-Ý][\w-]+")
_RANGE = re.compile(r"\b(\d+)\s*(?:à|a|-|–|to)\s*(\d+)\b")
_IDENTIFIER = re.compile(r"n°\s*([\w./-]*\d[\w./-]*)", re.IGNORECASE)
_MONEY_HEADER = re.compile(r"€|budget|montant|recettes|dépenses|co[uû]t|euros?", re.IGNORECASE)
_SCALE_HEADER = (("M€", 1e6), ("k€", 1e3), ("K€", 1e3))
#: Where the words that qualify a figure of a claim stop: a clause boundary, or a word
#: that opens another phrase ("25 M€ de budget régional, pour une enveloppe…").
_CLAUSE = re.compile(r"[,;:()«»—–]")
#: A clause that only adds to the one before ("322 000 employés, dont 56 000 …").
_ADDED = re.compile(r"\s*(?:dont|soit|including|of which|i\.e\.|that is)\b", re.IGNORECASE)
_PHRASE_END = re.compile(
    r"[,;:()«»—–.]|\s(?:et|and|sur|pour|dans|within|with|for|dont|soit|avec|mais|puis|"
    r"whose|of which|out of|sur un|sur une)\s"
)

Status = Literal["supported", "contradicted", "unknown"]


@dataclass(frozen=True)
class Lexicon:
    """What the corpus says of words.

    Its acronyms ("GBM": grand, besancon, metropol), the words it only writes capitalised
    ("medicen") and every word it uses (tokens), indexed by their first letters.
    """

    acronyms: Mapping[str, frozenset[str]] = field(default_factory=dict)
    names: frozenset[str] = frozenset()
    known: frozenset[str] = frozenset()
    prefixes: Mapping[str, frozenset[str]] = field(default_factory=dict)

    def kin(self, token: str) -> frozenset[str]:
        """Words of the documents that share a long beginning with ``token``.

        The light stemmer keeps "contribu" and "contribution" apart; this joins them.
        """
        if len(token) < _PREFIX or token.isdigit():
            return frozenset()
        return frozenset(k for k in self.prefixes.get(token[:_PREFIX], ())
                         if k.startswith(token) or token.startswith(k))


@dataclass(frozen=True)
class Part:
    """What qualifies one asserted figure of a claim.

    ``subject`` is the analysis of the clause the figure is said in (the figures left
    out); ``near`` the words right next to it ("de budget régional", "voix pour");
    ``years`` the years it is given for; ``query`` the clause as a query, for a claim
    that says several things; ``whole`` the analysis of the whole claim (a span may
    cover the clause or the claim).
    """

    figure: Quantity
    subject: QueryAnalysis
    near: frozenset[str]
    years: frozenset[int]
    query: QueryAnalysis | None = None
    whole: QueryAnalysis | None = None


@dataclass(frozen=True)
class Claim:
    """A claim as read for checking.

    ``figures`` are what it asserts, each with its ``parts`` entry; ``subject`` the
    analysis of the whole claim without its asserted figures (for retrieval and
    coverage); ``entities`` the bodies and people it names, as token sets.
    """

    text: str
    lang: str
    figures: tuple[Quantity, ...]
    parts: tuple[Part, ...]
    years: frozenset[int]
    refs: tuple[tuple[str, str], ...]
    identifiers: frozenset[int]
    query: QueryAnalysis
    subject: QueryAnalysis
    tokens: frozenset[str]
    entities: tuple[tuple[str, frozenset[str], int], ...] = ()

    @property
    def names(self) -> tuple[frozenset[str], ...]:
        """The words of each body or person the claim names (a name counts once)."""
        return tuple(tokens for _, tokens, _ in self.entities)


@dataclass(frozen=True)
class Context:
    """The words a quotable span is read with.

    Its own, the sentence before, its section label, the document title, and (for a
    short span) the rest of its section.
    """

    own: frozenset[str]
    previous: frozenset[str]
    section: frozenset[str]
    title: frozenset[str]
    around: frozenset[str] = frozenset()
    document: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Slot:
    """A figure of the documents in its context.

    ``span`` is the quotable sentence or table row it is in, read with ``context``;
    ``local`` the words that say what the figure is (those before it, its noun, its
    column header and row label); ``years`` the years it is given for; ``column`` and
    ``row`` its table column header and row label; ``named`` whether the claim names its
    row; ``conflicts`` the qualifiers that differ from the claim's whatever the figure.
    """

    span: Evidence
    quantity: Quantity
    context: Context
    local: frozenset[str]
    years: frozenset[int] = frozenset()
    noun: frozenset[str] = frozenset()
    column: str = ""
    row: str = ""
    conflicts: tuple[str, ...] = ()
    named: bool = False
    columns: tuple[tuple[str, frozenset[QuantityKind]], ...] = field(default=())


@dataclass(frozen=True)
class Match:
    """A figure of the claim set against a slot: same value or not, what else differs."""

    part: Part
    slot: Slot
    equal: bool
    conflicts: tuple[str, ...]
    subject: float
    own: float
    local: float
    agreement: int
    noun: bool | None = None
    named: bool = False
    anchored: bool = False

    @property
    def figure(self) -> Quantity:
        """The claim's figure."""
        return self.part.figure

    @property
    def score(self) -> float:
        """How close the slot is to what the claim says of its figure."""
        return self.subject + 0.3 * self.local + 0.05 * self.agreement

    @property
    def aspect(self) -> str:
        """What differs, most telling first ("" when the slot states the claim's figure)."""
        if self.conflicts:
            return self.conflicts[0]
        if self.equal:
            return ""
        found = self.slot.quantity
        if self.figure.kind in ("date", "year") and found.kind in ("date", "year"):
            years = self.figure.year, found.year
            if self.figure.month_day == found.month_day and all(years) and years[0] != years[1]:
                return "year"
            return "date"
        return "value"


@dataclass(frozen=True)
class Finding:
    """What the documents say of one asserted figure (or, with no figure, of a body)."""

    part: Part | None
    status: Status
    best: Match | None = None
    clash: Match | None = None
    body: tuple[str, str, Evidence, int, int] | None = None


def read_claim(text: str, lexicon: Lexicon | None = None) -> Claim:
    """Read what a claim asserts and what qualifies it.

    Example:
        >>> claim = read_claim("La cotisation 2020 de l'EPT à Medicen est de 7 500 € HT.")
        >>> [(f.kind, f.value, f.qualifier) for f in claim.figures], sorted(claim.years)
        ([('money', 7500.0, 'HT')], [2020])
    """
    lexicon = lexicon or Lexicon()
    acronyms = lexicon.acronyms
    lang = language_of(text)
    found = quantities(text, lang)
    asserted = [q for q in found if q.kind != "year"]
    qualifying = [q for q in found if q.kind == "year"]
    if not asserted:  # "Le PMT anime la filière depuis 2016": the year is what is claimed
        asserted, qualifying = qualifying, []
    years = frozenset(int(q.value) for q in qualifying)
    stripped = _without(text, asserted)
    subject = _subject(stripped, lang, asserted, lexicon, years)
    names = tuple(entities(stripped, lang == "en", acronyms, lexicon.names))
    named = frozenset().union(*(tokens for _, tokens, _ in names))
    parts = tuple(_part(text, figure, asserted, years, lang, lexicon, named)
                  for figure in asserted)
    identifiers = frozenset(
        int(number) for match in _IDENTIFIER.finditer(text)
        for number in re.findall(r"\d+", match.group(1))
    )
    return Claim(
        text=text,
        lang=lang,
        figures=tuple(asserted),
        parts=parts,
        years=years,
        refs=tuple(dict.fromkeys((ref_kind(m.group("kind")), m.group("n"))
                                 for m in REF.finditer(text))),
        identifiers=identifiers,
        query=_analysis(text, lang, acronyms),
        subject=subject,
        tokens=frozenset().union(*subject.concepts) if subject.concepts else frozenset(),
        entities=names,
    )


def _analysis(text: str, lang: str,
              acronyms: Mapping[str, frozenset[str]] | None) -> QueryAnalysis:
    """``retrieve.analyse`` in the claim's language.

    A statement has fewer of the question words ``analyse`` tells languages by.
    """
    analysis = analyse(text, acronyms)
    if analysis.lang == lang:
        return analysis
    english = lang == "en"
    subject = concepts(text, english, acronyms)
    own = [c for c in concepts(text, english, primary=True) if c]
    expanded = concepts(text, english)
    return dataclasses.replace(
        analysis, lang=lang, concepts=subject,
        primary=tuple(next((c for c in own if c & concept), concept) for concept in subject),
        tokens=tuple(tokenize(text) + [t for concept in expanded for t in sorted(concept)]),
    )


def _without(text: str, figures: list[Quantity]) -> str:
    """The text with the figures blanked out (offsets kept)."""
    for figure in figures:
        text = text[: figure.start] + " " * (figure.end - figure.start) + text[figure.end :]
    return text


def _subject(text: str, lang: str, asserted: list[Quantity], lexicon: Lexicon,
             years: frozenset[int] = frozenset()) -> QueryAnalysis:
    """The analysis of a claim's words.

    Its figures, the years that qualify them (they are checked apart) and the words of
    its form are left out.
    """
    subject = _analysis(text, lang, lexicon.acronyms)
    form = _CLAIM_FORM | {str(year) for year in years}
    kept = [(concept, own) for concept, own in zip(subject.concepts, subject.primary
                                                   or subject.concepts, strict=True)
            if not own <= form]
    # Words sharing a long beginning are kin ("contribué", "contribution"; "activities",
    # "activités").
    kept = [(concept.union(*(lexicon.kin(t) for t in concept)), own) for concept, own in kept]
    if lang == "en":
        # An English word with no French translation or kin that the documents never use
        # cannot be looked for in them: it does not count for coverage.
        kept = [(c, o) for c, o in kept if c != o or c & lexicon.known]
    english = lang == "en"
    counted = frozenset().union(*(alternatives(q.noun, english) for q in asserted
                                  if q.kind == "count" and q.noun))
    kin = sorted(set().union(*(c for c, _ in kept)) - set(subject.tokens))
    return dataclasses.replace(
        subject, lang=lang, years=(), ordinals=(), wants_list=False,
        concepts=tuple(c for c, _ in kept), primary=tuple(o for _, o in kept),
        tokens=subject.tokens + tuple(kin),
        wants_figure=bool(asserted), wants_amount=any(q.kind == "money" for q in asserted),
        wants_date=any(q.kind in ("date", "year") for q in asserted), counted=counted,
    )


def _part(text: str, figure: Quantity, asserted: list[Quantity], years: frozenset[int],
          lang: str, lexicon: Lexicon, named: frozenset[str] = frozenset()) -> Part:
    """The clause, neighbouring words and years of one asserted figure of a claim."""
    bounds = [0, *(m.end() for m in _CLAUSE.finditer(text)), len(text)]
    start = max(b for b in bounds if b <= figure.start)
    end = min(b for b in bounds if b >= figure.end)
    while start and _ADDED.match(text, start):
        start = max(b for b in bounds if b < start - 1) if any(b < start - 1
                                                               for b in bounds) else 0
    clause = _without(text[start:end], [dataclasses.replace(q, start=q.start - start,
                                                             end=q.end - start)
                                         for q in asserted if start <= q.start < end])
    # A clause of one word ("soit 4,2 %") is read with the rest of the claim.
    clause_subject = _subject(clause, lang, [figure], lexicon, years)
    whole = _subject(_without(text, asserted), lang, asserted, lexicon, years)
    if len(clause_subject.concepts) < 2:
        clause_subject = whole
    else:
        # the clause is said of the bodies the claim names elsewhere ("Lors du vote de la
        # délibération Medicen, 26 conseillers étaient présents")
        extra = [(c, o) for c, o in zip(whole.concepts, whole.primary or whole.concepts,
                                        strict=True)
                 if c & named and c not in clause_subject.concepts]
        clause_subject = dataclasses.replace(
            clause_subject,
            concepts=clause_subject.concepts + tuple(c for c, _ in extra),
            primary=(clause_subject.primary or clause_subject.concepts)
            + tuple(o for _, o in extra))
    # The words before a figure are its own from the start of its clause ("…, dont le
    # total atteint 490 000") or from the end of what the figure before says ("28
    # présents et 17 absents représentés, soit 45 votants": "absents représentés" is
    # said of 17, not of 45), or else from the end of the figure before and its noun
    # ("le 11 avril 2024 a été ouverte à 18h00").
    before = max(b for b in bounds if b <= figure.start)
    for previous_figure in asserted:
        if before <= previous_figure.end <= figure.start:
            said = _PHRASE_END.search(text, previous_figure.end, figure.start)
            noun = re.match(rf"\s*{re.escape(previous_figure.noun)}", text[
                previous_figure.end : figure.start]) if previous_figure.noun else None
            before = said.start() if said else previous_figure.end + (
                noun.end() if noun else 0)
    after_end = min([end, *(q.start for q in asserted if q.start >= figure.end)])
    stop = _PHRASE_END.search(text, figure.end, after_end)
    near = text[before : figure.start] + " " + text[figure.end : stop.start() if stop
                                                    else after_end]
    english = lang == "en"
    near_tokens = set(tokenize(near))
    for word in re.findall(r"[\w’'-]+", near):
        near_tokens |= alternatives(word, english)
    dated = figure_years(text, Figure(figure.text, figure.value, "", figure.qualifier,
                                figure.start, figure.end))
    previous = [q for q in asserted if q.end <= figure.start]
    gap = text[previous[-1].end : figure.start] if previous else ""
    if (figure.kind in ("count", "number") and not figure.noun and previous
            and previous[-1].kind == "count"
            and _ADDED.fullmatch(gap.replace(previous[-1].noun, "", 1).strip(" ,;:(") )):
        # "322 000 employés, dont 56 000": the second figure counts employés too
        figure = dataclasses.replace(figure, kind="count", noun=previous[-1].noun)
    # "total" is a question's form ("le montant total"), but next to a claim's figure it
    # names a line of a table ("dont le total atteint 490 000")
    return Part(figure, clause_subject, frozenset(near_tokens - (FORM_WORDS - {"total"})),
                frozenset(int(y) for y in dated) or years,
                _analysis(text[start:end], lang, lexicon.acronyms), whole)


def entities(text: str, english: bool = False,
             acronyms: Mapping[str, frozenset[str]] | None = None,
             names: frozenset[str] = frozenset()) -> list[tuple[str, frozenset[str], int]]:
    """The bodies and people a text names: (as written, tokens with alternatives, start).

    Runs of capitalised words ("Valérie Pécresse", "Medicen Paris Region", "CCI 94");
    a run is cut at "de", "du"… ("CCI du Val-de-Marne" names the CCI and the
    Val-de-Marne). A word that names a kind of body ("la Région") is not one, nor a word
    that starts a sentence unless it is in ``names`` (words only written capitalised).

    Example:
        >>> [name for name, _, _ in entities("La séance était présidée par Valérie Pécresse.")]
        ['Valérie Pécresse']
    """
    out = []
    for match in _ENTITY.finditer(text):
        words = match.group(0).split()
        start = match.start()
        sentence_start = not text[:start].strip(" -•*") or bool(re.search(
            r"(?:[.!?«:]\s*|\n\s*|\t\s*)[-•*]?\s*$", text[:start]))
        while words and (strip := words[0]) and (
            set(tokenize(strip)) <= _GENERIC or not tokenize(strip)
            or (sentence_start and not strip.isupper() and strip.lower() not in names)
        ):
            start += len(strip) + 1
            words = words[1:]
            sentence_start = False
        if not words:
            continue
        name = " ".join(words)
        own = {t for t in tokenize(name) if not t.isdigit()} - _GENERIC
        if not own or own <= STOPWORDS:
            continue
        tokens = set(own)
        for concept in concepts(name, english, acronyms or {}):
            tokens |= {t for t in concept if not t.isdigit()}
        out.append((name, frozenset(tokens), start))
    return out


def _initials(text: str) -> set[str]:
    """Initials of runs of content words ("centres hospitaliers universitaires" -> "chu")."""
    words = [w for w in re.findall(r"[A-Za-zÀ-ÿ][\w’'-]*", text)
             if w.lower() not in ("de", "du", "des", "d", "et", "la", "le", "les", "l")]
    out = set()
    for size in (3, 4):
        for i in range(len(words) - size + 1):
            out.add("".join(w[0] for w in words[i : i + size]).lower())
    return out


class Checker:
    """Checks claims against the indexed documents.

    Example:
        >>> checker = Checker(Index.open(Settings()))  # doctest: +SKIP
        >>> claim = "L'enveloppe globale de la mesure 8 est de 25 M€."
        >>> verdict = checker.check(claim)  # doctest: +SKIP
        >>> verdict.verdict, verdict.figures[0][0].found  # doctest: +SKIP
        ('contradicted', '47')
    """

    def __init__(self, index: Index, answerer: Answerer | None = None) -> None:
        self.index = index
        self.answerer = answerer or Answerer(index)
        self._tables: dict[tuple[str, str], dict[str, set[str]]] = {}
        self._sections: dict[tuple[str, str], frozenset[str]] = {}
        self._headings: dict[tuple[str, str], Chunk | None] = {}
        self._units: frozenset[tuple[str, str]] | None = None
        self._names: frozenset[str] | None = None
        self._lexicon: Lexicon | None = None
        self._vocabularies: dict[str, frozenset[str]] = {}

    @property
    def lexicon(self) -> Lexicon:
        """What the indexed documents say of words (built on first use)."""
        if self._lexicon is None:
            known = frozenset(self.index.lexical.idf)
            prefixes: dict[str, set[str]] = {}
            for token in known:
                if len(token) >= _PREFIX:
                    prefixes.setdefault(token[:_PREFIX], set()).add(token)
            self._lexicon = Lexicon(self.index.acronyms, self.names, known,
                                    {k: frozenset(v) for k, v in prefixes.items()})
        return self._lexicon

    @property
    def names(self) -> frozenset[str]:
        """Words the documents only write capitalised ("Medicen"), in lower case.

        Such a word names a body even at the start of a sentence.
        """
        if self._names is None:
            capitalised: set[str] = set()
            lower: set[str] = set()
            for record in self.index.documents():
                text = self.index.document(record.doc_id).text
                capitalised.update(w.lower() for w in _MID_SENTENCE_NAME.findall(text))
                lower.update(re.findall(r"\b[a-zà-ÿ][\w-]+", text))
            self._names = frozenset(capitalised - lower)
        return self._names

    def check(self, text: str) -> Verdict:
        """The verdict on a claim, with the evidence and the explanation."""
        began = time.perf_counter()
        claim = read_claim(text, self.lexicon)
        hits = self.retrieve(claim)
        verdict = self.judge(claim, hits)
        return dataclasses.replace(verdict, retrieved=tuple(h.chunk.id for h in hits),
                                   latency_ms=(time.perf_counter() - began) * 1000)

    # -- evidence -------------------------------------------------------------------------

    def retrieve(self, claim: Claim) -> list[Hit]:
        """Chunks for the claim as written and without its figures, best of both first."""
        merged: dict[str, Hit] = {}
        queries = [claim.query, claim.subject]
        if claim.refs:  # what the claim says of its measure may be another measure's
            queries.append(self._without_units(claim))
        if len(claim.parts) > 1:  # a claim saying several things: each thing is looked up
            queries += [part.query for part in claim.parts if part.query is not None]
        for analysis in queries:
            hits = search(self.index, analysis, k=RETRIEVED)
            best = hits[0].score if hits else 1.0
            for hit in hits:
                score = hit.score / best
                if hit.chunk.id not in merged or merged[hit.chunk.id].score < score:
                    merged[hit.chunk.id] = Hit(hit.chunk, score, hit.dense, hit.lexical)
        return sorted(merged.values(), key=lambda h: (-h.score, h.chunk.id))

    def spans(self, hits: list[Hit], claim: Claim | None = None
              ) -> list[tuple[Evidence, Context]]:
        """The quotable spans of the retrieved chunks, each with the words it is read with.

        A retrieved table row brings the line of its table that the claim names (the one
        whose deliberation range holds the deliberation, or the measure's), which a
        neighbouring line may have outranked.
        """
        out = []
        seen = {hit.chunk.id for hit in hits}
        if claim is not None:
            tables = {(h.chunk.doc_id, h.chunk.group): h for h in hits
                      if h.chunk.kind == "table_row" and h.chunk.group}
            for (doc_id, group), hit in tables.items():
                lines = [self.index.chunk(cid) for cid in self._row_names(doc_id, group)
                         if cid not in seen]
                named = [c for c in lines if self._claims_row(claim, c)
                         and (_RANGE.search(c.label.split(" › ")[-1]) or any(
                             number in ref_of(c, kind) for kind, number in claim.refs))]
                for chunk in named[:2]:
                    seen.add(chunk.id)
                    hits = [*hits, Hit(chunk, hit.score)]
        for hit in list(hits):
            heading = self._heading(hit.chunk)
            if heading is not None and heading.id not in seen:
                # "Séance du jeudi 11 avril 2024" says something of its whole section
                seen.add(heading.id)
                hits = [*hits, Hit(heading, hit.score)]
        for hit in hits:
            chunk = hit.chunk
            section = frozenset(tokenize(chunk.section_path))
            title = self._title_words(chunk.doc_id)
            if chunk.kind == "table_row":
                own = frozenset(tokenize(chunk.search_text))
                out.append((Evidence(chunk, chunk.start, chunk.end, chunk.text, 0.0, hit.score),
                            Context(own, frozenset(), section, title,
                                    document=self._document_words(chunk.doc_id))))
                continue
            previous: frozenset[str] = frozenset()
            for start, end, text in units(chunk):
                tokens = frozenset(tokenize(text))
                around = self._section_words(chunk) if len(text) < SHORT_SPAN else frozenset()
                out.append((Evidence(chunk, start, end, text, 0.0, hit.score),
                            Context(tokens, previous, section, title, around,
                                    self._document_words(chunk.doc_id))))
                previous = tokens
        return out

    def _document_words(self, doc_id: str) -> frozenset[str]:
        """Every word a document uses (cached)."""
        if doc_id not in self._vocabularies:
            self._vocabularies[doc_id] = frozenset(tokenize(self.index.document(doc_id).text))
        return self._vocabularies[doc_id]

    def _title_words(self, doc_id: str) -> frozenset[str]:
        """The words of a document's title and of its issuer.

        A deliberation of Grand Besançon Métropole speaks for it even where neither its
        title nor the sentence names it ("Elle prendra fin au plus tard le …").
        """
        meta = self.index.document(doc_id).meta
        return frozenset(tokenize(f"{meta.title} {meta.issuer}"))

    def _heading(self, chunk: Chunk) -> Chunk | None:
        """The heading chunk of a chunk's section, when it holds a figure."""
        if not chunk.section or chunk.kind == "heading":
            return None
        key = (chunk.doc_id, chunk.section_path)
        if key not in self._headings:
            self._headings[key] = next(
                (c for c in self.index.chunks(chunk.doc_id) if c.kind == "heading"
                 and c.section_path == chunk.section_path and re.search(r"\d", c.text)), None)
        return self._headings[key]

    def _section_words(self, chunk: Chunk) -> frozenset[str]:
        """The words of every chunk under the same section as ``chunk``."""
        key = (chunk.doc_id, chunk.section_path)
        if key not in self._sections:
            self._sections[key] = frozenset(tokenize(" ".join(
                c.text for c in self.index.chunks(chunk.doc_id)
                if c.section_path == chunk.section_path)))
        return self._sections[key]

    def slots(self, claim: Claim, spans: list[tuple[Evidence, Context]]) -> list[Slot]:
        """Every figure of the spans, with what it is given for."""
        out: list[Slot] = []
        for span, context in spans:
            chunk = span.chunk
            if chunk.kind == "table_row":
                out.extend(self._row_slots(claim, span, context))
                continue
            text = span.text
            figures = quantities(text)
            for position, figure in enumerate(figures):
                noun = _noun_tokens(text, figure, claim.lang == "en")
                shifted = dataclasses.replace(figure, start=span.start + figure.start,
                                              end=span.start + figure.end)
                out.append(Slot(span, shifted, context,
                                frozenset(_around(text, figures, position) | noun),
                                frozenset(self._years(text, figure, chunk)), noun,
                                conflicts=self._unit_conflicts(claim, chunk)))
        return out

    def _row_slots(self, claim: Claim, span: Evidence, context: Context) -> list[Slot]:
        """The figures of a table row, each with its column header and the row label."""
        chunk = span.chunk
        row = chunk.label.split(" › ")[-1]
        conflicts = list(self._unit_conflicts(claim, chunk))
        claimed_row = self._claims_row(claim, chunk)
        if claimed_row is False:
            conflicts.append("row")
        # The claim names this very row: by its measure, by the range its deliberation is
        # in, or by a body of the claim in the row label (not by a word they share).
        label_tokens = set(tokenize(row)) | _initials(row)
        named = bool(claimed_row) and (
            _RANGE.search(row) is not None
            or any(number in ref_of(chunk, kind) for kind, number in claim.refs)
            or any(tokens & label_tokens for _, tokens, _ in claim.entities)
            or set(tokenize(row)) <= claim.tokens | set(tokenize(claim.text)))
        cells = _cells(chunk)
        headers = tuple(
            (column, frozenset(_in_column(q, column, chunk).kind for q in quantities(
                chunk.text[start - chunk.start : end - chunk.start])))
            for column, start, end in cells if column)
        out = []
        for column, start, end in cells:
            value_text = chunk.text[start - chunk.start : end - chunk.start]
            header_years = _year_set(column)
            for figure in quantities(value_text):
                figure = _in_column(figure, column, chunk)
                shifted = dataclasses.replace(figure, start=start + figure.start,
                                              end=start + figure.end)
                years = header_years or self._years(value_text, figure, chunk)
                # what says what the figure is: its column, its line and the headings of
                # its table ("Annexe 2 : budget prévisionnel 2024 › Dépenses")
                local = set(tokenize(f"{column} {row} {chunk.section_path}")) | set(
                    tokenize(value_text[max(0, figure.start - 100) : figure.start]))
                # a figure alone in its cell counts what the header says; one in a
                # sentence, what the sentence says
                alone = re.fullmatch(r"[\d\s.,]+", value_text) is not None
                # (or, under no header, what the row label says: "Nombre de Conseillers en
                # exercice … : 92")
                noun = frozenset(tokenize(column or row)) if alone else _noun_tokens(
                    value_text, figure, claim.lang == "en")
                out.append(Slot(span, shifted, context, frozenset(local), frozenset(years),
                                noun, column, row, tuple(conflicts), named, headers))
        return out

    def _years(self, text: str, figure: Quantity, chunk: Chunk) -> set[int]:
        """The years a figure is given for.

        The year written before it (or just after) in its sentence, else any year of the
        sentence, else those of the section and title.
        """
        dated = figure_years(text, Figure(figure.text, figure.value, "", figure.qualifier,
                                    figure.start, figure.end))
        if dated:
            return {int(year) for year in dated}
        years = _year_set(text)
        if years:
            return years
        title = self.index.document(chunk.doc_id).meta.title
        return _year_set(f"{chunk.section_path} {title}")

    def _unit_conflicts(self, claim: Claim, chunk: Chunk) -> tuple[str, ...]:
        """("measure",) when the chunk is another numbered unit than the one the claim names."""
        for kind, number in claim.refs:
            labelled = ref_of(chunk, kind)
            if labelled and number not in labelled and not re.search(
                rf"\b{strip_accents(kind)}s?\s*(?:n°\s*)?{number}\b", strip_accents(chunk.text),
                re.IGNORECASE
            ):  # "les pièces mentionnées à l'article 3", said in Article 4, is not another one
                return ("measure",)
        return ()

    def _claims_row(self, claim: Claim, chunk: Chunk) -> bool | None:
        """Whether a table row is the line the claim speaks of (not one of its neighbours).

        A row labelled with a range of numbers ("N° de délibération 1630 à 1744") is the
        claim's when the deliberation it names (or the document's own) is in the range; a
        row of the measure the claim names is, the others are not; a row labelled with
        words is when no other row of the table names more of the claim. None when the
        claim names no row of the table.
        """
        label = chunk.label.split(" › ")[-1]
        ranged = _RANGE.search(label)
        if ranged:
            wanted = claim.identifiers or frozenset(
                int(n) for m in _IDENTIFIER.finditer(self.index.document(chunk.doc_id).meta.title)
                for n in re.findall(r"\d+", m.group(1))
            )
            low, high = int(ranged.group(1)), int(ranged.group(2))
            return any(low <= n <= high for n in wanted) if wanted else None
        if not chunk.group:
            return None
        names = self._row_names(chunk.doc_id, chunk.group)
        for kind, number in claim.refs:
            if ref_of(chunk, kind):
                return number in ref_of(chunk, kind)
            if any(number in ref_of(self.index.chunk(other), kind) for other in names):
                return False  # the claim's measure is another row of this table
        common = set.intersection(*names.values()) if names else set()
        scores = {cid: self._named(claim.subject, toks - common) for cid, toks in names.items()}
        best = max(scores.values(), default=0.0)
        return scores.get(chunk.id, 0.0) >= best - 1e-9 if best > 0 else None

    def _row_names(self, doc_id: str, group: str) -> dict[str, set[str]]:
        """The tokens naming each row of a table (cached per table)."""
        key = (doc_id, group)
        if key not in self._tables:
            self._tables[key] = {
                c.id: set(tokenize(_row_name(c))) for c in self.index.chunks(doc_id)
                if c.group == group and c.kind == "table_row"
            }
        return self._tables[key]

    def _claimed_columns(self, part: Part, claim: Claim, headers: tuple[str, ...]) -> set[str]:
        """The columns a figure of the claim is said of (empty: it names none).

        Those whose header the words next to it name best, else those the claim names best.
        """
        if len(headers) < 2:
            return set()
        tokens = {h: set(tokenize(h)) for h in headers}
        common = set.intersection(*tokens.values())
        near = dataclasses.replace(part.subject, concepts=tuple(
            frozenset({t}) for t in part.near), primary=tuple(frozenset({t}) for t in part.near))
        for analysis in (near, part.subject, claim.subject):
            scores = {}
            for header, toks in tokens.items():
                distinct = toks - common
                named = self._named(analysis, distinct, weighted=False)
                scores[header] = named - 0.1 * len(distinct - claim.tokens) if named else 0.0
            best = max(scores.values())
            if best > 0:
                chosen = {h for h, s in scores.items() if s == best}
                if len(chosen) < len(headers):
                    return chosen
        return set()

    def _named(self, analysis: QueryAnalysis, tokens: set[str], weighted: bool = True) -> float:
        """How much of a claim a row label or a column header names.

        Each subject word found counts its idf weight (or 1 when not ``weighted``: headers
        of one table are told apart by their words, not by how rare the words are in the
        corpus); a word met only through a synonym or a translation counts half.
        """
        primary = analysis.primary or analysis.concepts
        total = 0.0
        for concept, own in zip(analysis.concepts, primary, strict=True):
            found = own & tokens or concept & tokens
            if not found:
                continue
            weight = max(self.answerer.words.weight(t) for t in found) if weighted else 1.0
            total += weight if own & tokens else 0.5 * weight
        return total

    def coverage(self, analysis: QueryAnalysis, tokens: set[str] | frozenset[str],
                 names: tuple[frozenset[str], ...] = (),
                 document: frozenset[str] = frozenset(),
                 further: tuple[tuple[frozenset[str], float], ...] = ()) -> float:
        """Idf-weighted share of a claim's subject words present in ``tokens``.

        As ``Answerer.coverage``, except that a name counts as one word however many
        words it has: "Grand Besançon Métropole" weighs what its rarest word weighs, and
        each of its words a part of that (a name of three words would otherwise outweigh
        the rest of the claim, and a span that gives it by a pronoun would cover little).
        A word other than a name that the span's ``document`` never uses weighs less
        (``UNUSED``): the claim's own wording ("regroupe", "au titre de") is no sign that
        a span of that document speaks of something else. A word found only in
        ``further`` words (the sentence before, the title) counts the share given with
        them.
        """
        if not analysis.concepts:
            return 1.0
        primary = analysis.primary or analysis.concepts
        weights = [self.answerer.words.concept_weight(concept)
                   * (0.5 if concept in analysis.carried else 1.0)
                   for concept in analysis.concepts]
        groups = [next((i for i, name in enumerate(names) if own and own <= name), -1 - n)
                  for n, own in enumerate(primary)]
        if document:  # (a name the document never uses says it is about someone else)
            weights = [w if concept & document or group >= 0 else UNUSED * w
                       for w, concept, group in zip(weights, analysis.concepts, groups,
                                                    strict=True)]
        for group in set(groups):
            members = [n for n, g in enumerate(groups) if g == group]
            if len(members) > 1:
                total, top = sum(weights[n] for n in members), max(weights[n] for n in members)
                for n in members:
                    weights[n] *= top / total
        found = 0.0
        for weight, concept, own in zip(weights, analysis.concepts, primary, strict=True):
            found += weight * max(
                (share * (1.0 if own & words else SYNONYM_SHARE)
                 for words, share in ((tokens, 1.0), *further) if concept & words),
                default=0.0)
        return found / sum(weights)

    def cover(self, analysis: QueryAnalysis, context: Context,
              names: tuple[frozenset[str], ...] = ()) -> tuple[float, float]:
        """Share of a subject a span covers: with all its context, and with less.

        A word of the subject counts in full in the span or its section label, 0.9 in the
        sentence before, 0.85 in the document title or the rest of the section (those say
        it of every span around). The second share leaves the title and the rest of the
        section out.
        """
        close = context.own | context.section
        before = ((context.previous, 0.9),)
        own = self.coverage(analysis, close, names, context.document, before)
        wide = self.coverage(analysis, close, names, context.document,
                             (*before, (context.title | context.around, 0.85)))
        return wide, own

    # -- alignment ------------------------------------------------------------------------

    def compare(self, claim: Claim, part: Part, slot: Slot) -> Match | None:
        """A figure of the claim set against a slot, or None when they are not comparable."""
        figure, found = part.figure, slot.quantity
        if not _comparable(figure, found):
            return None
        conflicts = list(slot.conflicts)
        named = slot.named
        mine_row = self._part_row(claim, part, slot)
        agreement = 0
        if mine_row is not None:  # the words next to the figure name its line
            conflicts = [c for c in conflicts if c != "row"] + ([] if mine_row else ["row"])
            # named outright when the claim has every word of the line ("Total"; not
            # "Commission n°2" for "sa commission permanente")
            named = mine_row and set(tokenize(slot.row)) <= part.near | claim.tokens
            agreement += mine_row
        if figure.qualifier and found.qualifier and figure.qualifier != found.qualifier:
            conflicts.append("HT/TTC")
        if (figure.kind == "date" and found.kind == "date" and figure.month_day[1]
                and figure.month_day == found.month_day and figure.year != found.year):
            agreement += 1  # the same day of another year: the same event, misdated
        if (figure.kind == "date" and found.kind == "date" and figure.year
                and figure.month_day[1] and _states_all(figure, found)):
            agreement += 1  # the whole date as the claim writes it: hardly a coincidence
        if figure.kind not in ("date", "year", "time") and part.years and slot.years:
            if part.years & slot.years:
                agreement += 1
            else:
                conflicts.append("year")
        noun: bool | None = None
        if figure.kind in ("count", "number", "ordinal"):
            mine = _noun_tokens(claim.text, figure, claim.lang == "en")
            if mine and slot.noun:
                noun = _same_noun(mine, slot.noun)
                if noun:
                    agreement += 1
                elif not slot.column and figure.kind != "ordinal":
                    # "le deuxième après Paris" ranks what the sentence is about
                    conflicts.append("noun")
        if slot.span.chunk.kind != "table_row" and self._another_body(claim, slot):
            conflicts.append("body")
        if slot.column:
            comparable = tuple(h for h, kinds in slot.columns
                               if any(_comparable(figure, Quantity("", k, 0.0, 0, 0))
                                      for k in kinds))
            chosen = self._claimed_columns(part, claim, comparable)
            if chosen and slot.column not in chosen:
                conflicts.append("column")
            elif chosen:
                agreement += 1
        names = claim.names
        subject, own = self.cover(part.subject, slot.context, names)
        if part.whole is not None and part.whole is not part.subject:
            whole, whole_own = self.cover(part.whole, slot.context, names)
            subject, own = max(subject, whole), max(own, whole_own)
        local = self.coverage(_focus(part), set(slot.local), names)
        return Match(part, slot, figure.same_value(found), tuple(dict.fromkeys(conflicts)),
                     subject, own, local, agreement, noun, named)

    def _part_row(self, claim: Claim, part: Part, slot: Slot) -> bool | None:
        """Whether a table row is the line the words next to a figure of the claim name.

        "Les salaires du personnel représentent 285 000 euros …, dont le total atteint
        490 000 euros": each figure has its own line. None when those words name no line
        of the table, or when the line is named by a number (a measure, a range).
        """
        chunk = slot.span.chunk
        if not slot.row or not chunk.group or _RANGE.search(slot.row) or any(
                ref_of(chunk, kind) for kind, _ in claim.refs):
            return None
        names = self._row_names(chunk.doc_id, chunk.group)
        if len(names) < 2 or chunk.id not in names:
            return None
        common = set.intersection(*names.values())
        scores = {cid: len((toks - common) & part.near) - 0.1 * len(toks - common - part.near)
                  for cid, toks in names.items()}
        best = max(scores.values())
        if best <= 0:
            return None
        return scores[chunk.id] >= best - 1e-9

    def find(self, claim: Claim, part: Part, slots: list[Slot],
             anchors: frozenset[tuple[str, int, int]] = frozenset()) -> Finding:
        """What the slots say of one asserted figure: support, a rival value, or a clash.

        ``anchors`` are the spans that state another figure of the claim: a figure of
        the same kind said next to it there ("Avec dix hôpitaux dont 3 centres
        hospitaliers universitaires" for "douze hôpitaux, dont trois CHU") is said of
        the claim's subject, however the claim words the rest.
        """
        matches = [m for m in (self.compare(claim, part, s) for s in slots) if m]
        if anchors:
            matches = [dataclasses.replace(m, anchored=_key(m.slot.span) in anchors)
                       for m in matches]
        # The claim's value said of its subject supports it; with one qualifier that
        # differs (another year, HT for TTC, another line…), the same evidence contradicts
        # it: both are read with the same test.
        said = [m for m in matches if m.equal and (
            m.subject >= MIN_SUBJECT
            or (m.subject >= MIN_AGREED and (m.agreement > 0 or m.local >= 0.2))
            or (m.anchored and m.agreement > 0))]
        support = [m for m in said if not m.conflicts]
        rivals = [m for m in matches if not m.equal and not m.conflicts
                  and self._telling(claim, m)]
        clashes = [m for m in said if m.conflicts and set(m.conflicts) <= MISATTRIBUTED
                   and ("year" not in m.conflicts or _year_slip(part.years, m.slot.years))]
        if part.figure.qualifier and any("HT/TTC" in m.conflicts for m in clashes):
            # "490 000" in a table does not say HT or TTC; "490 000 € TTC" elsewhere does
            support = [m for m in support if m.slot.quantity.qualifier]
        if any("column" in m.conflicts for m in clashes):
            # a sentence does not say "budget" or "envelope" as a table's columns do
            support = [m for m in support if m.slot.column]
        best_support = max(support, key=_rank, default=None)
        best_rival = max(rivals, key=_rank, default=None)
        best_clash = max(clashes, key=_rank, default=None)
        # A full date found as the claim writes it, in words that speak of the claim, is
        # hardly a coincidence.
        margin = MARGIN
        if part.figure.kind == "date" and part.figure.month_day[1] and best_support and (
                best_support.own >= 0.3 or best_support.local >= 0.2):
            margin = 2 * MARGIN
        if best_support and best_rival and _heads(best_support.slot, best_rival.slot):
            best_rival = None  # "Séance du 11 avril 2024" dates what its section says
        if best_support and (not best_rival or best_support.score >= best_rival.score - margin):
            return Finding(part, "supported", best_support)
        if best_rival and best_clash:
            # The claim's value with another qualifier is the surest sign of the mix-up;
            # what the document gives instead is best read next to it.
            # Next to it: in its span, else in its table, else in its section.
            clash_chunk = best_clash.slot.span.chunk
            beside = ([m for m in rivals if m.slot.span == best_clash.slot.span]
                      or [m for m in rivals if clash_chunk.group
                          and (m.slot.span.chunk.doc_id, m.slot.span.chunk.group)
                          == (clash_chunk.doc_id, clash_chunk.group)]
                      or [m for m in rivals
                          if (m.slot.span.chunk.doc_id, m.slot.span.chunk.section_path)
                          == (clash_chunk.doc_id, clash_chunk.section_path)])
            if beside:
                # in the table, the line the claim names (the range its deliberation is in)
                beside = [m for m in beside if m.slot.named] or beside
                best_rival = max(beside, key=_rank)
            elif best_rival.score < best_clash.score:
                best_rival = None
        if best_rival:
            return Finding(part, "contradicted", best_rival, best_clash)
        if best_clash:
            return Finding(part, "contradicted", None, best_clash)
        return Finding(part, "unknown")

    def _telling(self, claim: Claim, match: Match) -> bool:
        """Whether a differing figure is said of what the claim's figure is said of.

        The span must cover the figure's subject, and name one of the claim's bodies when
        it names bodies of its own; a table row must be one the claim names; a count must
        count the same noun; an amount must be given for the claim's year, in the column
        it names, or be introduced by the claim's words; a date or a year must be said
        with the claim's words around it.
        """
        slot, figure = match.slot, match.figure
        close = match.subject >= MIN_RIVAL or (
            (match.subject >= MIN_SUBJECT or match.anchored) and match.agreement > 0)
        if slot.span.chunk.kind == "table_row":
            if not match.named and not (match.noun and not slot.column):
                # a row the claim does not name says nothing of its subject, unless its
                # label says what the claim counts ("Nombre de Conseillers en exercice")
                return False
            # the row and the column (or year) the claim names
            close = close or (match.subject >= MIN_AGREED and match.agreement > 0)
        if not close:
            return False
        if figure.kind in ("date", "year", "time"):
            # Nothing but its subject says what a date is of: the span must name the claim's
            # body, or no other one before the date.
            return (match.local >= 0.3 or match.own >= 0.5) and self._same_bodies(claim, slot)
        if figure.kind == "ordinal":
            return match.noun is True or match.local >= 0.3
        if figure.kind in ("count", "number"):
            if "total" in match.part.near and _a_part(slot, claim):
                return False  # a whole ("au total 250 entreprises") against a part
            return match.noun is True or (not figure.noun and match.local >= 0.2)
        return match.agreement > 0 or match.local >= 0.2

    def _another_body(self, claim: Claim, slot: Slot) -> bool:
        """Whether a figure is said of another body than the claim's.

        A body of the claim is named nowhere around it (not even in the title), and its
        span names, before it, a body the claim does not.
        """
        if not claim.entities:
            return False
        context = slot.context
        where = (context.own | context.previous | context.section | context.title
                 | _initials(slot.span.text))
        if all(self._present(name, where) for name, _, _ in claim.entities):
            return False
        return bool(self._other_names(claim, slot))

    def _same_bodies(self, claim: Claim, slot: Slot) -> bool:
        """Whether a span speaks of the claim's bodies.

        It names one of them (the title aside), or no other body before the figure.
        """
        if not claim.entities:
            return True
        context = slot.context
        where = context.own | context.previous | context.section | _initials(slot.span.text)
        if any(self._present(name, where) for name, _, _ in claim.entities):
            return True
        return not self._other_names(claim, slot)

    def _other_names(self, claim: Claim, slot: Slot) -> list[str]:
        """The bodies a span names before a figure that the claim does not name."""
        before = slot.span.text[: slot.quantity.start - slot.span.start]
        mine = self._claim_entity_tokens(claim)
        # a name the claim writes in lower case ("le Pôle des microtechniques") is the
        # claim's too
        written = set(tokenize(claim.text))
        return [_full_name(before, start, name) for name, tokens, start
                in entities(before, False, self.index.acronyms, self.names)
                if not tokens & mine
                and not {t for t in tokenize(name) if not t.isdigit()} <= written]

    # -- verdict --------------------------------------------------------------------------

    def judge(self, claim: Claim, hits: list[Hit]) -> Verdict:
        """The verdict from the retrieved chunks."""
        if self._missing_unit(claim):
            return self._not_in_corpus(claim, hits)
        spans = self.spans(hits, claim)
        if not claim.figures:
            return self._statement(claim, hits, spans)
        slots = self.slots(claim, spans)
        findings = [self.find(claim, part, slots) for part in claim.parts]
        anchors = frozenset(_key(f.best.slot.span) for f in findings
                            if f.status == "supported" and f.best)
        if anchors and any(f.status == "unknown" for f in findings):
            # what the spans stating the claim's other figures say of this one
            findings = [self.find(claim, f.part, slots, anchors)
                        if f.status == "unknown" and f.part else f for f in findings]
        for finding in findings:
            logger.info("%s: %s %s", finding.part.figure.text if finding.part else "",
                        finding.status,
                        finding.best.slot.span.text[:80] if finding.best else "")
        if any(f.status == "contradicted" for f in findings):
            return self._contradicted(claim, findings)
        if all(f.status == "supported" for f in findings):
            body = self._other_body(claim, [f.best.slot.span for f in findings if f.best])
            if body:
                return self._contradicted(claim, [*findings, body])
            return self._supported(claim, findings)
        return self._not_in_corpus(claim, hits)

    def _missing_unit(self, claim: Claim) -> bool:
        """Whether the claim names a measure, article… that no document has."""
        kinds = ("mesure", "article", "axe", "objectif", "annexe")
        if self._units is None:
            self._units = frozenset((kind, number) for chunk in self.index.chunks()
                                    for kind in kinds for number in ref_of(chunk, kind))
        return any(kind in kinds and (kind, number) not in self._units
                   for kind, number in claim.refs)

    def _other_body(self, claim: Claim, spans: list[Evidence]) -> Finding | None:
        """A body or person of the claim that the evidence gives as someone else.

        "présidée par Valérie Pécresse" where the span says "présidée par Alexandra
        Dublanche": the claim's name is not in the span, and a name of the span that the
        claim does not have follows the same word.
        """
        if claim.lang != "fr":
            return None  # an English claim translates names ("Besançon University Hospital")
        for span in spans:
            # The claim's name may be given by the sentence before, the section or the
            # document title: only a name absent from all of them is replaced. The first
            # name of the claim (its subject) must be there: the span speaks of it.
            context = set(tokenize(span.text)) | _initials(span.text) | self._setting(span)
            theirs = entities(span.text, False, self.index.acronyms, self.names)
            if claim.entities and not self._present(claim.entities[0][0], context):
                continue
            for name, _, start in claim.entities[1:]:
                if self._present(name, context):
                    continue
                role = self._with_acronyms(_role(claim.text, start))
                if not role:
                    continue
                for other, other_tokens, other_start in theirs:
                    if any(self._present(mine, other_tokens) for mine, _, _ in claim.entities):
                        continue  # one of the claim's names, written another way
                    if role & self._with_acronyms(_role(span.text, other_start)):
                        found = _full_name(span.text, other_start, other)
                        doc_start = span.start + other_start
                        logger.info("%s is %s in %r", name, found, span.text[:80])
                        return Finding(None, "contradicted",
                                       body=(name, found, span, doc_start,
                                             doc_start + len(found)))
        return None

    def _with_acronyms(self, tokens: set[str]) -> set[str]:
        """Words with the acronyms they are part of, and the long forms of acronyms."""
        out = set(tokens)
        for short, long_form in self.index.acronyms.items():
            if short.lower() in tokens:
                out |= long_form
            elif long_form & tokens:
                out.add(short.lower())
        return out

    def _present(self, name: str, where: set[str] | frozenset[str]) -> bool:
        """Whether a name is among some words: all its words, or its acronym or long form.

        "Institut Pasteur" is not in "l'Institut Right"; "Bourgogne-Franche-Comté" is in
        "Conseil Régional BFC"; "Pôle des Microtechniques" in "PMT".
        """
        own = {t for t in tokenize(name) if not t.isdigit()} - _GENERIC
        if not own or own <= where:
            return True
        for short, long_form in self.index.acronyms.items():
            short = short.lower()
            if short in own and long_form <= where:
                return True
            if (long_form <= own or own <= long_form) and short in where:
                return True
        return False

    def _setting(self, span: Evidence) -> set[str]:
        """The words a span is read with: the sentence before, its section, the title."""
        chunk = span.chunk
        before = chunk.text[: span.start - chunk.start]
        previous = re.split(r"(?<=[.!?])\s+", before.strip())[-1] if before.strip() else ""
        title = self.index.document(chunk.doc_id).meta.title
        return set(tokenize(f"{previous} {chunk.section_path} {title}")) | _initials(previous)

    def _claim_entity_tokens(self, claim: Claim) -> frozenset[str]:
        return frozenset().union(*(tokens for _, tokens, _ in claim.entities))

    def _statement(self, claim: Claim, hits: list[Hit],
                   spans: list[tuple[Evidence, Context]]) -> Verdict:
        """The verdict on a claim without figures.

        Supported when a span says nearly all of it, unless it gives one of the claim's
        bodies as another.
        """
        ranked = sorted((dataclasses.replace(
            span, coverage=self.cover(claim.subject, context, claim.names)[0])
            for span, context in spans), key=lambda e: (-e.coverage, e.start))
        close = [span for span in ranked[:3] if span.coverage >= MIN_SUBJECT]
        body = self._other_body(claim, close)
        if body:
            return self._contradicted(claim, [body])
        swapped = self._other_unit(claim, spans)
        if swapped:
            return swapped
        best = ranked[0] if ranked else None
        if best is not None and best.coverage >= MIN_STATEMENT:
            citation = self.answerer.cite(best)
            return Verdict(claim.text, "supported", self._said(claim, citation), (citation,),
                           ((),))
        return self._not_in_corpus(claim, hits)

    @staticmethod
    def _without_units(claim: Claim) -> QueryAnalysis:
        """The claim's subject without the numbers of the units it names."""
        numbers = {number for _, number in claim.refs}
        subject = claim.subject
        kept = [n for n, concept in enumerate(subject.concepts) if not concept & numbers]
        primary = subject.primary or subject.concepts
        return dataclasses.replace(
            subject, refs=(), concepts=tuple(subject.concepts[n] for n in kept),
            primary=tuple(primary[n] for n in kept),
            tokens=tuple(t for t in subject.tokens if t not in numbers))

    def _other_unit(self, claim: Claim, spans: list[tuple[Evidence, Context]]) -> Verdict | None:
        """Contradicted when what the claim says of "la mesure 14" is said of another one.

        The span that says nearly all of the claim but its unit number (in its label or
        its text: "La mesure 15 permettant la création d'un guichet public unique") names
        another unit of that kind, and not the claim's.
        """
        if not claim.refs:
            return None
        subject = self._without_units(claim)
        ranked = sorted(((self.cover(subject, context, claim.names)[0], span)
                         for span, context in spans), key=lambda item: (-item[0], item[1].start))
        if not ranked or ranked[0][0] < MIN_STATEMENT:
            return None
        span = ranked[0][1]
        for kind, number in claim.refs:
            theirs = ref_of(span.chunk, kind) | refs_in(span.text, kind)
            if theirs and number not in theirs:
                citation = self.answerer.cite(span)
                other = ", ".join(sorted(theirs, key=int))
                where = f"{citation.title}, {citation.label}"
                text = (f"The document says this of {kind} {other}, not {kind} {number} ({where})."
                        if claim.lang == "en" else
                        f"Le document le dit de {_the(kind)} {other}, et non de {_the(kind)} "
                        f"{number} ({where}) : « {citation.quote} »")
                return Verdict(claim.text, "contradicted", text, (citation,), ((),))
        return None

    def _supported(self, claim: Claim, findings: list[Finding]) -> Verdict:
        citations: list[Citation] = []
        checks: list[list[FigureCheck]] = []
        for finding in findings:
            if finding.best:
                self._add(citations, checks, finding.best)
        return Verdict(claim.text, "supported", self._said(claim, citations[0]),
                       tuple(citations), tuple(tuple(c) for c in checks))

    def _contradicted(self, claim: Claim, findings: list[Finding]) -> Verdict:
        citations: list[Citation] = []
        checks: list[list[FigureCheck]] = []
        sentences = []
        for finding in findings:
            if finding.status != "contradicted":
                continue
            if finding.body:
                self._add_body(claim, citations, checks, finding)
            if finding.best:
                self._add(citations, checks, finding.best)
            if finding.clash:
                self._add(citations, checks, finding.clash)
            sentences.append(self._difference(claim, finding))
        for finding in findings:  # what agrees is cited after what differs
            if finding.status == "supported" and finding.best:
                self._add(citations, checks, finding.best)
        return Verdict(claim.text, "contradicted", " ".join(sentences), tuple(citations),
                       tuple(tuple(c) for c in checks))

    def _not_in_corpus(self, claim: Claim, hits: list[Hit]) -> Verdict:
        closest = self.answerer.closest(hits)
        if claim.lang == "en":
            text = "The documents say nothing that supports or contradicts this claim."
            if closest:
                text += " Closest sections: " + " ; ".join(closest) + "."
        else:
            text = "Les documents ne disent rien qui confirme ou contredise cette affirmation."
            if closest:
                text += " Sections les plus proches : " + " ; ".join(closest) + "."
        return Verdict(claim.text, "not_in_corpus", text)

    def _add(self, citations: list[Citation], checks: list[list[FigureCheck]],
             match: Match) -> None:
        """Cite a match's span (once) and record how the claim's figure compares there."""
        found = match.slot.quantity
        check = FigureCheck(
            claimed=match.figure.text, found=found.text,
            agrees=match.equal and not match.conflicts, aspect=match.aspect,
            claim_start=match.figure.start, claim_end=match.figure.end,
            start=found.start, end=found.end,
        )
        self._cite(citations, checks, match.slot.span, check)

    def _add_body(self, claim: Claim, citations: list[Citation],
                  checks: list[list[FigureCheck]], finding: Finding) -> None:
        assert finding.body is not None
        name, found, span, start, end = finding.body
        position = claim.text.find(name)
        check = FigureCheck(claimed=name, found=found, agrees=False, aspect="body",
                            claim_start=position, claim_end=position + len(name),
                            start=start, end=end)
        self._cite(citations, checks, span, check)

    def _cite(self, citations: list[Citation], checks: list[list[FigureCheck]],
              span: Evidence, check: FigureCheck) -> None:
        citation = self.answerer.cite(span)
        for position, known in enumerate(citations):
            if (known.doc_id, known.start, known.end) == (citation.doc_id, citation.start,
                                                          citation.end):
                if check not in checks[position]:
                    checks[position].append(check)
                return
        citations.append(citation)
        checks.append([check])

    # -- explanations ---------------------------------------------------------------------

    def _where(self, span: Evidence) -> str:
        citation = self.answerer.cite(span)
        page = f", p. {citation.page}" if citation.page is not None else ""
        return f"{citation.title}, {citation.label}{page}"

    def _said(self, claim: Claim, citation: Citation) -> str:
        page = f", p. {citation.page}" if citation.page is not None else ""
        where = f"{citation.title}, {citation.label}{page}"
        quote = _clip(citation.quote, 300)
        if claim.lang == "en":
            return f"The documents say so: « {quote} » ({where})."
        return f"Les documents le confirment : « {quote} » ({where})."

    def _difference(self, claim: Claim, finding: Finding) -> str:
        """One or two sentences: what the document says instead, where, and the mix-up."""
        english = claim.lang == "en"
        if finding.body:
            name, found, span, _, _ = finding.body
            if english:
                return f"The document names {found}, not {name} ({self._where(span)})."
            return f"Le document nomme {found}, et non {name} ({self._where(span)})."
        assert finding.part is not None
        claimed = finding.part.figure.text
        parts = []
        if finding.best:
            found_text = _described(finding.best.slot)
            where = self._where(finding.best.slot.span)
            if english:
                parts.append(f"The document gives {found_text}, not {claimed} ({where}).")
            else:
                parts.append(f"Le document indique {found_text}, et non {claimed} ({where}).")
            if finding.best.aspect == "year" and finding.part.figure.kind in ("date", "year"):
                parts[-1] = parts[-1][:-1] + (": the year differs." if english
                                              else " : l'année diffère.")
        if finding.clash:
            others = self._other_names(claim, finding.clash.slot)
            parts.append(_clash_sentence(finding.clash, self._where(finding.clash.slot.span),
                                         english, others[-1] if others else ""))
        return " ".join(parts)


# -- helpers ------------------------------------------------------------------------------


#: A figure given as a part of something: the object of a preposition ("en faveur de 26
#: entreprises", "pour 6 entreprises", "dont 40"), approximations aside.
_OF_SOMETHING = re.compile(
    r"(?:\b(?:de|d['’]|pour|dont|parmi|sur|of|for|among)\s*)"
    r"(?:(?:près|plus|moins) de\s*|environ\s*|quelque\s*)?$", re.IGNORECASE)
_APPROXIMATELY = re.compile(r"(?:près|plus|moins)\s+de\s*$|environ\s*$", re.IGNORECASE)


def _a_part(slot: Slot, claim: Claim) -> bool:
    """Whether the document gives a count as a part, not as the whole a claim asserts.

    Introduced by a preposition ("en faveur de 26 entreprises"), or restricted by a
    complement that names what the claim does not ("25 entreprises sur le territoire
    GBM").
    """
    text, start = slot.span.text, slot.quantity.start - slot.span.start
    before = _APPROXIMATELY.sub("", text[max(0, start - 40) : start])
    if _OF_SOMETHING.search(before):
        return True
    after = re.match(r"[^.;:,()\n\t]{0,60}", text[slot.quantity.end - slot.span.start :])
    complement = re.search(r"\s(?:sur|du|de la|dans|issues? d[eu]|in|across)\s(.*)",
                           after.group(0) if after else "")
    if not complement:
        return False
    mine = set(tokenize(claim.text)) | claim.tokens  # (its acronyms too)
    return any(not set(tokenize(word)) <= mine
               for word in re.findall(r"\b[A-ZÀ-Ý][\w-]+|\bterritoire\b", complement.group(1)))


def _focus(part: Part) -> QueryAnalysis:
    """The subject words said right next to a figure of the claim (all, if none is).

    What the words around the document's figure are matched with: in "ouverte à 18h00
    et levée à 20h58", "levée" says what 20h58 is, "ouverte" what 18h00 is.
    """
    subject = part.subject
    primary = subject.primary or subject.concepts
    kept = [(c, o) for c, o in zip(subject.concepts, primary, strict=True) if c & part.near]
    if not kept or len(kept) == len(subject.concepts):
        return subject
    return dataclasses.replace(subject, concepts=tuple(c for c, _ in kept),
                               primary=tuple(o for _, o in kept))


def _states_all(claimed: Quantity, found: Quantity) -> bool:
    """Whether a date of the documents gives every part (year, month, day) a claim's does."""
    (month, day), (found_month, found_day) = claimed.month_day, found.month_day
    return all(theirs or not mine for mine, theirs in (
        (claimed.year, found.year), (month, found_month), (day, found_day)))


def _key(span: Evidence) -> tuple[str, int, int]:
    return span.chunk.doc_id, span.start, span.end


def _heads(heading: Slot, other: Slot) -> bool:
    """Whether a slot is in the heading of the section another slot is in."""
    chunk, below = heading.span.chunk, other.span.chunk
    return (chunk.kind == "heading" and chunk.doc_id == below.doc_id
            and below.section_path.startswith(chunk.section_path) and chunk.id != below.id)


def _year_slip(claimed: frozenset[int], found: frozenset[int]) -> bool:
    """Whether the claim's years are the document's shifted by a year at most.

    45 000 € given for 2021 to 2024 says nothing of 2019: the documents are silent on
    that year rather than contradicting the claim.
    """
    return min((abs(a - b) for a in claimed for b in found), default=0) <= 1


def _rank(match: Match) -> tuple[float, int]:
    return match.score, match.agreement


def _comparable(claimed: Quantity, found: Quantity) -> bool:
    if claimed.kind == "money":
        return found.kind == "money"
    if claimed.kind == "percent":
        return found.kind == "percent"
    if claimed.kind in ("count", "number"):
        return found.kind in ("count", "number")
    if claimed.kind == "date":
        return found.kind == "date"
    if claimed.kind == "year":
        return found.kind == "year" or (found.kind == "date" and found.year > 0)
    return claimed.kind == found.kind


def _around(text: str, figures: list[Quantity], position: int) -> set[str]:
    """The words that say what a figure is.

    Those before it back to the previous figure (at most 100 characters), and those after
    it to the next figure or the end of the clause (at most 50 characters, 100 for a date
    or a year).
    """
    figure = figures[position]
    start = max(figure.start - 100, 0)
    if position and figures[position - 1].end > start and not _chained(text, figures, position):
        start = figures[position - 1].end
    start = max([start, *(m.end() for m in re.finditer(r"[;.]\s", text[: figure.start]))])
    words = set(tokenize(text[start : figure.start]))
    following = figures[position + 1].start if position + 1 < len(figures) else len(text)
    reach = figure.end + (100 if figure.kind in ("date", "year") else 50)
    after = text[figure.end : min(following, reach)]
    if following <= reach:
        # "ouverte à 18h00 et levée à 20h58": what follows "et" is said of the next one
        joints = list(re.finditer(r",|\s(?:et|and)\s", after))
        if joints:
            after = after[: joints[-1].start()]
    return words | set(tokenize(re.split(r"[.;:]", after)[0]))


def _chained(text: str, figures: list[Quantity], position: int) -> bool:
    """Whether a figure restates the one before ("7 500 € HT soit 9000 € TTC")."""
    gap = text[figures[position - 1].end : figures[position].start]
    return bool(re.fullmatch(r"\s*(?:,|soit|ou|/|\(|et)?\s*", gap))


def _noun_tokens(text: str, figure: Quantity, english: bool) -> frozenset[str]:
    """The words that say what a figure counts.

    The noun after it and the next few words ("400 TPE et PME", "3 centres hospitaliers
    universitaires" also as "chu"), or the label before it ("Pour : 45").
    """
    if _VOTED_BY.search(text[max(0, figure.start - 40) : figure.start]):
        return _SAME_COUNT[0]  # "approuvé par les 123 conseillers": 123 votes for
    after = re.match(r"[^.;:,()\n\t]{0,50}", text[figure.end :])
    words = after.group(0).split()[:4] if after else []
    # the noun phrase ends where a complement starts: "123 voix pour au conseil de
    # communauté" counts votes, not the council
    ends = next((i for i, word in enumerate(words[1:], 1)
                 if strip_accents(word.lower()) in _COMPLEMENT
                 or re.match(r"[dl]['’]", word.lower())), len(words))
    words = words[:ends]
    out: set[str] = set()
    if figure.noun:
        # the word itself (its translations for an English claim): a French synonym of
        # retrieval ("conseillers" for "votants") would count something else
        for word in [figure.noun, *words[1:]]:
            out |= alternatives(word, True) - set(alternatives(word, False)) | set(
                tokenize(word)) if english else set(tokenize(word))
        out |= _initials(" ".join(words))
    before = re.search(r"([A-Za-zÀ-ÿ][\w’'* ()-]{0,60}?)\s*\*?\s*:\s*$",
                       text[max(0, figure.start - 62) : figure.start])
    if before:  # read as a label: "Pour : 45" is a vote
        out |= set(tokenize(before.group(1) + " : 1")) - {"1"}
    return frozenset(out)


def _same_noun(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two figures count the same thing.

    The same word, words of one family ("physiquement", "physiques": a long common
    beginning), or words that count the same thing (``_SAME_COUNT``).
    """
    if bool(a & _AGAINST) != bool(b & _AGAINST):
        return False  # votes against or abstentions are not votes for
    if a & b:
        return True
    if any(len(x) >= _PREFIX and len(y) >= _PREFIX and (x.startswith(y) or y.startswith(x))
           for x in a for y in b if not x.isdigit()):
        return True
    return any(group & a and group & b for group in _SAME_COUNT)


def _role(text: str, start: int) -> set[str]:
    """The content words right before a name ("présidée par", "présidente de la")."""
    before = re.findall(r"[\w’'-]+", text[max(0, start - 40) : start])[-3:]
    return {t for t in tokenize(" ".join(before)) if not t.isdigit()} - STOPWORDS


def _full_name(text: str, start: int, name: str) -> str:
    """A name with the words that continue it ("Chambre de Métiers et de l'Artisanat")."""
    match = re.compile(rf"{_CAPITAL}(?:{_CONNECTOR}?\s*{_CAPITAL})*").match(text, start)
    return match.group(0) if match else name


def _year_set(text: str) -> set[int]:
    """The years a text names, ranges spelt out ("2020-2022": 2020, 2021, 2022)."""
    return {int(year) for match in YEAR_SPAN.finditer(text) for year in years_of(match)}


def _cells(chunk: Chunk) -> list[tuple[str, int, int]]:
    """(column header, start, end) of each cell of a table row, in document offsets."""
    out = []
    position = 0
    for column, value in chunk.cells:
        pattern = r"\s+".join(re.escape(word) for word in value.split())
        if not pattern:
            continue
        match = re.compile(pattern).search(chunk.text, position)
        if not match:
            continue
        out.append((column, chunk.start + match.start(), chunk.start + match.end()))
        position = match.end()
    return out


def _in_column(figure: Quantity, column: str, chunk: Chunk) -> Quantity:
    """A bare number in a money column is an amount ("Budget Région M€" : 25 -> 25 M€)."""
    if figure.kind not in ("count", "number") or not column:
        return figure
    where = f"{column} {chunk.section_path}"
    if not _MONEY_HEADER.search(where):
        return figure
    scale = next((factor for unit, factor in _SCALE_HEADER if unit in column), 1.0)
    return dataclasses.replace(figure, kind="money", value=figure.value * scale)


def _row_name(chunk: Chunk) -> str:
    """The words that name a table row: its label and its cells without figures."""
    words = [chunk.label.split(" › ")[-1]]
    words += [value for column, value in chunk.cells
              if not column and not re.fullmatch(r"[\d\s.,]+", value)]
    return " ".join(words)


def _with_unit(slot: Slot) -> str:
    """A figure as written, with the unit its column header gives ("47" -> "47 M€")."""
    text = slot.quantity.text
    if slot.column and slot.quantity.kind == "money" and "€" not in text:
        unit = next((u for u, _ in _SCALE_HEADER if u in slot.column), "€")
        return f"{text} {unit.replace('K€', 'k€')}"
    return text


def _described(slot: Slot) -> str:
    """A figure of the documents as shown in an explanation: "47 M€ (Mesure n°8, « … »)"."""
    if slot.column:
        return f"{_with_unit(slot)} ({slot.row}, « {slot.column} »)"
    text = slot.quantity.text
    noun = slot.quantity.noun
    if slot.quantity.kind in ("count", "number", "ordinal") and noun:
        return f"{noun} : {text}" if noun[0].isupper() else f"{text} {noun}"
    return text


def _clash_sentence(clash: Match, where: str, english: bool, body: str = "") -> str:
    """The claim's figure where the documents give it, and for what instead."""
    slot = clash.slot
    found = _described(slot)
    value = _with_unit(slot)
    aspect = clash.conflicts[0]
    label = slot.span.chunk.label.split(" › ")[-1]
    mine = clash.figure.qualifier
    if english:
        why = {
            "HT/TTC": f"the document gives {found}, {_tax(slot.quantity.qualifier, True)}, "
                      f"not {_tax(mine, True)}",
            "year": f"{found} is given for {_years(slot.years)}, not "
                    f"{_years(clash.part.years)}",
            "column": f"{value} is in the column « {slot.column} » ({slot.row})",
            "row": f"{value} is on the line « {slot.row} » of the table",
            "measure": f"{found} is in {label}",
            "body": f"{found} is said of {body}",
        }[aspect]
    else:
        why = {
            "HT/TTC": f"le document donne {found}, {_tax(slot.quantity.qualifier, False)}, "
                      f"et non {_tax(mine, False)}",
            "year": f"{found} est donné pour {_years(slot.years)}, pas pour "
                    f"{_years(clash.part.years)}",
            "column": f"{value} figure dans la colonne « {slot.column} » ({slot.row})",
            "row": f"{value} figure à la ligne « {slot.row} » du tableau",
            "measure": f"{found} concerne {label}",
            "body": f"{found} y concerne {body}",
        }[aspect]
    return f"{why[0].upper()}{why[1:]} ({where})."


def _years(years: frozenset[int]) -> str:
    ordered = sorted(years)
    if not ordered:
        return "?"
    if len(ordered) > 2 and ordered == list(range(ordered[0], ordered[-1] + 1)):
        return f"{ordered[0]}-{ordered[-1]}"
    return ", ".join(str(y) for y in ordered)


def _tax(qualifier: str, english: bool) -> str:
    if english:
        return {"HT": "excluding VAT (HT)", "TTC": "including VAT (TTC)"}.get(qualifier, "")
    return {"HT": "hors taxes (HT)", "TTC": "toutes taxes comprises (TTC)"}.get(qualifier, "")


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def _the(kind: str) -> str:
    """The unit word with its French article: "la mesure", "l'article"."""
    return f"l'{kind}" if kind[0] in "aeiouy" else f"la {kind}"
