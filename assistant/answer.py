"""Evidence -> Answer: extractive and deterministic, figure first, the exact span cited.

The answer leads with what was asked (the figures as written, the list items, the clause),
then quotes the supporting sentence, list item or table row with its locator. When the
documents do not hold the answer, it says so and names the closest sections.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from assistant.figures import YEAR, Figure, figures, times
from assistant.index import Index
from assistant.lexical import VOTE, strip_accents, tokenize
from assistant.retrieve import BEFORE_NOUN, ORDINAL_SUFFIX, Hit, QueryAnalysis, in_range, ref_of
from assistant.types import Answer, Chunk, Citation

logger = logging.getLogger(__name__)

#: Below this share of the question's (idf-weighted) subject words found in the best
#: evidence, the corpus is taken not to hold the answer. Calibrated on evals/dev.jsonl.
MIN_COVERAGE = 0.3
#: A sentence of a chunk that covers the question is credited this share of the chunk's
#: coverage (its own words count in full).
CHUNK_SHARE = 0.75
#: A question word found through a synonym or a translation counts this much.
SYNONYM_SHARE = 0.8
#: Cap on a word's idf weight in coverage.
MAX_WEIGHT = 4.0
#: A chunk of so few words ("Pour : 45", "Année 2021 : 45 K€") is read with the words of
#: its whole section.
BARE_WORDS = 3
#: What a span that says none of a follow-up's own words loses (less as it says more).
FOLLOW_UP_WEIGHT = 0.5
#: How many retrieved chunks are read for evidence.
READ_HITS = 10

_UNIT_SPLIT = re.compile(r"(?<=[.!?…;])\s+(?=[A-ZÀ-Ý«\"(\d•-])|\n+")
_MONTH = (
    r"(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)"
)
_DATE = re.compile(
    rf"\b(?:\d{{1,2}}(?:er)?(?:\s+(?:et|au)\s+\d{{1,2}}(?:er)?)?\s+{_MONTH}(?:\s+\d{{4}})?"
    rf"|{_MONTH}\s+\d{{4}})\b|\b\d{{2}}/\d{{2}}/\d{{4}}\b",
    re.IGNORECASE,
)
_NUMBER_WORD = r"(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|trente)"
_NUMBER_VALUES = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
                  "neuf": 9, "dix": 10}
_DURATION = re.compile(
    rf"\b{_NUMBER_WORD}\s+(?:ans?|années?|mois|jours?|semaines?|heures?|years?|months?|days?|"
    rf"weeks?)\b",
    re.IGNORECASE,
)
_WHICH_YEAR = re.compile(r"\b(?:quelle année|en quelle année|which year|what year)\b", re.I)
_MONEY_WORDS = re.compile(r"budget|montant|co[uû]t|recettes|dépenses|total|€", re.IGNORECASE)
_CLAUSE_WORDS = re.compile(
    r"\b(?:prévoit|prévoient|dit|disent|stipule|énonce|contient|porte sur|consiste|objet|"
    r"provide|provides|say|says|state|states|stipulate|about|contain)\b",
    re.IGNORECASE,
)
_ROLE = (r"(?:vice-)?président(?:e)?|directeur|directrice|maire|conseill(?:er|ère)s?|"
         r"délégué(?:e)?|rapporteur|adjoint(?:e)?|secrétaire|chargée?|ministre|responsable")
#: Someone named: "M. Nicolas BODIN", "Christian LAJOUX", "Caroline Cartallier, directrice".
_PERSON = re.compile(
    r"\b(?:M\.|Mme|MM\.|Monsieur|Madame)\s+[A-ZÀ-Ý]"
    r"|\b[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?\s+[A-ZÀ-Ý]{2,}\b"
    rf"|\b[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?\s+[A-ZÀ-Ý][a-zà-ÿ]+,?\s+(?:{_ROLE})\b",
)
#: A list within a sentence: "Premiers objectifs : établir …, mettre en place …, assurer …".
_INLINE_LIST = re.compile(r"[^:]{3,60}\s:\s*[^,]+,[^,]+,")
#: A table-of-contents line: "AXE 4 : Accélérer l'innovation … ..... 15".
_CONTENTS = re.compile(r"\.{4,}\s*\d*\s*$")
#: A body named as the doer: "piloté par l'EPT", "porté par le Pôle", "led by Medicen".
_AGENT = re.compile(r"\b(?:par|by)\s+(?:l['’]|le\s+|la\s+|les\s+|son\s+|sa\s+|the\s+)?"
                    r"[A-ZÀ-Ý]")
#: What comes before the date of a legal text: "la loi 2000-321 du ", "décret n°… du ".
_LEGAL = re.compile(r"\b(?:loi|décret|ordonnance|arrêté|circulaire|règlement)\b[^.;:]*\bdu\s+$",
                    re.IGNORECASE)
_KIND_RANK = {"heading": 0, "list_item": 1, "clause": 2, "paragraph": 3, "table_row": 4}
_SOIT = re.compile(r"^\s*,?\s*(?:soit|,|/|ou|\()\s*$")


@dataclass(frozen=True)
class Evidence:
    """A quotable span inside a retrieved chunk: a sentence, list item or table row."""

    chunk: Chunk
    start: int
    end: int
    text: str
    coverage: float
    score: float
    fits: bool = True
    chunk_coverage: float = 0.0
    covered: frozenset[frozenset[str]] = frozenset()


def units(chunk: Chunk) -> list[tuple[int, int, str]]:
    """The quotable spans of a chunk, as (start, end, text) in document offsets."""
    if chunk.kind in ("table_row", "heading"):
        return [(chunk.start, chunk.end, chunk.text)]
    position = 0
    heading = chunk.section[-1] if chunk.kind == "clause" and chunk.section else ""
    if heading and chunk.text.startswith(heading) and not re.match(
        r"\s*:", chunk.text[len(heading) :]
    ):
        position = len(heading)  # the heading line is a title, not evidence (unless it
        # announces what follows: "3 enjeux majeurs ont été identifiés :")
    body = chunk.text[position:]
    if len(body) < 200 and body.strip():
        offset = position + body.index(body.strip())
        return [(chunk.start + offset, chunk.start + offset + len(body.strip()), body.strip())]
    out = []
    for match in list(_UNIT_SPLIT.finditer(chunk.text)) + [None]:
        end = match.start() if match else len(chunk.text)
        piece = chunk.text[position:end]
        stripped = piece.strip()
        if stripped:
            offset = position + piece.index(stripped)
            out.append((chunk.start + offset, chunk.start + offset + len(stripped), stripped))
        position = match.end() if match else len(chunk.text)
    return out


class Answerer:
    """Builds answers from retrieved hits; holds the index for idf weights and citations."""

    def __init__(self, index: Index) -> None:
        self.index = index
        self._weights: tuple[object, dict[frozenset[str], float]] = (None, {})

    # -- scoring --------------------------------------------------------------------------

    def weight(self, token: str) -> float:
        """Idf of a token, capped: a word seen once must not outweigh the whole question."""
        return min(self.index.lexical.idf.get(token, 1.0), MAX_WEIGHT)

    def concept_weight(self, concept: frozenset[str]) -> float:
        """A question word's weight: its best idf among the forms the documents use.

        Forms they never use (an acronym's other spellings) leave the weight as it is.
        """
        idf = self.index.lexical.idf
        if self._weights[0] is not idf:  # computed once per word until the index changes
            self._weights = (idf, {})
        cache = self._weights[1]
        if concept not in cache:
            cache[concept] = max((self.weight(t) for t in concept if t in idf), default=1.0)
        return cache[concept]

    def coverage(self, analysis: QueryAnalysis, tokens: set[str]) -> float:
        """Idf-weighted share of the question's subject words present in ``tokens``.

        A word counts as present when it, a translation or a synonym is there.
        """
        if not analysis.concepts:
            return 1.0
        weights = [self.concept_weight(concept) * (0.5 if concept in analysis.carried else 1.0)
                   for concept in analysis.concepts]
        primary = analysis.primary or analysis.concepts
        found = [
            # the question's own word counts in full, a synonym or translation a bit less
            weight * (1.0 if own & tokens else SYNONYM_SHARE)
            for weight, concept, own in zip(weights, analysis.concepts, primary, strict=True)
            if concept & tokens
        ]
        return sum(found) / sum(weights)

    @staticmethod
    def _spelled_out(concept: frozenset[str], text: str) -> bool:
        """Whether a text writes out an acronym of the question in full.

        "CCI" is "Chambre du Commerce et d'Industrie" in a document that never defines it.
        """
        for token in concept:
            if 2 <= len(token) <= 6 and token.isalpha():
                link = r"(?:\s+(?:de|du|des|et|la|le|les)\b|\s+[dl]['’])*\s*"
                words = link.join(rf"{letter}[\w’'-]*" for letter in token.upper())
                if re.search(rf"\b{words}\b", text):
                    return True
        return False

    def evidence(self, analysis: QueryAnalysis, hits: list[Hit],
                 best_hit: float | None = None, read: int = READ_HITS) -> list[Evidence]:
        """Every quotable span of the ``read`` first hits, best first.

        Scores are relative to ``best_hit`` (default: the first hit's).
        """
        if not hits:
            return []
        best_hit = best_hit or hits[0].score
        # What a follow-up asks of the subject carried over ("Et qui rapportait …").
        own_words = [c for c in analysis.concepts
                     if analysis.carried and c not in analysis.carried
                     and c not in analysis.named and not c <= set(analysis.years)]
        own_names = [c for c in analysis.named if c not in analysis.carried]
        out = []
        for hit in hits[:read]:
            chunk = hit.chunk
            chunk_tokens = set(tokenize(chunk.search_text))
            if len({t for t in tokenize(chunk.text) if not t[0].isdigit()}) <= BARE_WORDS:
                chunk_tokens |= self.index.section_vocabulary(chunk.doc_id, chunk.section_path)
            ranged = in_range(chunk, analysis)  # "1668" is one of the rows "1630 à 1744"
            chunk_tokens |= ranged
            chunk_coverage = self.coverage(analysis, chunk_tokens)
            named = True
            headers = " ".join(column for column, _ in chunk.cells)
            if chunk.kind == "table_row" and chunk.cells:
                # A row's figures belong to what the row, its title cell and its columns
                # name, not to a body listed further along (Medicen among a measure's
                # stakeholders does not make the measure's budget Medicen's, nor does the
                # document's title, which names who published it).
                titles = chunk.cells[0][1]
                owner = set(tokenize(" ".join((*chunk.section, chunk.label, headers, titles))))
                body = set(tokenize(chunk.text))
                named = not any(concept & body and not concept & owner
                                for concept in analysis.named)
            if any(not re.search(rf"\b{n}{ORDINAL_SUFFIX}", chunk.text, re.I)
                   for n in analysis.ordinals):
                continue  # "la 5e édition" is not told by a chunk about the 4th
            heading = chunk.section[-1] if chunk.kind == "clause" and chunk.section else ""
            previous, previous_text = set(tokenize(heading)), heading
            heading_tokens = set(tokenize(f"{chunk.context} {chunk.label}"))
            # a body's deliberation speaks for it where no sentence names it
            issuer = set(tokenize(self.index.document(chunk.doc_id).meta.issuer))
            # The setting a follow-up changes to may be said by the passage's headings or
            # the document's issuer rather than its sentence; a body named, by the issuer.
            setting = ({t for c in analysis.context for t in c} & (heading_tokens | issuer)
                       | {t for c in analysis.named for t in c} & issuer)
            for start, end, text in units(chunk):
                # A sentence is also read with the one before it ("… Days. La 4ème édition
                # …"), for a little less than what it says alone.
                tokens = set(tokenize(text)) | ranged | setting
                around = previous | tokens
                own = max(self.coverage(analysis, tokens), 0.8 * self.coverage(analysis, around))
                covered = frozenset(c for c in analysis.concepts if c & around)
                # A figure is of the bodies its sentence (or the one before) names, or else
                # of those its headings and document name: not "322 000 employés" of the
                # region's health sector for the Pôle des Microtechniques, nor Grand
                # Besançon's 45 k€ for another funder its document names further on.
                named_here = named and all(
                    concept & (around | heading_tokens)
                    or self._spelled_out(concept, f"{previous_text} {text}")
                    for concept in analysis.named)
                previous, previous_text = tokens, text
                score = 0.6 * own + 0.4 * chunk_coverage + 0.5 * hit.score / best_hit
                if own_names and not any(concept & (around | heading_tokens | issuer)
                                         for concept in own_names):
                    score -= 0.3  # it names none of whom or what the question names
                if (chunk.kind == "heading" and not analysis.listed_kind) or _CONTENTS.search(text):
                    score -= 0.3  # a title names a subject, it does not say anything about it
                # An amount is of something: a passage that never names what
                # ("fonctionnement" in "budget de fonctionnement") gives another amount.
                measured = not analysis.measured or bool(analysis.measured & chunk_tokens)
                fits = not analysis.wants_figure or (
                    named_here and measured and _fits(analysis, text, chunk))
                if analysis.wants_figure:
                    score += 0.4 if fits else -0.5
                taxes = {f.qualifier for f in figures(text) if f.qualifier}
                if analysis.tax and taxes:  # "hors taxes": the HT amount, not the TTC one
                    score += 0.2 if analysis.tax in taxes else -0.3
                if not analysis.wants_date:  # "quand … en 2018 ?": the year is not the answer
                    for year in analysis.years:  # a row's year may be in its column's header
                        score += 0.3 if year in text or year in headers else (
                            0.1 if year in chunk.search_text else 0)
                if own_words:  # a follow-up's own words say what it asks of the subject
                    weights = [self.concept_weight(c) for c in own_words]
                    said = sum(w for w, c in zip(weights, own_words, strict=True) if c & tokens)
                    score -= FOLLOW_UP_WEIGHT * (1 - said / sum(weights))
                if analysis.asks_who and (_PERSON.search(text) or _AGENT.search(text)):
                    score += 0.25  # "qui …" is answered by someone (or some body) named
                in_unit = all(number in ref_of(chunk, kind) for kind, number in analysis.refs)
                inline = _INLINE_LIST.match(text)
                if analysis.wants_list and in_unit and (
                    chunk.kind == "list_item" or text.rstrip().endswith((":", ","))
                    # "Premiers objectifs : a, b, c" lists what its label names
                    or inline and any(c & set(tokenize(text[: text.index(":")]))
                                      for c in analysis.concepts)
                ):
                    score += 0.3  # a list (of the unit asked), or what introduces one
                if analysis.wants_list and chunk.kind == "table_row":
                    # a row lists a column's values when the question names the column
                    score += 0.3 if _named_cells(analysis, chunk) else -0.3
                for kind, number in analysis.refs:
                    labelled = ref_of(chunk, kind)
                    score += 0.5 if number in labelled else (-0.5 if labelled else 0)
                coverage = max(own, CHUNK_SHARE * chunk_coverage)
                out.append(Evidence(chunk, start, end, text, coverage, score, fits,
                                    chunk_coverage, covered))
        out.sort(key=lambda e: (-e.score, e.start))
        return out

    # -- answering ------------------------------------------------------------------------

    def answer(self, question: str, analysis: QueryAnalysis, hits: list[Hit]) -> Answer:
        """The answer to ``question`` from ``hits`` (retrieved for ``analysis``)."""
        found = self.evidence(analysis, hits)
        missing = self.missing(analysis, found)
        if missing is not None:
            return self.abstain(question, analysis, hits, missing)
        best = next(e for e in found if e.fits and e.coverage >= MIN_COVERAGE)
        if analysis.wants_list and not analysis.wants_figure:
            listed = self.listed(analysis, best.chunk) if analysis.listed_kind else []
            if len(listed) < 2:
                # items about another numbered unit than the one asked are not the answer
                listed = [c for c in self.list_items(best.chunk)
                          if all(not ref_of(c, kind) or number in ref_of(c, kind)
                                 for kind, number in analysis.refs)]
            if len(listed) > 1:
                return self.list_answer(question, analysis, listed, hits)
        lead, announced = self.lead(analysis, best)
        citations = [self.cite(evidence) for evidence in [*announced, best]]
        for row in self.other_rows(analysis, best.chunk):
            lead += "\n" + self.lead(analysis, _whole(row))[0]
            citations.append(self.cite(_whole(row)))
        notes = []
        if analysis.wants_figure:
            # Rivals are also looked for further down the ranking: another document that
            # gives another figure for the same subject ranks lower than the best one.
            further = self.evidence(analysis, hits[READ_HITS:], best_hit=hits[0].score,
                                    read=len(hits))
            rivals = self.disagreements(analysis, best, found + further)
            for rival in rivals:
                citations.append(self.cite(rival))
            if rivals:
                notes.append(self.disagreement_note(analysis, best, rivals))
        if best.chunk.kind == "clause" and _CLAUSE_WORDS.search(analysis.text):
            if best.chunk.text != citations[0].quote:
                citations.append(self.cite(_whole(best.chunk)))
        text = self.render(analysis, lead, citations[0], notes)
        return Answer(question=question, answer=text, abstained=False,
                      citations=tuple(citations), retrieved=tuple(h.chunk.id for h in hits))

    def missing(self, analysis: QueryAnalysis, found: list[Evidence]) -> str | None:
        """Why the corpus does not answer, or None when the evidence does."""
        if not found:
            return "nothing retrieved"
        for kind, number in analysis.refs:
            if kind in ("mesure", "article", "axe", "objectif", "annexe") and not any(
                number in ref_of(chunk, kind) for chunk in self.index.chunks()
            ):
                return f"no {kind} {number}"
        for identifier in analysis.numbered:
            if not any(_bears(self.index.document(e.chunk.doc_id).text, identifier)
                       or identifier in in_range(e.chunk, analysis) for e in found[:10]):
                return f"no n°{identifier}"
        if not any(e.fits and e.coverage >= MIN_COVERAGE for e in found):
            if analysis.wants_figure:
                return "no figure of the asked kind (year, amount, count or date)"
            return f"coverage {found[0].coverage:.2f}"
        return None

    def lead(self, analysis: QueryAnalysis, best: Evidence) -> tuple[str, list[Evidence]]:
        """What the answer opens with, and the items a sentence ending with ":" announces."""
        chunk = best.chunk
        if chunk.kind == "table_row" and chunk.cells:
            pairs = self.wanted_cells(analysis, chunk)
            row = chunk.label.split(" › ")[-1]
            return f"{row} — " + " ; ".join(
                f"{column} : {value}" if column else value for column, value in pairs
            ), []
        items = _announced(best)
        if analysis.wants_figure:
            if analysis.wants_duration and _DURATION.search(best.text):
                durations = dict.fromkeys(m.group(0) for m in _DURATION.finditer(best.text))
                return ", ".join(durations), []
            if analysis.wants_date:
                dates = _dates(best.text)
                if dates:
                    return ", ".join(dict.fromkeys(dates)), []
            picked = self.wanted_figures(analysis, best.text)
            if picked:
                return picked, []
        if chunk.kind == "clause" and _CLAUSE_WORDS.search(analysis.text):
            return _clip(_body(chunk), 600), []
        if items:
            return "\n".join([best.text, *(item.text for item in items)]), items
        return best.text, []

    def other_rows(self, analysis: QueryAnalysis, row: Chunk) -> list[Chunk]:
        """Rows of the same table the question also names ("la commission et le bureau")."""
        if row.kind != "table_row" or not row.group:
            return []
        named = frozenset().union(*analysis.concepts) if analysis.concepts else frozenset()
        own = set(tokenize(row.label.split(" › ")[-1]))
        return [
            other for other in self.index.chunks(row.doc_id)
            if other.group == row.group and other.id != row.id
            and (set(tokenize(other.label.split(" › ")[-1])) - own) & named
        ][:3]

    @staticmethod
    def wanted_cells(analysis: QueryAnalysis, chunk: Chunk) -> list[tuple[str, str]]:
        """The cells the question names (by header words), or all of them."""
        return _named_cells(analysis, chunk) or list(chunk.cells)

    @staticmethod
    def wanted_figures(analysis: QueryAnalysis, text: str) -> str:
        """The figures of a sentence that answer, written as in the text ("X HT soit Y TTC")."""
        said = times(text) if analysis.wants_time else []
        if said:
            return ", ".join(t.text for t in said)
        found = _answering_figures(analysis, text)
        if not found:
            return ""
        groups: list[list[Figure]] = [[found[0]]]
        for figure in found[1:]:
            gap = text[groups[-1][-1].end : figure.start]
            if _SOIT.match(gap) or (len(gap) < 12 and "soit" in gap):
                groups[-1].append(figure)
            else:
                groups.append([figure])
        spans = [text[group[0].start : group[-1].end] for group in groups]
        return ", ".join(_with_noun(text, span) for span in dict.fromkeys(spans))

    def disagreements(self, analysis: QueryAnalysis, best: Evidence,
                      found: list[Evidence]) -> list[Evidence]:
        """Other places that give a different figure for the same subject.

        A rival speaks of every subject word the best evidence does (in its sentence or the
        one before), and its answering figures (same count noun, money, year) share no
        value with it.
        """
        if best.chunk.kind == "table_row" or analysis.refs:
            return []
        mine = {round(f.value, 3) for f in _answering_figures(analysis, best.text)}
        if not mine:
            return []
        rivals: list[Evidence] = []
        for other in found[1:]:
            if other.chunk.kind == "table_row" or other.chunk.id == best.chunk.id or not other.fits:
                # the rest of the same passage details the figure ("dont …"), it does not
                # contradict it
                continue
            if other.coverage < max(MIN_COVERAGE, 0.7 * best.coverage):
                continue
            if other.chunk_coverage < best.chunk_coverage - 0.2:
                continue
            if not best.covered <= other.covered:  # it must speak of all the best one does
                continue
            theirs = {round(f.value, 3) for f in _answering_figures(analysis, other.text)}
            if theirs and not theirs & mine and not any(_overlaps(other, r) for r in rivals):
                rivals.append(other)
        return rivals[:2]

    def disagreement_note(self, analysis: QueryAnalysis, best: Evidence,
                          rivals: list[Evidence]) -> str:
        """One sentence naming each source's figure and where it is."""
        places = [best, *rivals]
        parts = [
            f"{self.wanted_figures(analysis, e.text) or e.text} ({self.place(e.chunk)})"
            for e in places
        ]
        head = "The sources disagree: " if analysis.lang == "en" else "Les sources diffèrent : "
        return head + " ; ".join(parts) + "."

    def listed(self, analysis: QueryAnalysis, chunk: Chunk) -> list[Chunk]:
        """The numbered units of a kind ("les axes") in the document of ``chunk``, in order."""
        kind = analysis.listed_kind
        seen: dict[str, Chunk] = {}
        # Within the unit the best chunk belongs to ("Axe 6 › Mesure 18" -> "Axe 6").
        parts = chunk.label.split(" › ")
        scope = " › ".join(parts[:-1]) if len(parts) > 1 and re.match(
            rf"(?i){kind}", strip_accents(parts[-1])) else ""
        for candidate in self.index.chunks(chunk.doc_id):
            if scope and not candidate.label.startswith(scope + " › "):
                continue
            numbers = ref_of(candidate, kind) if kind else set()
            last = candidate.label.split(" › ")[-1]
            if not numbers or not re.match(rf"(?i){kind}\s*(?:n°\s*)?\d", strip_accents(last)):
                continue
            if any(number not in ref_of(candidate, other) for other, number in analysis.refs):
                continue
            number = re.findall(r"\d+", last)[0]
            # A heading or list item states the unit; a table (of contents) row repeats it.
            if number not in seen or _KIND_RANK[candidate.kind] < _KIND_RANK[seen[number].kind]:
                seen[number] = candidate
        return sorted(seen.values(), key=lambda c: c.start)

    def list_items(self, chunk: Chunk) -> list[Chunk]:
        """The chunks of the list or table the chunk belongs to (or introduces), in order."""
        if not chunk.group and chunk.text.rstrip().endswith((":", ",")):
            following = [c for c in self.index.chunks(chunk.doc_id) if c.start >= chunk.end]
            if following and following[0].group:
                chunk = following[0]
        if chunk.group and chunk.kind != "table_row":  # a table's rows are listed by kind
            items = [c for c in self.index.chunks(chunk.doc_id) if c.group == chunk.group]
            # An item that introduces sub-items ("La mesure 7 qui prévoit :") is not one.
            return [c for c in items if not c.text.rstrip().endswith(":")] or items
        if chunk.kind == "heading":
            head = chunk.label.split(" › ")[-1].split()[0]
            return [c for c in self.index.chunks(chunk.doc_id)
                    if c.kind == "heading" and c.label.split(" › ")[-1].split()[0] == head]
        return [chunk]

    def list_answer(self, question: str, analysis: QueryAnalysis, items: list[Chunk],
                    hits: list[Hit]) -> Answer:
        """The items of a list, each cited."""
        citations = [self.cite(_whole(c)) for c in items]
        lines = "\n".join(f"- {_strip_marker(c.text)}" for c in items[:20])
        first = citations[0]
        where = f"{first.title}, {first.section}"
        head = f"{len(items)} items ({where}):" if analysis.lang == "en" else (
            f"{len(items)} éléments ({where}) :"
        )
        return Answer(question=question, answer=f"{head}\n{lines}", abstained=False,
                      citations=tuple(citations), retrieved=tuple(h.chunk.id for h in hits))

    def abstain(self, question: str, analysis: QueryAnalysis, hits: list[Hit],
                reason: str) -> Answer:
        """Say the documents do not answer, and name the closest sections."""
        logger.info("abstaining on %r: %s", question, reason)
        closest = self.closest(hits)
        if analysis.lang == "en":
            text = "I did not find the answer in the documents."
            if closest:
                text += " Closest sections: " + " ; ".join(closest) + "."
        else:
            text = "Je n'ai pas trouvé la réponse dans les documents."
            if closest:
                text += " Sections les plus proches : " + " ; ".join(closest) + "."
        return Answer(question=question, answer=text, abstained=True, citations=(),
                      retrieved=tuple(h.chunk.id for h in hits))

    # -- rendering ------------------------------------------------------------------------

    def closest(self, hits: list[Hit], count: int = 3) -> list[str]:
        """The places of the first hits, without repeats: what an abstention points to."""
        places: list[str] = []
        for hit in hits:
            place = self.place(hit.chunk)
            if place not in places:
                places.append(place)
            if len(places) == count:
                break
        return places

    def place(self, chunk: Chunk) -> str:
        """Document title, locator and page of a chunk, as shown to users."""
        title = self.index.document(chunk.doc_id).meta.title
        page = f", p. {chunk.page}" if chunk.page is not None else ""
        return f"{title}, {chunk.label}{page}"

    def cite(self, evidence: Evidence) -> Citation:
        """The citation of an evidence span (page from the document's page map)."""
        chunk = evidence.chunk
        page = self.index.document(chunk.doc_id).page_at(evidence.start)
        return Citation(
            doc_id=chunk.doc_id,
            title=self.index.document(chunk.doc_id).meta.title,
            section=chunk.section_path or chunk.label,
            label=chunk.label,
            quote=evidence.text,
            page=page.number if page else None,
            start=evidence.start,
            end=evidence.end,
        )

    def render(self, analysis: QueryAnalysis, lead: str, citation: Citation,
               notes: list[str]) -> str:
        """The answer text: what was asked, notes (disagreements), then the quote."""
        page = f", p. {citation.page}" if citation.page is not None else ""
        quote = " ".join(citation.quote.split())
        source = "Source" if analysis.lang == "en" else "Source "
        lines = [lead.strip()]
        lines += notes
        where = f"{citation.title}, {citation.label}{page}"
        lines.append(f"{source}: « {_clip(quote, 500)} » — {where}")
        return "\n\n".join(lines)


_YEAR_SPAN = re.compile(r"\b((?:19|20)\d{2})(?:\s*[-–/à]\s*((?:19|20)\d{2}))?\b")
_MONEY = ("€", "k€", "M€", "Md€")


def _years_of(match: re.Match[str]) -> set[str]:
    first, last = match.group(1), match.group(2) or match.group(1)
    return {str(year) for year in range(int(first), int(last) + 1)}


def _dated(text: str, figure: Figure) -> set[str]:
    """The years a figure is given for.

    That is the year (or range) written last before it, or one written right after it
    ("82 M€ entre 2020 et 2022"), or, when none comes before, the first one after it in
    its sentence ("45 000 € sous forme d'une subvention pour l'année 2024").
    """
    before = [m for m in _YEAR_SPAN.finditer(text) if m.end() <= figure.start]
    years = _years_of(before[-1]) if before else set()
    after = text[figure.end : figure.end + 30]
    for match in _YEAR_SPAN.finditer(after):
        years |= _years_of(match)
    if not years:
        sentence = re.split(r"[.;!?]\s", text[figure.end :], maxsplit=1)[0]
        first = _YEAR_SPAN.search(sentence)
        years = _years_of(first) if first else set()
    return years


def _fits(analysis: QueryAnalysis, text: str, chunk: Chunk) -> bool:
    """Whether a span holds a figure of the kind asked: a date, a count, an amount, dated."""
    if analysis.wants_duration:
        return bool(_DURATION.search(text))
    if analysis.wants_time:
        return bool(times(text))
    if analysis.wants_share:
        return any(f.unit == "%" for f in figures(text))
    if analysis.wants_date and not analysis.counted and not analysis.wants_amount:
        if analysis.event and not analysis.event & set(tokenize(f"{chunk.label} {text}")):
            return False  # the date of a meeting does not say when the convention was signed
        return bool(_dates(text) or (_WHICH_YEAR.search(analysis.text) and YEAR.search(text)))
    if chunk.kind == "table_row" and chunk.cells:
        headers = " ".join(column for column, _ in chunk.cells)
        if not any(re.search(r"\d", value) for _, value in chunk.cells):
            return False
        if analysis.counted and not set(tokenize(f"{headers} {chunk.label}")) & analysis.counted \
                and not _named_cells(analysis, chunk):  # "combien d'élus présents": Présents
            return False
        if analysis.wants_amount and not _MONEY_WORDS.search(f"{headers} {chunk.text}"):
            return False
        if analysis.years:
            where = f"{chunk.context} {headers} {chunk.text}"
            covered = set().union(*(_years_of(m) for m in _YEAR_SPAN.finditer(where)))
            return bool(covered & set(analysis.years))
        return True
    if "vote" in frozenset().union(*analysis.concepts):
        # A vote is told by its count ("Pour : 102"), whatever the year asked.
        return VOTE.search(text) is not None
    candidates = [f for f in figures(text) if not _is_year(f)]
    if analysis.counted:
        voted = frozenset({"vote"}) & frozenset().union(*analysis.concepts)
        return _counts(text, analysis.counted | voted)
    if analysis.wants_amount:
        candidates = [f for f in candidates if f.unit in _MONEY]
    if analysis.years:
        candidates = [f for f in candidates if _dated(text, f) & set(analysis.years)]
    return bool(candidates or (analysis.wants_date and _dates(text)))


def _named_cells(analysis: QueryAnalysis, chunk: Chunk) -> list[tuple[str, str]]:
    """The cells of a row whose column the question names.

    The row's own title is no such column, and words of the document's title or headings
    ("Paris Région 2020-2022") do not name one.
    """
    context = set(tokenize(chunk.context))
    return [
        (column, value) for column, value in chunk.cells
        if column and any((set(tokenize(column)) - context) & concept
                          for concept in analysis.concepts)
        and not set(tokenize(column)) <= set(tokenize(chunk.label))
    ]


def _dates(text: str) -> list[str]:
    """The dates a text gives, without those that only name a law ("loi … du 12 avril 2000")."""
    return [
        match.group(0) for match in _DATE.finditer(text)
        if not _LEGAL.search(text[max(0, match.start() - 40) : match.start()])
    ]


def _answering_figures(analysis: QueryAnalysis, text: str) -> list[Figure]:
    """The figures of a text that can answer: counts of the noun asked, money, the year."""
    found = [f for f in figures(text) if not _is_year(f)]
    if analysis.wants_share:
        found = [f for f in found if f.unit == "%"] or found
    if analysis.counted:
        counted = [f for f in found if _counted_by(text, f, analysis.counted)]
        found = counted or found
    elif analysis.wants_amount:
        found = [f for f in found if f.unit in _MONEY] or found
    if analysis.years:
        found = [f for f in found if _dated(text, f) & set(analysis.years)] or found
    return found


def _whole(chunk: Chunk) -> Evidence:
    """A whole chunk as evidence (a table row, a list item)."""
    return Evidence(chunk, chunk.start, chunk.end, chunk.text, 1.0, 1.0)


def _announced(evidence: Evidence) -> list[Evidence]:
    """The list items right after a sentence that ends with a colon, in the same chunk.

    Items are bulleted or numbered lines; when the sentence counts them ("3 enjeux
    majeurs ont été identifiés :"), they may also be that many paragraphs, each told by
    its first sentence.
    """
    if not evidence.text.rstrip().endswith(":"):
        return []
    chunk = evidence.chunk
    following = [u for u in units(chunk) if u[0] >= evidence.end]
    items = []
    for start, end, text in following:
        if not re.match(r"(?:[-•–▪◦●*]|\d{1,2}[.)])\s", text):
            break
        items.append(Evidence(chunk, start, end, text, evidence.coverage, evidence.score))
    count = re.search(rf"\b({_NUMBER_WORD})\s+\w+", evidence.text)
    if items or not count:
        return items
    number = _NUMBER_VALUES.get(count.group(1).lower()) or (
        int(count.group(1)) if count.group(1).isdigit() else 0)
    paragraphs = [u for u in following if chunk.text[: u[0] - chunk.start].endswith("\n\n")]
    if not 2 <= number <= len(paragraphs):
        return []
    return [Evidence(chunk, start, end, text, evidence.coverage, evidence.score)
            for start, end, text in paragraphs[:number]]


def _counts(text: str, noun: frozenset[str]) -> bool:
    """Whether the text gives a number of ``noun`` (tokens): "420 entreprises", "Pour : 45"."""
    return any(_counted_by(text, figure, noun) for figure in figures(text))


def _counted_by(text: str, figure: Figure, noun: frozenset[str]) -> bool:
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


def _bears(text: str, identifier: str) -> bool:
    """Whether a document names "n°<identifier>", alone or ending a longer number.

    "1668" is named by "n°2019-12-21_1668"; spacing and escapes aside.
    """
    return re.search(rf"n°\s*(?:[\w./\\-]*[_./-])?{re.escape(identifier)}(?![\w])", text,
                     re.IGNORECASE) is not None


def _is_year(figure: Figure) -> bool:
    return not figure.unit and YEAR.fullmatch(figure.text) is not None


def _overlaps(a: Evidence, b: Evidence) -> bool:
    return a.chunk.doc_id == b.chunk.doc_id and a.start < b.end and b.start < a.end


def _with_noun(text: str, span: str) -> str:
    """A bare count with the word that says what it counts: "242" -> "242 établissements"."""
    if re.search(r"[€%]|\b(?:HT|TTC)\b", span):
        return span
    position = text.find(span) + len(span)
    match = re.match(r"\s+([a-zà-ÿ][\w’'-]{2,})", text[position:])
    return f"{span} {match.group(1)}" if match else span


def _body(chunk: Chunk) -> str:
    """A clause without its heading line."""
    first, _, rest = chunk.text.partition("\n")
    return rest.strip() or first


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def _strip_marker(text: str) -> str:
    return " ".join(re.sub(r"^\s*(?:[-•–▪◦●*]|\d{1,2}[.)]|[a-z][.)])\s+", "", text).split())

