"""Conversations: follow-up questions resolved against the history, and the Assistant API.

A follow-up ("Et pour 2020 ?", "Et la mesure 9 ?", "Qui en est le porteur ?", "and the
year after?") is rewritten into a standalone question without an LLM: what it changes
(a year, a measure or article number) replaces the same thing in the previous question;
otherwise the previous question's subject is carried along.
"""

from __future__ import annotations

import dataclasses
import logging
import re
import time
from collections.abc import Mapping, Sequence

from assistant.answer import Answerer
from assistant.claims import Checker
from assistant.config import Settings
from assistant.errors import AssistantError
from assistant.figures import MONTHS, YEAR
from assistant.index import Index
from assistant.inputs import MAX_CLAIM, MAX_QUESTION, bounded, clean, searchable
from assistant.lexical import tokenize
from assistant.rank import RankerModel
from assistant.retrieve import (
    ORDINAL_SUFFIX,
    REF,
    REF_WORDS,
    Filters,
    Hit,
    QueryAnalysis,
    analyse,
    listed_kind,
    ref_kind,
    search,
)
from assistant.spans import Evidence
from assistant.types import Answer, Citation, Passage, Verdict
from assistant.writer import Writer

logger = logging.getLogger(__name__)

_FOLLOW_UP = re.compile(
    r"^\s*(?:et|and|what about|how about|same|idem|quid|pour|for|en|in|selon|d['’]après|lors|"
    r"avec|according|during|that of)\b"
    r"|\b(?:cette|cet|ces|celle|celui|celle-ci|celui-ci|ce dernier|cette dernière|en est|"
    r"l'année (?:suivante|d'après|précédente|d'avant)|la suivante|la précédente|"
    r"this|that|these|those|it|its|the same|next year|previous year|the year after|"
    r"the year before|son|sa|ses|leur|leurs|y)\b",
    re.IGNORECASE,
)
#: What a question or claim without a word to look for is told, in both languages.
NO_WORDS = ("Il n'y a aucun mot à chercher dans les documents : posez la question en toutes "
            "lettres. / There is no word to look for in the documents: write it out in words.")
#: Joins a follow-up to the previous question it leans on, in the resolved question.
CARRIED = "—"
#: Chunks retrieved per question, and per document left out of the first ones.
HITS = 16
OTHER_HITS = 5
#: A document that says less than this share of a figure question holds no rival figure.
RIVAL_COVERAGE = 0.3
#: How many documents are searched on their own for a rival figure: those that say most
#: of the question (every document of a set of a few; a bounded cost in a large corpus).
RIVAL_DOCUMENTS = 8
#: How much more of a many-part question a later part's clause must cover to be cited first.
PART_MARGIN = 0.15
_NEXT_YEAR = re.compile(r"\b(?:année suivante|année d'après|next year|year after)\b", re.I)
_PREVIOUS_YEAR = re.compile(
    r"\b(?:année précédente|année d'avant|previous year|year before)\b", re.I
)
_COUNT_WORDS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "two": 2, "three": 3,
                "four": 4, "five": 5}
#: "les trois années précédentes", "les années d'avant", "the previous two years".
_EARLIER = re.compile(
    r"\b(?:les\s+|the\s+)?(?:(?P<n>\d|deux|trois|quatre|cinq|two|three|four|five)\s+)?"
    r"(?:années\s+(?:précédentes|d'avant|antérieures)|(?:previous|prior|earlier)\s+years"
    r"|years\s+before)"
    r"(?:\s+(?P<m>\d|deux|trois|quatre|cinq|two|three|four|five)\b)?",
    re.IGNORECASE,
)
#: How far back "les années d'avant" reaches when it gives no number.
EARLIER_YEARS = 5
#: "… en 2024 par rapport aux trois années précédentes", "compared with previous years".
_COMPARED = re.compile(
    rf"\s*,?\s*(?:par rapport (?:à|aux?)|comparé(?:e|s|es)? (?:à|aux?)|compared (?:to|with)|"
    rf"relative to|versus|vs\.?)\s+(?:{_EARLIER.pattern})",
    re.IGNORECASE,
)


def earlier_years(year: str, match: re.Match[str]) -> str:
    """The years an "années précédentes" before ``year`` stands for, written out.

    Example:
        >>> earlier_years("2024", _EARLIER.search("les trois années précédentes"))
        '2021, 2022, 2023'
    """
    word = (match.group("n") or match.group("m") or "").lower()
    count = int(word) if word.isdigit() else _COUNT_WORDS.get(word, EARLIER_YEARS)
    return ", ".join(str(int(year) - step) for step in range(count, 0, -1))


#: "entre l'EPT et Medicen", "between GBM and the PMT": the parties a question is about.
_BETWEEN = re.compile(r"\b(?:entre|between)\s+[^?,;]+?\s+(?:et|and)\s+[^?,;]+?(?=\s*[?,;]|$)",
                      re.IGNORECASE)
_DEMONSTRATIVE = re.compile(
    r"\b(?:cette|cet|ce|this|that)\s+(?P<word>mesure|article|axe|objectif|annexe|measure|axis|"
    r"objective|annex)\b",
    re.IGNORECASE,
)


_ORDINAL_WORDS = {
    "premier": 1, "première": 1, "first": 1, "deuxième": 2, "second": 2, "seconde": 2,
    "troisième": 3, "third": 3, "quatrième": 4, "fourth": 4, "cinquième": 5, "fifth": 5,
    "sixième": 6, "sixth": 6, "septième": 7, "seventh": 7, "huitième": 8, "eighth": 8,
    "neuvième": 9, "ninth": 9, "dixième": 10, "tenth": 10,
}
#: "le septième", "la 3e", "la suivante", "the next one": a unit named by its rank, the
#: noun left out (or the unit's own word: "la mesure suivante").
_RANKED = re.compile(
    rf"\b(?:(?P<word>{'|'.join(_ORDINAL_WORDS)})|(?P<n>\d+){ORDINAL_SUFFIX}"
    r"|(?P<next>suivante?|next|following)|(?P<previous>précédente?|previous))"
    rf"(?:\s+(?P<kind>{'|'.join(REF_WORDS.values())}))?(?=\s*(?:[?,.!]|$|one\b))",
    re.IGNORECASE,
)


def _ranked(question: str, previous: str) -> str | None:
    """A follow-up that names a unit by rank, made standalone; None when it does not.

    Example:
        >>> _ranked("Et la suivante ?", "Que prévoit la mesure 5 ?")
        'Que prévoit la mesure 6 ?'
    """
    match = _RANKED.search(question)
    if not match or REF.search(question) or _NEXT_YEAR.search(question) or (
        _PREVIOUS_YEAR.search(question)
    ):
        return None
    old = list(REF.finditer(previous))
    if match.group("next") or match.group("previous"):
        if not old:
            return None
        number = int(old[-1].group("n")) + (1 if match.group("next") else -1)
    else:
        number = _ORDINAL_WORDS.get((match.group("word") or "").lower()) or int(match.group("n"))
    if old:
        last = old[-1]
        return f"{previous[: last.start('n')]}{number}{previous[last.end('n') :]}"
    kind = ref_kind(match.group("kind")) if match.group("kind") else listed_kind(previous)
    if not kind:
        return None
    own = f"{question[: match.start()]}{kind} {number}{question[match.end() :]}"
    return f"{own.strip()} {CARRIED} {previous.strip()}"


#: What only a follow-up says: "Et …", "what about …", "l'année suivante", "celle-ci".
_EXPLICIT = re.compile(
    r"^\s*(?:et|and|what\s+about|how\s+about|same|idem|même\s+question|quid)\b"
    r"|^\s*(?:même|also|even)\s+(?:pour|si|en|à|au|aux|avec|sans|for|if|in|with)\b"
    r"|\b(?:l'année\s+(?:suivante|d'après|précédente|d'avant)|la\s+suivante|la\s+précédente|"
    r"le\s+suivant|le\s+précédent|next\s+year|previous\s+year|the\s+year\s+(?:after|before)|"
    r"the\s+(?:next|previous)\s+one|ce\s+dernier|cette\s+dernière|celle-ci|celui-ci)\b",
    re.IGNORECASE,
)
#: A question of so few words ("Pour 2021 ?", "En HT ?") cannot stand alone.
FRAGMENT_WORDS = 3


def says_follow_up(question: str) -> bool:
    """Whether a question says that it follows the one before, whatever the documents hold.

    "Et pour 2020 ?", "l'année suivante", "cette mesure", or a fragment of three words.
    Another question with a history is answered on its own first; the history is used
    only when the question alone finds no answer (``Assistant.ask``).
    """
    return bool(_EXPLICIT.search(question) or _DEMONSTRATIVE.search(question)
                or len(re.findall(r"\w+", question)) <= FRAGMENT_WORDS)


def is_follow_up(question: str) -> bool:
    """Whether a question may lean on the one before (read from its words alone).

    It may when it says so ("et …", "cette mesure", "it") or names too little to stand
    alone: no unit number and three subject words at most ("Qui en sont les parties
    prenantes ?"). The history's own turns are resolved by this reading.
    """
    if _FOLLOW_UP.search(question):
        return True
    analysis = analyse(question)
    return not analysis.refs and len(analysis.concepts) <= 3


def resolve(question: str, history: Sequence[str], force: bool = False) -> str:
    """The question made standalone with the previous user turns (oldest first).

    With ``force``, the question is read as a follow-up even if its words do not say so.

    Example:
        >>> resolve("Et pour 2020 ?", ["Quel est le montant de la cotisation 2019 ?"])
        'Quel est le montant de la cotisation 2020 ?'
    """
    if not history or not (force or is_follow_up(question)):
        return question
    previous = resolve(history[-1], history[:-1])
    ranked = _ranked(question, previous)
    if ranked:
        return ranked
    rewritten = previous
    changed = False
    years = YEAR.findall(question)
    old_years = YEAR.findall(previous)
    if years and old_years:
        rewritten = rewritten.replace(old_years[-1], years[-1])
        changed = True
    elif old_years and (earlier := _EARLIER.search(question)):  # "et les années d'avant ?"
        rewritten = rewritten.replace(old_years[-1], earlier_years(old_years[-1], earlier))
        changed = True
    elif old_years and (_NEXT_YEAR.search(question) or _PREVIOUS_YEAR.search(question)):
        step = 1 if _NEXT_YEAR.search(question) else -1
        rewritten = rewritten.replace(old_years[-1], str(int(old_years[-1]) + step))
        changed = True
    between = _BETWEEN.search(question)
    old_between = _BETWEEN.search(rewritten)
    if between and old_between:  # "Et celle entre GBM et le PMT ?"
        rewritten = rewritten.replace(old_between.group(0), between.group(0))
        changed = True
    for match in REF.finditer(question):
        old = [m for m in REF.finditer(rewritten)
               if ref_kind(m.group("kind")) == ref_kind(match.group("kind"))]
        if old:
            last = old[-1]
            head, tail = rewritten[: last.start("n")], rewritten[last.end("n") :]
            rewritten = f"{head}{match.group('n')}{tail}"
            changed = True
    rewritten_tokens = set(tokenize(rewritten))
    if any(not concept & rewritten_tokens for concept in analyse(question).named):
        # "Et à la séance du Grand Besançon d'avril 2024 ?" asks of another body: its words
        # lead, the previous question's follow as context.
        return f"{question.strip()} {CARRIED} {previous.strip()}"
    if changed:
        return rewritten
    refs = {ref_kind(m.group("kind")): m.group(0) for m in REF.finditer(previous)}
    own = _DEMONSTRATIVE.sub(lambda m: refs.get(ref_kind(m.group("word")), m.group(0)), question)
    if own != question:
        return own
    return f"{question.strip()} {CARRIED} {previous.strip()}"


#: Tokens of month names: a date a follow-up may replace.
_DATE_TOKENS = frozenset(token for month in MONTHS for token in tokenize(month))


def _intent(question: str, resolved: str, acronyms: Mapping[str, frozenset[str]]) -> QueryAnalysis:
    """Analysis of the resolved question, with the intent of the follow-up when it has one.

    Subject words carried from the previous question count less than the follow-up's own.
    """
    analysis = analyse(resolved, acronyms)
    if CARRIED not in resolved:
        return analysis
    own = analyse(question, acronyms)
    carried = frozenset(analysis.concepts) - frozenset(own.concepts)
    if not (own.wants_figure or own.wants_list or own.asks_who) and own.named:
        # "Et à la séance du Grand Besançon ?" asks the previous question of another body:
        # what was asked keeps its weight; the previous body, place and date are context.
        before = analyse(resolved.split(CARRIED, 1)[1], acronyms)
        context = {token for concept in before.named for token in concept} | _DATE_TOKENS
        carried = frozenset(c for c in carried
                            if c & context or all(t.isdigit() for t in c))
        analysis = dataclasses.replace(analysis, context=frozenset(own.concepts))
    # The bodies the follow-up names replace those of the previous question.
    analysis = dataclasses.replace(analysis, carried=carried, lang=own.lang,
                                   named=own.named or analysis.named, own_text=question)
    if not (own.wants_figure or own.wants_list or own.asks_who):
        return analysis
    return dataclasses.replace(analysis, wants_figure=own.wants_figure, wants_list=own.wants_list,
                               asks_who=own.asks_who, wants_amount=own.wants_amount,
                               wants_date=own.wants_date, counted=own.counted)


class Assistant:
    """Answers questions about the indexed documents, citing the exact clause.

    Example:
        >>> assistant = Assistant.from_settings()  # doctest: +SKIP
        >>> answer = assistant.ask("Quel est le montant de la cotisation 2020 ?")  # doctest: +SKIP
        >>> answer.citations[0].section  # doctest: +SKIP
    """

    def __init__(self, index: Index, model: RankerModel | None = None,
                 writer: Writer | None = None) -> None:
        self.index = index
        self.answerer = Answerer(index, model)
        self.checker = Checker(index, self.answerer)
        self.writer = writer

    @classmethod
    def from_settings(cls, settings: Settings | None = None) -> Assistant:
        """An assistant over the configured index, with the configured writer model if any.

        The default corpus is ingested if the index is empty.
        """
        settings = settings or Settings()
        index = Index.open(settings)
        if not index.documents():
            index.ingest_first()
        return cls(index, writer=Writer.from_settings(settings))

    def ask(self, question: str, history: Sequence[str] = (),
            filters: Filters | None = None, llm: bool | None = None) -> Answer:
        """Answer ``question``; ``history`` holds the previous user turns, oldest first.

        A question in several parts ("Quel est le budget total, et combien vient du
        privé ?") is answered part by part, each later part read as a follow-up. With a
        writer model (``llm`` None: when one is configured), the model writes the answer
        from the ranked passages, and it is shown only if verified.
        """
        extractive = self.answer_extractively(question, history, filters)
        if llm is None:
            llm = self.writer is not None
        if not llm:
            return extractive
        if self.writer is None:
            raise AssistantError("No writer model is configured: set ASSISTANT_LLM_BASE_URL "
                                 "and ASSISTANT_LLM_MODEL (see the README), or ask without "
                                 "--llm.")
        return self.writer.write(extractive)

    def answer_extractively(self, question: str, history: Sequence[str] = (),
                            filters: Filters | None = None) -> Answer:
        """The extractive answer: the ranked spans' best, quoted and cited."""
        began = time.perf_counter()
        question = bounded(question, "question", MAX_QUESTION)
        self.index.sync()
        history = [clean(turn) for turn in history]
        if not searchable(question):  # "   ", "?!", a script the documents are not in
            return Answer(question, NO_WORDS, abstained=True, citations=(),
                          latency_ms=(time.perf_counter() - began) * 1000)
        pieces = split_question(question)
        if len(pieces) == 1:
            answer = self._ask_one(question, history, filters)
        else:
            turns = list(history)
            answers = []
            for piece in pieces:
                answers.append(self._ask_one(piece, turns, filters))
                turns.append(piece)
            answer = self._combine(question, history, answers)
        return dataclasses.replace(answer, latency_ms=(time.perf_counter() - began) * 1000)

    def _ask_one(self, question: str, history: Sequence[str],
                 filters: Filters | None) -> Answer:
        """One question, with the history when it says it follows, or when it needs it.

        A question that does not say it follows ("Quel est le montant de la subvention ?"
        after "Qui préside la séance ?") is answered on its own; only if the documents
        give it no answer alone is it read with the history ("Qui en sont les parties
        prenantes ?"), and that reading kept if it finds one.
        """
        if not history or says_follow_up(question):
            return self._answer(question, history, filters, force=bool(history))
        alone = self._answer(question, (), filters)
        if not alone.abstained:
            return alone
        joined = self._answer(question, history, filters, force=True)
        return alone if joined.abstained else joined

    def _answer(self, question: str, history: Sequence[str], filters: Filters | None,
                force: bool = False) -> Answer:
        resolved, analysis, hits = self._retrieve(question, history, filters, force)
        answer = self.answerer.answer(question, analysis, hits)
        return dataclasses.replace(answer, resolved=resolved)

    def _retrieve(self, question: str, history: Sequence[str], filters: Filters | None,
                  force: bool = False) -> tuple[str, QueryAnalysis, list[Hit]]:
        """The question made standalone, what it asks, and the chunks retrieved for it."""
        resolved = resolve(question, list(history), force)
        analysis = _intent(question, resolved, self.index.acronyms)
        hits = search(self.index, analysis, k=HITS, filters=filters)
        if analysis.wants_figure:
            hits += self._from_other_documents(analysis, hits, filters)
        return resolved, analysis, hits

    def candidates(self, question: str, history: Sequence[str] = ()
                   ) -> list[tuple[QueryAnalysis, list[Evidence]]]:
        """The candidate spans the ranker scores for a question, one list per part.

        What ``assistant train`` learns from: the same retrieval and features as ``ask``.
        """
        turns = list(history)
        out = []
        for piece in split_question(question):
            _, analysis, hits = self._retrieve(piece, turns, None)
            out.append((analysis, self.answerer.ranker.candidates(analysis, hits)))
            turns.append(piece)
        return out

    def check(self, claim: str) -> Verdict:
        """Whether the documents support ``claim``, contradict it or say nothing of it.

        Example:
            >>> assistant = Assistant.from_settings()  # doctest: +SKIP
            >>> verdict = assistant.check("La cotisation 2020 est de 7 500 € HT.")  # doctest: +SKIP
            >>> verdict.verdict, verdict.citations[0].label  # doctest: +SKIP
            ('contradicted', 'Article 5')
        """
        claim = bounded(claim, "claim", MAX_CLAIM)
        self.index.sync()
        if not searchable(claim):
            return Verdict(claim, "not_in_corpus", NO_WORDS)
        return self.checker.check(claim)

    def _from_other_documents(self, analysis: QueryAnalysis, hits: list[Hit],
                              filters: Filters | None) -> list[Hit]:
        """The best chunks of each document, beyond the first hits.

        Another document may give another figure for the same subject (a member count
        that differs between a strategy and a press article); it ranks below the first
        document's chunks, so each document is also searched on its own.
        """
        seen = {hit.chunk.id for hit in hits}
        allowed = (filters or Filters()).allowed(self.index)
        speaking: list[tuple[float, str]] = []
        for record in self.index.documents():
            if allowed is not None and record.doc_id not in allowed:
                continue
            words = self.index.vocabulary(record.doc_id)
            if not all(concept & words for concept in analysis.named):
                continue
            said = self.answerer.words.of(analysis, set(words))
            if said >= RIVAL_COVERAGE:  # a document that does not speak of the subject
                speaking.append((said, record.doc_id))  # has no rival figure
        # one search each for the documents that say most of the subject: a question's
        # time does not grow with the corpus
        chosen = {doc_id for _, doc_id in sorted(speaking, key=lambda item: (-item[0], item[1]))
                  [:RIVAL_DOCUMENTS]}
        more = []
        for doc_id in [doc_id for _, doc_id in speaking if doc_id in chosen]:
            for hit in search(self.index, analysis, k=OTHER_HITS,
                              filters=Filters(doc_ids=(doc_id,))):
                if hit.chunk.id not in seen:
                    more.append(hit)
        return more

    def _combine(self, question: str, history: Sequence[str], answers: list[Answer]) -> Answer:
        """One answer from the answers to each part.

        The clause that says most of the whole question is cited first (a table row that
        holds both the title and the budgets asked).
        """
        answered = [answer for answer in answers if not answer.abstained]
        shown = answered or answers[:1]
        citations: list[Citation] = []
        for answer in shown:
            for citation in answer.citations:
                if all((c.doc_id, c.start, c.end) != (citation.doc_id, citation.start,
                                                       citation.end) for c in citations):
                    citations.append(citation)
        whole = _intent(question, resolve(question, list(history)), self.index.acronyms)
        covered = [self.answerer.words.of(whole, set(tokenize(c.quote))) for c in citations]
        if covered and max(covered) > covered[0] + PART_MARGIN:
            citations.insert(0, citations.pop(covered.index(max(covered))))
        return Answer(
            question=question,
            answer="\n\n".join(answer.answer for answer in (answers if answered else shown)),
            abstained=not answered,
            citations=tuple(citations),
            retrieved=tuple(chunk_id for answer in answers for chunk_id in answer.retrieved),
            resolved=" | ".join(answer.resolved for answer in answers),
            passages=_led_by(citations[0] if citations else None,
                             [p for answer in shown for p in answer.passages]),
        )


def _led_by(first: Citation | None, passages: list[Passage]) -> tuple[Passage, ...]:
    """The parts' passages once each, the one of the answer's first citation first.

    A writer model must cite passage 1, and it is what the answer cites first.
    """
    unique = list({(p.citation.doc_id, p.citation.start, p.citation.end): p
                   for p in passages}.values())
    if first is None:
        return tuple(unique)
    lead = next((p for p in unique if p.citation == first), Passage(first))
    return (lead, *(p for p in unique if p is not lead))


_PARTS = re.compile(
    r",?\s+(?:et|and)\s+(?=(?:combien|quel|quelle|quels|quelles|qui|quand|où|"
    r"comment|pour combien|à quel|à quelle|dans quel|dans quelle|sur quel|peut|how|what|which|"
    r"who|when|where|can|is|are|does|do|did)\b"
    # ", et la Région la finance-t-elle …": a second question, asked by inversion
    r"|[^,?]*\b\w+-(?:t-)?(?:il|elle|ils|elles|on)\b"
    # "… en 2019 et celui de Grand Besançon en 2024": the same asked of another
    r"|(?:celui|celle|ceux|celles)\s+(?:de|du|des|d['’]|entre)|that\s+of\b)"
    # "…, et selon l'article sur le living lab ?", "…, et lors du vote ?": the same asked
    # of another source or moment
    r"|,\s+(?:et|and)\s+(?=(?:selon|d['’]après|lors|avec\s+quel\w*|according|during|at\s+the\s+time)"
    r"\b)",
    re.IGNORECASE,
)
#: "… ont obtenu respectivement A et B ?": the same asked of A, then of B.
_RESPECTIVELY = re.compile(
    r"\b(?:respectivement|respectively)\s+(?P<a>.+?)\s+(?:et|and)\s+(?P<b>[^?]+?)(?=\s*\?|$)",
    re.IGNORECASE,
)


#: "entre GBM et le Pôle", "between X and Y": an "et" that joins two parties, not two questions.
_PARTIES = re.compile(r"\b(?:entre|between)\b[^?,;]*?\s(?P<and>et|and)\s", re.IGNORECASE)


def _parts(sentence: str) -> list[str]:
    """A sentence cut at each "et" that opens another question."""
    joined = {m.start("and") for m in _PARTIES.finditer(sentence)}
    out, start = [], 0
    for match in _PARTS.finditer(sentence):
        if not any(match.start() <= at < match.end() for at in joined):
            out.append(sentence[start : match.start()])
            start = match.end()
    return [*out, sentence[start:]]


def split_question(question: str) -> list[str]:
    """The parts of a question that asks several things, each ending with "?".

    Sentences that ask nothing ("Je veux la liste complète.") are context, not parts.
    """
    compared = _COMPARED.search(question)
    years = YEAR.findall(question)
    if compared and years:
        # "a-t-il augmenté en 2024 par rapport aux trois années précédentes ?": the figure
        # of the year asked, then those of the years before.
        alone = question[: compared.start()] + question[compared.end() :]
        before = alone.replace(years[-1], earlier_years(years[-1], compared))
        return [alone, before]
    respectively = _RESPECTIVELY.search(question)
    if respectively:
        head, tail = question[: respectively.start()], question[respectively.end() :]
        return [f"{head}{respectively.group(part)}{tail}".strip() for part in ("a", "b")]
    sentences = re.split(r"(?<=[?.!])\s+", question.strip())
    asked = [sentence for sentence in sentences if sentence.endswith("?")] or [question]
    pieces = [piece.strip(" ,") for sentence in asked for piece in _parts(sentence)
              if piece.strip(" ,")]
    pieces = [piece if piece.endswith("?") else f"{piece.rstrip('.!')} ?" for piece in pieces
              if len(re.findall(r"\w+", piece)) >= 2]
    return pieces if len(pieces) > 1 else [question]


