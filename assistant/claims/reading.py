"""Claim reading: the figures a claim asserts, what qualifies each, the bodies it names.

A claim ("La cotisation 2020 de l'EPT à Medicen est de 7 500 € HT") is read into the
figures it asserts (amounts, counts with their noun, percentages, dates, ordinals; its
years when it asserts nothing else), each with what qualifies it: the clause it is said
in, the words next to it ("de budget régional", "voix pour"), the years it is given for
and HT/TTC; the claim as a whole names measures or articles, bodies and people.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from assistant.figures import Figure, Quantity, quantities
from assistant.index import Index
from assistant.language import lang as language_of
from assistant.lexical import STOPWORDS, tokenize, vote_tokens
from assistant.retrieve import (
    FORM_WORDS,
    REF,
    QueryAnalysis,
    analyse,
    concepts,
    ref_kind,
)
from assistant.spans import figure_years
from assistant.vocabulary import alternatives

#: Words sharing this many first letters and one starting the other are kin.
PREFIX = 6
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
GENERIC = frozenset(tokenize(
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
#: The number of a deliberation ("délibération n° 2024-115").
IDENTIFIER = re.compile(r"n°\s*([\w./-]*\d[\w./-]*)", re.IGNORECASE)
#: Where the words that qualify a figure of a claim stop: a clause boundary, or a word
#: that opens another phrase ("25 M€ de budget régional, pour une enveloppe…").
_CLAUSE = re.compile(r"[,;:()«»—–]")
#: A clause that only adds to the one before ("322 000 employés, dont 56 000 …").
_ADDED = re.compile(r"\s*(?:dont|soit|including|of which|i\.e\.|that is)\b", re.IGNORECASE)
_PHRASE_END = re.compile(
    r"[,;:()«»—–.]|\s(?:et|and|sur|pour|dans|within|with|for|dont|soit|avec|mais|puis|"
    r"whose|of which|out of|sur un|sur une)\s"
)


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
        if len(token) < PREFIX or token.isdigit():
            return frozenset()
        return frozenset(k for k in self.prefixes.get(token[:PREFIX], ())
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


def lexicon_of(index: Index) -> Lexicon:
    """What the indexed documents say of words: their acronyms, names and tokens."""
    known = frozenset(index.lexical.idf)
    prefixes: dict[str, set[str]] = {}
    for token in known:
        if len(token) >= PREFIX:
            prefixes.setdefault(token[:PREFIX], set()).add(token)
    return Lexicon(index.acronyms, _names_of(index), known,
                   {k: frozenset(v) for k, v in prefixes.items()})


def _names_of(index: Index) -> frozenset[str]:
    """Words the documents only write capitalised ("Medicen"), in lower case.

    Such a word names a body even at the start of a sentence.
    """
    capitalised: set[str] = set()
    lower: set[str] = set()
    for record in index.documents():
        text = index.document(record.doc_id).text
        capitalised.update(w.lower() for w in _MID_SENTENCE_NAME.findall(text))
        lower.update(re.findall(r"\b[a-zà-ÿ][\w-]+", text))
    return frozenset(capitalised - lower)


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
        int(number) for match in IDENTIFIER.finditer(text)
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


def without_units(claim: Claim) -> QueryAnalysis:
    """The claim's subject without the numbers of the units it names."""
    numbers = {number for _, number in claim.refs}
    subject = claim.subject
    kept = [n for n, concept in enumerate(subject.concepts) if not concept & numbers]
    primary = subject.primary or subject.concepts
    return dataclasses.replace(
        subject, refs=(), concepts=tuple(subject.concepts[n] for n in kept),
        primary=tuple(primary[n] for n in kept),
        tokens=tuple(t for t in subject.tokens if t not in numbers))


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
    near_tokens = vote_tokens(near)
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
            set(tokenize(strip)) <= GENERIC or not tokenize(strip)
            or (sentence_start and not strip.isupper() and strip.lower() not in names)
        ):
            start += len(strip) + 1
            words = words[1:]
            sentence_start = False
        if not words:
            continue
        name = " ".join(words)
        own = {t for t in tokenize(name) if not t.isdigit()} - GENERIC
        if not own or own <= STOPWORDS:
            continue
        tokens = set(own)
        for concept in concepts(name, english, acronyms or {}):
            tokens |= {t for t in concept if not t.isdigit()}
        out.append((name, frozenset(tokens), start))
    return out


def full_name(text: str, start: int, name: str) -> str:
    """A name with the words that continue it ("Chambre de Métiers et de l'Artisanat")."""
    match = re.compile(rf"{_CAPITAL}(?:{_CONNECTOR}?\s*{_CAPITAL})*").match(text, start)
    return match.group(0) if match else name


def initials(text: str) -> set[str]:
    """Initials of runs of content words ("centres hospitaliers universitaires" -> "chu")."""
    words = [w for w in re.findall(r"[A-Za-zÀ-ÿ][\w’'-]*", text)
             if w.lower() not in ("de", "du", "des", "d", "et", "la", "le", "les", "l")]
    out = set()
    for size in (3, 4):
        for i in range(len(words) - size + 1):
            out.add("".join(w[0] for w in words[i : i + size]).lower())
    return out
