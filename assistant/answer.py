"""Evidence -> Answer: extractive and deterministic, figure first, the exact span cited.

The answer leads with what was asked (the figures as written, the list items, the clause),
then quotes the supporting sentence, list item or table row with its locator. When the
documents do not hold the answer, it says so and names the closest sections.
"""

from __future__ import annotations

import logging
import re

from assistant.figures import Figure, times
from assistant.index import Index
from assistant.lexical import strip_accents, tokenize
from assistant.numbering import ITEM_MARKER
from assistant.quotable import units
from assistant.rank import FEATURES, READ_HITS, RankerModel, SpanRanker
from assistant.retrieve import (
    UNIT_NUMBER,
    Hit,
    QueryAnalysis,
    in_range,
    ref_of,
    unit_words,
)
from assistant.spans import (
    DURATION,
    NUMBER_VALUES,
    NUMBER_WORD,
    Evidence,
    answering_figures,
    dates_in,
    named_cells,
)
from assistant.types import Answer, Chunk, Citation, Passage

logger = logging.getLogger(__name__)

#: A rival figure (another source's) is reported when its span says this much of what the
#: best span says of the question.
RIVAL_SHARE = 0.7
#: How many ranked spans an answer keeps for a writer model (the cited ones first).
PASSAGES = 6

_CLAUSE_WORDS = re.compile(
    r"\b(?:prévoit|prévoient|dit|disent|stipule|énonce|contient|porte sur|consiste|objet|"
    r"provide|provides|say|says|state|states|stipulate|about|contain)\b",
    re.IGNORECASE,
)
_KIND_RANK = {"heading": 0, "list_item": 1, "clause": 2, "paragraph": 3, "table_row": 4}
#: What opens an item of a list a sentence ending with ":" announces: a bullet, "1.", "2)",
#: "3°", "a)", "(b)", or a dotted number ("3.1").
_ITEM = re.compile(rf"(?:{ITEM_MARKER}|\d{{1,2}}(?:\.\d{{1,2}})+\.?)\s")
_SOIT = re.compile(r"^\s*,?\s*(?:soit|,|/|ou|\()\s*$")


class Answerer:
    """Builds answers from retrieved hits: the ranked spans, then what the answer shows.

    The span ranker (``rank.py``) scores every quotable span of the retrieved chunks; the
    best one is the answer unless its probability is under the model's threshold or the
    question names what no document has ("la mesure 25").
    """

    def __init__(self, index: Index, model: RankerModel | None = None) -> None:
        self.index = index
        self.ranker = SpanRanker(index, model)
        self.words = self.ranker.words

    # -- answering ------------------------------------------------------------------------

    def answer(self, question: str, analysis: QueryAnalysis, hits: list[Hit]) -> Answer:
        """The answer to ``question`` from ``hits`` (retrieved for ``analysis``)."""
        found = self.ranker.rank(analysis, hits)
        missing = self.missing(analysis, found)
        if missing is not None:
            return self.abstain(question, analysis, hits, missing)
        best = found[0]
        listed = self.items_of(analysis, best)
        if listed:
            return self.list_answer(question, analysis, listed, hits, found)
        lead, announced = self.lead(analysis, best)
        cited = [*announced, best]
        for row in self.other_rows(analysis, best.chunk):
            lead += "\n" + self.lead(analysis, _whole(row))[0]
            cited.append(_whole(row))
        other = self.compared(analysis, best, found)
        if other is not None:  # a comparison asks for both sides, each cited
            lead += "\n" + self.lead(analysis, other)[0]
            cited.append(other)
        notes = []
        if analysis.wants_figure:
            # Rivals are also looked for further down the ranking: another document that
            # gives another figure for the same subject ranks lower than the best one.
            further = self.ranker.rank(analysis, hits[READ_HITS:], best_hit=hits[0].score,
                                       read=len(hits))
            rivals = self.disagreements(analysis, best, found + further)
            cited += rivals
            if rivals:
                notes.append(self.disagreement_note(analysis, best, rivals))
        if best.chunk.kind == "clause" and _CLAUSE_WORDS.search(analysis.text):
            if best.chunk.text != cited[0].text:
                cited.append(_whole(best.chunk))
        citations = [self.cite(evidence) for evidence in cited]
        text = self.render(analysis, lead, citations[0], notes)
        return Answer(question=question, answer=text, abstained=False,
                      citations=tuple(citations), retrieved=tuple(h.chunk.id for h in hits),
                      passages=self.passages([*cited, *found]))

    def passages(self, spans: list[Evidence]) -> tuple[Passage, ...]:
        """The first ``PASSAGES`` distinct spans, each with its table headers if a row."""
        out: dict[tuple[str, int, int], Passage] = {}
        for evidence in spans:
            key = (evidence.chunk.doc_id, evidence.start, evidence.end)
            if key not in out:
                out[key] = Passage(self.cite(evidence), evidence.chunk.cells)
            if len(out) == PASSAGES:
                break
        return tuple(out.values())

    def compared(self, analysis: QueryAnalysis, best: Evidence,
                 found: list[Evidence]) -> Evidence | None:
        """The other side of a comparison: the best span of another passage.

        A comparison ("le délai est-il le même dans la convention et dans l'avenant ?")
        is answered by the best span and by the most probable span of another chunk, if
        that one scores the threshold too.
        """
        if not analysis.compares:
            return None
        threshold = self.ranker.model.threshold
        return next((e for e in found[1:] if e.chunk.id != best.chunk.id
                     and e.score >= threshold and not _overlaps(e, best)), None)

    def items_of(self, analysis: QueryAnalysis, best: Evidence) -> list[Chunk]:
        """The items a list question is answered with from its best span.

        None when it is no list question, or the span belongs to no list.
        """
        if not analysis.wants_list or analysis.wants_figure:
            return []
        listed = self.listed(analysis, best.chunk) if analysis.listed_kind else []
        if len(listed) < 2:
            # items about another numbered unit than the one asked are not the answer
            listed = [c for c in self.list_items(best.chunk)
                      if all(not ref_of(c, kind) or number in ref_of(c, kind)
                             for kind, number in analysis.refs)]
        return listed if len(listed) > 1 else []

    def first_cited(self, analysis: QueryAnalysis, best: Evidence) -> tuple[str, int, int]:
        """Where the answer built on ``best`` cites first: (document, start, end).

        What the ranker learns to put first is the span whose answer cites the gold
        clause first: a list's first item, the item a sentence ending with ":" announces.
        """
        listed = self.items_of(analysis, best)
        if listed:
            return listed[0].doc_id, listed[0].start, listed[0].end
        announced = self.lead(analysis, best)[1]
        first = announced[0] if announced else best
        return first.chunk.doc_id, first.start, first.end

    def missing(self, analysis: QueryAnalysis, found: list[Evidence]) -> str | None:
        """Why the corpus does not answer, or None when the evidence does.

        What no document has says so whatever the spans score (``blocked``); otherwise
        the best span must score the model's threshold.
        """
        if not found:
            return "nothing retrieved"
        blocked = self.blocked(analysis, found)
        if blocked is not None:
            return blocked
        if found[0].score < self.ranker.model.threshold:
            return f"best span scores {found[0].score:.2f}"
        return None

    def blocked(self, analysis: QueryAnalysis, found: list[Evidence]) -> str | None:
        """What the question names that no document has, if anything.

        A unit number ("la mesure 25"), an identifier ("délibération n°1668") that none of
        the passages found bears, a body or person no document names, a year a figure is
        asked for that no document gives, or, of the people and bodies it names, what no
        passage found says at all.
        """
        for kind, number in analysis.refs:
            if kind != "décision" and not any(
                any(n == number or n.startswith(f"{number}.") for n in ref_of(chunk, kind))
                for chunk in self.index.chunks()
            ):
                return f"no {kind} {number}"
        for identifier in analysis.numbered:
            if not any(_bears(self.index.document(e.chunk.doc_id).text, identifier)
                       or identifier in in_range(e.chunk, analysis) for e in found[:10]):
                return f"no n°{identifier}"
        corpus = self.index.lexical.idf
        for concept in analysis.named:
            if concept & analysis.proper and not any(token in corpus for token in concept):
                return f"no document names {'/'.join(sorted(concept))}"
        if analysis.wants_figure and not analysis.wants_date:
            for year in analysis.years:
                if year not in self.index.years:
                    return f"no document gives {year}"
        said = FEATURES.index("cov_content_chunk")
        if analysis.named and found and not any(e.features[said] for e in found[:READ_HITS]):
            # "Quel âge a Jeanne Martin ?": the passages that name her never say it
            return "no passage says what is asked of " + ", ".join(
                sorted(min(c) for c in analysis.named))
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
            if analysis.wants_duration and DURATION.search(best.text):
                durations = dict.fromkeys(m.group(0) for m in DURATION.finditer(best.text))
                return ", ".join(durations), []
            if analysis.wants_date:
                dates = dates_in(best.text)
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
        return named_cells(analysis, chunk) or list(chunk.cells)

    @staticmethod
    def wanted_figures(analysis: QueryAnalysis, text: str) -> str:
        """The figures of a sentence that answer, written as in the text ("X HT soit Y TTC")."""
        said = times(text) if analysis.wants_time else []
        if said:
            return ", ".join(t.text for t in said)
        found = answering_figures(analysis, text)
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
        mine = {round(f.value, 3) for f in answering_figures(analysis, best.text)}
        if not mine:
            return []
        rivals: list[Evidence] = []
        for other in found[1:]:
            if other.chunk.kind == "table_row" or other.chunk.id == best.chunk.id or not other.fits:
                # the rest of the same passage details the figure ("dont …"), it does not
                # contradict it
                continue
            if other.coverage < RIVAL_SHARE * best.coverage:
                continue
            if other.chunk_coverage < best.chunk_coverage - 0.2:
                continue
            if not best.covered <= other.covered:  # it must speak of all the best one does
                continue
            theirs = {round(f.value, 3) for f in answering_figures(analysis, other.text)}
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
        unit = unit_words(kind)
        scope = " › ".join(parts[:-1]) if len(parts) > 1 and re.match(
            rf"(?i){unit}", strip_accents(parts[-1])) else ""
        for candidate in self.index.chunks(chunk.doc_id):
            if scope and not candidate.label.startswith(scope + " › "):
                continue
            numbers = ref_of(candidate, kind) if kind else set()
            last = candidate.label.split(" › ")[-1]
            if not numbers or not re.match(rf"(?i){unit}\s*(?:n°\s*)?\d", last):
                continue
            if any(number not in ref_of(candidate, other) for other, number in analysis.refs):
                continue
            number = re.findall(UNIT_NUMBER, last)[0]
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
            elif len(children := _children(chunk, following)) > 1:
                return children  # "Il comprend :" then its numbered sub-clauses
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
                    hits: list[Hit], found: list[Evidence]) -> Answer:
        """The items of a list, each cited."""
        citations = [self.cite(_whole(c)) for c in items]
        lines = "\n".join(f"- {_strip_marker(c.text)}" for c in items[:20])
        first = citations[0]
        where = f"{first.title}, {first.section}"
        head = f"{len(items)} items ({where}):" if analysis.lang == "en" else (
            f"{len(items)} éléments ({where}) :"
        )
        return Answer(question=question, answer=f"{head}\n{lines}", abstained=False,
                      citations=tuple(citations), retrieved=tuple(h.chunk.id for h in hits),
                      passages=self.passages([*map(_whole, items), *found]))

    def abstain(self, question: str, analysis: QueryAnalysis, hits: list[Hit],
                reason: str) -> Answer:
        """Say the documents do not answer, and name the closest sections."""
        logger.debug("abstaining on %r: %s", question, reason)
        text = self.nothing_found(hits, analysis.lang, "I did not find the answer in the "
                                  "documents.", "Je n'ai pas trouvé la réponse dans les documents.")
        return Answer(question=question, answer=text, abstained=True, citations=(),
                      retrieved=tuple(h.chunk.id for h in hits))

    # -- rendering ------------------------------------------------------------------------

    def nothing_found(self, hits: list[Hit], lang: str, english: str, french: str) -> str:
        """``english`` or ``french`` as ``lang`` says, then the closest sections to read."""
        closest = " ; ".join(self.closest(hits))
        if lang == "en":
            return english + (f" Closest sections: {closest}." if closest else "")
        return french + (f" Sections les plus proches : {closest}." if closest else "")

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
        return "\n\n".join([lead.strip(), *notes, source_line(citation, analysis.lang)])


def split_sources(text: str) -> tuple[str, list[str]]:
    """An answer's text without its quotes, and the paragraphs that quote a source.

    The quotes are the paragraphs ``source_line`` writes.
    """
    said: list[str] = []
    sources: list[str] = []
    for part in text.split("\n\n"):
        (sources if re.match(r"Source ?: « ", part) else said).append(part)
    return "\n\n".join(said), sources


def source_line(citation: Citation, lang: str) -> str:
    """The quote an answer ends with, and where it is: « … » — title, label, page."""
    page = f", p. {citation.page}" if citation.page is not None else ""
    quote = " ".join(citation.quote.split())
    source = "Source" if lang == "en" else "Source "
    return f"{source}: « {_clip(quote, 500)} » — {citation.title}, {citation.label}{page}"


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
        if not _ITEM.match(text):
            break
        items.append(Evidence(chunk, start, end, text, evidence.coverage, evidence.score))
    count = re.search(rf"\b({NUMBER_WORD})\s+\w+", evidence.text)
    if items or not count:
        return items
    number = NUMBER_VALUES.get(count.group(1).lower()) or (
        int(count.group(1)) if count.group(1).isdigit() else 0)
    paragraphs = [u for u in following if chunk.text[: u[0] - chunk.start].endswith("\n\n")]
    if not 2 <= number <= len(paragraphs):
        return []
    return [Evidence(chunk, start, end, text, evidence.coverage, evidence.score)
            for start, end, text in paragraphs[:number]]


def _children(chunk: Chunk, following: list[Chunk]) -> list[Chunk]:
    """The sub-clauses right after ``chunk`` one level under it, in order."""
    prefix = chunk.label + " › "
    depth = None
    children = []
    for candidate in following:
        if not candidate.label.startswith(prefix):
            break
        level = candidate.label.count(" › ")
        depth = depth or level
        if level == depth:
            children.append(candidate)
    return children


def _bears(text: str, identifier: str) -> bool:
    """Whether a document names "n°<identifier>", alone or ending a longer number.

    "1668" is named by "n°2019-12-21_1668"; spacing and escapes aside.
    """
    return re.search(rf"n°\s*(?:[\w./\\-]*[_./-])?{re.escape(identifier)}(?![\w])", text,
                     re.IGNORECASE) is not None


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

