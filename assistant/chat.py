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
from assistant.config import Settings
from assistant.factcheck import Checker
from assistant.figures import YEAR
from assistant.index import Index
from assistant.retrieve import REF, Filters, QueryAnalysis, analyse, ref_kind, search
from assistant.types import Answer, Citation, Verdict

logger = logging.getLogger(__name__)

_FOLLOW_UP = re.compile(
    r"^\s*(?:et|and|what about|how about|same|idem|quid|pour|for|en|in)\b"
    r"|\b(?:cette|cet|ces|celle|celui|celle-ci|celui-ci|ce dernier|cette dernière|en est|"
    r"l'année (?:suivante|d'après|précédente|d'avant)|la suivante|la précédente|"
    r"this|that|these|those|it|its|the same|next year|previous year|the year after|"
    r"the year before|son|sa|ses|leur|leurs|y)\b",
    re.IGNORECASE,
)
#: Joins a follow-up to the previous question it leans on, in the resolved question.
CARRIED = "—"
_NEXT_YEAR = re.compile(r"\b(?:année suivante|année d'après|next year|year after)\b", re.I)
_PREVIOUS_YEAR = re.compile(
    r"\b(?:année précédente|année d'avant|previous year|year before)\b", re.I
)
_DEMONSTRATIVE = re.compile(
    r"\b(?:cette|cet|ce|this|that)\s+(?P<word>mesure|article|axe|objectif|annexe|measure|axis|"
    r"objective|annex)\b",
    re.IGNORECASE,
)


def is_follow_up(question: str) -> bool:
    """Whether a question leans on the one before.

    It does when it says so ("et …", "cette mesure", "it") or names too little to stand
    alone: no unit number and three subject words at most ("Qui en sont les parties
    prenantes ?").
    """
    if _FOLLOW_UP.search(question):
        return True
    analysis = analyse(question)
    return not analysis.refs and len(analysis.concepts) <= 3


def resolve(question: str, history: Sequence[str]) -> str:
    """The question made standalone with the previous user turns (oldest first).

    Example:
        >>> resolve("Et pour 2020 ?", ["Quel est le montant de la cotisation 2019 ?"])
        'Quel est le montant de la cotisation 2020 ?'
    """
    if not history or not is_follow_up(question):
        return question
    previous = resolve(history[-1], history[:-1])
    rewritten = previous
    changed = False
    years = YEAR.findall(question)
    old_years = YEAR.findall(previous)
    if years and old_years:
        rewritten = rewritten.replace(old_years[-1], years[-1])
        changed = True
    elif old_years and (_NEXT_YEAR.search(question) or _PREVIOUS_YEAR.search(question)):
        step = 1 if _NEXT_YEAR.search(question) else -1
        rewritten = rewritten.replace(old_years[-1], str(int(old_years[-1]) + step))
        changed = True
    for match in REF.finditer(question):
        old = [m for m in REF.finditer(rewritten)
               if ref_kind(m.group("kind")) == ref_kind(match.group("kind"))]
        if old:
            last = old[-1]
            head, tail = rewritten[: last.start("n")], rewritten[last.end("n") :]
            rewritten = f"{head}{match.group('n')}{tail}"
            changed = True
    if changed:
        return rewritten
    refs = {ref_kind(m.group("kind")): m.group(0) for m in REF.finditer(previous)}
    own = _DEMONSTRATIVE.sub(lambda m: refs.get(ref_kind(m.group("word")), m.group(0)), question)
    if own != question:
        return own
    return f"{question.strip()} {CARRIED} {previous.strip()}"


def _intent(question: str, resolved: str, acronyms: Mapping[str, frozenset[str]]) -> QueryAnalysis:
    """Analysis of the resolved question, with the intent of the follow-up when it has one.

    Subject words carried from the previous question count less than the follow-up's own.
    """
    analysis = analyse(resolved, acronyms)
    if CARRIED not in resolved:
        return analysis
    own = analyse(question, acronyms)
    carried = frozenset(analysis.concepts) - frozenset(own.concepts)
    analysis = dataclasses.replace(analysis, carried=carried, lang=own.lang)
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

    def __init__(self, index: Index) -> None:
        self.index = index
        self.answerer = Answerer(index)
        self.checker = Checker(index, self.answerer)

    @classmethod
    def from_settings(cls, settings: Settings | None = None) -> Assistant:
        """An assistant over the configured index (the default corpus is ingested if empty)."""
        settings = settings or Settings()
        index = Index.open(settings)
        if not index.documents():
            index.ingest()
        return cls(index)

    def ask(self, question: str, history: Sequence[str] = (),
            filters: Filters | None = None) -> Answer:
        """Answer ``question``; ``history`` holds the previous user turns, oldest first.

        A question in several parts ("Quel est le budget total, et combien vient du
        privé ?") is answered part by part, each later part read as a follow-up.
        """
        began = time.perf_counter()
        pieces = split_question(question)
        if len(pieces) == 1:
            answer = self._ask_one(question, history, filters)
        else:
            turns = list(history)
            answers = []
            for piece in pieces:
                answers.append(self._ask_one(piece, turns, filters))
                turns.append(piece)
            answer = _combine(question, answers)
        return dataclasses.replace(answer, latency_ms=(time.perf_counter() - began) * 1000)

    def _ask_one(self, question: str, history: Sequence[str],
                 filters: Filters | None) -> Answer:
        resolved = resolve(question, list(history))
        analysis = _intent(question, resolved, self.index.acronyms)
        hits = search(self.index, analysis, k=16, filters=filters)
        answer = self.answerer.answer(question, analysis, hits)
        return dataclasses.replace(answer, resolved=resolved)

    def check(self, claim: str) -> Verdict:
        """Whether the documents support ``claim``, contradict it or say nothing of it.

        Example:
            >>> assistant = Assistant.from_settings()  # doctest: +SKIP
            >>> verdict = assistant.check("La cotisation 2020 est de 7 500 € HT.")  # doctest: +SKIP
            >>> verdict.verdict, verdict.citations[0].label  # doctest: +SKIP
            ('contradicted', 'Article 5')
        """
        return self.checker.check(claim)


_PARTS = re.compile(
    r",?\s+(?:et|and)\s+(?=(?:combien|quel|quelle|quels|quelles|qui|quand|où|"
    r"comment|pour combien|à quel|à quelle|dans quel|dans quelle|sur quel|peut|how|what|which|"
    r"who|when|where|can|is|are|does|do|did)\b)",
    re.IGNORECASE,
)


def split_question(question: str) -> list[str]:
    """The parts of a question that asks several things, each ending with "?".

    Sentences that ask nothing ("Je veux la liste complète.") are context, not parts.
    """
    sentences = re.split(r"(?<=[?.!])\s+", question.strip())
    asked = [sentence for sentence in sentences if sentence.endswith("?")] or [question]
    pieces = [piece.strip(" ,") for sentence in asked for piece in _PARTS.split(sentence)
              if piece.strip(" ,")]
    pieces = [piece if piece.endswith("?") else f"{piece} ?" for piece in pieces
              if len(re.findall(r"\w+", piece)) >= 2]
    return pieces if len(pieces) > 1 else [question]


def _combine(question: str, answers: list[Answer]) -> Answer:
    """One answer from the answers to each part (citations in order, without repeats)."""
    answered = [answer for answer in answers if not answer.abstained]
    shown = answered or answers[:1]
    citations: list[Citation] = []
    for answer in shown:
        for citation in answer.citations:
            if all((c.doc_id, c.start, c.end) != (citation.doc_id, citation.start, citation.end)
                   for c in citations):
                citations.append(citation)
    return Answer(
        question=question,
        answer="\n\n".join(answer.answer for answer in (answers if answered else shown)),
        abstained=not answered,
        citations=tuple(citations),
        retrieved=tuple(chunk_id for answer in answers for chunk_id in answer.retrieved),
        resolved=" | ".join(answer.resolved for answer in answers),
    )
